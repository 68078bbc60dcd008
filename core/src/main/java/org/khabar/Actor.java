package org.khabar;

import java.util.Objects;
import java.util.Optional;

/**
 * A participant of an {@link Event}: the span that names it (an entity, or a noun phrase such as
 * {@code وفد المعارضة} when no entity names it), and its coding when it can be resolved.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start offset of the first character in the original text, inclusive
 * @param end offset after the last character, exclusive
 * @param text the covered original text
 * @param entityType the type of the entity naming the actor, or empty for a noun phrase
 * @param country the ISO 3166-1 alpha-3 code of the actor's country ({@code SYR}), or a CAMEO
 *     international code ({@code IGO}), or empty when unresolved
 * @param sector the CAMEO/PLOVER sector code ({@code GOV}, {@code MIL}, {@code OPP}, {@code REB},
 *     {@code IGO} ...), or empty when unresolved
 */
public record Actor(
    int start,
    int end,
    String text,
    Optional<EntityType> entityType,
    Optional<String> country,
    Optional<String> sector) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param start see the record component {@code start}
   * @param end see the record component {@code end}
   * @param text see the record component {@code text}
   * @param entityType see the record component {@code entityType}
   * @param country see the record component {@code country}
   * @param sector see the record component {@code sector}
   * @throws IllegalArgumentException if a span is invalid, a text does not fit its span or a value
   *     is out of range
   * @throws NullPointerException if a component is null
   */
  public Actor {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
    Checks.span(start, end, text);
  }
}
