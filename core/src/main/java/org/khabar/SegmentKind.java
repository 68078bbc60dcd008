package org.khabar;

/**
 * The kind of a clitic segment inside a {@link Token}, per the project's segmentation scheme.
 *
 * <p>A word is split as {@code [CONJ] [PREP | FUT] [ART] STEM [PRON]}; a word with no clitic is one
 * {@link #STEM} segment.
 */
public enum SegmentKind {
  /** A conjunction proclitic: {@code و} or {@code ف}; at most one, first. */
  CONJ,
  /** A preposition proclitic: {@code ب}, {@code ل} or {@code ك}. */
  PREP,
  /** The future marker {@code س} before an imperfect verb. */
  FUT,
  /** The definite article {@code ال}; after {@code ل} its alif is not written and its text is {@code ل}. */
  ART,
  /** The stem: what remains; never empty. */
  STEM,
  /** One attached pronoun, last: {@code ه ها هم هما هن ك كم كن ي نا ني}. */
  PRON
}
