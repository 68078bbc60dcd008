package org.khabar.internal.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.khabar.internal.Analysis;
import org.khabar.testing.Json;

/**
 * One test per normalization rule, each checking the normalized text and its alignment to the
 * original offsets, plus the agreement of the three entry points (aligned append, string, in place).
 */
class ArabicNormalizerTest {
  private static final int TOKEN = ArabicNormalizer.TOKEN;
  private static final int MATCH = ArabicNormalizer.MATCH;
  private static final int BASE = ArabicNormalizer.BASE;

  /** Normalizes through every entry point, checks they agree, returns the aligned result. */
  private static void check(String text, int flags, String expected, int... align) {
    Analysis a = new Analysis();
    a.reset(text, null);
    ArabicNormalizer.appendNormalized(text, 0, text.length(), flags, a);
    String norm = new String(a.normBuf, 0, a.normLength);
    assertEquals(expected, norm, "normalized \"" + Json.escape(text) + "\"");
    assertArrayEquals(align, Arrays.copyOf(a.normAlign, a.normLength), "alignment of \""
        + Json.escape(text) + "\"");
    assertEquals(expected, ArabicNormalizer.normalize(text, flags), "normalize(String)");
    char[] buf = new char[ArabicNormalizer.maxNormalizedLength(text.length()) + 1];
    text.getChars(0, text.length(), buf, 0);
    int len = ArabicNormalizer.normalize(buf, text.length(), flags);
    assertEquals(expected, new String(buf, 0, len), "normalize(char[], int, int)");
    char[] dst = new char[ArabicNormalizer.maxNormalizedLength(text.length())];
    int[] dstAlign = new int[dst.length];
    int end = ArabicNormalizer.normalize(text, 0, text.length(), flags, dst, dstAlign, 0);
    assertEquals(expected, new String(dst, 0, end), "normalize(..., char[], int[], int)");
    assertArrayEquals(align, Arrays.copyOf(dstAlign, end), "array alignment");
  }

  @Test
  void removesShortVowels() {
    // كَتَبَ: fatha after each letter
    check("\u0643\u064E\u062A\u064E\u0628\u064E", BASE, "\u0643\u062A\u0628", 0, 2, 4);
    // damma and kasra
    check("\u0643\u064F\u062A\u0650\u0628", BASE, "\u0643\u062A\u0628", 0, 2, 4);
  }

  @Test
  void removesShaddaAndSukun() {
    // مُحَمَّدْ
    check("\u0645\u064F\u062D\u064E\u0645\u0651\u064E\u062F\u0652", BASE, "\u0645\u062D\u0645\u062F",
        0, 2, 4, 7);
  }

  @Test
  void removesTanween() {
    // كتاباً كتابٌ كتابٍ: fathatan, dammatan, kasratan
    check("\u0628\u0627\u064B \u0628\u064C \u0628\u064D", BASE, "\u0628\u0627 \u0628 \u0628",
        0, 1, 3, 4, 6, 7);
  }

  @Test
  void removesDaggerAlefAndQuranicMarks() {
    // هٰذا; small high ligature sad-lam-alef-maksura U+06D6; small high meem U+06E2
    check("\u0647\u0670\u0630\u0627", BASE, "\u0647\u0630\u0627", 0, 2, 3);
    check("\u0642\u06D6\u0628\u06E2", BASE, "\u0642\u0628", 0, 2);
  }

  @Test
  void removesTatweel() {
    // الـــرياض
    check("\u0627\u0644\u0640\u0640\u0640\u0631", BASE, "\u0627\u0644\u0631", 0, 1, 5);
  }

  @Test
  void alefWithHamzaAboveBecomesAlef() {
    check("\u0623\u062D\u0645\u062F", TOKEN, "\u0627\u062D\u0645\u062F", 0, 1, 2, 3);
    check("\u0623", BASE, "\u0623", 0);
  }

  @Test
  void alefWithHamzaBelowBecomesAlef() {
    check("\u0625\u0633", TOKEN, "\u0627\u0633", 0, 1);
    check("\u0625", BASE, "\u0625", 0);
  }

  @Test
  void alefWithMaddaBecomesAlef() {
    check("\u0622\u0645\u0646", ArabicNormalizer.ALEF, "\u0627\u0645\u0646", 0, 1, 2);
    check("\u0622", BASE, "\u0622", 0);
  }

  @Test
  void alefWaslaBecomesAlef() {
    check("\u0671\u0644\u0644\u0647", MATCH, "\u0627\u0644\u0644\u0647", 0, 1, 2, 3);
    check("\u0671", BASE, "\u0671", 0);
  }

  @Test
  void alefMaksuraBecomesYehOnlyWithItsFlag() {
    String mustafa = "\u0645\u0635\u0637\u0641\u0649";
    check(mustafa, MATCH, "\u0645\u0635\u0637\u0641\u064A", 0, 1, 2, 3, 4);
    check(mustafa, ArabicNormalizer.YEH, "\u0645\u0635\u0637\u0641\u064A", 0, 1, 2, 3, 4);
    check(mustafa, TOKEN, mustafa, 0, 1, 2, 3, 4);
  }

  @Test
  void tehMarbutaBecomesHehOnlyWithItsFlag() {
    String madrasa = "\u0645\u062F\u0631\u0633\u0629";
    check(madrasa, MATCH, "\u0645\u062F\u0631\u0633\u0647", 0, 1, 2, 3, 4);
    check(madrasa, ArabicNormalizer.TEH_MARBUTA, "\u0645\u062F\u0631\u0633\u0647", 0, 1, 2, 3, 4);
    check(madrasa, TOKEN, madrasa, 0, 1, 2, 3, 4);
  }

  @Test
  void arabicIndicDigitsBecomeAscii() {
    check("\u0662\u0660\u0661\u0667", TOKEN, "2017", 0, 1, 2, 3);
    check("\u0660\u0669", BASE, "\u0660\u0669", 0, 1);
  }

  @Test
  void extendedArabicIndicDigitsBecomeAscii() {
    check("\u06F2\u06F0\u06F1\u06F7 \u06F9", ArabicNormalizer.DIGITS, "2017 9", 0, 1, 2, 3, 4, 5);
  }

  @Test
  void arabicSeparatorsAndPercentBecomeAscii() {
    // ١٬٢٣٤٫٥ and ٢٥٪
    check("\u0661\u066C\u0662\u066B\u0665 \u0665\u066A", TOKEN, "1,2.5 5%", 0, 1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void presentationFormsGoThroughNfkc() {
    // ﺍﻟﺴﻼﻡ: alef isolated, lam initial, seen medial, lam-alef final ligature, meem isolated
    check("\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1", TOKEN, "\u0627\u0644\u0633\u0644\u0627\u0645",
        0, 1, 2, 3, 3, 4);
    // ﻷ lam with alef with hamza above: the hamza goes by level
    check("\uFEF7", BASE, "\u0644\u0623", 0, 0);
    check("\uFEF7", TOKEN, "\u0644\u0627", 0, 0);
    // an isolated fatha form vanishes; U+FDFA keeps the spaces between the words it stands for
    check("\u0628\uFE76", BASE, "\u0628", 0);
    String salla = ArabicNormalizer.normalize("\uFDFA", BASE);
    assertEquals("\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064A\u0647 "
        + "\u0648\u0633\u0644\u0645", salla);
    assertTrue(ArabicNormalizer.isPresentationForm('\uFB50'));
    assertFalse(ArabicNormalizer.isPresentationForm('\uFEFF'));
  }

  @Test
  void zeroWidthJoinersAreIgnored() {
    check("\u0628\u200C\u0628\u200D\u0628", BASE, "\u0628\u0628\u0628", 0, 2, 4);
  }

  @Test
  void bidiControlsAreIgnored() {
    check("\u200F\u0628\u200E \u202B\u0628\u202C \u2067\u0628\u2069 \u061C\u0628", BASE,
        "\u0628 \u0628 \u0628 \u0628", 1, 3, 5, 7, 9, 11, 13);
  }

  @Test
  void bomIsIgnored() {
    check("\uFEFF\u0628", BASE, "\u0628", 1);
  }

  @Test
  void persianYehAndKehehBecomeArabic() {
    check("\u06A9\u06CC", BASE, "\u0643\u064A", 0, 1);
  }

  @Test
  void otherCharsAreCopied() {
    check("Ab1 .\uD83D\uDE00\uD800", MATCH, "Ab1 .\uD83D\uDE00\uD800", 0, 1, 2, 3, 4, 5, 6, 7);
    check("", MATCH, "");
  }

  @Test
  void theOriginalIsNeverChanged() {
    String text = "\u0623\u064E\u062D\u0640\u0645\u062F";
    String copy = new String(text.toCharArray());
    ArabicNormalizer.normalize(text, MATCH);
    Analysis a = new Analysis();
    a.reset(text, null);
    ArabicNormalizer.appendNormalized(text, 0, text.length(), MATCH, a);
    assertEquals(copy, text);
  }

  @Test
  void aMatchInNormalizedTextMapsBackToTheOriginalSpan() {
    // وَفِي الـرِّيَاضِ: find الرياض in the normalized buffer, map it back
    String text = "\u0648\u064E\u0641\u0650\u064A \u0627\u0644\u0640\u0631\u0651\u0650\u064A\u064E"
        + "\u0627\u0636\u0650";
    Analysis a = new Analysis();
    a.reset(text, null);
    ArabicNormalizer.appendNormalized(text, 0, text.length(), MATCH, a);
    String norm = new String(a.normBuf, 0, a.normLength);
    int k = norm.indexOf("\u0627\u0644\u0631\u064A\u0627\u0636");
    assertEquals(4, k);
    int start = a.normAlign[k];
    int end = a.normAlign[k + 5] + 1;
    assertEquals(6, start);
    assertEquals(16, end);
    assertEquals("\u0627\u0644\u0640\u0631\u0651\u0650\u064A\u064E\u0627\u0636",
        text.substring(start, end));
  }

  @Test
  void inPlaceExpansionNeedsRoomAndSaysHowMuch() {
    char[] exact = "\uFEFB\uFEFB".toCharArray(); // two lam-alef ligatures: 2 chars become 4
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArabicNormalizer.normalize(exact, 2, TOKEN));
    assertEquals("normalizing 2 chars in place needs a buffer of 4 chars, the buffer has 2",
        e.getMessage());
    assertArrayEquals("\uFEFB\uFEFB".toCharArray(), exact, "unchanged after the refusal");
    char[] roomy = Arrays.copyOf(exact, 4);
    assertEquals(4, ArabicNormalizer.normalize(roomy, 2, TOKEN));
    assertEquals("\u0644\u0627\u0644\u0627", new String(roomy));
    assertThrows(IllegalArgumentException.class, () -> ArabicNormalizer.normalize(roomy, 5, TOKEN));
    assertThrows(IndexOutOfBoundsException.class,
        () -> ArabicNormalizer.normalize("abc", 2, 4, TOKEN));
  }

  @Test
  void entryPointsAgreeOnRandomText() {
    String alphabet = "\u0627\u0623\u0625\u0622\u0671\u0628\u0629\u0649\u064A\u0640\u064E\u0651"
        + "\u0652\u0670\u200C\u200D\u200F\u202B\uFEFF\u0660\u0669\u06F5\u066B\u066A\uFEFB\uFEF7"
        + "\uFE8D\uFDFA\uFDF2\uFE70\u06A9\u06CC a1 .\n\uD83D\uDE00\uD800";
    long seed = 20260101L;
    SplittableRandom r = new SplittableRandom(seed);
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(40);
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      int flags = r.nextInt(16);
      String expected = ArabicNormalizer.normalize(text, flags);
      Analysis a = new Analysis();
      a.reset(text, null);
      ArabicNormalizer.appendNormalized(text, 0, text.length(), flags, a);
      String where = "seed " + seed + " round " + round + " flags " + flags + " \""
          + Json.escape(text) + "\"";
      assertEquals(expected, new String(a.normBuf, 0, a.normLength), where);
      for (int k = 0; k < a.normLength; k++) {
        int o = a.normAlign[k];
        assertTrue(o >= 0 && o < text.length() && (k == 0 || o >= a.normAlign[k - 1]), where);
      }
      char[] buf = new char[ArabicNormalizer.maxNormalizedLength(text.length()) + 1];
      text.getChars(0, text.length(), buf, 0);
      assertEquals(expected, new String(buf, 0, ArabicNormalizer.normalize(buf, text.length(), flags)),
          where);
    }
  }
}
