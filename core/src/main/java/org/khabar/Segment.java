package org.khabar;

import java.util.Objects;

/**
 * One clitic segment of a {@link Token}: a conjunction, preposition, future marker, article, stem or
 * pronoun, with its own span of the original text and its normalized form.
 *
 * <p>The normalized form restores what attaching changed: the article after {@code ل} has text
 * {@code ل} and norm {@code ال}; a stem written with {@code ت} before a pronoun has its {@code ة}
 * back ({@code مدرسته} gives the stem {@code مدرست} with norm {@code مدرسة}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param start offset of the first character in the original text, inclusive
 * @param end offset after the last character, exclusive
 * @param kind the segment kind
 * @param text the covered original text
 * @param norm the normalized form used for matching
 */
public record Segment(int start, int end, SegmentKind kind, String text, String norm) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param start see the record component {@code start}
   * @param end see the record component {@code end}
   * @param kind see the record component {@code kind}
   * @param text see the record component {@code text}
   * @param norm see the record component {@code norm}
   * @throws IllegalArgumentException if a span is invalid, a text does not fit its span or a value
   *     is out of range
   * @throws NullPointerException if a component is null
   */
  public Segment {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(norm, "norm");
    Checks.span(start, end, text);
  }
}
