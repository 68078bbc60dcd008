package org.khabar.internal.ner;

import org.khabar.TokenKind;
import org.khabar.internal.Analysis;
import org.khabar.internal.segment.CliticSegmenter;
import org.khabar.internal.tokenize.ArabicTokenizer;

/**
 * One sentence as the NER features see it: for each token its normalized form, its stem (proclitics
 * and article removed by the segmenter), its clitic bits and its shape, read from the segment arrays of
 * an {@link Analysis}.
 *
 * <p>It is prepared either from the pipeline's own analysis ({@link #prepare}: the fast path, used by
 * {@link NerEngine} and {@link NerTrainer}), or, when OpenNLP hands the feature generator tokens that
 * no caller prepared (a plain {@code NameFinderME} over the model), from the token strings alone
 * ({@link #prepareFromTokens}), by segmenting them with the same segmenter. Both give the same values
 * for the same tokens.
 *
 * <p>Not thread-safe: owned by one {@link NerFeatureContext}.
 */
final class NerSentence {
  private static final int ARABIC = TokenKind.ARABIC.ordinal();
  private static final int OTHER = TokenKind.OTHER.ordinal();

  /** The token strings given to OpenNLP; identity tells whether this sentence is current. */
  String[] tokens;
  /** The analysis the sentence lives in. */
  Analysis a;
  /** The index of the sentence's first token in {@link #a}. */
  int first;
  /** The number of tokens. */
  int n;
  String[] norm = new String[64];
  String[] stem = new String[64];
  int[] clitics = new int[64];
  String[] shape = new String[64];

  private Analysis own;
  private Analysis single;
  private ArabicTokenizer tokenizer;
  private CliticSegmenter segmenter;

  /**
   * Prepares the sentence from a segmented analysis.
   *
   * @param a the analysis
   * @param first the first token index
   * @param end the end token index (exclusive)
   * @param tokens the token strings that will be given to OpenNLP
   */
  void prepare(Analysis a, int first, int end, String[] tokens) {
    this.a = a;
    this.first = first;
    this.n = end - first;
    this.tokens = tokens;
    if (norm.length < n) {
      int cap = Math.max(n, norm.length * 2);
      norm = new String[cap];
      stem = new String[cap];
      clitics = new int[cap];
      shape = new String[cap];
    }
    char[] b = a.normBuf;
    for (int i = 0; i < n; i++) {
      int t = first + i;
      int ns = a.tokNormStart[t];
      int ne = a.tokNormEnd[t];
      String nrm = new String(b, ns, ne - ns);
      norm[i] = nrm;
      int g = StemKeys.stemSegment(a, t);
      if (g < 0) {
        stem[i] = nrm;
      } else {
        int ss = a.segNormStart[g];
        int se = a.segNormEnd[g];
        stem[i] = sameChars(b, ss, se, ns, ne) ? nrm : new String(b, ss, se - ss);
      }
      clitics[i] = StemKeys.clitics(a, t);
      shape[i] = Shapes.shape(a.text, a.tokStart[t], a.tokEnd[t]);
    }
  }

  /**
   * Prepares the sentence from token strings alone: each token is classified by the tokenizer, then
   * all are segmented.
   *
   * @param toks the tokens
   */
  void prepareFromTokens(String[] toks) {
    if (own == null) {
      own = new Analysis();
      single = new Analysis();
      tokenizer = new ArabicTokenizer();
      segmenter = new CliticSegmenter();
    }
    StringBuilder sb = new StringBuilder();
    for (String tok : toks) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(tok);
    }
    String text = sb.toString();
    own.reset(text, null);
    int pos = 0;
    for (String tok : toks) {
      own.addToken(pos, pos + tok.length(), kindOf(tok));
      pos += tok.length() + 1;
    }
    own.addSentence(0, own.tokenCount);
    segmenter.segment(own);
    prepare(own, 0, own.tokenCount, toks);
  }

  /** The tokenizer's kind for a token string that it would emit as one token; otherwise OTHER. */
  private int kindOf(String tok) {
    single.reset(tok, null);
    tokenizer.tokenize(single);
    if (single.tokenCount == 1 && single.tokStart[0] == 0 && single.tokEnd[0] == tok.length()) {
      return single.tokKind[0];
    }
    return single.tokenCount > 0 && single.tokKind[0] == ARABIC ? ARABIC : OTHER;
  }

  /** Drops the references to the caller's analysis and tokens. */
  void release() {
    a = null;
    tokens = null;
    java.util.Arrays.fill(norm, null);
    java.util.Arrays.fill(stem, null);
    java.util.Arrays.fill(shape, null);
  }

  private static boolean sameChars(char[] b, int s1, int e1, int s2, int e2) {
    if (e1 - s1 != e2 - s2) {
      return false;
    }
    if (s1 == s2) {
      return true;
    }
    for (int i = 0; i < e1 - s1; i++) {
      if (b[s1 + i] != b[s2 + i]) {
        return false;
      }
    }
    return true;
  }
}
