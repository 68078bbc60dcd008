package org.khabar.internal.time;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khabar.internal.Analysis;

/** The resolver's calendar conversions and edge cases. */
class TimeResolverTest {

  @Test
  void ummAlQuraConversions() {
    assertEquals(LocalDate.parse("2024-03-11"), TimeResolver.hijriToGregorian(1445, 9, 1));
    assertEquals(LocalDate.parse("2024-07-07"), TimeResolver.hijriToGregorian(1446, 1, 1));
    assertEquals(LocalDate.parse("2023-06-28"), TimeResolver.hijriToGregorian(1444, 12, 10));
    assertArrayEquals(new int[] {1445, 9, 1}, TimeResolver.gregorianToHijri(LocalDate.parse("2024-03-11")));
    assertArrayEquals(new int[] {1445, 8, 29}, TimeResolver.gregorianToHijri(LocalDate.parse("2024-03-10")));
    assertArrayEquals(new int[] {1446, 1, 1}, TimeResolver.gregorianToHijri(LocalDate.parse("2024-07-07")));
  }

  @Test
  void impossibleHijriDatesAreRejected() {
    // Ramadan 1445 has 30 days in Umm al-Qura, Shaban 1445 has 29
    assertEquals(LocalDate.parse("2024-04-09"), TimeResolver.hijriToGregorian(1445, 9, 30));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TimeResolver.hijriToGregorian(1445, 8, 30));
    assertEquals("no Hijri date 1445-8-30", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TimeResolver.hijriToGregorian(1445, 13, 1));
    assertThrows(NullPointerException.class, () -> TimeResolver.gregorianToHijri(null));
  }

  @Test
  void isoWeeksAcrossYearEnds() {
    TimeMatches m = new TimeMatches();
    Analysis a = TimeTesting.analyze("الأسبوع الماضي", LocalDate.parse("2021-01-08"));
    TimeFinder.standard().find(a, 0, a.tokenCount, m);
    assertEquals("2020-W53", TimeResolver.resolve(m, 0, a.date, false));
    assertEquals("2024-W52", TimeResolver.resolve(m, 0, LocalDate.parse("2025-01-01"), false));
    assertEquals("2025-W01", TimeResolver.resolve(m, 0, LocalDate.parse("2025-01-06"), false));
  }

  @Test
  void dayAndMonthWithoutYearTakesTheNearestYearInTheRightDirection() {
    TimeMatches m = new TimeMatches();
    Analysis a = TimeTesting.analyze("في 29 فبراير", LocalDate.parse("2024-05-16"));
    TimeFinder.standard().find(a, 0, a.tokenCount, m);
    assertEquals("2024-02-29", TimeResolver.resolve(m, 0, a.date, false));
    // the next 29 February after May 2024 is in 2028
    assertEquals("2028-02-29", TimeResolver.resolve(m, 0, a.date, true));
    assertEquals("2024-02-29", TimeResolver.resolve(m, 0, LocalDate.parse("2024-02-29"), true));
    assertEquals("2024-02-29", TimeResolver.resolve(m, 0, LocalDate.parse("2024-02-29"), false));
  }

  @Test
  void monthUnderWayCountsForPastAndFuture() {
    TimeMatches m = new TimeMatches();
    Analysis a = TimeTesting.analyze("في مايو", LocalDate.parse("2024-05-16"));
    TimeFinder.standard().find(a, 0, a.tokenCount, m);
    assertEquals("2024-05", TimeResolver.resolve(m, 0, a.date, false));
    assertEquals("2024-05", TimeResolver.resolve(m, 0, a.date, true));
  }
}
