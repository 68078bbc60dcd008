package org.khabar.internal.gazetteer;

import org.khabar.EntityType;

/**
 * What a gazetteer entry is, which decides its entity type and how the {@link ActorCoder} uses it.
 *
 * <p>The order is the priority among entries that share one normalized name: the first kind wins
 * (a person before an organization before a country before a nationality adjective).
 */
public enum EntryKind {
  /** A person: head of state or government, minister, secretary-general ({@code سامح شكري}). */
  PERSON(EntityType.PER),
  /** A party, movement or armed group ({@code حزب الله}, {@code هيئة تحرير الشام}). */
  GROUP(EntityType.ORG),
  /** An international, regional or national organization or institution ({@code الأمم المتحدة}). */
  ORGANIZATION(EntityType.ORG),
  /** A country by its name ({@code مصر}, {@code الولايات المتحدة}). */
  COUNTRY(EntityType.LOC),
  /** A capital city ({@code القاهرة}); like a country name it may stand for a government. */
  CAPITAL(EntityType.LOC),
  /** Another city or town ({@code حلب}). */
  CITY(EntityType.LOC),
  /** A region, province or territory ({@code إقليم كردستان}, {@code قطاع غزة}). */
  REGION(EntityType.LOC),
  /** A named facility or landmark usual in the news ({@code معبر رفح}, {@code سد النهضة}). */
  FACILITY(EntityType.LOC),
  /** A nationality adjective or demonym ({@code المصري}, {@code السوريين}); not an entity. */
  NISBA(null),
  /** A sector noun or title ({@code الحكومة}, {@code وزير الخارجية}, {@code الجيش}); not an entity. */
  SECTOR(null);

  private final EntityType type;

  EntryKind(EntityType type) {
    this.type = type;
  }

  /**
   * Returns the entity type of names of this kind.
   *
   * @return the type, or null for nationality adjectives and sector nouns, which are not entities
   */
  public EntityType entityType() {
    return type;
  }

  /**
   * Returns whether this kind names a place (country, capital, city, region, facility).
   *
   * @return true for the place kinds
   */
  public boolean isPlace() {
    return this == COUNTRY || this == CAPITAL || this == CITY || this == REGION || this == FACILITY;
  }
}
