package org.khabar.internal.gazetteer;

import java.util.Objects;
import java.util.Optional;

/**
 * The coding of an actor: a country (ISO 3166-1 alpha-3, or one of the international codes
 * {@code IGO UNO EUR NGO ISM IMG MNC}) and a CAMEO/PLOVER sector, each present when resolvable, and
 * the gazetteer entry that decided the country when there was one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param country the country or international code, or empty
 * @param sector the sector code ({@code GOV}, {@code MIL}, {@code OPP}, {@code REB}, {@code IGO} ...),
 *     or empty
 * @param entry the named entry (person, organization, group or place) that decided the coding, or
 *     empty when only sector nouns were found
 */
public record ActorCode(Optional<String> country, Optional<String> sector,
    Optional<GazetteerEntry> entry) {

  /** Nothing resolved. */
  public static final ActorCode NONE = new ActorCode(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Creates the value.
   *
   * @param country see the record component {@code country}
   * @param sector see the record component {@code sector}
   * @param entry see the record component {@code entry}
   * @throws NullPointerException if a component is null
   */
  public ActorCode {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(entry, "entry");
  }

  /**
   * Returns whether neither a country nor a sector was resolved.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return country.isEmpty() && sector.isEmpty();
  }

  /**
   * Returns the coding as a CAMEO-style code, country then sector ({@code SYRGOV}, {@code SYR},
   * {@code GOV}), or the empty string.
   *
   * @return the concatenated codes
   */
  public String cameo() {
    return country.orElse("") + sector.orElse("");
  }
}
