package org.khabar.internal.gazetteer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.khabar.EntityType;

/**
 * One entry of the project's gazetteers: a country, place, organization, group, person, nationality
 * adjective or sector noun, with its codes. An entry has one or more names (spelling variants); all
 * of them lead to the same entry.
 *
 * <p>Codes may change over time (an armed group that came to govern): {@link #changes()} lists codes
 * that apply from a date on; {@link #countryAt(LocalDate)} and {@link #sectorAt(LocalDate)} pick the
 * ones in force on a document date.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the entry's index in its {@link Gazetteer}, from 0
 * @param id a stable identifier ({@code country:EGY}, {@code org:UN}, {@code per:sisi},
 *     {@code sector:GOV:الحكومة})
 * @param kind what the entry is
 * @param name the canonical name as written in the data file (first variant)
 * @param country the ISO 3166-1 alpha-3 or international code ({@code IGO}, {@code UNO}, {@code EUR},
 *     {@code NGO} ...), or empty (sector nouns)
 * @param sector the CAMEO/PLOVER sector code, or empty (countries, places, nationality adjectives)
 * @param changes later codes, in date order, each applying from its date on
 * @param institution for a sector noun: whether it heads an organization name when a nationality
 *     adjective follows ({@code الحكومة اليمنية}, {@code الجيش الإسرائيلي}); false for other kinds
 * @param source the data file and line the entry comes from ({@code countries.tsv:12})
 */
public record GazetteerEntry(
    int index,
    String id,
    EntryKind kind,
    String name,
    Optional<String> country,
    Optional<String> sector,
    List<CodeChange> changes,
    boolean institution,
    String source) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param index see the record component {@code index}
   * @param id see the record component {@code id}
   * @param kind see the record component {@code kind}
   * @param name see the record component {@code name}
   * @param country see the record component {@code country}
   * @param sector see the record component {@code sector}
   * @param changes see the record component {@code changes}
   * @param institution see the record component {@code institution}
   * @param source see the record component {@code source}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the index is negative
   */
  public GazetteerEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(source, "source");
    changes = List.copyOf(changes);
    if (index < 0) {
      throw new IllegalArgumentException("index " + index + " must be >= 0");
    }
  }

  /**
   * Returns the entity type of the entry's names.
   *
   * @return PER, LOC or ORG, or empty for nationality adjectives and sector nouns
   */
  public Optional<EntityType> entityType() {
    return Optional.ofNullable(kind.entityType());
  }

  /**
   * Returns the country code in force on a date.
   *
   * @param date the document date, or null for the latest coding
   * @return the code, or empty
   */
  public Optional<String> countryAt(LocalDate date) {
    CodeChange c = changeAt(date);
    return c == null ? country : c.country();
  }

  /**
   * Returns the sector code in force on a date.
   *
   * @param date the document date, or null for the latest coding
   * @return the code, or empty
   */
  public Optional<String> sectorAt(LocalDate date) {
    CodeChange c = changeAt(date);
    return c == null ? sector : c.sector();
  }

  private CodeChange changeAt(LocalDate date) {
    CodeChange found = null;
    for (CodeChange c : changes) {
      if (date == null || !date.isBefore(c.from())) {
        found = c;
      }
    }
    return found;
  }

  /**
   * Codes that apply to an entry from a date on.
   *
   * @param from the first day the codes apply
   * @param country the country code from then on, or empty
   * @param sector the sector code from then on, or empty
   */
  public record CodeChange(LocalDate from, Optional<String> country, Optional<String> sector) {
    /**
     * Creates the value.
     *
     * @param from see the record component {@code from}
     * @param country see the record component {@code country}
     * @param sector see the record component {@code sector}
     * @throws NullPointerException if a component is null
     */
    public CodeChange {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(sector, "sector");
    }
  }
}
