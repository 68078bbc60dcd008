package org.khabar.internal.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.khabar.TokenKind;
import org.khabar.internal.Analysis;
import org.khabar.testing.Json;

/**
 * The tokenizer's contract on hostile input: linear time on huge runs, no exception, nothing
 * dropped (every char outside a token is a documented separator), surrogate pairs and emoji
 * sequences never split; and its OpenNLP {@code Tokenizer} face. Token-by-token cases are in the
 * golden file {@code tokenizer.jsonl}.
 *
 * <p>The timeouts only guard against a quadratic regression (which would take hours on these inputs);
 * they are not speed figures.
 */
class ArabicTokenizerTest {
  private static final TokenKind[] KINDS = TokenKind.values();
  private final ArabicTokenizer tokenizer = new ArabicTokenizer();

  private Analysis run(String text) {
    Analysis a = new Analysis();
    a.reset(text, null);
    tokenizer.tokenize(a);
    return a;
  }

  @Test
  void openNlpInterfaceGivesSpansOfTheOriginalText() {
    String text = "\u0642\u0627\u0644\u064E: 25% \uD83D\uDE00";
    Span[] spans = tokenizer.tokenizePos(text);
    assertArrayEquals(new Span[] {
      new Span(0, 4, "ARABIC"), new Span(4, 5, "PUNCTUATION"), new Span(6, 9, "PERCENT"),
      new Span(10, 12, "EMOJI")}, spans);
    assertArrayEquals(new String[] {"\u0642\u0627\u0644\u064E", ":", "25%", "\uD83D\uDE00"},
        tokenizer.tokenize(text));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tenMegabytesWithoutSpaceAreOneWord() {
    int n = 10 * 1024 * 1024;
    char[] chars = new char[n];
    String word = "\u0627\u0644\u0645\u0645\u0644\u0643\u0629";
    for (int k = 0; k < n; k++) {
      chars[k] = word.charAt(k % word.length());
    }
    Analysis a = run(new String(chars));
    assertEquals(1, a.tokenCount);
    assertEquals(0, a.tokStart[0]);
    assertEquals(n, a.tokEnd[0]);
    assertEquals(TokenKind.ARABIC, KINDS[a.tokKind[0]]);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tenMegabytesOfMixedShortPiecesTakeLinearTime() {
    // pieces that start look-aheads (e-mail, host, URL, date, hashtag) which all fail
    String[] pieces = {"ab.", "a@b", "1/2/", "www", "#", "@", "http:", "x.y.z", "\u0628.", "-"};
    StringBuilder sb = new StringBuilder(10 * 1024 * 1024 + 16);
    SplittableRandom r = new SplittableRandom(7);
    while (sb.length() < 10 * 1024 * 1024) {
      sb.append(pieces[r.nextInt(pieces.length)]);
    }
    String text = sb.toString();
    Analysis a = run(text);
    assertInvariants(text, a, "10 MB of mixed pieces");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aMillionHarakatInARow() {
    int n = 1_000_000;
    StringBuilder sb = new StringBuilder(n + 1).append('\u0628');
    for (int k = 0; k < n; k++) {
      sb.append('\u064E');
    }
    Analysis onLetter = run(sb.toString());
    assertEquals(1, onLetter.tokenCount);
    assertEquals(n + 1, onLetter.tokEnd[0]);
    assertEquals(TokenKind.ARABIC, KINDS[onLetter.tokKind[0]]);
    Analysis alone = run(sb.substring(1));
    assertEquals(1, alone.tokenCount);
    assertEquals(n, alone.tokEnd[0]);
    assertEquals(TokenKind.OTHER, KINDS[alone.tokKind[0]]);
  }

  @Test
  void separatorsAreWhiteSpaceControlsAndFormatCharsOnly() {
    assertEquals(0, run(" \t\n\r\u000B\u000C\u0085\u00A0\u2028\u2029\u3000").tokenCount);
    assertEquals(0, run("\u0000\u0001\u001B\u007F\u0090").tokenCount);
    assertEquals(0, run("\u200B\u200C\u200D\u200E\u200F\u202A\u202E\u2066\u2069\uFEFF\u061C\u00AD")
        .tokenCount);
  }

  @Test
  void loneSurrogatesAreOtherTokens() {
    Analysis a = run("\uDC00\uD800 \uD83D");
    assertEquals(3, a.tokenCount);
    for (int t = 0; t < 3; t++) {
      assertEquals(TokenKind.OTHER, KINDS[a.tokKind[t]]);
      assertEquals(1, a.tokEnd[t] - a.tokStart[t]);
    }
  }

  @Test
  void randomTextLosesNothingAndNeverSplitsASurrogatePair() {
    String[] pieces = {
      "\u0627", "\u0644", "\u0645", "\u0629", "\u0648", "\u0640", "\u064E", "\u0651", "\u200C",
      "\u200D", "\u200F", "\u202B", "\uFEFF", "\u0660", "\u0669", "\u066B", "\u066A", "\u06F4",
      "a", "Z", "0", "9", ".", ",", ":", "/", "-", "%", "#", "@", "_", "'", "\"", "\u00AB", "\u00BB",
      "\u060C", "\u061F", "!", "(", ")", " ", " ", "\n", "\t", "\u0000", "\u0007",
      "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD", "\uD83C\uDDF8\uD83C\uDDE6", "\u2764\uFE0F",
      "1\uFE0F\u20E3", "\uD800", "\uDC00", "\uE000", "\uFEFB", "\uFDFA", "\u0301", "http://",
      "www.", ".com", "\u0631", "\u0301", "\u2026", "\u00A0"
    };
    for (long seed = 1; seed <= 3000; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      StringBuilder sb = new StringBuilder();
      int len = 1 + r.nextInt(60);
      for (int k = 0; k < len; k++) {
        sb.append(pieces[r.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      String where = "seed " + seed + " \"" + Json.escape(text) + "\"";
      Analysis a = run(text);
      assertInvariants(text, a, where);
      Analysis again = run(text);
      assertEquals(a.tokenCount, again.tokenCount, where);
      for (int t = 0; t < a.tokenCount; t++) {
        assertEquals(a.tokStart[t], again.tokStart[t], where);
        assertEquals(a.tokEnd[t], again.tokEnd[t], where);
        assertEquals(a.tokKind[t], again.tokKind[t], where);
      }
    }
  }

  /** Tokens sorted, non-empty, inside the text; every char outside them a separator; no pair split. */
  private static void assertInvariants(String text, Analysis a, String where) {
    int prev = 0;
    for (int t = 0; t < a.tokenCount; t++) {
      int s = a.tokStart[t];
      int e = a.tokEnd[t];
      assertTrue(s >= prev && e > s && e <= text.length(),
          "token " + t + " [" + s + ", " + e + ") after " + prev + " in " + where);
      for (int k = prev; k < s; k++) {
        char c = text.charAt(k);
        byte cls = ArabicTokenizer.charClass(c);
        assertTrue(cls == ArabicTokenizer.SP || cls == ArabicTokenizer.CTL
            || cls == ArabicTokenizer.FMT, "char U+" + Integer.toHexString(c) + " at " + k
            + " is in no token and is not a separator: " + where);
      }
      assertTrue(s == 0 || !(Character.isHighSurrogate(text.charAt(s - 1))
          && Character.isLowSurrogate(text.charAt(s))), "pair split at " + s + ": " + where);
      assertTrue(e == text.length() || !(Character.isHighSurrogate(text.charAt(e - 1))
          && Character.isLowSurrogate(text.charAt(e))), "pair split at " + e + ": " + where);
      prev = e;
    }
    for (int k = prev; k < text.length(); k++) {
      byte cls = ArabicTokenizer.charClass(text.charAt(k));
      assertTrue(cls == ArabicTokenizer.SP || cls == ArabicTokenizer.CTL
          || cls == ArabicTokenizer.FMT, "trailing char at " + k + " dropped: " + where);
    }
  }
}
