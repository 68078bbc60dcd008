package org.khabar.internal.segment;

import org.khabar.internal.normalize.ArabicNormalizer;

/**
 * Flags a segmenter attaches to a segment, and the normalized form of a segment derived from its
 * original text and those flags.
 *
 * <p>Stateless and thread-safe.
 */
public final class SegmentNorms {
  /** The article after {@code ل}: text {@code ل}, norm {@code ال}. */
  public static final int ART_AFTER_LAM = 1;
  /** A stem whose final {@code ت} was {@code ة} before the pronoun. */
  public static final int RESTORE_TEH_MARBUTA = 2;
  /** A stem whose final {@code ا} (or {@code ي}) was {@code ى} before the pronoun. */
  public static final int RESTORE_ALEF_MAKSURA = 4;

  private SegmentNorms() {}

  /**
   * Returns the normalized form (at the token level) of a segment.
   *
   * @param src the original text
   * @param start the inclusive start offset
   * @param end the exclusive end offset
   * @param flags the segment flags
   * @return the segment's norm
   */
  public static String norm(CharSequence src, int start, int end, int flags) {
    if ((flags & ART_AFTER_LAM) != 0) {
      return "\u0627\u0644";
    }
    String n = ArabicNormalizer.normalizeForToken(src, start, end);
    if (n.isEmpty()) {
      return n;
    }
    if ((flags & RESTORE_TEH_MARBUTA) != 0) {
      return n.substring(0, n.length() - 1) + '\u0629';
    }
    if ((flags & RESTORE_ALEF_MAKSURA) != 0) {
      return n.substring(0, n.length() - 1) + '\u0649';
    }
    return n;
  }
}
