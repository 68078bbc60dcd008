package org.khabar.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.internal.Analysis;

/**
 * Seeded random text built from time words, other Arabic words, both digit sets, separators,
 * harakat, tatweel, controls and emoji: finding never throws, every match satisfies the span
 * invariants, resolving never throws, and finding twice gives the same result.
 */
class TimeFinderRandomTest {
  private static final String[] PIECES = {
    "في", "خلال", "منذ", "قبل", "بعد", "من", "الموافق", "يوم", "مساء", "فجر", "ليلة", "صباح",
    "أمس", "أول", "اليوم", "الليلة", "غدا", "غد", "الغد", "الأحد", "الإثنين", "الجمعة", "السبت",
    "مارس", "آذار", "آب", "كانون", "الأول", "الثاني", "تشرين", "رمضان", "ذو", "ذي", "الحجة", "ربيع",
    "جمادى", "الأولى", "مطلع", "أواخر", "نهاية", "منتصف", "الأسبوع", "الشهر", "العام", "عام", "سنة",
    "شهر", "هذا", "المقبل", "الماضي", "الجاري", "السابق", "الحالي", "قبل", "الماضية", "وقت", "لاحق",
    "سابق", "الأيام", "المقبلة", "يومين", "أسابيع", "ثلاثة", "عاما", "فقط", "على", "هـ", "م",
    "العاشر", "الحادي", "عشر", "والعشرين", "الـ", "وزير", "الخارجية", "الأمين", "ثورة", "قوى",
    "10", "31", "2017", "1445", "١٠", "٢٠١٧", "0", "99999", "29", "12", "21/12/2017", "2017-12-21",
    "5/11/1436هـ", "31.02.2017", "/", "-", ".", "(", ")", "،", "«", "»", "\n", "وأمس", "بالأمس",
    "للعام", "وفي", "كـــانون", "غداً", "\u064E", "\u0640", "\u200C", "\uD83D\uDE00", "\uD83D"
  };

  @Test
  void randomTextKeepsTheInvariants() {
    long seed = 20240516L;
    Random rnd = new Random(seed);
    TimeFinder finder = TimeFinder.standard();
    TimeMatches m = new TimeMatches();
    TimeMatches again = new TimeMatches();
    LocalDate[] dates = {null, LocalDate.parse("2024-02-29"), LocalDate.parse("1900-01-01"),
        LocalDate.parse("2099-12-31"), LocalDate.parse("2015-07-21")};
    int found = 0;
    for (int doc = 0; doc < 2000; doc++) {
      StringBuilder sb = new StringBuilder();
      int words = 1 + rnd.nextInt(25);
      for (int w = 0; w < words; w++) {
        sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        if (rnd.nextInt(5) != 0) {
          sb.append(' ');
        }
      }
      String text = sb.toString();
      LocalDate date = dates[rnd.nextInt(dates.length)];
      try {
        Analysis a = TimeTesting.analyze(text, date);
        finder.find(a, 0, a.tokenCount, m);
        List<String> first = TimeFinderTest.describeAll(a, m);
        found += m.count();
        for (int i = 0; i < m.count(); i++) {
          for (LocalDate d : dates) {
            TimeResolver.resolve(m, i, d, true);
            TimeResolver.resolve(m, i, d, false);
          }
        }
        finder.find(a, 0, a.tokenCount, again);
        assertEquals(first, TimeFinderTest.describeAll(a, again));
        for (int s = 0; s < a.sentenceCount; s++) {
          finder.find(a, a.sentFirstToken[s], a.sentEndToken[s], m);
          TimeFinderTest.describeAll(a, m);
        }
      } catch (RuntimeException | AssertionError e) {
        fail("seed " + seed + ", document " + doc + ", date " + date + ", text \""
            + text.replace("\n", "\\n") + "\": " + e, e);
      }
    }
    // the generator does produce time expressions, so the invariants were exercised
    assertEquals(true, found > 1000, "matches found: " + found);
  }
}
