package org.khabar;

import java.util.Objects;

/**
 * A named entity found in a document: a person, place or organization.
 *
 * <p>The span excludes attached proclitics ({@code لأوباما} gives {@code أوباما}) and keeps the
 * article. Immutable and thread-safe.
 *
 * @param start offset of the first character in the original text, inclusive
 * @param end offset after the last character, exclusive
 * @param type the entity type
 * @param text the covered original text
 * @param confidence the model's probability for this entity, in {@code [0, 1]}
 */
public record Entity(int start, int end, EntityType type, String text, double confidence) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param start see the record component {@code start}
   * @param end see the record component {@code end}
   * @param type see the record component {@code type}
   * @param text see the record component {@code text}
   * @param confidence see the record component {@code confidence}
   * @throws IllegalArgumentException if a span is invalid, a text does not fit its span or a value
   *     is out of range
   * @throws NullPointerException if a component is null
   */
  public Entity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Checks.span(start, end, text);
    Checks.confidence(confidence);
  }
}
