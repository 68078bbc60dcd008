package org.khabar.internal.ner;

import org.khabar.internal.normalize.ArabicNormalizer;

/**
 * Word shapes for NER features: the script and form of a token ({@code a5} a five-letter Arabic word,
 * {@code Xx} a capitalized Latin word, {@code d4} a four-digit number, {@code p(} a parenthesis,
 * {@code m:da} a mixed digits-then-Arabic token). Shapes of common forms are shared constants.
 *
 * <p>Stateless and thread-safe.
 */
final class Shapes {
  private static final String[] ARABIC_BY_LEN = {"a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"};
  private static final String[] DIGITS_BY_LEN = {"d0", "d1", "d2", "d3", "d4"};
  private static final String[] PUNCT = new String[0x800];
  private static final String[] GENERAL_PUNCT = new String[0x70];

  static {
    for (int c = 0; c < PUNCT.length; c++) {
      PUNCT[c] = "p" + (char) c;
    }
    for (int c = 0; c < GENERAL_PUNCT.length; c++) {
      GENERAL_PUNCT[c] = "p" + (char) (0x2000 + c);
    }
  }

  private Shapes() {}

  /**
   * Returns the shape of {@code text[start, end)}.
   *
   * @param text the text
   * @param start inclusive start
   * @param end exclusive end
   * @return the shape
   */
  static String shape(String text, int start, int end) {
    int arabic = 0;
    int upper = 0;
    int lower = 0;
    int digit = 0;
    int other = 0;
    boolean firstUpper = false;
    int letters = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (ArabicNormalizer.isIgnorable(c)) {
        continue;
      }
      int k = kind(c);
      if (letters == 0 && k == 'X') {
        firstUpper = true;
      }
      letters++;
      switch (k) {
        case 'a':
          arabic++;
          break;
        case 'X':
          upper++;
          break;
        case 'x':
          lower++;
          break;
        case 'd':
          digit++;
          break;
        default:
          other++;
      }
    }
    if (letters == 0) {
      return "e";
    }
    if (arabic == letters) {
      return ARABIC_BY_LEN[Math.min(letters, 8)];
    }
    if (digit == letters) {
      return DIGITS_BY_LEN[Math.min(letters, 4)];
    }
    if (upper + lower == letters) {
      if (upper == letters) {
        return letters == 1 ? "X" : "XX";
      }
      if (lower == letters) {
        return "xx";
      }
      return firstUpper && upper == 1 ? "Xx" : "xX";
    }
    if (other == letters && letters == 1) {
      char c = text.charAt(firstNonIgnorable(text, start, end));
      if (c < PUNCT.length) {
        return PUNCT[c];
      }
      if (c >= 0x2000 && c < 0x2070) {
        return GENERAL_PUNCT[c - 0x2000];
      }
      return "p?";
    }
    // mixed: the collapsed sequence of classes, at most four
    StringBuilder sb = new StringBuilder(6).append("m:");
    int last = -1;
    for (int i = start; i < end && sb.length() < 6; i++) {
      char c = text.charAt(i);
      if (ArabicNormalizer.isIgnorable(c)) {
        continue;
      }
      int k = kind(c);
      if (k == 'X') {
        k = 'x';
      }
      if (k != last) {
        sb.append((char) k);
        last = k;
      }
    }
    return sb.toString();
  }

  private static int firstNonIgnorable(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!ArabicNormalizer.isIgnorable(text.charAt(i))) {
        return i;
      }
    }
    return start;
  }

  /** The class of one char: a (Arabic letter), X, x (Latin upper, lower), d (digit), p (other). */
  static int kind(char c) {
    if (c >= '0' && c <= '9' || c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9') {
      return 'd';
    }
    if (c >= 0x0620 && c <= 0x064A || c >= 0x066E && c <= 0x06D3 || c == 0x06D5
        || c >= 0x06FA && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0x08A0 && c <= 0x08FF
        || ArabicNormalizer.isPresentationForm(c)) {
      return 'a';
    }
    if (Character.isUpperCase(c)) {
      return 'X';
    }
    if (Character.isLetter(c)) {
      return 'x';
    }
    return 'p';
  }
}
