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
 * @param modifier the nationality adjective joined to an organization, group or institution noun
 *     ({@code الحكومة اليمنية}), included in the span, or empty
 * @param entityType the entity type: the preferred entry's, or ORG for an institution noun with a
 *     joined adjective; empty for a bare sector noun or nationality adjective
 */
public record GazetteerMatch(int firstToken, int endToken, int start, int end,
    List<GazetteerEntry> entries, boolean ambiguous, Optional<GazetteerEntry> modifier,
    Optional<EntityType> entityType) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param firstToken see the record component {@code firstToken}
   * @param endToken see the record component {@code endToken}
   * @param start see the record component {@code start}
   * @param end see the record component {@code end}
   * @param entries see the record component {@code entries}
   * @param ambiguous see the record component {@code ambiguous}
   * @param modifier see the record component {@code modifier}
   * @param entityType see the record component {@code entityType}
   * @throws IllegalArgumentException if a range is invalid or there is no entry
   * @throws NullPointerException if a component is null
   */
  public GazetteerMatch {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(modifier, "modifier");
    Objects.requireNonNull(entityType, "entityType");
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
}
