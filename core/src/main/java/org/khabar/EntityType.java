package org.khabar;

/**
 * The type of a named entity.
 *
 * <p>The set follows ANERcorp and the events development set: persons, locations, organizations and,
 * when a model predicts it, miscellaneous names (events, products, nationalities used as names).
 */
public enum EntityType {
  /** A person: {@code سامح شكري}. Titles ({@code الرئيس}) are not part of the span. */
  PER,
  /** A place: countries, cities, regions, facilities with their head noun. */
  LOC,
  /** An organization: governments, ministries, armies, parties, armed groups, international bodies. */
  ORG,
  /** A miscellaneous name, only when a model predicts it. */
  MISC
}
