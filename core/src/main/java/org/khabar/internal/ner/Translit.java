package org.khabar.internal.ner;

import java.util.List;
import org.khabar.internal.Analysis;
import org.khabar.internal.normalize.ArabicNormalizer;

/**
 * Transliteration-shape features of an Arabic stem: foreign names written in Arabic letters spell
 * their vowels with the long-vowel letters (ا و ي) far more often than native words, use letters and
 * pairs that render sounds Arabic lacks (غ for g, ڤ for v, پ for p, چ, گ, تش, تس), carry foreign
 * endings (وف، سكي، يان، ستان، فيل، بورغ ...) and longer consonant runs.
 *
 * <p>Stateless and thread-safe.
 */
final class Translit {
  private static final char ALEF = '\u0627';
  private static final char WAW = '\u0648';
  private static final char YEH = '\u064A';
  private static final char GHAIN = '\u063A';
  private static final char TEH = '\u062A';
  private static final char SHEEN = '\u0634';
  private static final char SEEN = '\u0633';
  private static final char HEH = '\u0647';

  /** Endings of foreign names as Arabic news writes them, longest first within a shared tail. */
  static final String[] ENDINGS = {
    "\u0633\u0643\u0627\u064A\u0627", // سكايا
    "\u0633\u062A\u0627\u0646", // ستان
    "\u0628\u0648\u0631\u063A", // بورغ
    "\u0628\u0648\u0631\u062C", // بورج
    "\u063A\u0631\u0627\u062F", // غراد
    "\u0644\u0627\u0646\u062F", // لاند
    "\u0641\u064A\u0644", // فيل
    "\u0633\u0643\u064A", // سكي
    "\u0648\u0641\u0627", // وفا
    "\u064A\u0641\u0627", // يفا
    "\u064A\u0627\u0646", // يان
    "\u064A\u0648\u0646", // يون
    "\u064A\u0646\u064A", // يني
    "\u0648\u0646\u064A", // وني
    "\u064A\u062A\u0634", // يتش
    "\u0648\u0641", // وف
    "\u064A\u0641", // يف
    "\u064A\u0647", // يه (ية, after the MATCH norm)
    "\u064A\u0627", // يا
    "\u0648\u0632", // وز
    "\u0648\u0633", // وس
    "\u064A\u0633", // يس
    "\u064A\u0648", // يو
    "\u0627\u0648", // او
  };

  private static final String[] VOWEL_BUCKET = {"tv=0", "tv=1", "tv=2", "tv=3"};
  private static final String[] RUN = {"tr=0", "tr=1", "tr=2", "tr=3", "tr=4", "tr=5"};
  private static final String[] ENDING_FEATURE = new String[ENDINGS.length];

  static {
    for (int k = 0; k < ENDINGS.length; k++) {
      ENDING_FEATURE[k] = "te=" + ENDINGS[k];
    }
  }

  private Translit() {}

  /**
   * Adds the features of an Arabic token.
   *
   * @param features the list to add to
   * @param stem the token's stem at the {@code MATCH} level
   * @param a the analysis (the original text of the stem is read for letters the norm maps away)
   * @param t the token index
   */
  static void features(List<String> features, String stem, Analysis a, int t) {
    int len = stem.length();
    if (len < 3) {
      return;
    }
    int vowels = 0;
    int run = 0;
    int maxRun = 0;
    for (int k = 0; k < len; k++) {
      char c = stem.charAt(k);
      boolean vowel = c == ALEF || c == WAW || c == YEH;
      if (vowel && k > 0) {
        vowels++;
      }
      if (vowel || c == HEH && k == len - 1) {
        run = 0;
      } else if (++run > maxRun) {
        maxRun = run;
      }
    }
    // long vowels per letter after the first: none, under 0.3, under 0.45, more
    int bucket = vowels == 0 ? 0 : vowels * 100 < 30 * (len - 1) ? 1 : vowels * 100 < 45 * (len - 1) ? 2 : 3;
    features.add(VOWEL_BUCKET[bucket]);
    features.add(RUN[Math.min(maxRun, 5)]);
    for (int k = 0; k < ENDINGS.length; k++) {
      String end = ENDINGS[k];
      if (len > end.length() + 1 && stem.endsWith(end)) {
        features.add(ENDING_FEATURE[k]);
        break;
      }
    }
    if (stem.indexOf(GHAIN) >= 0) {
      features.add("tl=gh");
    }
    for (int k = 0; k + 1 < len; k++) {
      if (stem.charAt(k) == TEH && (stem.charAt(k + 1) == SHEEN || stem.charAt(k + 1) == SEEN)) {
        features.add("tl=ts");
        break;
      }
    }
    int g = StemKeys.stemSegment(a, t);
    int s = g >= 0 ? a.segStart[g] : a.tokStart[t];
    int e = g >= 0 ? a.segEnd[g] : a.tokEnd[t];
    boolean first = true;
    for (int i = s; i < e; i++) {
      char c = a.text.charAt(i);
      if (ArabicNormalizer.isIgnorable(c)) {
        continue;
      }
      if (first) {
        first = false;
        if (c == '\u0623' || c == '\u0625' || c == '\u0622') {
          features.add("th=" + c);
        }
      }
      if (c == '\u06A4' || c == '\u067E' || c == '\u0686' || c == '\u06AF') {
        features.add("tl=foreign");
        break;
      }
    }
  }
}
