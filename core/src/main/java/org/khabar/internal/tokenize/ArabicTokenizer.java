package org.khabar.internal.tokenize;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;
import org.khabar.TokenKind;
import org.khabar.internal.Analysis;
import org.khabar.internal.normalize.ArabicNormalizer;

/**
 * Splits text into word, number, punctuation and symbol tokens, reporting spans of the original text.
 *
 * <p>Implements OpenNLP's {@link Tokenizer}; {@link #tokenizePos(String)} spans index the original
 * string. The fast path {@link #tokenize(Analysis)} appends to the analysis' int arrays.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArabicTokenizer implements Tokenizer {

  private static final int ARABIC = TokenKind.ARABIC.ordinal();
  private static final int LATIN = TokenKind.LATIN.ordinal();
  private static final int NUMBER = TokenKind.NUMBER.ordinal();
  private static final int PUNCT = TokenKind.PUNCTUATION.ordinal();
  private static final int SYMBOL = TokenKind.SYMBOL.ordinal();
  private static final int OTHER = TokenKind.OTHER.ordinal();

  /** Tokenizes the analysis' text into its token arrays. */
  public void tokenize(Analysis a) {
    String s = a.text;
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || ArabicNormalizer.isIgnorable(c)) {
        i++;
        continue;
      }
      int start = i;
      if (isArabicLetter(c)) {
        i++;
        while (i < n && (isArabicLetter(s.charAt(i)) || ArabicNormalizer.isIgnorable(s.charAt(i)))) {
          i++;
        }
        i = trimIgnorable(s, start, i);
        a.addToken(start, i, ARABIC);
      } else if (isDigit(c)) {
        i++;
        while (i < n) {
          char d = s.charAt(i);
          if (isDigit(d)) {
            i++;
          } else if ((d == '.' || d == ',' || d == '\u066B' || d == '\u066C')
              && i + 1 < n && isDigit(s.charAt(i + 1))) {
            i += 2;
          } else {
            break;
          }
        }
        a.addToken(start, i, NUMBER);
      } else if (Character.isLetter(c)) {
        i++;
        while (i < n && Character.isLetterOrDigit(s.charAt(i)) && !isArabicLetter(s.charAt(i))) {
          i++;
        }
        a.addToken(start, i, LATIN);
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i += 2;
        a.addToken(start, i, OTHER);
      } else {
        i++;
        int type = Character.getType(c);
        boolean punct = type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
            || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
            || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
            || type == Character.OTHER_PUNCTUATION;
        a.addToken(start, i, punct ? PUNCT : SYMBOL);
      }
    }
  }

  private static int trimIgnorable(String s, int start, int end) {
    while (end > start + 1 && ArabicNormalizer.isIgnorable(s.charAt(end - 1))
        && s.charAt(end - 1) != '\u0640' && !(s.charAt(end - 1) >= 0x064B && s.charAt(end - 1) <= 0x065F)) {
      end--;
    }
    return end;
  }

  static boolean isArabicLetter(char c) {
    return (c >= 0x0620 && c <= 0x065F)
        || (c >= 0x066E && c <= 0x06D3) || c == 0x06D5 || (c >= 0x06FA && c <= 0x06FF)
        || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF)
        || ArabicNormalizer.isPresentationForm(c) || (c >= 0x0610 && c <= 0x061A) || c == 0x0670
        || (c >= 0x06D6 && c <= 0x06ED && c != 0x06DD && c != 0x06DE && c != 0x06E9);
  }

  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
  }

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
      spans.add(new Span(a.tokStart[i], a.tokEnd[i]));
    }
    return spans.toArray(new Span[0]);
  }
}
