package org.khabar.internal.tokenize;

import org.khabar.TokenKind;
import org.khabar.internal.Analysis;

/**
 * Groups the tokens of an analysis into sentences, in one pass over the tokens.
 *
 * <p>A sentence ends:
 *
 * <ol>
 *   <li>after an end mark: {@code !}, {@code ?}, {@code ؟}, {@code ۔}, a run holding one of them
 *       ({@code ؟!}, {@code !!!}, {@code ?..}), or a full stop {@code .}, together with the closing
 *       quotes and brackets and further end marks right after it ({@code .»}, {@code ؟")},
 *       {@code .).}): {@code » ” ’ › ) ] }} always, {@code "} and {@code '} when they touch the end
 *       mark and no word follows them directly;
 *   <li>at a paragraph break: any line break (LF, CR, NEL, U+2028, U+2029, VT, FF) between two
 *       tokens ends the sentence before it (a headline with no end mark is a sentence).
 * </ol>
 *
 * <p>A full stop does not end a sentence when it is part of a number ({@code 3.5}, a token of its
 * own) or follows, with no space between:
 *
 * <ul>
 *   <li>a single Arabic letter, with or without tatweel (abbreviations and initials such as
 *       {@code د.} for doctor, {@code م.} for engineer, {@code ص.ب.} for P.O. box, {@code هـ.}),
 *       except right after a number, where the letter or dotted letters are a unit
 *       ({@code 2015م.}, {@code 1436 هـ.}, {@code 10 ص.}, {@code 700 ق.م.}) and the stop does end
 *       the sentence unless another letter follows it directly ({@code 512 ق.م} holds no end);
 *   <li>a single Latin letter (an initial: {@code J. Smith}) or a Latin abbreviation of the fixed
 *       list {@link #LATIN_ABBREVIATIONS} ({@code Dr.}, {@code Mr.}, {@code vs.}); dotted
 *       abbreviations such as {@code U.S.} and {@code e.g.} are single tokens and hold no stop;
 *   <li>an Arabic word of at most three letters when another such word follows the stop directly
 *       (a dotted acronym: {@code ان.بي.سي}, {@code جيه.بي.اكس}); a longer word on either side is a
 *       missing space after a real end ({@code الرياض.وأضاف});
 *   <li>a number that begins the sentence (a list item: {@code 1. ...});
 * </ul>
 *
 * <p>nor when the next token is a Latin word starting in lower case. An ellipsis ({@code …}, or a run
 * of two or more dots such as {@code ..} and {@code ...}) marks a pause, as it mostly does in Arabic
 * news ({@code أعداء.. لسنا حلفاء}): it ends a sentence only before a Latin capital letter, a line
 * break or the end of the text.
 *
 * <p>Stateless and thread-safe.
 */
public final class SentenceSplitter {

  private static final int ARABIC = TokenKind.ARABIC.ordinal();
  private static final int LATIN = TokenKind.LATIN.ordinal();
  private static final int NUMBER = TokenKind.NUMBER.ordinal();
  private static final int DATE = TokenKind.DATE.ordinal();
  private static final int PUNCT = TokenKind.PUNCTUATION.ordinal();

  /** Latin abbreviations (without their stop) after which a full stop does not end a sentence. */
  static final String[] LATIN_ABBREVIATIONS = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj",
    "Gov", "Sen", "Rep", "Rev", "Hon", "Mt", "Ft", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "fig", "Fig", "vol", "Vol", "pp",
    "al", "Dept", "Univ", "Ave", "Blvd"
  };

  /** What kind of end mark a token is. */
  private static final int NOT_END = 0;
  private static final int STOP = 1;
  private static final int ELLIPSIS = 2;
  private static final int STRONG = 3;

  /**
   * Splits the analysis' tokens into sentences (appending to its sentence arrays).
   *
   * @param a the analysis, already tokenized
   */
  public void split(Analysis a) {
    final String s = a.text;
    final int count = a.tokenCount;
    int first = 0;
    for (int t = 0; t < count; t++) {
      boolean end;
      switch (endKind(a, s, t)) {
        case STRONG:
          end = true;
          break;
        case STOP:
          end = stopEnds(a, s, t, first);
          break;
        case ELLIPSIS:
          end = t + 1 == count || startsWithLatinCapital(a, s, t + 1);
          break;
        default:
          end = false;
          break;
      }
      if (end) {
        int e = t + 1;
        while (e < count && !hasLineBreak(s, a.tokEnd[e - 1], a.tokStart[e])
            && (isCloser(a, s, e) || endKind(a, s, e) != NOT_END && a.tokStart[e] == a.tokEnd[e - 1])) {
          e++;
        }
        a.addSentence(first, e);
        first = e;
        t = e - 1;
      } else if (t + 1 < count && hasLineBreak(s, a.tokEnd[t], a.tokStart[t + 1])) {
        a.addSentence(first, t + 1);
        first = t + 1;
      }
    }
    if (first < count) {
      a.addSentence(first, count);
    }
  }

  /** Classifies token {@code t}: not an end mark, a full stop, an ellipsis, or a strong end mark. */
  private static int endKind(Analysis a, String s, int t) {
    if (a.tokKind[t] != PUNCT) {
      return NOT_END;
    }
    int from = a.tokStart[t];
    int to = a.tokEnd[t];
    boolean strong = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!ArabicTokenizer.isEndMark(c)) {
        return NOT_END;
      }
      if (c != '.' && c != '\u2026') {
        strong = true;
      }
    }
    if (strong) {
      return STRONG;
    }
    return to - from == 1 && s.charAt(from) == '.' ? STOP : ELLIPSIS;
  }

  /** Decides whether the full stop at token {@code t} ends the sentence that began at {@code first}. */
  private static boolean stopEnds(Analysis a, String s, int t, int first) {
    int p = t - 1;
    if (p >= first && a.tokEnd[p] == a.tokStart[t]) {
      int kind = a.tokKind[p];
      if (isSingleArabicLetter(a, s, p)) {
        if (t + 1 < a.tokenCount && a.tokStart[t + 1] == a.tokEnd[t]
            && isSingleArabicLetter(a, s, t + 1)) {
          return false; // inside a dotted abbreviation: ق.م ص.ب
        }
        // walk back over a dotted abbreviation (ق.م.) to what precedes it
        int q = p;
        while (q - 2 >= first && a.tokStart[q] == a.tokEnd[q - 1] && isStop(a, s, q - 1)
            && a.tokStart[q - 1] == a.tokEnd[q - 2] && isSingleArabicLetter(a, s, q - 2)) {
          q -= 2;
        }
        boolean afterNumber = q - 1 >= first
            && (a.tokKind[q - 1] == NUMBER || a.tokKind[q - 1] == DATE);
        if (!afterNumber) {
          return false;
        }
      } else if (kind == ARABIC && t + 1 < a.tokenCount && a.tokStart[t + 1] == a.tokEnd[t]
          && a.tokKind[t + 1] == ARABIC && arabicLetters(s, a.tokStart[p], a.tokEnd[p]) <= 3
          && arabicLetters(s, a.tokStart[t + 1], a.tokEnd[t + 1]) <= 3) {
        return false; // a dotted acronym spelled in Arabic letters: ان.بي.سي
      } else if (kind == LATIN && isLatinAbbreviation(s, a.tokStart[p], a.tokEnd[p])) {
        return false;
      } else if (kind == NUMBER && p == first) {
        return false;
      }
    }
    return t + 1 >= a.tokenCount || !startsWithLatinLowerCase(a, s, t + 1);
  }

  private static boolean isSingleArabicLetter(Analysis a, String s, int t) {
    return a.tokKind[t] == ARABIC && arabicLetters(s, a.tokStart[t], a.tokEnd[t]) == 1;
  }

  private static boolean isStop(Analysis a, String s, int t) {
    return a.tokEnd[t] - a.tokStart[t] == 1 && s.charAt(a.tokStart[t]) == '.';
  }

  private static int arabicLetters(String s, int from, int to) {
    int letters = 0;
    for (int i = from; i < to; i++) {
      if (ArabicTokenizer.charClass(s.charAt(i)) == ArabicTokenizer.AL) {
        letters++;
      }
    }
    return letters;
  }

  private static boolean isLatinAbbreviation(String s, int from, int to) {
    int len = to - from;
    if (len == 1) {
      return true;
    }
    for (String abbr : LATIN_ABBREVIATIONS) {
      if (abbr.length() == len && s.regionMatches(from, abbr, 0, len)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithLatinLowerCase(Analysis a, String s, int t) {
    return a.tokKind[t] == LATIN && Character.isLowerCase(s.charAt(a.tokStart[t]));
  }

  private static boolean startsWithLatinCapital(Analysis a, String s, int t) {
    return a.tokKind[t] == LATIN && Character.isUpperCase(s.charAt(a.tokStart[t]));
  }

  /** Whether token {@code e} is a closing quote or bracket that belongs to the sentence before it. */
  private static boolean isCloser(Analysis a, String s, int e) {
    if (a.tokEnd[e] - a.tokStart[e] != 1) {
      return false;
    }
    switch (s.charAt(a.tokStart[e])) {
      case '\u00BB': // »
      case '\u201D': // ”
      case '\u2019': // ’
      case '\u203A': // ›
      case ')':
      case ']':
      case '}':
        return true;
      case '"':
      case '\'':
        // ambiguous: closing when it touches the mark before it and no word touches it after
        return a.tokStart[e] == a.tokEnd[e - 1]
            && (e + 1 >= a.tokenCount || a.tokStart[e + 1] > a.tokEnd[e]
                || a.tokKind[e + 1] == PUNCT);
      default:
        return false;
    }
  }

  private static boolean hasLineBreak(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      switch (s.charAt(i)) {
        case '\n':
        case '\r':
        case '\u000B':
        case '\u000C':
        case '\u0085':
        case '\u2028':
        case '\u2029':
          return true;
        default:
          break;
      }
    }
    return false;
  }
}
