package org.khabar.internal.tokenize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;
import org.khabar.TokenKind;
import org.khabar.internal.Analysis;

/**
 * Splits text into word, number, punctuation, symbol, URL, e-mail, hashtag, mention and emoji
 * tokens, reporting spans of the original text.
 *
 * <p>Implements OpenNLP's {@link Tokenizer}: {@link #tokenizePos(String)} spans index the original
 * string. The fast path {@link #tokenize(Analysis)} appends {@code [start, end)} offsets and a
 * {@link TokenKind} ordinal to the analysis' int arrays, in one left-to-right pass with no
 * allocation, no regular expression and no backtracking beyond a bounded look-ahead (a failed
 * e-mail or domain look-ahead records how far it read, so it is never repeated over the same
 * chars): linear time on any input.
 *
 * <p><b>Separators</b> (never part of a token, never reported): white space (every char for which
 * {@link Character#isWhitespace(char)} or {@link Character#isSpaceChar(char)} holds, and NEL
 * U+0085), the other C0 and C1 control chars (NUL included), and format chars (general category Cf:
 * ZWNJ, ZWJ, LRM, RLM, the Arabic letter mark, bidi embeddings and isolates, the BOM, the soft hyphen,
 * the Arabic number signs) when they stand between tokens. Every other char belongs to exactly one
 * token; nothing is dropped.
 *
 * <p><b>Tokens</b>, by {@link TokenKind}:
 *
 * <ul>
 *   <li>{@code ARABIC}: a run of Arabic-script letters (presentation forms included) with the harakat
 *       and other marks on them; tatweel, ZWNJ, ZWJ and bidi controls between two letters stay in the
 *       word. A tatweel after a letter that joins to the left (a dual-joining letter such as {@code ل}
 *       or {@code ه}) is a kashida and stays in the word ({@code لـ}, {@code هـ}); after a
 *       right-joining or non-joining letter ({@code ة ا د ر و ء}) it cannot join and is a dash: it
 *       ends the word and becomes a {@code PUNCTUATION} token. A hyphen between Arabic words is a
 *       token of its own ({@code هارلي - ديفيدسون}), as UD Arabic-PUD mostly has it, so each
 *       part reaches the clitic segmenter as a word.
 *   <li>{@code LATIN}: a run of letters of any other script, with digits, marks, an apostrophe
 *       between letters ({@code it's}) and a hyphen between letters or digits ({@code COVID-19});
 *       single letters joined by dots ({@code U.S.}, {@code e.g.}) with the final dot; a number
 *       directly followed by Latin letters ({@code 5G}, {@code 10km}).
 *   <li>{@code NUMBER}: digits of one or more of the ASCII, Arabic-Indic and Extended Arabic-Indic
 *       sets (any Unicode decimal digit), with {@code . , ٫ ٬} as decimal or thousands separators,
 *       {@code :} for times ({@code 6:30}) and the Saudi decimal {@code ر} ({@code 935ر6}), each only
 *       between two digits.
 *   <li>{@code PERCENT}: a number directly followed by {@code %}, {@code ٪}, {@code ‰} or
 *       {@code ؉}.
 *   <li>{@code DATE}: day, month and year ({@code 21/12/2017}, {@code 10/1/1436}) or year, month and
 *       day ({@code 2017-12-21}) joined by the same {@code /}, {@code -} or {@code .}; day 1–31,
 *       month 1–12 (either order of day and month), a year of 2 or 4 digits.
 *   <li>{@code URL}: {@code http://}, {@code https://}, {@code ftp://} or {@code www.} followed by
 *       URL chars, and bare host names ending in a known top-level domain ({@code spa.gov.sa}),
 *       without trailing punctuation or an unbalanced closing bracket.
 *   <li>{@code EMAIL}: {@code local@host.tld}. {@code HASHTAG}: {@code #} and word chars
 *       ({@code _} included) with at least one letter. {@code MENTION}: {@code @} and word chars.
 *   <li>{@code EMOJI}: an emoji with its variation selectors, skin-tone modifiers, tag characters
 *       and keycap mark, ZWJ sequences and flag pairs: never split.
 *   <li>{@code PUNCTUATION}: one punctuation char, except runs that stay whole: end-mark runs such as
 *       {@code ...}, {@code ؟!} and {@code !!!}, dash runs ({@code --}), and tatweel runs that are
 *       not kashidas. Brackets and quotes are always separate tokens, as in UD Arabic-PUD.
 *   <li>{@code SYMBOL}: one symbol char (math, currency, modifier and other symbols, other numbers
 *       such as {@code ½}).
 *   <li>{@code OTHER}: a lone surrogate (one token per char), a private-use or unassigned code
 *       point, and a run of combining marks with no letter before them (a million harakat in a row
 *       are one token).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ArabicTokenizer implements Tokenizer {

  private static final TokenKind[] KINDS = TokenKind.values();
  private static final int ARABIC = TokenKind.ARABIC.ordinal();
  private static final int LATIN = TokenKind.LATIN.ordinal();
  private static final int NUMBER = TokenKind.NUMBER.ordinal();
  private static final int PERCENT = TokenKind.PERCENT.ordinal();
  private static final int DATE = TokenKind.DATE.ordinal();
  private static final int PUNCT = TokenKind.PUNCTUATION.ordinal();
  private static final int SYMBOL = TokenKind.SYMBOL.ordinal();
  private static final int URL = TokenKind.URL.ordinal();
  private static final int EMAIL = TokenKind.EMAIL.ordinal();
  private static final int HASHTAG = TokenKind.HASHTAG.ordinal();
  private static final int MENTION = TokenKind.MENTION.ordinal();
  private static final int EMOJI = TokenKind.EMOJI.ordinal();
  private static final int OTHER = TokenKind.OTHER.ordinal();

  // ---- char classes (BMP), one byte per char
  /** White space and line or paragraph separators: a separator. */
  static final byte SP = 0;
  /** Other control chars (Cc): a separator. */
  static final byte CTL = 1;
  /** Format chars (Cf): a separator between tokens, kept inside a word. */
  static final byte FMT = 2;
  /** An Arabic-script letter (presentation forms included). */
  static final byte AL = 3;
  /** An Arabic-script combining mark (harakat, Quranic marks). */
  static final byte AM = 4;
  /** Tatweel. */
  static final byte TW = 5;
  /** Any other combining mark. */
  static final byte MK = 6;
  /** A decimal digit. */
  static final byte DG = 7;
  /** A letter of another script, or a letter number. */
  static final byte LT = 8;
  /** Punctuation. */
  static final byte PU = 9;
  /** Symbols and other numbers. */
  static final byte SY = 10;
  /** High surrogate. */
  static final byte HS = 11;
  /** Low surrogate. */
  static final byte LS = 12;
  /** Private use or unassigned. */
  static final byte OT = 13;
  /** A BMP emoji shown as an emoji by default (Emoji_Presentation). */
  static final byte EMO = 14;

  private static final byte[] CLS = new byte[0x10000];
  /** Flags per BMP char: bit 0 dual-joining Arabic letter, bit 1 Extended_Pictographic. */
  private static final byte[] FLAGS = new byte[0x10000];
  private static final int F_DUAL = 1;
  private static final int F_PICT = 2;
  /** Extended_Pictographic for U+1F000–U+1FFFF. */
  private static final boolean[] PICT_1F = new boolean[0x1000];

  private static final char ZWJ = '\u200D';
  private static final char VS15 = '\uFE0E';
  private static final char VS16 = '\uFE0F';
  private static final char KEYCAP = '\u20E3';
  private static final char TATWEEL = '\u0640';

  /** Top-level domains that make a bare host name ({@code spa.gov.sa}) a URL; lower case. */
  private static final String[] TLDS = {
    "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io", "tv", "co", "news",
    "uk", "sa", "ae", "eg", "jo", "kw", "qa", "bh", "om", "lb", "sy", "iq", "ye", "ma", "dz", "tn",
    "ly", "sd", "ps", "fr", "de", "ru", "cn", "ir", "tr", "ch", "eu"
  };

  static {
    Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    for (int c = 0; c < 0x10000; c++) {
      CLS[c] = classify(c);
      int f = 0;
      if (CLS[c] == AL) {
        int base = c;
        if (c >= 0xFB50) {
          String d = nfkc.normalize(String.valueOf((char) c));
          base = d.isEmpty() ? c : d.charAt(d.length() - 1);
        }
        if (UCharacter.getIntPropertyValue(base, UProperty.JOINING_TYPE)
            == UCharacter.JoiningType.DUAL_JOINING) {
          f |= F_DUAL;
        }
      }
      if (UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC)) {
        f |= F_PICT;
        if (UCharacter.hasBinaryProperty(c, UProperty.EMOJI_PRESENTATION)) {
          CLS[c] = EMO;
        }
      }
      FLAGS[c] = (byte) f;
    }
    for (int cp = 0x1F000; cp <= 0x1FFFF; cp++) {
      PICT_1F[cp - 0x1F000] = UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
          || (cp >= 0x1F1E6 && cp <= 0x1F1FF) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }
  }

  private static boolean isArabicBlock(int c) {
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F)
        || (c >= 0x0870 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF)
        || (c >= 0xFE70 && c <= 0xFEFF);
  }

  private static byte classify(int c) {
    if (c == TATWEEL) {
      return TW;
    }
    if (c == 0x85 || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return SP;
    }
    int type = Character.getType(c);
    boolean arabic = isArabicBlock(c);
    switch (type) {
      case Character.CONTROL:
        return CTL;
      case Character.FORMAT:
        return FMT;
      case Character.SURROGATE:
        return c < 0xDC00 ? HS : LS;
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
        return OT;
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.LETTER_NUMBER:
        return arabic ? AL : LT;
      case Character.NON_SPACING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.ENCLOSING_MARK:
        return arabic ? AM : MK;
      case Character.DECIMAL_DIGIT_NUMBER:
        return DG;
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return PU;
      default:
        return SY;
    }
  }

  /**
   * Returns the tokenizer's class of a char (one of the byte constants of this class).
   *
   * @param c the char
   * @return its class
   */
  static byte charClass(char c) {
    return CLS[c];
  }

  /**
   * Returns whether an Arabic letter joins to the following letter (joining type D), so that a
   * tatweel after it is a kashida.
   *
   * @param c the char
   * @return true for a dual-joining Arabic letter
   */
  static boolean isDualJoining(char c) {
    return (FLAGS[c] & F_DUAL) != 0;
  }

  /**
   * Tokenizes the analysis' text into its token arrays.
   *
   * @param a the analysis whose {@code text} is read and whose token arrays are appended to
   */
  public void tokenize(Analysis a) {
    final String s = a.text;
    final int n = s.length();
    int emailFail = 0; // no e-mail address starts before this offset
    int domainFail = 0; // no bare host name starts before this offset
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      byte cls = CLS[c];
      int start = i;
      switch (cls) {
        case SP:
        case CTL:
        case FMT:
          i++;
          break;
        case AL:
          i = arabicWord(s, i, n);
          a.addToken(start, i, ARABIC);
          break;
        case TW:
          i++;
          while (i < n && CLS[s.charAt(i)] == TW) {
            i++;
          }
          i = skipMarks(s, i, n);
          a.addToken(start, i, PUNCT);
          break;
        case AM:
        case MK:
          i = skipMarks(s, i + 1, n);
          a.addToken(start, i, OTHER);
          break;
        case DG:
        case LT: {
          if (isAsciiAlnum(c)) {
            if (i >= emailFail) {
              int e = email(s, i, n);
              if (e > 0) {
                a.addToken(start, e, EMAIL);
                i = e;
                break;
              }
              emailFail = -e;
            }
            if (cls == LT) {
              int u = url(s, i, n);
              if (u > 0) {
                a.addToken(start, u, URL);
                i = u;
                break;
              }
            }
          }
          if (cls == DG) {
            int k = keycap(s, i, n);
            if (k > 0) {
              a.addToken(start, k, EMOJI);
              i = k;
              break;
            }
            int d = date(s, i, n);
            if (d > 0) {
              a.addToken(start, d, DATE);
              i = d;
              break;
            }
            int e = number(s, i, n);
            if (e < n && isPercent(s.charAt(e))) {
              a.addToken(start, e + 1, PERCENT);
              i = e + 1;
              break;
            }
            if (e < n && isLatinLetterAt(s, e, n)) {
              i = latinWord(s, e, n);
              a.addToken(start, i, LATIN);
              break;
            }
            a.addToken(start, e, NUMBER);
            i = e;
            break;
          }
          int abbr = dottedAbbreviation(s, i, n);
          if (abbr > 0) {
            a.addToken(start, abbr, LATIN);
            i = abbr;
            break;
          }
          int e = latinWord(s, i, n);
          if (i >= domainFail && isAsciiAlnum(c) && e + 1 < n && s.charAt(e) == '.'
              && isAsciiAlnum(s.charAt(e + 1))) {
            int h = host(s, i, n);
            if (h > 0) {
              a.addToken(start, h, URL);
              i = h;
              break;
            }
            domainFail = -h;
          }
          a.addToken(start, e, LATIN);
          i = e;
          break;
        }
        case PU:
          i = punctuation(a, s, i, n);
          break;
        case SY:
          if ((FLAGS[c] & F_PICT) != 0 && i + 1 < n && s.charAt(i + 1) == VS16) {
            i = emoji(s, i, n);
            a.addToken(start, i, EMOJI);
          } else {
            i++;
            a.addToken(start, i, SYMBOL);
          }
          break;
        case EMO:
          i = emoji(s, i, n);
          a.addToken(start, i, EMOJI);
          break;
        case HS:
          if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            i = supplementary(a, s, i, n, cp);
          } else {
            i++;
            a.addToken(start, i, OTHER);
          }
          break;
        default: // LS (unpaired), OT
          i++;
          a.addToken(start, i, OTHER);
          break;
      }
    }
  }

  // ---------------------------------------------------------------- words

  /** Scans an Arabic word that starts with the letter at {@code i}; returns its end. */
  private static int arabicWord(String s, int i, int n) {
    boolean joins = (FLAGS[s.charAt(i)] & F_DUAL) != 0; // may a tatweel follow the last letter
    int j = i + 1;
    while (j < n) {
      char c = s.charAt(j);
      byte cls = CLS[c];
      if (cls == AL) {
        joins = (FLAGS[c] & F_DUAL) != 0;
        j++;
      } else if (cls == AM || cls == MK) {
        j++;
      } else if (cls == TW) {
        if (!joins) {
          break;
        }
        j++;
      } else if (cls == FMT) {
        int k = j + 1;
        while (k < n && CLS[s.charAt(k)] == FMT) {
          k++;
        }
        if (k < n && (CLS[s.charAt(k)] == AL || CLS[s.charAt(k)] == AM
            || (CLS[s.charAt(k)] == TW && joins))) {
          j = k;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return j;
  }

  /** Skips combining marks (any script) from {@code j}; returns the first offset after them. */
  private static int skipMarks(String s, int j, int n) {
    while (j < n) {
      byte cls = CLS[s.charAt(j)];
      if (cls == AM || cls == MK) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /** Whether a (non-Arabic) letter, BMP or supplementary, starts at {@code j}. */
  private static boolean isLatinLetterAt(String s, int j, int n) {
    char c = s.charAt(j);
    if (CLS[c] == LT) {
      return true;
    }
    if (CLS[c] == HS && j + 1 < n && Character.isLowSurrogate(s.charAt(j + 1))) {
      return Character.isLetter(Character.toCodePoint(c, s.charAt(j + 1)));
    }
    return false;
  }

  /** Length of the alphanumeric (letter, digit) code point at {@code j} for a Latin word, or 0. */
  private static int latinAlnumAt(String s, int j, int n) {
    char c = s.charAt(j);
    byte cls = CLS[c];
    if (cls == LT || cls == DG) {
      return 1;
    }
    if (cls == HS && j + 1 < n && Character.isLowSurrogate(s.charAt(j + 1))) {
      int cp = Character.toCodePoint(c, s.charAt(j + 1));
      return Character.isLetterOrDigit(cp) ? 2 : 0;
    }
    return 0;
  }

  /**
   * Scans a Latin (non-Arabic) word whose first letter or digit is at {@code i}; returns its end.
   */
  private static int latinWord(String s, int i, int n) {
    int j = i;
    int len = latinAlnumAt(s, j, n);
    j += Math.max(len, 1);
    while (j < n) {
      char c = s.charAt(j);
      byte cls = CLS[c];
      int l = latinAlnumAt(s, j, n);
      if (l > 0) {
        j += l;
      } else if (cls == MK) {
        j++;
      } else if (cls == HS && j + 1 < n && Character.isLowSurrogate(s.charAt(j + 1))
          && isMarkType(Character.getType(Character.toCodePoint(c, s.charAt(j + 1))))) {
        j += 2;
      } else if ((c == '\'' || c == '\u2019') && j + 1 < n && CLS[s.charAt(j + 1)] == LT
          && CLS[s.charAt(j - 1)] == LT) {
        j++;
      } else if (isHyphen(c) && j + 1 < n && latinAlnumAt(s, j + 1, n) > 0) {
        j++;
      } else if (cls == FMT) {
        int k = j + 1;
        while (k < n && CLS[s.charAt(k)] == FMT) {
          k++;
        }
        if (k < n && CLS[s.charAt(k)] == LT) {
          j = k;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean isMarkType(int type) {
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Matches single letters joined by dots, at least two ({@code U.S.}, {@code e.g.}); returns the end
   * (after the last dot) or 0.
   */
  private static int dottedAbbreviation(String s, int i, int n) {
    int j = i;
    int letters = 0;
    while (j + 1 < n && CLS[s.charAt(j)] == LT && s.charAt(j + 1) == '.') {
      letters++;
      j += 2;
    }
    return letters >= 2 ? j : 0;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  // ---------------------------------------------------------------- numbers and dates

  /** Scans a number starting with the digit at {@code i}; returns its end. */
  private static int number(String s, int i, int n) {
    int j = digits(s, i, n);
    while (j + 1 < n && isNumberSeparator(s.charAt(j)) && CLS[s.charAt(j + 1)] == DG) {
      j = digits(s, j + 1, n);
    }
    return j;
  }

  private static int digits(String s, int j, int n) {
    while (j < n && CLS[s.charAt(j)] == DG) {
      j++;
    }
    return j;
  }

  private static boolean isNumberSeparator(char c) {
    return c == '.' || c == ',' || c == '\u066B' || c == '\u066C' || c == ':' || c == '\u0631';
  }

  private static boolean isPercent(char c) {
    return c == '%' || c == '\u066A' || c == '\u2030' || c == '\u0609';
  }

  /** Matches a numeric date at {@code i}; returns its end or 0. */
  private static int date(String s, int i, int n) {
    int e1 = digits(s, i, n);
    int l1 = e1 - i;
    if (l1 > 4 || l1 == 3 || e1 >= n) {
      return 0;
    }
    char sep = s.charAt(e1);
    if (sep != '/' && sep != '-' && sep != '.') {
      return 0;
    }
    int e2 = digits(s, e1 + 1, n);
    int l2 = e2 - e1 - 1;
    if (l2 < 1 || l2 > 2 || e2 >= n || s.charAt(e2) != sep) {
      return 0;
    }
    int e3 = digits(s, e2 + 1, n);
    int l3 = e3 - e2 - 1;
    if (l3 < 1 || l3 > 4 || l3 == 3) {
      return 0;
    }
    if (e3 < n) {
      char c = s.charAt(e3);
      if ((c == sep || isNumberSeparator(c)) && e3 + 1 < n && CLS[s.charAt(e3 + 1)] == DG) {
        return 0; // 1.2.3.4, 21/12/2017/5: not a date
      }
      if (isLatinLetterAt(s, e3, n)) {
        return 0;
      }
    }
    int v1 = value(s, i, e1);
    int v2 = value(s, e1 + 1, e2);
    int v3 = value(s, e2 + 1, e3);
    boolean dmy = l1 <= 2 && (l3 == 2 || l3 == 4)
        && ((inRange(v1, 31) && inRange(v2, 12)) || (inRange(v1, 12) && inRange(v2, 31)));
    boolean ymd = l1 == 4 && l3 <= 2 && inRange(v2, 12) && inRange(v3, 31);
    return dmy || ymd ? e3 : 0;
  }

  private static boolean inRange(int v, int max) {
    return v >= 1 && v <= max;
  }

  private static int value(String s, int from, int to) {
    int v = 0;
    for (int k = from; k < to; k++) {
      v = v * 10 + Character.digit(s.charAt(k), 10);
    }
    return v;
  }

  // ---------------------------------------------------------------- URLs, e-mail, hosts

  /**
   * Matches an e-mail address at {@code i}. Returns its end when one starts here, otherwise the
   * negated offset before which no address can start.
   */
  private static int email(String s, int i, int n) {
    int j = i;
    while (j < n && isLocalChar(s.charAt(j))) {
      j++;
    }
    if (j < n && s.charAt(j) == '@' && j > i) {
      int h = hostEnd(s, j + 1, n);
      if (h > 0) {
        return h;
      }
    }
    return -Math.max(j, i + 1);
  }

  private static boolean isLocalChar(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  /**
   * Scans a host name {@code label(.label)+} from {@code j} whose last label is letters only
   * (2 to 24); returns its end or 0.
   */
  private static int hostEnd(String s, int j, int n) {
    int labels = 0;
    int lastStart = j;
    int end = 0;
    int k = j;
    while (k < n) {
      int ls = k;
      while (k < n && (isAsciiAlnum(s.charAt(k)) || s.charAt(k) == '-')) {
        k++;
      }
      if (k == ls) {
        break;
      }
      labels++;
      lastStart = ls;
      end = k;
      if (k + 1 < n && s.charAt(k) == '.' && isAsciiAlnum(s.charAt(k + 1))) {
        k++;
      } else {
        break;
      }
    }
    if (labels < 2) {
      return 0;
    }
    int len = end - lastStart;
    if (len < 2 || len > 24) {
      return 0;
    }
    for (int q = lastStart; q < end; q++) {
      if (!isAsciiLetter(s.charAt(q))) {
        return 0;
      }
    }
    return end;
  }

  /**
   * Matches a bare host name with a known top-level domain ({@code spa.gov.sa}), with an optional
   * path. Returns its end, or the negated end of what was read when there is none.
   */
  private static int host(String s, int i, int n) {
    int h = hostEnd(s, i, n);
    if (h <= 0) {
      int k = i;
      while (k < n && (isAsciiAlnum(s.charAt(k)) || s.charAt(k) == '-' || s.charAt(k) == '.')) {
        k++;
      }
      return -k;
    }
    int dot = s.lastIndexOf('.', h - 1);
    if (!isTld(s, dot + 1, h)) {
      return -h;
    }
    if (h < n && s.charAt(h) == '/') {
      return urlBody(s, h, n);
    }
    return h;
  }

  private static boolean isTld(String s, int from, int to) {
    int len = to - from;
    for (String t : TLDS) {
      if (t.length() == len && s.regionMatches(true, from, t, 0, len)) {
        return true;
      }
    }
    return false;
  }

  /** Matches a URL with a scheme or {@code www.} at {@code i}; returns its end or 0. */
  private static int url(String s, int i, int n) {
    int body;
    if (s.regionMatches(true, i, "http://", 0, 7)) {
      body = i + 7;
    } else if (s.regionMatches(true, i, "https://", 0, 8)) {
      body = i + 8;
    } else if (s.regionMatches(true, i, "ftp://", 0, 6)) {
      body = i + 6;
    } else if (s.regionMatches(true, i, "www.", 0, 4)) {
      body = i + 4;
    } else {
      return 0;
    }
    if (body >= n || !isUrlChar(s.charAt(body)) || isTrailingUrlChar(s.charAt(body))) {
      return 0;
    }
    return urlBody(s, body, n);
  }

  /** Scans URL chars from {@code j}, dropping trailing punctuation; returns the end. */
  private static int urlBody(String s, int j, int n) {
    int from = j;
    int open = 0;
    int close = 0;
    while (j < n && isUrlChar(s.charAt(j))) {
      char c = s.charAt(j);
      if (c == '(') {
        open++;
      } else if (c == ')') {
        close++;
      }
      j++;
    }
    while (j > from) {
      char c = s.charAt(j - 1);
      if (c == ')' && close > open) {
        close--;
        j--;
      } else if (isTrailingUrlChar(c)) {
        j--;
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean isUrlChar(char c) {
    byte cls = CLS[c];
    if (cls == SP || cls == CTL || cls == FMT || cls == HS || cls == LS || cls == OT || cls == EMO) {
      return false;
    }
    switch (c) {
      case '"':
      case '<':
      case '>':
      case '`':
      case '{':
      case '}':
      case '|':
      case '\\':
      case '^':
      case '\u00AB': // «
      case '\u00BB': // »
      case '\u201C':
      case '\u201D':
      case '\u2018':
      case '\u2019':
      case '\u060C': // ،
      case '\u061B': // ؛
      case '\u061F': // ؟
        return false;
      default:
        return true;
    }
  }

  private static boolean isTrailingUrlChar(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\''
        || c == ']' || c == '*';
  }

  // ---------------------------------------------------------------- punctuation

  private static int punctuation(Analysis a, String s, int i, int n) {
    char c = s.charAt(i);
    int start = i;
    if (c == '#' && !(i + 1 < n && (s.charAt(i + 1) == VS16 || s.charAt(i + 1) == KEYCAP))) {
      int e = wordChars(s, i + 1, n, true);
      if (e > 0) {
        a.addToken(start, e, HASHTAG);
        return e;
      }
    } else if (c == '@') {
      int e = wordChars(s, i + 1, n, false);
      if (e > 0) {
        a.addToken(start, e, MENTION);
        return e;
      }
    }
    if ((c == '*' || c == '#') && i + 1 < n) {
      int k = keycap(s, i, n);
      if (k > 0) {
        a.addToken(start, k, EMOJI);
        return k;
      }
    }
    int j = i + 1;
    if (isEndMark(c)) {
      while (j < n && isEndMark(s.charAt(j))) {
        j++;
      }
    } else if (isHyphen(c) || c == '\u2013' || c == '\u2014') {
      while (j < n && s.charAt(j) == c) {
        j++;
      }
    }
    a.addToken(start, j, PUNCT);
    return j;
  }

  /**
   * Returns whether the char ends a sentence or belongs to an end-mark run: {@code . … ! ? ؟ ‼ ⁇ ⁈ ⁉
   * ۔}.
   *
   * @param c the char
   * @return true for an end mark
   */
  static boolean isEndMark(char c) {
    switch (c) {
      case '.':
      case '\u2026': // …
      case '!':
      case '?':
      case '\u061F': // ؟
      case '\u203C': // ‼
      case '\u2047': // ⁇
      case '\u2048': // ⁈
      case '\u2049': // ⁉
      case '\u06D4': // ۔
        return true;
      default:
        return false;
    }
  }

  /**
   * Scans the word chars of a hashtag (letters, digits, marks, {@code _}, tatweel and format chars
   * inside) or a mention from {@code j}; returns the end, or 0 when there is no letter (hashtag) or
   * no char (mention).
   */
  private static int wordChars(String s, int j, int n, boolean needLetter) {
    boolean letter = false;
    int start = j;
    while (j < n) {
      char c = s.charAt(j);
      byte cls = CLS[c];
      if (cls == AL || cls == LT) {
        letter = true;
        j++;
      } else if (cls == DG || c == '_' || ((cls == AM || cls == MK || cls == TW) && j > start)) {
        j++;
      } else if (cls == HS && j + 1 < n && Character.isLowSurrogate(s.charAt(j + 1))
          && Character.isLetter(Character.toCodePoint(c, s.charAt(j + 1)))) {
        letter = true;
        j += 2;
      } else if (cls == FMT && j > start) {
        int k = j + 1;
        while (k < n && CLS[s.charAt(k)] == FMT) {
          k++;
        }
        if (k < n && (CLS[s.charAt(k)] == AL || CLS[s.charAt(k)] == LT)) {
          j = k;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    if (j == start || (needLetter && !letter)) {
      return 0;
    }
    return j;
  }

  // ---------------------------------------------------------------- emoji and other code points

  private static boolean isPictographic(int cp) {
    if (cp < 0x10000) {
      return (FLAGS[cp] & F_PICT) != 0;
    }
    return cp >= 0x1F000 && cp <= 0x1FFFF && PICT_1F[cp - 0x1F000];
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  /** Handles the supplementary code point {@code cp} at {@code i}; returns the next offset. */
  private static int supplementary(Analysis a, String s, int i, int n, int cp) {
    if (isPictographic(cp)) {
      int e = emoji(s, i, n);
      a.addToken(i, e, EMOJI);
      return e;
    }
    int type = Character.getType(cp);
    if (Character.isLetterOrDigit(cp)) {
      int e = latinWord(s, i, n);
      a.addToken(i, e, LATIN);
      return e;
    }
    if (isMarkType(type)) {
      int e = i + 2;
      while (e + 1 < n && Character.isHighSurrogate(s.charAt(e))
          && Character.isLowSurrogate(s.charAt(e + 1))
          && isMarkType(Character.getType(Character.toCodePoint(s.charAt(e), s.charAt(e + 1))))) {
        e += 2;
      }
      e = skipMarks(s, e, n);
      a.addToken(i, e, OTHER);
      return e;
    }
    int kind;
    switch (type) {
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
      case Character.OTHER_NUMBER:
        kind = SYMBOL;
        break;
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        kind = PUNCT;
        break;
      case Character.FORMAT: // tags and the like outside an emoji: separators
        return i + 2;
      default:
        kind = OTHER;
        break;
    }
    a.addToken(i, i + 2, kind);
    return i + 2;
  }

  /** The code point at {@code j} (a lone surrogate as itself). */
  private static int codePointAt(String s, int j, int n) {
    char c = s.charAt(j);
    if (Character.isHighSurrogate(c) && j + 1 < n && Character.isLowSurrogate(s.charAt(j + 1))) {
      return Character.toCodePoint(c, s.charAt(j + 1));
    }
    return c;
  }

  /**
   * Scans an emoji sequence whose first code point (a pictograph, a regional indicator or a
   * modifier) is at {@code i}: modifiers, variation selectors, tags, keycap mark, flag pairs and
   * ZWJ-joined pictographs. Returns the end.
   */
  private static int emoji(String s, int i, int n) {
    int cp = codePointAt(s, i, n);
    int j = i + Character.charCount(cp);
    if (isRegionalIndicator(cp) && j < n) {
      int next = codePointAt(s, j, n);
      if (isRegionalIndicator(next)) {
        return j + 2;
      }
    }
    while (j < n) {
      char c = s.charAt(j);
      if (c == VS16 || c == VS15 || c == KEYCAP) {
        j++;
        continue;
      }
      int next = codePointAt(s, j, n);
      if ((next >= 0x1F3FB && next <= 0x1F3FF) || (next >= 0xE0020 && next <= 0xE007F)) {
        j += 2;
        continue;
      }
      if (c == ZWJ && j + 1 < n) {
        int after = codePointAt(s, j + 1, n);
        if (isPictographic(after)) {
          j += 1 + Character.charCount(after);
          continue;
        }
      }
      break;
    }
    return j;
  }

  /** Matches a keycap sequence ({@code 1️⃣}, {@code #⃣}) at {@code i}; returns its end or 0. */
  private static int keycap(String s, int i, int n) {
    int j = i + 1;
    if (j < n && s.charAt(j) == VS16) {
      j++;
    }
    return j < n && s.charAt(j) == KEYCAP ? j + 1 : 0;
  }

  // ---------------------------------------------------------------- OpenNLP interface

  @Override
  public String[] tokenize(String s) {
    return Span.spansToStrings(tokenizePos(s), s);
  }

  @Override
  public Span[] tokenizePos(String s) {
    Analysis a = new Analysis();
    a.reset(s, null);
    tokenize(a);
    List<Span> spans = new ArrayList<>(a.tokenCount);
    for (int i = 0; i < a.tokenCount; i++) {
      spans.add(new Span(a.tokStart[i], a.tokEnd[i], KINDS[a.tokKind[i]].name()));
    }
    return spans.toArray(new Span[0]);
  }
}
