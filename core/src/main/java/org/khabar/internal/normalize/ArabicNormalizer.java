package org.khabar.internal.normalize;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;
import org.khabar.internal.Analysis;

/**
 * Normalizes Arabic text for matching, never changing the original: every normalized char records the
 * original offset it came from, so a match in normalized text maps back to an original span.
 *
 * <p>Always applied, at every level:
 *
 * <ul>
 *   <li>harakat, Quranic annotation marks and the superscript (dagger) alef are removed;
 *   <li>tatweel ({@code ـ}) is removed;
 *   <li>ignorable format controls are removed: ZWNJ, ZWJ, LRM, RLM, the Arabic letter mark, bidi
 *       embeddings, overrides and isolates, the word joiner and invisible operators, the soft hyphen
 *       and the BOM (U+FEFF);
 *   <li>Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) are replaced by their ICU4J NFKC
 *       decomposition, computed once when the class loads: {@code ﻻ} gives {@code لا} (two chars,
 *       both aligned to the ligature's offset), an isolated haraka form gives nothing, and a phrase
 *       ligature such as U+FDFA keeps the spaces between its words;
 *   <li>Persian yeh ({@code ی}) and keheh ({@code ک}) become Arabic yeh and kaf.
 * </ul>
 *
 * <p>By level flag: alef with hamza above or below, alef with madda, alef wasla and alef with wavy
 * hamza become bare alef ({@link #ALEF}); alef maksura {@code ى} becomes {@code ي} ({@link #YEH});
 * teh marbuta {@code ة} becomes {@code ه} ({@link #TEH_MARBUTA}); Arabic-Indic and Extended
 * Arabic-Indic digits, the Arabic decimal and thousands separators and the Arabic percent sign become
 * ASCII ({@link #DIGITS}). {@link #TOKEN} and {@link #MATCH} are the two levels the pipeline uses.
 *
 * <p>Every other char, including surrogates, is copied unchanged. Nothing here allocates per char:
 * the per-char work is a table lookup and a {@code switch} over named constants.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArabicNormalizer {
  /** Alef with hamza above or below, alef with madda, alef wasla and wavy-hamza alefs become bare alef. */
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
  /** Only the rules applied at every level (marks, tatweel, controls, presentation forms). */
  public static final int BASE = 0;

  static final char ALEF_MADDA = '\u0622';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char ALEF_WASLA = '\u0671';
  static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
  static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';
  static final char BARE_ALEF = '\u0627';
  static final char TEH_MARBUTA_CHAR = '\u0629';
  static final char HEH = '\u0647';
  static final char ALEF_MAKSURA = '\u0649';
  static final char ARABIC_YEH = '\u064A';
  static final char FARSI_YEH = '\u06CC';
  static final char KEHEH = '\u06A9';
  static final char ARABIC_KAF = '\u0643';
  static final char TATWEEL = '\u0640';
  static final char ARABIC_PERCENT = '\u066A';
  static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  static final char ARABIC_INDIC_ZERO = '\u0660';
  static final char ARABIC_INDIC_NINE = '\u0669';
  static final char EXTENDED_ARABIC_INDIC_ZERO = '\u06F0';
  static final char EXTENDED_ARABIC_INDIC_NINE = '\u06F9';

  /** Per-char flag for U+0600–U+06FF: removed (harakat, Quranic marks, tatweel, letter mark). */
  private static final boolean[] DROP_ARABIC = new boolean[0x100];

  /**
   * For each of the 16 flag combinations, the normalized form of every char of U+0600–U+06FF, 0
   * for a char that is removed: one lookup per Arabic char on the hot path.
   */
  private static final char[][] ARABIC_BLOCK = new char[16][0x100];

  private static final int PRES_FIRST = 0xFB50;
  private static final int PRES_LAST = 0xFEFE;
  /**
   * The NFKC decomposition of every presentation form in U+FB50–U+FEFE after the always-on rules
   * (marks and tatweel removed, leading and trailing spaces trimmed); an empty array for a form that
   * normalizes to nothing, null outside the two presentation blocks.
   */
  private static final char[][] PRESENTATION = new char[PRES_LAST - PRES_FIRST + 1][];
  /** The longest expansion in {@link #PRESENTATION}. */
  static final int MAX_EXPANSION;

  static {
    for (int c = 0x0610; c <= 0x061A; c++) {
      DROP_ARABIC[c - 0x0600] = true;
    }
    DROP_ARABIC[0x061C - 0x0600] = true; // ARABIC LETTER MARK
    for (int c = 0x064B; c <= 0x065F; c++) {
      DROP_ARABIC[c - 0x0600] = true;
    }
    DROP_ARABIC[TATWEEL - 0x0600] = true;
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

    for (int flags = 0; flags < 16; flags++) {
      for (int c = 0x0600; c <= 0x06FF; c++) {
        ARABIC_BLOCK[flags][c - 0x0600] = DROP_ARABIC[c - 0x0600] ? 0 : map((char) c, flags);
      }
    }

    Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    int max = 1;
    for (int c = PRES_FIRST; c <= PRES_LAST; c++) {
      if (!isPresentationForm((char) c)) {
        continue;
      }
      String d = nfkc.normalize(String.valueOf((char) c));
      StringBuilder sb = new StringBuilder(d.length());
      for (int k = 0; k < d.length(); k++) {
        char dc = d.charAt(k);
        if (!isIgnorable(dc)) {
          sb.append(dc);
        }
      }
      int from = 0;
      int to = sb.length();
      while (from < to && sb.charAt(from) == ' ') {
        from++;
      }
      while (to > from && sb.charAt(to - 1) == ' ') {
        to--;
      }
      char[] out = new char[to - from];
      sb.getChars(from, to, out, 0);
      PRESENTATION[c - PRES_FIRST] = out;
      max = Math.max(max, out.length);
    }
    MAX_EXPANSION = max;
  }

  private ArabicNormalizer() {}

  /**
   * Returns whether the char is removed at every normalization level: a haraka or other Arabic mark,
   * tatweel, or an ignorable format control (ZWJ, ZWNJ, LRM, RLM, the Arabic letter mark, bidi
   * embeddings, overrides and isolates, the word joiner, invisible operators, the soft hyphen, BOM),
   * or a combining half mark.
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
      case '\u200B': // zero width space
      case '\u200C': // ZWNJ
      case '\u200D': // ZWJ
      case '\u200E': // LRM
      case '\u200F': // RLM
      case '\u202A': // LRE
      case '\u202B': // RLE
      case '\u202C': // PDF
      case '\u202D': // LRO
      case '\u202E': // RLO
      case '\u2060': // word joiner
      case '\u2061':
      case '\u2062':
      case '\u2063':
      case '\u2064':
      case '\u2066': // LRI
      case '\u2067': // RLI
      case '\u2068': // FSI
      case '\u2069': // PDI
      case '\uFEFF': // BOM / ZWNBSP
        return true;
      default:
        return c >= 0xFE20 && c <= 0xFE2F; // combining half marks
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
    if (c < 0x0600 || c > 0x06FF) {
      return c;
    }
    switch (c) {
      case ALEF_MADDA:
      case ALEF_HAMZA_ABOVE:
      case ALEF_HAMZA_BELOW:
      case ALEF_WASLA:
      case ALEF_WAVY_HAMZA_ABOVE:
      case ALEF_WAVY_HAMZA_BELOW:
        return (flags & ALEF) != 0 ? BARE_ALEF : c;
      case ALEF_MAKSURA:
        return (flags & YEH) != 0 ? ARABIC_YEH : c;
      case TEH_MARBUTA_CHAR:
        return (flags & TEH_MARBUTA) != 0 ? HEH : c;
      case FARSI_YEH:
        return ARABIC_YEH;
      case KEHEH:
        return ARABIC_KAF;
      case ARABIC_DECIMAL_SEPARATOR:
        return (flags & DIGITS) != 0 ? '.' : c;
      case ARABIC_THOUSANDS_SEPARATOR:
        return (flags & DIGITS) != 0 ? ',' : c;
      case ARABIC_PERCENT:
        return (flags & DIGITS) != 0 ? '%' : c;
      default:
        if ((flags & DIGITS) != 0) {
          if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_NINE) {
            return (char) ('0' + (c - ARABIC_INDIC_ZERO));
          }
          if (c >= EXTENDED_ARABIC_INDIC_ZERO && c <= EXTENDED_ARABIC_INDIC_NINE) {
            return (char) ('0' + (c - EXTENDED_ARABIC_INDIC_ZERO));
          }
        }
        return c;
    }
  }

  /**
   * Returns the chars a presentation form normalizes to (before the level mapping), or null when
   * {@code c} is not a presentation form. The array is shared: do not modify it.
   */
  private static char[] presentation(char c) {
    return c >= PRES_FIRST && c <= PRES_LAST ? PRESENTATION[c - PRES_FIRST] : null;
  }

  /**
   * Normalizes {@code src[start, end)} and appends the result to the analysis' normalized buffer,
   * recording for each normalized char the original offset it came from (all chars of a
   * presentation-form expansion record the form's offset). A match {@code [a, b)} in the normalized
   * buffer therefore maps to the original span {@code [normAlign[a], normAlign[b - 1] + 1)}.
   *
   * @param src the original text
   * @param start the inclusive start offset
   * @param end the exclusive end offset
   * @param flags the level flags
   * @param out the analysis whose {@code normBuf} receives the chars
   */
  public static void appendNormalized(CharSequence src, int start, int end, int flags, Analysis out) {
    int w = out.normLength;
    ensureNorm(out, w, end - start);
    w = normalize(src, start, end, flags, out, w);
    out.normLength = w;
  }

  /** Makes room in the analysis' normalized buffers for {@code more} chars after {@code used}. */
  private static void ensureNorm(Analysis out, int used, int more) {
    long need = (long) used + more;
    if (need > out.normBuf.length) {
      int cap = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(need, 2L * out.normBuf.length));
      out.normBuf = Arrays.copyOf(out.normBuf, cap);
      out.normAlign = Arrays.copyOf(out.normAlign, cap);
    }
  }

  /**
   * The aligned hot loop: reads {@code src[start, end)}, writes from {@code w} into the analysis'
   * buffers (which have room for {@code end - start} chars), growing them only for an expanding
   * presentation form. Returns the new length.
   */
  private static int normalize(CharSequence src, int start, int end, int flags, Analysis out,
      int w) {
    final char[] table = ARABIC_BLOCK[flags & 15];
    char[] buf = out.normBuf;
    int[] align = out.normAlign;
    for (int i = start; i < end; i++) {
      char c = src.charAt(i);
      if (c < 0x00AD) {
        buf[w] = c;
        align[w++] = i;
      } else if (c >= 0x0600 && c <= 0x06FF) {
        char m = table[c - 0x0600];
        if (m != 0) {
          buf[w] = m;
          align[w++] = i;
        }
      } else if (isIgnorable(c)) {
        continue;
      } else {
        char[] p = presentation(c);
        if (p == null) {
          buf[w] = c;
          align[w++] = i;
        } else {
          if (p.length > 1) {
            ensureNorm(out, w, p.length + (end - i - 1));
            buf = out.normBuf;
            align = out.normAlign;
          }
          for (char dc : p) {
            buf[w] = map(dc, flags);
            align[w++] = i;
          }
        }
      }
    }
    return w;
  }

  /**
   * Normalizes {@code src[start, end)} into {@code dst} from {@code dstStart}, writing the original
   * offset of each output char into {@code align} at the same index. {@code dst} and {@code align}
   * must have room for {@link #maxNormalizedLength(int)} of {@code end - start} chars after
   * {@code dstStart}.
   *
   * @param src the original text
   * @param start the inclusive start offset
   * @param end the exclusive end offset
   * @param flags the level flags
   * @param dst the output chars
   * @param align the original offset of each output char, or null when not wanted
   * @param dstStart where to start writing
   * @return the index after the last char written
   * @throws ArrayIndexOutOfBoundsException if {@code dst} or {@code align} is too small
   */
  public static int normalize(CharSequence src, int start, int end, int flags, char[] dst,
      int[] align, int dstStart) {
    int w = dstStart;
    for (int i = start; i < end; i++) {
      char c = src.charAt(i);
      if (isIgnorable(c)) {
        continue;
      }
      char[] p = presentation(c);
      if (p != null) {
        for (char dc : p) {
          if (align != null) {
            align[w] = i;
          }
          dst[w++] = map(dc, flags);
        }
      } else {
        if (align != null) {
          align[w] = i;
        }
        dst[w++] = map(c, flags);
      }
    }
    return w;
  }

  /**
   * Returns an upper bound of the normalized length of {@code length} chars (presentation-form
   * ligatures can expand).
   *
   * @param length the input length
   * @return the largest possible output length
   */
  public static int maxNormalizedLength(int length) {
    return Math.multiplyExact(length, MAX_EXPANSION);
  }

  /**
   * Normalizes {@code buf[0, len)} in place (the Lucene {@code normalize(char[], int)} shape) and
   * returns the new length. Deletions and one-to-one mappings never need room; a presentation-form
   * ligature that expands (for example {@code ﻻ} to {@code لا}) needs {@code buf} to be longer than
   * {@code len}: the method first computes how much room the whole text needs and throws, before
   * changing anything, if {@code buf} is too short. Linear time; no allocation.
   *
   * @param buf the chars, normalized in place
   * @param len the number of chars used in {@code buf}
   * @param flags the level flags
   * @return the normalized length
   * @throws IllegalArgumentException if {@code len} is outside {@code [0, buf.length]} or an
   *     expansion needs more room than {@code buf} has (the message gives the capacity needed)
   */
  public static int normalize(char[] buf, int len, int flags) {
    if (len < 0 || len > buf.length) {
      throw new IllegalArgumentException("len " + len + " is outside [0, " + buf.length + "]");
    }
    // pass 1: the output length and the largest lead of output over input on any prefix
    int out = 0;
    int lead = 0;
    for (int r = 0; r < len; r++) {
      char c = buf[r];
      if (isIgnorable(c)) {
        continue;
      }
      char[] p = presentation(c);
      out += p != null ? p.length : 1;
      lead = Math.max(lead, out - (r + 1));
    }
    if (lead == 0) {
      // no prefix produces more chars than it consumes: a forward pass never overtakes the reader
      int w = 0;
      for (int r = 0; r < len; r++) {
        char c = buf[r];
        if (isIgnorable(c)) {
          continue;
        }
        char[] p = presentation(c);
        if (p != null) {
          for (char dc : p) {
            buf[w++] = map(dc, flags);
          }
        } else {
          buf[w++] = map(c, flags);
        }
      }
      return w;
    }
    // an expansion runs ahead of the reader: move the input right by `lead` first
    long needed = (long) len + lead;
    if (needed > buf.length) {
      throw new IllegalArgumentException("normalizing " + len + " chars in place needs a buffer of "
          + needed + " chars, the buffer has " + buf.length);
    }
    System.arraycopy(buf, 0, buf, lead, len);
    int w = 0;
    for (int r = lead; r < len + lead; r++) {
      char c = buf[r];
      if (isIgnorable(c)) {
        continue;
      }
      char[] p = presentation(c);
      if (p != null) {
        for (char dc : p) {
          buf[w++] = map(dc, flags);
        }
      } else {
        buf[w++] = map(c, flags);
      }
    }
    return w;
  }

  /**
   * Normalizes {@code src[start, end)} into a new string (not for the hot path).
   *
   * @param src the original text
   * @param start the inclusive start offset
   * @param end the exclusive end offset
   * @param flags the level flags
   * @return the normalized string
   * @throws IndexOutOfBoundsException if the range is outside {@code src}
   */
  public static String normalize(CharSequence src, int start, int end, int flags) {
    if (start < 0 || end < start || end > src.length()) {
      throw new IndexOutOfBoundsException(
          "range [" + start + ", " + end + ") is outside [0, " + src.length() + "]");
    }
    StringBuilder sb = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = src.charAt(i);
      if (isIgnorable(c)) {
        continue;
      }
      char[] p = presentation(c);
      if (p != null) {
        for (char dc : p) {
          sb.append(map(dc, flags));
        }
      } else {
        sb.append(map(c, flags));
      }
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
