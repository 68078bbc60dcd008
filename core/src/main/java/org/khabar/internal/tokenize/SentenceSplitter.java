package org.khabar.internal.tokenize;

import org.khabar.internal.Analysis;

/**
 * Groups tokens into sentences: a sentence ends after an end mark ({@code . ! ? ؟ …}) and any closing
 * quotes or brackets that follow it, and at a paragraph break (a newline).
 *
 * <p>Stateless and thread-safe.
 */
public final class SentenceSplitter {

  /** Splits the analysis' tokens into sentences. */
  public void split(Analysis a) {
    String s = a.text;
    int first = 0;
    for (int t = 0; t < a.tokenCount; t++) {
      boolean end = false;
      int len = a.tokEnd[t] - a.tokStart[t];
      if (len == 1) {
        char c = s.charAt(a.tokStart[t]);
        end = c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026' || c == '\u06D4';
      }
      if (end) {
        int e = t + 1;
        while (e < a.tokenCount && a.tokEnd[e] - a.tokStart[e] == 1 && isCloser(s.charAt(a.tokStart[e]))) {
          e++;
        }
        a.addSentence(first, e);
        first = e;
        t = e - 1;
      } else if (t + 1 < a.tokenCount && hasNewline(s, a.tokEnd[t], a.tokStart[t + 1])) {
        a.addSentence(first, t + 1);
        first = t + 1;
      }
    }
    if (first < a.tokenCount) {
      a.addSentence(first, a.tokenCount);
    }
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\u00BB' || c == ')' || c == ']' || c == '\u201D' || c == '\'' || c == '\u2019';
  }

  private static boolean hasNewline(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028' || c == '\u0085') {
        return true;
      }
    }
    return false;
  }
}
