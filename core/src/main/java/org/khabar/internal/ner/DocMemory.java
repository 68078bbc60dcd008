package org.khabar.internal.ner;

import java.util.Arrays;
import org.khabar.TokenKind;
import org.khabar.internal.Analysis;

/**
 * The document-level features of the second NER stage ({@link FeatureFamily#DOC}): what a first-stage
 * model said about every token of the document. News names a person, a place or a club several times
 * in one article, often once in a context that gives the type away ({@code الرئيس X}, {@code نادي X})
 * and elsewhere bare; the second stage sees, for each token, the first stage's label of the token and
 * of its neighbours, and how the other occurrences of the same word (compared by stem without the
 * article, earlier and later in the document) were labelled.
 *
 * <p>Features: {@code s1=} the token's first-stage label ({@code PER-B}, {@code LOC-I} ... or
 * {@code O}), {@code s1-1=} and {@code s1+1=} for the neighbours in the sentence; {@code dm=} the
 * majority type among the other occurrences with the share of them it covers ({@code PER3}: at least
 * 60%, {@code PER2}: at least 30%, {@code PER1}: less), {@code dm=O1}/{@code O2}/{@code O3} when
 * other occurrences exist (1, 2 to 4, 5 or more) but none was labelled, {@code dm=1} when the word
 * occurs once; {@code dmp=} whether that type's occurrences mostly begin a name.
 *
 * <p>Not thread-safe: one per session, refilled for each document.
 */
final class DocMemory {
  /** Label codes: 0 is outside; else 1 + type * 2 + (inside ? 1 : 0). */
  static final String[] TYPES = {"PER", "LOC", "ORG", "MISC"};
  private static final int ARABIC = TokenKind.ARABIC.ordinal();
  private static final int LATIN = TokenKind.LATIN.ordinal();
  private static final String[] SELF = new String[9];
  private static final String[] PREV = new String[9];
  private static final String[] NEXT = new String[9];
  private static final String[][] DM = new String[4][4];
  private static final String[] DM_OTHER = {"dm=1", "dm=O1", "dm=O2", "dm=O3"};
  private static final String[][] DMP = new String[4][2];

  static {
    SELF[0] = "s1=O";
    PREV[0] = "s1-1=O";
    NEXT[0] = "s1+1=O";
    for (int t = 0; t < 4; t++) {
      for (int in = 0; in < 2; in++) {
        String l = TYPES[t] + (in == 0 ? "-B" : "-I");
        SELF[1 + t * 2 + in] = "s1=" + l;
        PREV[1 + t * 2 + in] = "s1-1=" + l;
        NEXT[1 + t * 2 + in] = "s1+1=" + l;
        DMP[t][in] = "dmp=" + TYPES[t] + (in == 0 ? "B" : "I");
      }
      for (int b = 1; b <= 3; b++) {
        DM[t][b] = "dm=" + TYPES[t] + b;
      }
    }
  }

  /** The analysis the labels belong to. */
  Analysis a;
  private int[] labels = new int[256];
  private String[] dm = new String[256];
  private String[] dmp = new String[256];
  private int[] key = new int[256];

  /**
   * Fills the memory from first-stage labels.
   *
   * @param analysis the segmented analysis
   * @param firstStage per token of the analysis, its label code
   */
  void fill(Analysis analysis, int[] firstStage) {
    int n = analysis.tokenCount;
    if (labels.length < n) {
      int cap = Math.max(n, labels.length * 2);
      labels = new int[cap];
      dm = new String[cap];
      dmp = new String[cap];
      key = new int[cap];
    }
    System.arraycopy(firstStage, 0, labels, 0, n);
    Arrays.fill(dm, 0, n, null);
    Arrays.fill(dmp, 0, n, null);
    WordTable words = new WordTable();
    char[] b = analysis.normBuf;
    for (int t = 0; t < n; t++) {
      int kind = analysis.tokKind[t];
      key[t] = -1;
      if (kind != ARABIC && kind != LATIN) {
        continue;
      }
      int g = StemKeys.stemSegment(analysis, t);
      int s = g >= 0 ? analysis.segNormStart[g] : analysis.tokNormStart[t];
      int e = g >= 0 ? analysis.segNormEnd[g] : analysis.tokNormEnd[t];
      s = StemKeys.canonicalStart(b, s, e);
      if (e - s >= 3) {
        key[t] = words.add(b, s, e - s);
      }
    }
    int k = words.size();
    // per key: occurrences, then per type begin and inside counts
    int[] counts = new int[k * 9];
    for (int t = 0; t < n; t++) {
      if (key[t] >= 0) {
        counts[key[t] * 9]++;
        if (labels[t] > 0) {
          counts[key[t] * 9 + labels[t]]++;
        }
      }
    }
    for (int t = 0; t < n; t++) {
      if (key[t] < 0) {
        continue;
      }
      int base = key[t] * 9;
      int others = counts[base] - 1;
      if (others == 0) {
        dm[t] = DM_OTHER[0];
        continue;
      }
      int best = -1;
      int bestCount = 0;
      int tagged = 0;
      for (int type = 0; type < 4; type++) {
        int c = counts[base + 1 + type * 2] + counts[base + 2 + type * 2];
        if (labels[t] > 0 && (labels[t] - 1) / 2 == type) {
          c--;
        }
        tagged += c;
        if (c > bestCount) {
          bestCount = c;
          best = type;
        }
      }
      if (tagged == 0) {
        dm[t] = DM_OTHER[others == 1 ? 1 : others < 5 ? 2 : 3];
        continue;
      }
      int share = bestCount * 10 / others;
      dm[t] = DM[best][share >= 6 ? 3 : share >= 3 ? 2 : 1];
      int begins = counts[base + 1 + best * 2] - (labels[t] == 1 + best * 2 ? 1 : 0);
      dmp[t] = DMP[best][begins * 2 >= bestCount ? 0 : 1];
    }
    this.a = analysis;
  }

  /**
   * Adds the features of token {@code t}.
   *
   * @param features the list to add to
   * @param t the token index in the analysis
   * @param first the sentence's first token
   * @param end the sentence's end token
   */
  void features(java.util.List<String> features, int t, int first, int end) {
    features.add(SELF[labels[t]]);
    if (t > first) {
      features.add(PREV[labels[t - 1]]);
    }
    if (t + 1 < end) {
      features.add(NEXT[labels[t + 1]]);
    }
    if (dm[t] != null) {
      features.add(dm[t]);
    }
    if (dmp[t] != null) {
      features.add(dmp[t]);
    }
  }

  /** Drops the reference to the document. */
  void release() {
    a = null;
  }

  /**
   * Returns the label code of an OpenNLP outcome of the BIO codec ({@code PERS-start}, {@code LOC-cont},
   * {@code other}).
   *
   * @param outcome the outcome
   * @return the code, 0 for outside or an unknown type
   */
  static int code(String outcome) {
    int dash = outcome.lastIndexOf('-');
    if (dash < 0) {
      return 0;
    }
    org.khabar.EntityType type = NerEngine.typeOf(outcome.substring(0, dash));
    if (type == null) {
      return 0;
    }
    int ti = type.ordinal();
    boolean inside = outcome.endsWith("-cont") || outcome.endsWith("-last");
    return 1 + ti * 2 + (inside ? 1 : 0);
  }
}
