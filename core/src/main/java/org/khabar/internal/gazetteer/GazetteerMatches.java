package org.khabar.internal.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.khabar.EntityType;

/**
 * A reusable buffer of gazetteer matches, filled by {@link Gazetteer#findAll} and
 * {@link Gazetteer#longestAt}: per match its token range, its character span in the original text
 * (attached proclitics excluded) and its entries (preferred first). Holding one buffer per worker
 * keeps matching free of allocation once the arrays have grown.
 *
 * <p>Not thread-safe: one buffer belongs to one thread at a time.
 */
public final class GazetteerMatches {
  private Gazetteer gazetteer;
  private int size;
  private int[] firstToken = new int[16];
  private int[] endToken = new int[16];
  private int[] start = new int[16];
  private int[] end = new int[16];
  private int[] value = new int[16];
  private int[] modifier = new int[16];

  /** Creates an empty buffer. */
  public GazetteerMatches() {}

  void reset(Gazetteer g) {
    gazetteer = g;
    size = 0;
  }

  void bind(Gazetteer g) {
    if (gazetteer != g) {
      gazetteer = g;
      size = 0;
    }
  }

  /** Removes all matches. */
  public void clear() {
    size = 0;
  }

  void add(int first, int endTok, int s, int e, int v) {
    if (size == start.length) {
      int n = size * 2;
      firstToken = Arrays.copyOf(firstToken, n);
      endToken = Arrays.copyOf(endToken, n);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      value = Arrays.copyOf(value, n);
      modifier = Arrays.copyOf(modifier, n);
    }
    firstToken[size] = first;
    endToken[size] = endTok;
    start[size] = s;
    end[size] = e;
    value[size] = v;
    modifier[size] = -1;
    size++;
  }

  /** Extends the last match with a following nationality adjective (trie value {@code v}). */
  void extendLast(int endTok, int e, int v) {
    endToken[size - 1] = endTok;
    end[size - 1] = e;
    modifier[size - 1] = v;
  }

  /**
   * Returns the number of matches.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  /**
   * Returns the first token of match {@code i}.
   *
   * @param i the match index
   * @return the token index, inclusive
   */
  public int firstToken(int i) {
    check(i);
    return firstToken[i];
  }

  /**
   * Returns the end token of match {@code i}.
   *
   * @param i the match index
   * @return the token index, exclusive
   */
  public int endToken(int i) {
    check(i);
    return endToken[i];
  }

  /**
   * Returns the start offset of match {@code i} in the original text, after any proclitic.
   *
   * @param i the match index
   * @return the inclusive start offset
   */
  public int start(int i) {
    check(i);
    return start[i];
  }

  /**
   * Returns the end offset of match {@code i} in the original text.
   *
   * @param i the match index
   * @return the exclusive end offset
   */
  public int end(int i) {
    check(i);
    return end[i];
  }

  /**
   * Returns how many entries share the name of match {@code i} (usually 1).
   *
   * @param i the match index
   * @return the number of entries, at least 1
   */
  public int entryCount(int i) {
    check(i);
    return gazetteer.itemCount(value[i]);
  }

  /**
   * Returns entry {@code k} of match {@code i}; entry 0 is the preferred one.
   *
   * @param i the match index
   * @param k the entry index, from 0 to {@link #entryCount(int)} - 1
   * @return the entry
   * @throws IndexOutOfBoundsException if {@code k} is out of range
   */
  public GazetteerEntry entry(int i, int k) {
    if (k < 0 || k >= entryCount(i)) {
      throw new IndexOutOfBoundsException("entry " + k + " of " + entryCount(i));
    }
    return gazetteer.entry(gazetteer.item(value[i], k) >> 1);
  }

  /**
   * Returns the preferred entry of match {@code i}.
   *
   * @param i the match index
   * @return the entry
   */
  public GazetteerEntry entry(int i) {
    return entry(i, 0);
  }

  /**
   * Returns whether the name matched by entry {@code k} of match {@code i} is flagged as ambiguous
   * in the data (a common word, or a name shared with something else: {@code فتح}, {@code عباس}).
   *
   * @param i the match index
   * @param k the entry index
   * @return true when ambiguous
   */
  public boolean ambiguous(int i, int k) {
    if (k < 0 || k >= entryCount(i)) {
      throw new IndexOutOfBoundsException("entry " + k + " of " + entryCount(i));
    }
    return (gazetteer.item(value[i], k) & 1) != 0;
  }

  /**
   * Returns the nationality adjective that the matcher joined to match {@code i} (an organization,
   * group or institution followed by a nisba: {@code الحكومة اليمنية}, {@code الهلال الأحمر المصري}).
   * The match's span and tokens include the adjective.
   *
   * @param i the match index
   * @return the adjective's entry, or empty
   */
  public Optional<GazetteerEntry> modifier(int i) {
    check(i);
    return modifier[i] < 0 ? Optional.empty()
        : Optional.of(gazetteer.entry(gazetteer.item(modifier[i], 0) >> 1));
  }

  /**
   * Returns the entity type of match {@code i}: the preferred entry's type, or ORG for an
   * institution noun joined with a nationality adjective ({@code الجيش الإسرائيلي}).
   *
   * @param i the match index
   * @return PER, LOC or ORG, or empty when the match is not an entity (a bare sector noun or
   *     nationality adjective)
   */
  public Optional<EntityType> entityType(int i) {
    GazetteerEntry e = entry(i);
    if (e.kind().entityType() != null) {
      return Optional.of(e.kind().entityType());
    }
    return modifier[i] >= 0 && e.institution() ? Optional.of(EntityType.ORG) : Optional.empty();
  }

  /**
   * Returns match {@code i} as a value.
   *
   * @param i the match index
   * @return the match
   */
  public GazetteerMatch toMatch(int i) {
    int n = entryCount(i);
    List<GazetteerEntry> es = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      es.add(entry(i, k));
    }
    return new GazetteerMatch(firstToken[i], endToken[i], start[i], end[i], es, ambiguous(i, 0),
        modifier(i), entityType(i));
  }

  private void check(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("match " + i + " of " + size);
    }
  }
}
