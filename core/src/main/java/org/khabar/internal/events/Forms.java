package org.khabar.internal.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the inflected stems of a lexicon element at build time, so the matcher recognises every
 * person, number and gender of a verb and every case, number and gender ending of a noun without
 * the lexicon listing them. Stems are at the {@code ArabicNormalizer.MATCH} level and carry no
 * clitics (conjunction, preposition, future {@code س}, article, attached pronoun): the segmenter
 * splits those off the word, and a literal word written with its article ({@code W:النار}) is stored
 * without it and flagged {@link #NEEDS_ART}.
 *
 * <p>Verbs: the perfect 3rd person masculine singular and the imperfect 3rd person masculine singular
 * are given ({@code التقى/يلتقي}, {@code دعا/يدعو}, {@code بحث/يبحث}); the final letter decides the
 * paradigm (defective in {@code ى}, in {@code ا}/{@code و}, in {@code ي}, or sound), and the
 * imperfect takes the prefixes {@code ي ت ن أ}. Passives written without vowels coincide with the
 * actives; a damma in the original text marks them (see {@code EventExtractor}).
 *
 * <p>Stateless and thread-safe.
 */
final class Forms {
  /** The form is a verb. */
  static final int VERB = 1;
  /** A perfect verb form. */
  static final int PERF = 2;
  /** An imperfect verb form. */
  static final int IMPF = 4;
  /** The subject is in the verb's dual or plural suffix (pronominal or preceding subject). */
  static final int PLURAL_SUBJECT = 8;
  /** A noun form. */
  static final int NOUN = 16;
  /** An adjective or participle form. */
  static final int ADJ = 32;
  /** A literal word. */
  static final int WORD = 64;
  /** A plural or dual noun form. */
  static final int PLURAL_NOUN = 128;
  /** A first-person verb form. */
  static final int FIRST_PERSON = 256;
  /** A literal word given with its article ({@code W:النار}): the stem, read only after the article. */
  static final int NEEDS_ART = 512;
  /**
   * The short (jussive) imperfect of a defective verb ({@code يلتق}, {@code تعز}): a verb only after
   * {@code لم}, {@code لا} or {@code ل}; alone it spells other words (تعز is a city).
   */
  static final int JUSSIVE = 1024;

  private static final char YEH = '\u064A';
  private static final char ALEF = '\u0627';
  private static final char HEH = '\u0647';
  private static final char TEH = '\u062A';

  private Forms() {}

  /**
   * Returns the stems of an element with their morphological flags.
   *
   * @param e the element
   * @return stem → flags, in generation order
   */
  static Map<String, Integer> of(LexiconEntry.Element e) {
    Map<String, Integer> out = new LinkedHashMap<>();
    List<String> l = e.lemmas();
    switch (e.kind()) {
      case 'V':
        perfect(l.get(0), out);
        if (!l.get(1).equals("-")) {
          imperfect(l.get(1), out);
        }
        for (int i = 2; i < l.size(); i++) {
          put(out, Words.norm(l.get(i)), VERB);
        }
        break;
      case 'N':
        for (String s : l) {
          noun(s, out);
        }
        break;
      case 'A':
        for (String s : l) {
          adjective(s, out);
        }
        break;
      default:
        for (String s : l) {
          String w = Words.norm(s);
          if (w.length() >= 4 && w.charAt(0) == ALEF && w.charAt(1) == '\u0644') {
            put(out, w.substring(2), WORD | NEEDS_ART); // the segmenter splits the article off
          } else {
            put(out, w, WORD);
          }
        }
        break;
    }
    return out;
  }

  private static void put(Map<String, Integer> out, String form, int flags) {
    if (!form.isEmpty()) {
      out.merge(form, flags, (a, b) -> (a & b) | ((a | b) & (VERB | PERF | IMPF | NOUN | ADJ | WORD)));
    }
  }

  private static char last(String s) {
    return s.charAt(s.length() - 1);
  }

  private static void perfect(String lemma, Map<String, Integer> out) {
    String p = Words.norm(lemma);
    char orig = last(lemma.replaceAll("[\\u064B-\\u065F\\u0640]", ""));
    int sg = VERB | PERF;
    int pl = VERB | PERF | PLURAL_SUBJECT;
    if (orig == '\u0649') { // defective in ى: التقى التقت التقيا التقوا
      String b = p.substring(0, p.length() - 1);
      put(out, b + YEH, sg);
      put(out, b + TEH, sg);
      put(out, b + "\u064A\u0627", pl);
      put(out, b + "\u062A\u0627", pl);
      put(out, b + "\u0648\u0627", pl);
      put(out, b + "\u064A\u0646", pl);
      put(out, b + "\u064A\u062A\u0645", pl);
    } else if (orig == ALEF && p.length() >= 3) { // defective in ا: دعا دعت دعوا
      String b = p.substring(0, p.length() - 1);
      put(out, b + ALEF, sg);
      put(out, b + TEH, sg);
      put(out, b + "\u0648\u0627", pl);
      put(out, b + "\u062A\u0627", pl);
      put(out, b + "\u0648\u0646", pl);
    } else {
      put(out, p, sg);
      put(out, p + TEH, sg);
      put(out, p + ALEF, pl);
      put(out, p + "\u0648\u0627", pl);
      put(out, p + "\u062A\u0627", pl);
      put(out, p + "\u0646", pl);
      put(out, p + "\u062A\u0645", pl);
    }
  }

  private static void imperfect(String lemma, Map<String, Integer> out) {
    String i = Words.norm(lemma);
    char orig = last(lemma.replaceAll("[\\u064B-\\u065F\\u0640]", ""));
    String s = i.substring(1);
    String[] endingsSg;
    String[] endingsPl;
    String b;
    boolean defective = orig == YEH || orig == '\u0648' || orig == '\u0649';
    if (orig == YEH) { // يلتقي يلتقيان يلتقون لم يلتق
      b = s.substring(0, s.length() - 1);
      endingsSg = new String[] {"\u064A", ""};
      endingsPl = new String[] {"\u064A\u0627\u0646", "\u064A\u0627", "\u0648\u0646", "\u0648\u0627", "\u064A\u0646"};
    } else if (orig == '\u0648') { // يدعو يدعوان يدعون لم يدع
      b = s.substring(0, s.length() - 1);
      endingsSg = new String[] {"\u0648", ""};
      endingsPl = new String[] {"\u0648\u0627\u0646", "\u0648\u0627", "\u0648\u0646"};
    } else if (orig == '\u0649') { // يتلقى يتلقيان يتلقون
      b = s.substring(0, s.length() - 1);
      endingsSg = new String[] {"\u064A", ""};
      endingsPl = new String[] {"\u064A\u0627\u0646", "\u064A\u0627", "\u0648\u0646", "\u0648\u0627", "\u064A\u0646"};
    } else { // sound, hollow, doubled: يبحث يبحثان يبحثون
      b = s;
      endingsSg = new String[] {""};
      endingsPl = new String[] {"\u0627\u0646", "\u0627", "\u0648\u0646", "\u0648\u0627", "\u0646", "\u064A\u0646"};
    }
    // first person singular (أفعل) is left out: in news it is rare and its forms collide with nouns
    // and names (ألغ in عبد الغني); first person plural (نفعل) only for stems of 3+ letters (نصف)
    char[] prefixes = {YEH, TEH, '\u0646'};
    for (char pre : prefixes) {
      int first = pre == '\u0646' ? FIRST_PERSON : 0;
      if (pre == '\u0646' && b.length() < 3) {
        continue;
      }
      for (String e : endingsSg) {
        put(out, pre + b + e, VERB | IMPF | first | (e.isEmpty() && defective ? JUSSIVE : 0));
      }
      for (String e : endingsPl) {
        put(out, pre + b + e, VERB | IMPF | PLURAL_SUBJECT | first);
      }
    }
  }

  private static void noun(String lemma, Map<String, Integer> out) {
    String n = Words.norm(lemma);
    char orig = last(lemma.replaceAll("[\\u064B-\\u065F\\u0640]", ""));
    int f = NOUN;
    if (orig == '\u0629') { // زيارة زيارات زيارتين زيارتان
      String b = n.substring(0, n.length() - 1);
      put(out, n, f);
      put(out, b + "\u0627\u062A", f | PLURAL_NOUN);
      put(out, b + "\u062A\u064A\u0646", f | PLURAL_NOUN);
      put(out, b + "\u062A\u0627\u0646", f | PLURAL_NOUN);
      put(out, b + "\u062A\u0627", f | PLURAL_NOUN);
    } else if (n.endsWith("\u0627\u062A")) { // a plural lemma: محادثات
      put(out, n, f | PLURAL_NOUN);
    } else {
      put(out, n, f);
      put(out, n + ALEF, f);
      put(out, n + "\u0627\u0646", f | PLURAL_NOUN);
      put(out, n + "\u064A\u0646", f | PLURAL_NOUN);
      put(out, n + "\u0627\u062A", f | PLURAL_NOUN);
    }
  }

  private static void adjective(String lemma, Map<String, Integer> out) {
    String n = Words.norm(lemma);
    int f = ADJ;
    put(out, n, f);
    put(out, n + ALEF, f);
    put(out, n + HEH, f);
    put(out, n + "\u064A\u0646", f | PLURAL_NOUN);
    put(out, n + "\u062A\u064A\u0646", f | PLURAL_NOUN);
    put(out, n + "\u064A\u0646", f | PLURAL_NOUN);
  }
}
