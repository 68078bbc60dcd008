package org.khabar.internal.normalize;

import com.ibm.icu.text.Normalizer2;
import org.khabar.internal.Analysis;

/**
 * Normalizes Arabic text for matching, never changing the original: every normalized char records the
 * original offset it came from, so matches map back to original spans.
 *
 * <p>Always applied: harakat and Quranic marks removed, tatweel removed, ZWJ/ZWNJ, bidi controls,
 * the Arabic letter mark and the BOM removed, presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF)
 * decomposed by ICU4J's NFKC, Persian yeh and keheh mapped to Arabic yeh and kaf. Optional, by
 * flag: alef variants (أ إ آ ٱ) to ا ({@link #ALEF}); ى to ي ({@link #YEH}); ة to ه
 * ({@link #TEH_MARBUTA}); Arabic-Indic and Extended Arabic-Indic digits and separators to ASCII
 * ({@link #DIGITS}).
 *
 * <p>Stateless and thread-safe.
 */
public final class ArabicNormalizer {
  /** Alef with hamza above or below, alef with madda and alef wasla become bare alef. */
  public static final int ALEF = 1;
  /** Alef maksura becomes yeh. */
  public static final int YEH = 2;
  /** Teh marbuta becomes heh. */
  public static final int TEH_MARBUTA = 4;
  /** Arabic-Indic digits, decimal and thousands separators and percent sign become ASCII. */
  public static final int DIGITS = 8;

  /** The level of {@code Token.norm()}: alef and digits, keeping ى and ة. */
  public static final int TOKEN = ALEF | DIGITS;
  /** The level used for lexicon matching: everything. */
  public static final int MATCH = ALEF | YEH | TEH_MARBUTA | DIGITS;

  static final char ALEF_MADDA = '\u0622';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char ALEF_WASLA = '\u0671';
  static final char BARE_ALEF = '\u0627';
  static final char TEH_MARBUTA_CHAR = '\u0629';
  static final char HEH = '\u0647';
  static final char ALEF_MAKSURA = '\u0649';
  static final char ARABIC_YEH = '\u064A';
  static final char FARSI_YEH = '\u06CC';
  static final char KEHEH = '\u06A9';
  static final char ARABIC_KAF = '\u0643';
  static final char TATWEEL = '\u0640';

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  /** Per-char class for U+0600–U+06FF: 0 keep, 1 drop (harakat, marks, tatweel, letter mark). */
  private static final boolean[] DROP_ARABIC = new boolean[0x100];

  static {
    for (int c = 0x0610; c <= 0x061A; c++) {
      DROP_ARABIC[c - 0x0600] = true;
    }
    DROP_ARABIC[0x061C - 0x0600] = true; // ARABIC LETTER MARK
    for (int c = 0x064B; c <= 0x065F; c++) {
      DROP_ARABIC[c - 0x0600] = true;
    }
    DROP_ARABIC[0x0640 - 0x0600] = true; // tatweel
    DROP_ARABIC[0x0670 - 0x0600] = true; // superscript (dagger) alef
    for (int c = 0x06D6; c <= 0x06DC; c++) {
      DROP_ARABIC[c - 0x0600] = true;
    }
    for (int c = 0x06DF; c <= 0x06E4; c++) {
      DROP_ARABIC[c - 0x0600] = true;
    }
    DROP_ARABIC[0x06E7 - 0x0600] = true;
    DROP_ARABIC[0x06E8 - 0x0600] = true;
    for (int c = 0x06EA; c <= 0x06ED; c++) {
      DROP_ARABIC[c - 0x0600] = true;
    }
  }

  private ArabicNormalizer() {}

  /**
   * Returns whether the char is removed by every normalization level: a haraka or other Arabic mark,
   * tatweel, or an ignorable format control (ZWJ, ZWNJ, bidi controls, BOM, soft hyphen).
   *
   * @param c the char
   * @return true when it is dropped
   */
  public static boolean isIgnorable(char c) {
    if (c >= 0x0600 && c <= 0x06FF) {
      return DROP_ARABIC[c - 0x0600];
    }
    switch (c) {
      case '\u00AD': // soft hyphen
      case '\u200C': // ZWNJ
      case '\u200D': // ZWJ
      case '\u200E': // LRM
      case '\u200F': // RLM
      case '\u202A':
      case '\u202B':
      case '\u202C':
      case '\u202D':
      case '\u202E':
      case '\u2066':
      case '\u2067':
      case '\u2068':
      case '\u2069':
      case '\uFEFF': // BOM / ZWNBSP
        return true;
      default:
        return (c >= 0xFE20 && c <= 0xFE2F); // combining half marks
    }
  }

  /**
   * Returns whether the char is an Arabic presentation form that NFKC decomposes.
   *
   * @param c the char
   * @return true for U+FB50–U+FDFF and U+FE70–U+FEFE
   */
  public static boolean isPresentationForm(char c) {
    return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE);
  }

  /**
   * Maps one char that is neither ignorable nor a presentation form.
   *
   * @param c the char
   * @param flags the level flags
   * @return the normalized char
   */
  public static char map(char c, int flags) {
    if (c < 0x0600) {
      return c;
    }
    switch (c) {
      case ALEF_MADDA:
      case ALEF_HAMZA_ABOVE:
      case ALEF_HAMZA_BELOW:
      case ALEF_WASLA:
        return (flags & ALEF) != 0 ? BARE_ALEF : c;
      case ALEF_MAKSURA:
        return (flags & YEH) != 0 ? ARABIC_YEH : c;
      case TEH_MARBUTA_CHAR:
        return (flags & TEH_MARBUTA) != 0 ? HEH : c;
      case FARSI_YEH:
        return ARABIC_YEH;
      case KEHEH:
        return ARABIC_KAF;
      case '\u066B': // Arabic decimal separator
        return (flags & DIGITS) != 0 ? '.' : c;
      case '\u066C': // Arabic thousands separator
        return (flags & DIGITS) != 0 ? ',' : c;
      case '\u066A': // Arabic percent sign
        return (flags & DIGITS) != 0 ? '%' : c;
      default:
        if ((flags & DIGITS) != 0) {
          if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
          }
          if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
          }
        }
        return c;
    }
  }

  /**
   * Normalizes {@code src[start, end)} and appends the result to the analysis' normalized buffer,
   * with the original offset of each char.
   *
   * @param src the original text
   * @param start the inclusive start offset
   * @param end the exclusive end offset
   * @param flags the level flags
   * @param out the analysis whose {@code normBuf} receives the chars
   */
  public static void appendNormalized(CharSequence src, int start, int end, int flags, Analysis out) {
    for (int i = start; i < end; i++) {
      char c = src.charAt(i);
      if (isIgnorable(c)) {
        continue;
      }
      if (isPresentationForm(c)) {
        String d = NFKC.normalize(String.valueOf(c));
        for (int k = 0; k < d.length(); k++) {
          char dc = d.charAt(k);
          if (dc != ' ' && !isIgnorable(dc)) {
            out.appendNorm(map(dc, flags), i);
          }
        }
        continue;
      }
      out.appendNorm(map(c, flags), i);
    }
  }

  /**
   * Normalizes {@code src[start, end)} into a new string (not for the hot path).
   *
   * @param src the original text
   * @param start the inclusive start offset
   * @param end the exclusive end offset
   * @param flags the level flags
   * @return the normalized string
   */
  public static String normalize(CharSequence src, int start, int end, int flags) {
    StringBuilder sb = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = src.charAt(i);
      if (isIgnorable(c)) {
        continue;
      }
      if (isPresentationForm(c)) {
        String d = NFKC.normalize(String.valueOf(c));
        for (int k = 0; k < d.length(); k++) {
          char dc = d.charAt(k);
          if (dc != ' ' && !isIgnorable(dc)) {
            sb.append(map(dc, flags));
          }
        }
        continue;
      }
      sb.append(map(c, flags));
    }
    return sb.toString();
  }

  /**
   * Normalizes a whole string.
   *
   * @param s the text
   * @param flags the level flags
   * @return the normalized string
   */
  public static String normalize(String s, int flags) {
    return normalize(s, 0, s.length(), flags);
  }

  /**
   * Normalizes a token's text at the {@link #TOKEN} level.
   *
   * @param src the original text
   * @param start the inclusive start offset
   * @param end the exclusive end offset
   * @return the normalized token text
   */
  public static String normalizeForToken(CharSequence src, int start, int end) {
    return normalize(src, start, end, TOKEN);
  }
}
