package org.khabar.internal.segment;

import org.khabar.SegmentKind;
import org.khabar.internal.Analysis;
import org.khabar.internal.normalize.ArabicNormalizer;

/**
 * Splits each token into clitic segments and computes the normalized ({@link ArabicNormalizer#MATCH})
 * form of every token and segment.
 *
 * <p>Stateless and thread-safe.
 */
public final class CliticSegmenter {
  private static final int STEM = SegmentKind.STEM.ordinal();

  /** Segments every token of the analysis. */
  public void segment(Analysis a) {
    for (int t = 0; t < a.tokenCount; t++) {
      a.beginSegments(t);
      int s = a.tokStart[t];
      int e = a.tokEnd[t];
      a.addSegment(s, e, STEM);
      a.endSegments(t);
      int from = a.normLength;
      ArabicNormalizer.appendNormalized(a.text, s, e, ArabicNormalizer.MATCH, a);
      a.tokNormStart[t] = from;
      a.tokNormEnd[t] = a.normLength;
      int seg = a.segCount - 1;
      a.segNormStart[seg] = from;
      a.segNormEnd[seg] = a.normLength;
    }
  }
}
