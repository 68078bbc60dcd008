package org.khabar.internal.gazetteer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.khabar.EntityType;

/**
 * One gazetteer match as a value: the token range, the character span in the original text
 * (attached proclitics excluded, the article kept) and the entries with that name, preferred first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param firstToken the first token, inclusive
 * @param endToken the last token, exclusive
 * @param start the start offset in the original text, inclusive
 * @param end the end offset in the original text, exclusive
 * @param entries the entries sharing the matched name, preferred first; never empty
 * @param ambiguous whether the preferred entry's name is flagged as ambiguous
 */
public record GazetteerMatch(int firstToken, int endToken, int start, int end,
    List<GazetteerEntry> entries, boolean ambiguous) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param firstToken see the record component {@code firstToken}
   * @param endToken see the record component {@code endToken}
   * @param start see the record component {@code start}
   * @param end see the record component {@code end}
   * @param entries see the record component {@code entries}
   * @param ambiguous see the record component {@code ambiguous}
   * @throws IllegalArgumentException if a range is invalid or there is no entry
   * @throws NullPointerException if {@code entries} is null
   */
  public GazetteerMatch {
    Objects.requireNonNull(entries, "entries");
    entries = List.copyOf(entries);
    if (firstToken < 0 || endToken <= firstToken || start < 0 || end <= start || entries.isEmpty()) {
      throw new IllegalArgumentException("bad match tokens [" + firstToken + ", " + endToken
          + ") chars [" + start + ", " + end + ") entries " + entries.size());
    }
  }

  /**
   * Returns the preferred entry.
   *
   * @return the first entry
   */
  public GazetteerEntry entry() {
    return entries.get(0);
  }

  /**
   * Returns the entity type of the preferred entry.
   *
   * @return PER, LOC or ORG, or empty for a nationality adjective or sector noun
   */
  public Optional<EntityType> type() {
    return entry().entityType();
  }
}
