package org.khabar.internal.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;
import org.khabar.TimeExpression;
import org.khabar.internal.Analysis;

/**
 * Turns a time expression found by {@link TimeFinder} into an ISO-8601 value against the document
 * date: a day {@code YYYY-MM-DD}, a month {@code YYYY-MM}, a year {@code YYYY} or an ISO week {@code
 * YYYY-Www}; or null when the expression is vague or cannot be resolved.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Without a document date, relative expressions (and dates or months with no year, and
 *       weekdays) give null; absolute ones ({@code 10 مارس 2017}, {@code عام 2017}) still resolve.
 *   <li>A weekday is the latest such day on or before the document date for a past event, and the
 *       next such day on or after it for a planned one ({@code future}); with {@code الماضي} it is
 *       strictly before, with {@code المقبل} strictly after, whatever {@code future} says.
 *   <li>A month or a day-and-month with no year takes the year that puts it nearest the document
 *       date in the right direction: not after it for a past event, not before it for a planned one
 *       (the month under way counts for both); {@code الماضي} means strictly before, {@code المقبل}
 *       strictly after, {@code الجاري} the document's year.
 *   <li>{@code مطلع/أوائل/منتصف/أواخر/نهاية} + a month, week or year resolves to that month, week or
 *       year.
 *   <li>Hijri dates are converted with ICU4J's {@link IslamicCalendar} using the Umm al-Qura
 *       calculation. A Hijri month resolves to the Gregorian month holding its 5th (early), 15th or
 *       25th (late) day, a Hijri year to the Gregorian year holding 1 Muharram (early), 1 Rajab or
 *       15 Dhu al-Hijja (late).
 *   <li>An impossible date (30 فبراير) gives null.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class TimeResolver {
  private static final long DAY_MS = 86_400_000L;

  private TimeResolver() {}

  /**
   * Resolves match {@code i} of a finder result.
   *
   * @param m the matches
   * @param i the match index
   * @param documentDate the document date, or null when unknown
   * @param future whether the event the expression dates is planned (it decides bare weekdays and
   *     months with no year)
   * @return the ISO-8601 value, or null when vague or unresolvable
   * @throws NullPointerException if {@code m} is null
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public static String resolve(TimeMatches m, int i, LocalDate documentDate, boolean future) {
    Objects.requireNonNull(m, "m");
    TimeKind kind = m.kind(i);
    LocalDate doc = documentDate;
    switch (kind) {
      case VAGUE:
        return null;
      case RELATIVE_DAY:
        return doc == null ? null : doc.plusDays(m.shift(i)).toString();
      case RELATIVE_WEEK:
        return doc == null ? null : isoWeek(doc.plusWeeks(m.shift(i)));
      case RELATIVE_MONTH:
        return doc == null ? null : YearMonth.from(doc).plusMonths(m.shift(i)).toString();
      case RELATIVE_YEAR:
        return doc == null ? null : year(doc.getYear() + m.shift(i));
      case WEEKDAY:
        return doc == null ? null : weekday(m, i, doc, future).toString();
      case YEAR:
        return yearOf(m, i);
      case MONTH:
        return m.calendar(i) == TimeMatches.HIJRI ? hijriMonth(m, i, doc, future)
            : gregorianMonth(m, i, doc, future);
      case DATE:
        LocalDate d = date(m, i, doc, future);
        return d == null ? null : d.toString();
      default:
        throw new IllegalStateException("unknown time kind " + kind);
    }
  }

  /**
   * Builds the public value of match {@code i}: its span and covered text in the analysis' original
   * text, and its resolved value.
   *
   * @param a the analysis the matches were found in
   * @param m the matches
   * @param i the match index
   * @param future whether the dated event is planned
   * @return the time expression
   * @throws NullPointerException if {@code a} or {@code m} is null
   * @throws IndexOutOfBoundsException if {@code i} is not a match index
   */
  public static TimeExpression expression(Analysis a, TimeMatches m, int i, boolean future) {
    Objects.requireNonNull(a, "a");
    int s = m.start(i);
    int e = m.end(i);
    return new TimeExpression(s, e, a.text.substring(s, e),
        Optional.ofNullable(resolve(m, i, a.date, future)));
  }

  // ---------------------------------------------------------------- kinds

  private static LocalDate weekday(TimeMatches m, int i, LocalDate doc, boolean future) {
    DayOfWeek wd = DayOfWeek.of(m.weekday(i));
    int dir = m.hasDirection(i) ? m.direction(i) : 0;
    if (dir < 0) {
      return doc.minusDays(1).with(TemporalAdjusters.previousOrSame(wd)).plusWeeks(dir + 1L);
    }
    if (dir > 0) {
      return doc.plusDays(1).with(TemporalAdjusters.nextOrSame(wd)).plusWeeks(dir - 1L);
    }
    return doc.with(future ? TemporalAdjusters.nextOrSame(wd) : TemporalAdjusters.previousOrSame(wd));
  }

  private static String yearOf(TimeMatches m, int i) {
    int y = m.year(i);
    if (m.calendar(i) != TimeMatches.HIJRI) {
      return year(y);
    }
    int part = m.part(i);
    LocalDate d = part == TimeMatches.PART_EARLY ? hijriToGregorian(y, 1, 1)
        : part == TimeMatches.PART_LATE ? hijriToGregorian(y, 12, 15) : hijriToGregorian(y, 7, 1);
    return year(d.getYear());
  }

  private static String gregorianMonth(TimeMatches m, int i, LocalDate doc, boolean future) {
    int mo = m.month(i);
    int y;
    if (m.year(i) != 0) {
      y = m.year(i);
    } else if (doc == null) {
      return null;
    } else if (m.hasYearShift(i)) {
      y = doc.getYear() + m.yearShift(i);
    } else {
      y = nearestYear(doc.getYear(), doc.getMonthValue(), mo, m, i, future);
    }
    return YearMonth.of(y, mo).toString();
  }

  /** The year for a month with no year, by direction (or by {@code future}). */
  private static int nearestYear(int docYear, int docMonth, int mo, TimeMatches m, int i,
      boolean future) {
    if (m.hasDirection(i)) {
      int dir = m.direction(i);
      if (dir < 0) {
        return (mo < docMonth ? docYear : docYear - 1) + dir + 1;
      }
      if (dir > 0) {
        return (mo > docMonth ? docYear : docYear + 1) + dir - 1;
      }
      return docYear;
    }
    if (future) {
      return mo >= docMonth ? docYear : docYear + 1;
    }
    return mo <= docMonth ? docYear : docYear - 1;
  }

  private static String hijriMonth(TimeMatches m, int i, LocalDate doc, boolean future) {
    int hm = m.month(i);
    int part = m.part(i);
    int day = part == TimeMatches.PART_EARLY ? 5 : part == TimeMatches.PART_LATE ? 25 : 15;
    int hy;
    if (m.year(i) != 0) {
      hy = m.year(i);
    } else if (doc == null) {
      return null;
    } else {
      int[] h = gregorianToHijri(doc);
      if (m.hasYearShift(i)) {
        hy = h[0] + m.yearShift(i);
      } else {
        hy = nearestYear(h[0], h[1], hm, m, i, future);
      }
    }
    return YearMonth.from(hijriToGregorian(hy, hm, day)).toString();
  }

  private static LocalDate date(TimeMatches m, int i, LocalDate doc, boolean future) {
    boolean hijri = m.calendar(i) == TimeMatches.HIJRI;
    int d = m.day(i);
    if (m.hasMonthShift(i)) {
      if (doc == null) {
        return null;
      }
      YearMonth ym = YearMonth.from(doc).plusMonths(m.shift(i));
      return ym.isValidDay(d) ? ym.atDay(d) : null;
    }
    int mo = m.month(i);
    if (m.year(i) != 0) {
      return valid(m.year(i), mo, d, hijri);
    }
    if (doc == null) {
      return null;
    }
    int docYear = hijri ? gregorianToHijri(doc)[0] : doc.getYear();
    if (m.hasYearShift(i)) {
      return valid(docYear + m.yearShift(i), mo, d, hijri);
    }
    int dir = m.hasDirection(i) ? m.direction(i) : (future ? 3 : -3);
    if (dir == 0) {
      return valid(docYear, mo, d, hijri);
    }
    // the nearest valid date in the direction: strictly (الماضي/المقبل) or not (past/future event)
    LocalDate best = null;
    // 29 February recurs within 8 years; every other day within 1
    for (int y = docYear - 8; y <= docYear + 8; y++) {
      LocalDate c = valid(y, mo, d, hijri);
      if (c == null) {
        continue;
      }
      boolean ok = dir == 3 ? !c.isBefore(doc) : dir == -3 ? !c.isAfter(doc)
          : dir > 0 ? c.isAfter(doc) : c.isBefore(doc);
      if (!ok) {
        continue;
      }
      if (best == null || (dir > 0 ? c.isBefore(best) : c.isAfter(best))) {
        best = c;
      }
    }
    if (best != null && (dir == 2 || dir == -2)) {
      return valid((hijri ? gregorianToHijri(best)[0] : best.getYear()) + dir / 2, mo, d, hijri);
    }
    return best;
  }

  private static LocalDate valid(int y, int mo, int d, boolean hijri) {
    if (hijri) {
      if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > hijriMonthLength(y, mo)) {
        return null;
      }
      return hijriToGregorian(y, mo, d);
    }
    if (mo < 1 || mo > 12 || d < 1) {
      return null;
    }
    YearMonth ym = YearMonth.of(y, mo);
    return ym.isValidDay(d) ? ym.atDay(d) : null;
  }

  // ---------------------------------------------------------------- calendars and formats

  private static IslamicCalendar ummAlQura() {
    IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    return c;
  }

  /**
   * Converts a Hijri (Umm al-Qura) date to the Gregorian calendar.
   *
   * @param year the Hijri year
   * @param month the Hijri month, 1 (Muharram) to 12 (Dhu al-Hijja)
   * @param day the day of the month
   * @return the Gregorian date
   * @throws IllegalArgumentException if the month is not 1 to 12 or the day not in the month
   */
  public static LocalDate hijriToGregorian(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > hijriMonthLength(year, month)) {
      throw new IllegalArgumentException("no Hijri date " + year + "-" + month + "-" + day);
    }
    IslamicCalendar c = ummAlQura();
    c.clear();
    c.set(year, month - 1, day);
    return LocalDate.ofEpochDay(Math.floorDiv(c.getTimeInMillis(), DAY_MS));
  }

  /**
   * Converts a Gregorian date to the Hijri (Umm al-Qura) calendar.
   *
   * @param date the Gregorian date
   * @return {@code {year, month (1-12), day}}
   * @throws NullPointerException if {@code date} is null
   */
  public static int[] gregorianToHijri(LocalDate date) {
    Objects.requireNonNull(date, "date");
    IslamicCalendar c = ummAlQura();
    c.setTimeInMillis(date.toEpochDay() * DAY_MS + DAY_MS / 2);
    return new int[] {c.get(Calendar.YEAR), c.get(Calendar.MONTH) + 1, c.get(Calendar.DAY_OF_MONTH)};
  }

  private static int hijriMonthLength(int year, int month) {
    IslamicCalendar c = ummAlQura();
    c.clear();
    c.set(year, month - 1, 1);
    return c.getActualMaximum(Calendar.DAY_OF_MONTH);
  }

  private static String isoWeek(LocalDate d) {
    int wy = d.get(IsoFields.WEEK_BASED_YEAR);
    int w = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return year(wy) + "-W" + (w < 10 ? "0" : "") + w;
  }

  private static String year(int y) {
    if (y >= 1000 && y <= 9999) {
      return Integer.toString(y);
    }
    StringBuilder sb = new StringBuilder(4);
    String s = Integer.toString(Math.abs(y));
    if (y < 0) {
      sb.append('-');
    }
    for (int k = s.length(); k < 4; k++) {
      sb.append('0');
    }
    return sb.append(s).toString();
  }
}
