package org.khabar.internal.time;

import java.util.Arrays;

/**
 * The reusable result buffer of {@link TimeFinder#find}: the time expressions found in a token range,
 * in text order and non-overlapping, as parallel int arrays, plus the finder's per-token scratch
 * space. Create one per worker (or per call) and reuse it: after warm-up, finding allocates nothing.
 *
 * <p>Match {@code i} (0 &lt;= i &lt; {@link #count()}) covers the tokens {@code [firstToken(i),
 * endToken(i))} and the characters {@code [start(i), end(i))} of the original text. The span leaves
 * out a leading preposition ({@code في، خلال، منذ}), recorded by {@link #prepositionToken(int)}, and the
 * proclitics attached to the first word ({@code وأمس} starts at {@code أمس}); it keeps a leading
 * {@code يوم، مساء، فجر، مطلع، أواخر}. Which of the parsed fields are set depends on
 * {@link #kind(int)}; unset fields are 0 (or false).
 *
 * <p>Not thread-safe: one thread at a time.
 */
public final class TimeMatches {
  /** Calendar of a date or month: the Gregorian calendar. */
  public static final int GREGORIAN = 0;
  /** Calendar of a date or month: the Hijri calendar (resolved with the Umm al-Qura tables). */
  public static final int HIJRI = 1;

  /** Part of a period: none named. */
  public static final int PART_NONE = 0;
  /** Part of a period: its beginning ({@code مطلع، أوائل، بداية}). */
  public static final int PART_EARLY = 1;
  /** Part of a period: its middle ({@code منتصف، أواسط}). */
  public static final int PART_MIDDLE = 2;
  /** Part of a period: its end ({@code أواخر، نهاية}). */
  public static final int PART_LATE = 3;

  static final int F_DIRECTION = 1;
  static final int F_YEAR_SHIFT = 2;
  static final int F_MONTH_SHIFT = 4;
  static final int F_HIJRI = 8;

  private static final TimeKind[] KINDS = TimeKind.values();

  int count;
  int[] firstToken = new int[8];
  int[] endToken = new int[8];
  int[] start = new int[8];
  int[] end = new int[8];
  int[] kind = new int[8];
  int[] year = new int[8];
  int[] month = new int[8];
  int[] day = new int[8];
  int[] weekday = new int[8];
  int[] shift = new int[8];
  int[] yearShift = new int[8];
  int[] direction = new int[8];
  int[] part = new int[8];
  int[] dayPart = new int[8];
  int[] flags = new int[8];
  int[] prep = new int[8];

  // ---- per-token scratch of the finder, indexed by token - fromToken
  int[] lexClass = new int[64];
  int[] lexValue = new int[64];
  int[] lexFlags = new int[64];
  int[] lexEnd = new int[64];
  int[] keyId = new int[64];
  int[] fullId = new int[64];
  int[] keyStart = new int[64];
  boolean[] proclitic = new boolean[64];
  boolean[] definite = new boolean[64];
  /** The word's proclitics include the preposition ب or ك. */
  boolean[] behKaf = new boolean[64];
  int[] number = new int[64];
  int[] digits = new int[64];
  int[] dateValue = new int[64];
  char[] key = new char[64];
  /** Set by the finder's month-name reader: only an ambiguous name was read. */
  boolean ambiguous;

  /** Creates an empty buffer. */
  public TimeMatches() {}

  /** Removes every match (the buffer keeps its capacity). */
  public void clear() {
    count = 0;
  }

  /**
   * Returns the number of matches.
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  /**
   * Returns the index of the first token of match {@code i}.
   *
   * @param i the match index
   * @return the token index
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public int firstToken(int i) {
    return firstToken[check(i)];
  }

  /**
   * Returns the index after the last token of match {@code i}.
   *
   * @param i the match index
   * @return the exclusive token index
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public int endToken(int i) {
    return endToken[check(i)];
  }

  /**
   * Returns the start offset of match {@code i} in the original text.
   *
   * @param i the match index
   * @return the inclusive char offset
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public int start(int i) {
    return start[check(i)];
  }

  /**
   * Returns the end offset of match {@code i} in the original text.
   *
   * @param i the match index
   * @return the exclusive char offset
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public int end(int i) {
    return end[check(i)];
  }

  /**
   * Returns the kind of match {@code i}.
   *
   * @param i the match index
   * @return the kind
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public TimeKind kind(int i) {
    return KINDS[kind[check(i)]];
  }

  /**
   * Returns the year written in match {@code i} ({@code 2017}, or {@code 1445} in a Hijri date).
   *
   * @param i the match index
   * @return the year, or 0 when none is written
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public int year(int i) {
    return year[check(i)];
  }

  /**
   * Returns the month named in match {@code i}, 1 to 12, in its {@link #calendar(int)}.
   *
   * @param i the match index
   * @return the month, or 0 when none is named
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public int month(int i) {
    return month[check(i)];
  }

  /**
   * Returns the day of the month written in match {@code i}.
   *
   * @param i the match index
   * @return the day, 1 to 31, or 0 when none is written
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public int day(int i) {
    return day[check(i)];
  }

  /**
   * Returns the weekday named in match {@code i}, ISO numbering (1 Monday ... 7 Sunday).
   *
   * @param i the match index
   * @return the weekday, or 0 when none is named
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public int weekday(int i) {
    return weekday[check(i)];
  }

  /**
   * Returns the shift of a relative match from the document date, in the unit of its kind (days for
   * {@link TimeKind#RELATIVE_DAY}, weeks, months, years); for a {@link TimeKind#DATE} whose month is
   * relative ({@code العاشر من الشهر الجاري}) the shift in months.
   *
   * @param i the match index
   * @return the shift ({@code أمس} -1, {@code الأسبوع المقبل} 1), 0 otherwise
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public int shift(int i) {
    return shift[check(i)];
  }

  /**
   * Returns whether the month of a {@link TimeKind#DATE} is given relative to the document date
   * ({@code الشهر الجاري}), its shift being {@link #shift(int)}.
   *
   * @param i the match index
   * @return true when the month is relative
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public boolean hasMonthShift(int i) {
    return (flags[check(i)] & F_MONTH_SHIFT) != 0;
  }

  /**
   * Returns whether the year of a date or month is given relative to the document date ({@code كانون
   * الأول من العام المقبل}), its shift being {@link #yearShift(int)}.
   *
   * @param i the match index
   * @return true when the year is relative
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public boolean hasYearShift(int i) {
    return (flags[check(i)] & F_YEAR_SHIFT) != 0;
  }

  /**
   * Returns the relative year of a date or month ({@code من العام المقبل}: 1).
   *
   * @param i the match index
   * @return the shift in years, 0 when {@link #hasYearShift(int)} is false
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public int yearShift(int i) {
    return yearShift[check(i)];
  }

  /**
   * Returns whether a direction word follows a weekday, date or month ({@code الماضي، المقبل،
   * الجاري}).
   *
   * @param i the match index
   * @return true when a direction is written
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public boolean hasDirection(int i) {
    return (flags[check(i)] & F_DIRECTION) != 0;
  }

  /**
   * Returns the written direction: -1 past ({@code الماضي}), 1 next ({@code المقبل}), 0 current
   * ({@code الجاري}), -2 and 2 for {@code قبل الماضي} and {@code بعد المقبل}.
   *
   * @param i the match index
   * @return the direction, 0 when {@link #hasDirection(int)} is false
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public int direction(int i) {
    return direction[check(i)];
  }

  /**
   * Returns the calendar of the month and year of match {@code i}.
   *
   * @param i the match index
   * @return {@link #GREGORIAN} or {@link #HIJRI}
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public int calendar(int i) {
    return (flags[check(i)] & F_HIJRI) != 0 ? HIJRI : GREGORIAN;
  }

  /**
   * Returns the part of the period named before it ({@code مطلع، منتصف، أواخر}).
   *
   * @param i the match index
   * @return one of {@link #PART_NONE}, {@link #PART_EARLY}, {@link #PART_MIDDLE}, {@link #PART_LATE}
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public int part(int i) {
    return part[check(i)];
  }

  /**
   * Returns the part of the day written before a day expression: 0 none, 1 {@code يوم}, 2 morning
   * ({@code صباح}), 3 noon ({@code ظهر}), 4 afternoon ({@code عصر}), 5 evening ({@code مساء}), 6 night
   * ({@code ليلة}), 7 dawn ({@code فجر}); the first one when several are chained ({@code مساء يوم}).
   *
   * @param i the match index
   * @return the part of the day
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public int dayPart(int i) {
    return dayPart[check(i)];
  }

  /**
   * Returns the token of the preposition right before the match and left out of its span ({@code في،
   * خلال، منذ، حتى، قبل، بعد، مع}), possibly a proclitic-prefixed one ({@code وفي}).
   *
   * @param i the match index
   * @return the token index, or -1 when no such preposition precedes
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public int prepositionToken(int i) {
    return prep[check(i)];
  }

  private int check(int i) {
    if (i < 0 || i >= count) {
      throw new IndexOutOfBoundsException("match " + i + " of " + count);
    }
    return i;
  }

  /** Makes room for one more match and returns its index (its fields zeroed). */
  int add() {
    if (count == start.length) {
      int n = count * 2;
      firstToken = Arrays.copyOf(firstToken, n);
      endToken = Arrays.copyOf(endToken, n);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      kind = Arrays.copyOf(kind, n);
      year = Arrays.copyOf(year, n);
      month = Arrays.copyOf(month, n);
      day = Arrays.copyOf(day, n);
      weekday = Arrays.copyOf(weekday, n);
      shift = Arrays.copyOf(shift, n);
      yearShift = Arrays.copyOf(yearShift, n);
      direction = Arrays.copyOf(direction, n);
      part = Arrays.copyOf(part, n);
      dayPart = Arrays.copyOf(dayPart, n);
      flags = Arrays.copyOf(flags, n);
      prep = Arrays.copyOf(prep, n);
    }
    int i = count++;
    year[i] = 0;
    month[i] = 0;
    day[i] = 0;
    weekday[i] = 0;
    shift[i] = 0;
    yearShift[i] = 0;
    direction[i] = 0;
    part[i] = 0;
    dayPart[i] = 0;
    flags[i] = 0;
    prep[i] = -1;
    return i;
  }

  /** Drops the last match (a candidate that turned out invalid). */
  void removeLast() {
    count--;
  }

  /** Makes the per-token scratch hold at least {@code n} tokens. */
  void ensureTokens(int n) {
    if (lexClass.length < n) {
      int c = Math.max(n, lexClass.length * 2);
      lexClass = new int[c];
      lexValue = new int[c];
      lexFlags = new int[c];
      lexEnd = new int[c];
      keyId = new int[c];
      fullId = new int[c];
      keyStart = new int[c];
      proclitic = new boolean[c];
      definite = new boolean[c];
      behKaf = new boolean[c];
      number = new int[c];
      digits = new int[c];
      dateValue = new int[c];
    }
  }

  /** Makes the key scratch hold at least {@code n} chars. */
  char[] key(int n) {
    if (key.length < n) {
      key = new char[Math.max(n, key.length * 2)];
    }
    return key;
  }
}
