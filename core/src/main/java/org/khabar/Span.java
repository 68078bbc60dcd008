package org.khabar;

import java.util.Objects;

/**
 * A span of the original text: a half-open range {@code [start, end)} of UTF-16 offsets and the text
 * it covers.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start offset of the first character, inclusive
 * @param end offset after the last character, exclusive
 * @param text the covered text, equal to {@code documentText.substring(start, end)}
 */
public record Span(int start, int end, String text) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param start see the record component {@code start}
   * @param end see the record component {@code end}
   * @param text see the record component {@code text}
   * @throws IllegalArgumentException if a span is invalid, a text does not fit its span or a value
   *     is out of range
   * @throws NullPointerException if a component is null
   */
  public Span {
    Objects.requireNonNull(text, "text");
    Checks.span(start, end, text);
  }
}
