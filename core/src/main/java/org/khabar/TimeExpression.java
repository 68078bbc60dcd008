package org.khabar;

import java.util.Objects;
import java.util.Optional;

/**
 * A time expression attached to an event ({@code يوم الأحد}, {@code أواخر أكتوبر}), with its value
 * resolved against the document date when possible.
 *
 * <p>Values are ISO-8601: a day {@code YYYY-MM-DD}, a month {@code YYYY-MM}, a year {@code YYYY} or
 * an ISO week {@code YYYY-Www}. Immutable and thread-safe.
 *
 * @param start offset of the first character in the original text, inclusive
 * @param end offset after the last character, exclusive
 * @param text the covered original text
 * @param value the resolved ISO-8601 value, or empty when it cannot be resolved
 */
public record TimeExpression(int start, int end, String text, Optional<String> value) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param start see the record component {@code start}
   * @param end see the record component {@code end}
   * @param text see the record component {@code text}
   * @param value see the record component {@code value}
   * @throws IllegalArgumentException if a span is invalid, a text does not fit its span or a value
   *     is out of range
   * @throws NullPointerException if a component is null
   */
  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Checks.span(start, end, text);
  }
}
