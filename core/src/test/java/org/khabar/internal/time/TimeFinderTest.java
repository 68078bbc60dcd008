package org.khabar.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.khabar.SegmentKind;
import org.khabar.TimeExpression;
import org.khabar.internal.Analysis;
import org.khabar.internal.normalize.ArabicNormalizer;

/**
 * One test per kind of time expression and per span rule, each asserting the exact spans (char
 * offsets and covered text), the kind and the value resolved for a past and for a planned event.
 * Expected strings read {@code start:end:text:KIND:pastValue:futureValue}.
 */
class TimeFinderTest {
  private static final TimeFinder FINDER = TimeFinder.standard();

  /** A buffer first filled from other text, so that stale fields would show. */
  private static TimeMatches dirtyBuffer() {
    TimeMatches m = new TimeMatches();
    Analysis noise = TimeTesting.analyze(
        "الأحد 15 رمضان 1445 هـ الموافق 24 مارس 2024 م ومطلع الشهر المقبل والسبت الماضي وأواخر عام 2013",
        LocalDate.parse("2020-01-01"));
    FINDER.find(noise, 0, noise.tokenCount, m);
    assertEquals(4, m.count());
    return m;
  }

  static List<String> describeAll(Analysis a, TimeMatches m) {
    List<String> got = new ArrayList<>();
    int prevEnd = 0;
    for (int i = 0; i < m.count(); i++) {
      int s = m.start(i);
      int e = m.end(i);
      assertTrue(0 <= s && s < e && e <= a.text.length(), "span " + s + ":" + e);
      assertTrue(s >= prevEnd, "matches overlap or are out of order at " + s);
      prevEnd = e;
      int ft = m.firstToken(i);
      int et = m.endToken(i);
      assertTrue(a.tokStart[ft] <= s && s < a.tokEnd[ft], "start inside the first token");
      assertEquals(a.tokEnd[et - 1], e, "end is the last token's end");
      assertTrue(m.prepositionToken(i) < ft, "preposition before the match");
      got.add(s + ":" + e + ":" + a.text.substring(s, e) + ":" + m.kind(i) + ":"
          + TimeResolver.resolve(m, i, a.date, false) + ":" + TimeResolver.resolve(m, i, a.date, true));
    }
    return got;
  }

  private static void assertTimes(String text, LocalDate date, String... expected) {
    Analysis a = TimeTesting.analyze(text, date);
    TimeMatches m = dirtyBuffer();
    int n = FINDER.find(a, 0, a.tokenCount, m);
    assertEquals(n, m.count());
    assertEquals(List.of(expected), describeAll(a, m), text);
  }

  @Test
  void dayAfterTomorrowAfterANoun() {
    assertTimes("يزور لافروف القاهرة بعد غد.", LocalDate.parse("2017-12-17"),
        "20:26:بعد غد:RELATIVE_DAY:2017-12-19:2017-12-19");
  }

  @Test
  void weekdayAfterYawm() {
    assertTimes("التقى الوزير نظيره يوم الأحد في عمان.", LocalDate.parse("2024-05-15"),
        "19:28:يوم الأحد:WEEKDAY:2024-05-12:2024-05-19");
  }

  @Test
  void weekdayWithPartOfDayAndHamzaVariants() {
    assertTimes("وصل الوفد مساء الثلاثاء وغادر فجر الأربعاء، على أن يعود ليلة الخميس أو صباح الجمعة أو الإثنين أو الاثنين.", LocalDate.parse("2024-05-16"),
        "10:23:مساء الثلاثاء:WEEKDAY:2024-05-14:2024-05-21",
        "30:42:فجر الأربعاء:WEEKDAY:2024-05-15:2024-05-22",
        "56:67:ليلة الخميس:WEEKDAY:2024-05-16:2024-05-16",
        "71:82:صباح الجمعة:WEEKDAY:2024-05-10:2024-05-17",
        "86:93:الإثنين:WEEKDAY:2024-05-13:2024-05-20",
        "97:104:الاثنين:WEEKDAY:2024-05-13:2024-05-20");
  }

  @Test
  void weekdayWithDirection() {
    assertTimes("سيلتقيان السبت المقبل بعد اجتماع الخميس الماضي.", LocalDate.parse("2024-05-16"),
        "9:21:السبت المقبل:WEEKDAY:2024-05-18:2024-05-18",
        "33:46:الخميس الماضي:WEEKDAY:2024-05-09:2024-05-09");
  }

  @Test
  void weekdayOnTheDocumentDate() {
    assertTimes("عقد الاجتماع الخميس.", LocalDate.parse("2024-05-16"),
        "13:19:الخميس:WEEKDAY:2024-05-16:2024-05-16");
  }

  @Test
  void relativeDays() {
    assertTimes("قال أمس إن الوفد وصل أول أمس أو أمس الأول، ويغادر اليوم أو الليلة أو غدا أو غداً أو بعد غد.", LocalDate.parse("2024-05-16"),
        "4:7:أمس:RELATIVE_DAY:2024-05-15:2024-05-15",
        "21:28:أول أمس:RELATIVE_DAY:2024-05-14:2024-05-14",
        "32:41:أمس الأول:RELATIVE_DAY:2024-05-14:2024-05-14",
        "50:55:اليوم:RELATIVE_DAY:2024-05-16:2024-05-16",
        "59:65:الليلة:RELATIVE_DAY:2024-05-16:2024-05-16",
        "69:72:غدا:RELATIVE_DAY:2024-05-17:2024-05-17",
        "76:80:غداً:RELATIVE_DAY:2024-05-17:2024-05-17",
        "84:90:بعد غد:RELATIVE_DAY:2024-05-18:2024-05-18");
  }

  @Test
  void relativeDayWithWeekdayNightAndProclitic() {
    assertTimes("قصفت الطائرات أمس الخميس مواقع، وعقد اجتماع اليوم الجمعة، وقصف الليلة الماضية، وقال بالأمس.", LocalDate.parse("2024-05-17"),
        "14:24:أمس الخميس:RELATIVE_DAY:2024-05-16:2024-05-16",
        "44:56:اليوم الجمعة:RELATIVE_DAY:2024-05-17:2024-05-17",
        "63:77:الليلة الماضية:RELATIVE_DAY:2024-05-16:2024-05-16",
        "85:90:الأمس:RELATIVE_DAY:2024-05-16:2024-05-16");
  }

  @Test
  void dawnAndMorningOfToday() {
    assertTimes("أفرج فجر اليوم الاثنين عن أسرى، ودخلت صباح اليوم الاثنين قافلة.", LocalDate.parse("2024-05-20"),
        "5:22:فجر اليوم الاثنين:RELATIVE_DAY:2024-05-20:2024-05-20",
        "38:56:صباح اليوم الاثنين:RELATIVE_DAY:2024-05-20:2024-05-20");
  }

  @Test
  void alYawmAsTheDayIsNotToday() {
    assertTimes("وذلك في اليوم الأول من الهدنة، وفي اليوم التالي، وفي مثل هذا اليوم، وبلغ دولارين في اليوم.", LocalDate.parse("2024-05-16"));
  }

  @Test
  void ambiguousMonthNamesNeedContext() {
    assertTimes("مارس الضغط على الحكومة. زار أب وابنه. في مارس وفي آب وفي 10 آذار و2 نيسان.", LocalDate.parse("2024-05-16"),
        "41:45:مارس:MONTH:2024-03:2025-03",
        "50:52:آب:MONTH:2023-08:2024-08",
        "57:64:10 آذار:DATE:2024-03-10:2025-03-10",
        "66:73:2 نيسان:DATE:2024-04-02:2025-04-02");
  }

  @Test
  void monthYearAndNearestYear() {
    assertTimes("في مارس 2017 وفي مايو الماضي وفي مايو المقبل وفي سبتمبر وفي يناير.", LocalDate.parse("2024-05-16"),
        "3:12:مارس 2017:MONTH:2017-03:2017-03",
        "17:28:مايو الماضي:MONTH:2023-05:2023-05",
        "33:44:مايو المقبل:MONTH:2025-05:2025-05",
        "49:55:سبتمبر:MONTH:2023-09:2024-09",
        "60:65:يناير:MONTH:2024-01:2025-01");
  }

  @Test
  void partOfMonthBothNamingSystems() {
    assertTimes("في أواخر أغسطس ومطلع أيلول ومنتصف تشرين الثاني وأوائل يوليوز ونهاية كـــانون الأول وبداية تموز.", LocalDate.parse("2024-05-16"),
        "3:14:أواخر أغسطس:MONTH:2023-08:2024-08",
        "16:26:مطلع أيلول:MONTH:2023-09:2024-09",
        "28:46:منتصف تشرين الثاني:MONTH:2023-11:2024-11",
        "48:60:أوائل يوليوز:MONTH:2023-07:2024-07",
        "62:82:نهاية كـــانون الأول:MONTH:2023-12:2024-12",
        "84:94:بداية تموز:MONTH:2023-07:2024-07");
  }

  @Test
  void hijriMonthsAndYears() {
    assertTimes("في 15 رمضان 1445 هـ، وخلال شهر رمضان، وفي ذي الحجة، ومطلع محرم، وعام 1445 هـ.", LocalDate.parse("2024-05-16"),
        "3:19:15 رمضان 1445 هـ:DATE:2024-03-25:2024-03-25",
        "27:36:شهر رمضان:MONTH:2024-03:2025-03",
        "42:50:ذي الحجة:MONTH:2023-07:2024-06",
        "53:62:مطلع محرم:MONTH:2023-07:2024-07",
        "65:76:عام 1445 هـ:YEAR:2024:2024");
  }

  @Test
  void hijriDateWithGregorianEquivalent() {
    assertTimes("الأحد 15 رمضان 1445 هـ الموافق 24 مارس 2024 م", LocalDate.parse("2024-05-16"),
        "0:45:الأحد 15 رمضان 1445 هـ الموافق 24 مارس 2024 م:DATE:2024-03-24:2024-03-24");
  }

  @Test
  void dayMonthYearInBothDigitSets() {
    assertTimes("في 10 مارس 2017 و١٠ مارس ٢٠١٧ و١٠ مارس والـ10 من مارس والعاشر من مارس والأول من يناير المقبل.", LocalDate.parse("2024-05-16"),
        "3:15:10 مارس 2017:DATE:2017-03-10:2017-03-10",
        "17:29:١٠ مارس ٢٠١٧:DATE:2017-03-10:2017-03-10",
        "31:38:١٠ مارس:DATE:2024-03-10:2025-03-10",
        "40:53:الـ10 من مارس:DATE:2024-03-10:2025-03-10",
        "55:69:العاشر من مارس:DATE:2024-03-10:2025-03-10",
        "71:92:الأول من يناير المقبل:DATE:2025-01-01:2025-01-01");
  }

  @Test
  void numericDates() {
    assertTimes("في 21/12/2017 و2017-12-21 و21.12.2017 و٢١/١٢/٢٠١٧ و5/11/1436هـ و10 مارس/آذار 2017 و4 يوليو (تموز) 2016.", LocalDate.parse("2024-05-16"),
        "3:13:21/12/2017:DATE:2017-12-21:2017-12-21",
        "15:25:2017-12-21:DATE:2017-12-21:2017-12-21",
        "27:37:21.12.2017:DATE:2017-12-21:2017-12-21",
        "39:49:٢١/١٢/٢٠١٧:DATE:2017-12-21:2017-12-21",
        "51:62:5/11/1436هـ:DATE:2015-08-20:2015-08-20",
        "64:81:10 مارس/آذار 2017:DATE:2017-03-10:2017-03-10",
        "83:102:4 يوليو (تموز) 2016:DATE:2016-07-04:2016-07-04");
  }

  @Test
  void yearOnly() {
    assertTimes("في عام 2017 وفي العام 2016 وسنة 2015م وفي 2014 ومنذ 2011 ومطلع 2018 وأواخر عام 2013 و1440 هـ. وبلغ 2017 شخصا.", LocalDate.parse("2024-05-16"),
        "3:11:عام 2017:YEAR:2017:2017",
        "16:26:العام 2016:YEAR:2016:2016",
        "28:37:سنة 2015م:YEAR:2015:2015",
        "42:46:2014:YEAR:2014:2014",
        "52:56:2011:YEAR:2011:2011",
        "58:67:مطلع 2018:YEAR:2018:2018",
        "69:83:أواخر عام 2013:YEAR:2013:2013",
        "85:92:1440 هـ:YEAR:2019:2019");
  }

  @Test
  void relativeWeeksMonthsYears() {
    assertTimes("الأسبوع المقبل والأسبوع القادم والأسبوع الماضي وهذا الأسبوع والشهر المقبل والشهر الماضي والعام المقبل والعام الماضي والسنة المقبلة ونهاية العام الجاري ومطلع الشهر المقبل والأسبوع قبل الماضي.", LocalDate.parse("2024-05-16"),
        "0:14:الأسبوع المقبل:RELATIVE_WEEK:2024-W21:2024-W21",
        "16:30:الأسبوع القادم:RELATIVE_WEEK:2024-W21:2024-W21",
        "32:46:الأسبوع الماضي:RELATIVE_WEEK:2024-W19:2024-W19",
        "48:59:هذا الأسبوع:RELATIVE_WEEK:2024-W20:2024-W20",
        "61:73:الشهر المقبل:RELATIVE_MONTH:2024-06:2024-06",
        "75:87:الشهر الماضي:RELATIVE_MONTH:2024-04:2024-04",
        "89:101:العام المقبل:RELATIVE_YEAR:2025:2025",
        "103:115:العام الماضي:RELATIVE_YEAR:2023:2023",
        "117:130:السنة المقبلة:RELATIVE_YEAR:2025:2025",
        "132:150:نهاية العام الجاري:RELATIVE_YEAR:2024:2024",
        "152:169:مطلع الشهر المقبل:RELATIVE_MONTH:2024-06:2024-06",
        "171:189:الأسبوع قبل الماضي:RELATIVE_WEEK:2024-W18:2024-W18");
  }

  @Test
  void alAamAsGeneralIsNotAYear() {
    assertTimes("قال الأمين العام السابق للأمم المتحدة إن المبيعات تراجعت عن العام السابق.", LocalDate.parse("2024-05-16"),
        "60:72:العام السابق:RELATIVE_YEAR:2023:2023");
  }

  @Test
  void vagueExpressions() {
    assertTimes("وفي وقت سابق قال إن الوفد سيصل في وقت لاحق أو خلال الأيام المقبلة، وسيعود لاحقا.", LocalDate.parse("2024-05-16"),
        "4:12:وقت سابق:VAGUE:null:null",
        "34:42:وقت لاحق:VAGUE:null:null",
        "51:65:الأيام المقبلة:VAGUE:null:null",
        "74:79:لاحقا:VAGUE:null:null");
  }

  @Test
  void datesThatAreNamesAreSkipped() {
    assertTimes("في ذكرى ثورة 25 يناير قال زعيم قوى 14 آذار إن الجلسة في 25 يناير.", LocalDate.parse("2024-05-16"),
        "56:64:25 يناير:DATE:2024-01-25:2025-01-25");
  }

  @Test
  void procliticsAreLeftOutOfTheSpan() {
    assertTimes("وأمس التقى الوزير، وفي الأسبوع المقبل يزور، وللعام المقبل خطة.", LocalDate.parse("2024-05-16"),
        "1:4:أمس:RELATIVE_DAY:2024-05-15:2024-05-15",
        "23:37:الأسبوع المقبل:RELATIVE_WEEK:2024-W21:2024-W21",
        "46:57:لعام المقبل:RELATIVE_YEAR:2025:2025");
  }

  @Test
  void impossibleDatesHaveNoValue() {
    assertTimes("في 30 فبراير 2017 و31/02/2017.", LocalDate.parse("2024-05-16"),
        "3:17:30 فبراير 2017:DATE:null:null",
        "19:29:31/02/2017:DATE:null:null");
  }

  @Test
  void partsOfDayRelativeMonthDaysAndUntilToday() {
    assertTimes("الساعة العاشرة من صباح يوم غد. حتى اليوم. يوم 10 مارس. العاشر من الشهر الجاري. أواخر الشهر المقبل.", LocalDate.parse("2024-05-16"),
        "18:29:صباح يوم غد:RELATIVE_DAY:2024-05-17:2024-05-17",
        "35:40:اليوم:RELATIVE_DAY:2024-05-16:2024-05-16",
        "42:53:يوم 10 مارس:DATE:2024-03-10:2025-03-10",
        "55:77:العاشر من الشهر الجاري:DATE:2024-05-10:2024-05-10",
        "79:97:أواخر الشهر المقبل:RELATIVE_MONTH:2024-06:2024-06");
  }

  @Test
  void isoWeekAcrossTheYearEnd() {
    assertTimes("قالت الحكومة إن المفاوضات ستبدأ الأسبوع المقبل.", LocalDate.parse("2024-12-27"),
        "32:46:الأسبوع المقبل:RELATIVE_WEEK:2025-W01:2025-W01");
  }

  @Test
  void spacedSlashHijriDateAndOrdinalOfHijriMonth() {
    assertTimes("أعلن في 20 / 1 / 1419هـ أن الاجتماع سيعقد في الثالث من شهر شوال المقبل.", LocalDate.parse("2024-05-16"),
        "8:23:20 / 1 / 1419هـ:DATE:1998-05-17:1998-05-17",
        "45:70:الثالث من شهر شوال المقبل:DATE:2025-04-01:2025-04-01");
  }

  @Test
  void agoDurationsAfterQabl() {
    assertTimes("زار الوزير دمشق قبل يومين، وكان قد التقاه قبل أسبوعين وقبل ثلاثة أشهر وقبل 20 عاما وقبل عام، لكن قبل يومين فقط من الانتخابات وقبل عام 2017 وقبل شهر رمضان.",
        LocalDate.parse("2024-05-16"),
        "16:25:قبل يومين:RELATIVE_DAY:2024-05-14:2024-05-14",
        "42:53:قبل أسبوعين:RELATIVE_WEEK:2024-W18:2024-W18",
        "55:69:قبل ثلاثة أشهر:RELATIVE_MONTH:2024-02:2024-02",
        "71:82:قبل 20 عاما:RELATIVE_YEAR:2004:2004",
        "84:91:قبل عام:RELATIVE_YEAR:2023:2023",
        "130:138:عام 2017:YEAR:2017:2017",
        "144:153:شهر رمضان:MONTH:2024-03:2025-03");
  }

  @Test
  void vagueTakesTheValueOfAUnitNamedAfterIt() {
    assertTimes("وقال في وقت سابق اليوم إن الوفد سيصل في وقت لاحق من هذا الشهر، ووصل في وقت سابق.",
        LocalDate.parse("2024-05-16"),
        "8:22:وقت سابق اليوم:RELATIVE_DAY:2024-05-16:2024-05-16",
        "40:61:وقت لاحق من هذا الشهر:RELATIVE_MONTH:2024-05:2024-05",
        "71:79:وقت سابق:VAGUE:null:null");
  }

  @Test
  void weekdayAfterBehOrKafIsNotADay() {
    assertTimes("وهطلت الأمطار على مركز الصناعية بالخميس، وقال للخميس موعد.",
        LocalDate.parse("2024-05-16"),
        "47:52:لخميس:WEEKDAY:2024-05-16:2024-05-16");
  }

  // ---------------------------------------------------------------- fields and API

  @Test
  void parsedFieldsOfEachKind() {
    Analysis a = TimeTesting.analyze(
        "وفي مساء يوم الخميس الماضي وأواخر رمضان 1445 هـ ونهاية الأسبوع المقبل والعاشر من الشهر الجاري",
        LocalDate.parse("2024-05-16"));
    TimeMatches m = new TimeMatches();
    assertEquals(4, FINDER.find(a, 0, a.tokenCount, m));
    assertEquals(List.of("4:26:مساء يوم الخميس الماضي:WEEKDAY:2024-05-09:2024-05-09",
        "28:47:أواخر رمضان 1445 هـ:MONTH:2024-04:2024-04",
        "49:69:نهاية الأسبوع المقبل:RELATIVE_WEEK:2024-W21:2024-W21",
        "71:93:العاشر من الشهر الجاري:DATE:2024-05-10:2024-05-10"), describeAll(a, m));
    // مساء يوم الخميس الماضي
    assertEquals(0, m.prepositionToken(0));
    assertEquals(1, m.firstToken(0));
    assertEquals(5, m.endToken(0));
    assertEquals(4, m.weekday(0));
    assertEquals(5, m.dayPart(0));
    assertTrue(m.hasDirection(0));
    assertEquals(-1, m.direction(0));
    // أواخر رمضان 1445 هـ
    assertEquals(-1, m.prepositionToken(1));
    assertEquals(TimeMatches.HIJRI, m.calendar(1));
    assertEquals(9, m.month(1));
    assertEquals(1445, m.year(1));
    assertEquals(TimeMatches.PART_LATE, m.part(1));
    assertFalse(m.hasDirection(1));
    // نهاية الأسبوع المقبل
    assertEquals(1, m.shift(2));
    assertEquals(TimeMatches.PART_LATE, m.part(2));
    assertEquals(TimeMatches.GREGORIAN, m.calendar(2));
    // العاشر من الشهر الجاري
    assertEquals(10, m.day(3));
    assertTrue(m.hasMonthShift(3));
    assertEquals(0, m.shift(3));
    assertFalse(m.hasYearShift(3));
  }

  @Test
  void yearShiftOfAMonth() {
    Analysis a = TimeTesting.analyze("ستعقد القمة في كانون الأول من العام المقبل.",
        LocalDate.parse("2024-12-01"));
    TimeMatches m = new TimeMatches();
    FINDER.find(a, 0, a.tokenCount, m);
    assertEquals(List.of("15:42:كانون الأول من العام المقبل:MONTH:2025-12:2025-12"), describeAll(a, m));
    assertTrue(m.hasYearShift(0));
    assertEquals(1, m.yearShift(0));
    assertEquals(12, m.month(0));
    assertEquals(0, m.year(0));
  }

  @Test
  void withoutDocumentDateOnlyAbsoluteExpressionsResolve() {
    assertTimes("التقيا أمس والخميس الماضي وفي 10 مارس وفي 10 مارس 2017 وعام 2015 والشهر المقبل وفي 15 رمضان 1445 هـ.",
        null,
        "7:10:أمس:RELATIVE_DAY:null:null",
        "12:25:الخميس الماضي:WEEKDAY:null:null",
        "30:37:10 مارس:DATE:null:null",
        "42:54:10 مارس 2017:DATE:2017-03-10:2017-03-10",
        "56:64:عام 2015:YEAR:2015:2015",
        "66:78:الشهر المقبل:RELATIVE_MONTH:null:null",
        "83:99:15 رمضان 1445 هـ:DATE:2024-03-25:2024-03-25");
  }

  @Test
  void findLooksOnlyAtTheRangeAndClearsTheBuffer() {
    Analysis a = TimeTesting.analyze("زار الوزير عمان أمس. ويعود الأسبوع المقبل.",
        LocalDate.parse("2024-05-16"));
    assertEquals(2, a.sentenceCount);
    TimeMatches m = dirtyBuffer();
    assertEquals(1, FINDER.find(a, a.sentFirstToken[1], a.sentEndToken[1], m));
    assertEquals(List.of("27:41:الأسبوع المقبل:RELATIVE_WEEK:2024-W21:2024-W21"), describeAll(a, m));
    assertEquals(1, FINDER.find(a, 0, a.sentEndToken[0], m));
    assertEquals(List.of("16:19:أمس:RELATIVE_DAY:2024-05-15:2024-05-15"), describeAll(a, m));
    assertEquals(0, FINDER.find(a, 2, 2, m));
    assertEquals(0, m.count());
  }

  @Test
  void theTokenBeforeTheRangeIsContextOnly() {
    Analysis a = TimeTesting.analyze("وقعت في مارس ثورة 25 يناير", LocalDate.parse("2024-05-16"));
    TimeMatches m = new TimeMatches();
    // مارس alone is ambiguous: the preposition before the range supports it
    assertEquals(1, FINDER.find(a, 2, 3, m));
    assertEquals(List.of("8:12:مارس:MONTH:2024-03:2025-03"), describeAll(a, m));
    assertEquals(1, m.prepositionToken(0));
    // ثورة before the range still makes 25 يناير a name
    assertEquals(0, FINDER.find(a, 4, 6, m));
    // the preposition itself is never matched, even though it is read
    assertEquals(0, FINDER.find(a, 1, 2, m));
  }

  @Test
  void badArgumentsAreRejected() {
    Analysis a = TimeTesting.analyze("أمس", LocalDate.parse("2024-05-16"));
    TimeMatches m = new TimeMatches();
    assertThrows(NullPointerException.class, () -> FINDER.find(null, 0, 0, m));
    assertThrows(NullPointerException.class, () -> FINDER.find(a, 0, 1, null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FINDER.find(a, 0, 2, m));
    assertEquals("token range [0, 2) is not inside [0, 1]", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FINDER.find(a, -1, 1, m));
    assertThrows(IllegalArgumentException.class, () -> FINDER.find(a, 1, 0, m));
    FINDER.find(a, 0, 1, m);
    assertThrows(IndexOutOfBoundsException.class, () -> m.start(1));
    assertThrows(IndexOutOfBoundsException.class, () -> m.kind(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> TimeResolver.resolve(m, 1, null, false));
  }

  @Test
  void emptyTextFindsNothing() {
    Analysis a = TimeTesting.analyze("", LocalDate.parse("2024-05-16"));
    TimeMatches m = dirtyBuffer();
    assertEquals(0, FINDER.find(a, 0, 0, m));
  }

  @Test
  void segmentsFromTheSegmenterGiveTheKey() {
    // وللعام المقبل segmented as و + ل + ل(ال) + عام, the article's norm restored as the segmenter does
    String text = "وللعام المقبل";
    Analysis a = new Analysis();
    a.reset(text, LocalDate.parse("2024-05-16"));
    a.addToken(0, 6, 0);
    a.addToken(7, 13, 0);
    a.addSentence(0, 2);
    a.beginSegments(0);
    int[][] segs = {{0, 1, SegmentKind.CONJ.ordinal()}, {1, 2, SegmentKind.PREP.ordinal()},
        {2, 3, SegmentKind.ART.ordinal()}, {3, 6, SegmentKind.STEM.ordinal()}};
    int from = a.normLength;
    ArabicNormalizer.appendNormalized(text, 0, 6, ArabicNormalizer.MATCH, a);
    a.tokNormStart[0] = from;
    a.tokNormEnd[0] = a.normLength;
    for (int[] s : segs) {
      a.addSegment(s[0], s[1], s[2]);
      int g = a.segCount - 1;
      a.segNormStart[g] = a.normLength;
      if (s[2] == SegmentKind.ART.ordinal()) {
        a.appendNorm('\u0627', 2);
        a.appendNorm('\u0644', 2);
      } else {
        ArabicNormalizer.appendNormalized(text, s[0], s[1], ArabicNormalizer.MATCH, a);
      }
      a.segNormEnd[g] = a.normLength;
    }
    a.endSegments(0);
    a.beginSegments(1);
    a.addSegment(7, 13, SegmentKind.STEM.ordinal());
    from = a.normLength;
    ArabicNormalizer.appendNormalized(text, 7, 13, ArabicNormalizer.MATCH, a);
    a.tokNormStart[1] = from;
    a.tokNormEnd[1] = a.normLength;
    a.segNormStart[a.segCount - 1] = from;
    a.segNormEnd[a.segCount - 1] = a.normLength;
    a.endSegments(1);
    TimeMatches m = new TimeMatches();
    assertEquals(1, FINDER.find(a, 0, 2, m));
    assertEquals(List.of("2:13:لعام المقبل:RELATIVE_YEAR:2025:2025"), describeAll(a, m));
  }

  @Test
  void expressionBuildsThePublicValue() {
    Analysis a = TimeTesting.analyze("وصل الوفد مساء الخميس في زيارة.", LocalDate.parse("2024-05-18"));
    TimeMatches m = new TimeMatches();
    FINDER.find(a, 0, a.tokenCount, m);
    TimeExpression t = TimeResolver.expression(a, m, 0, false);
    assertEquals(new TimeExpression(10, 21, "مساء الخميس", java.util.Optional.of("2024-05-16")), t);
    assertEquals(java.util.Optional.of("2024-05-23"), TimeResolver.expression(a, m, 0, true).value());
  }

  @Test
  void oneFinderServesManyThreads() throws Exception {
    String[] texts = {
      "وصل الوفد مساء الثلاثاء وغادر فجر الأربعاء، على أن يعود في أواخر أغسطس 2025.",
      "في 15 رمضان 1445 هـ، وخلال شهر رمضان، وفي ذي الحجة، ومطلع محرم، وعام 1445 هـ.",
      "الأسبوع المقبل والأسبوع الماضي وهذا الأسبوع والشهر المقبل والعام الماضي.",
      "في 21/12/2017 و2017-12-21 و21.12.2017 و٢١/١٢/٢٠١٧ و10 مارس/آذار 2017."};
    LocalDate d = LocalDate.parse("2024-05-16");
    List<List<String>> expected = new ArrayList<>();
    for (String t : texts) {
      Analysis a = TimeTesting.analyze(t, d);
      TimeMatches m = new TimeMatches();
      FINDER.find(a, 0, a.tokenCount, m);
      expected.add(describeAll(a, m));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int th = 0; th < 4; th++) {
        int seed = th;
        runs.add(pool.submit(() -> {
          TimeMatches m = new TimeMatches();
          for (int k = 0; k < 300; k++) {
            int j = (k + seed) % texts.length;
            Analysis a = TimeTesting.analyze(texts[j], d);
            FINDER.find(a, 0, a.tokenCount, m);
            if (!describeAll(a, m).equals(expected.get(j))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : runs) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void everyGregorianMonthNameInBothSystems() {
    String[][] names = {
      {"يناير", "كانون الثاني", "جانفي"}, {"فبراير", "شباط", "فيفري"}, {"مارس", "آذار"},
      {"أبريل", "إبريل", "نيسان", "أفريل"}, {"مايو", "أيار", "ماي"}, {"يونيو", "يونيه", "حزيران", "جوان"},
      {"يوليو", "يوليوز", "تموز", "جويلية"}, {"أغسطس", "اغسطس", "آب", "غشت", "أوت"},
      {"سبتمبر", "أيلول", "شتنبر"}, {"أكتوبر", "تشرين الأول"}, {"نوفمبر", "تشرين الثاني", "نونبر"},
      {"ديسمبر", "كانون الأول", "دجنبر"}};
    for (int mo = 1; mo <= 12; mo++) {
      for (String name : names[mo - 1]) {
        String text = "في " + name + " 2017";
        String value = "2017-" + (mo < 10 ? "0" : "") + mo;
        assertTimes(text, null, "3:" + text.length() + ":" + name + " 2017:MONTH:" + value + ":" + value);
      }
    }
  }

  @Test
  void everyHijriMonthName() {
    String[][] names = {
      {"محرم"}, {"صفر"}, {"ربيع الأول"}, {"ربيع الآخر", "ربيع الثاني"}, {"جمادى الأولى"},
      {"جمادى الآخرة", "جمادى الثانية"}, {"رجب"}, {"شعبان"}, {"رمضان"}, {"شوال"},
      {"ذو القعدة", "ذي القعدة"}, {"ذو الحجة", "ذي الحجة"}};
    // the first day of each month of 1445 in the Umm al-Qura calendar
    String[] first = {"2023-07-19", "2023-08-17", "2023-09-16", "2023-10-16", "2023-11-15",
        "2023-12-14", "2024-01-13", "2024-02-11", "2024-03-11", "2024-04-10", "2024-05-09",
        "2024-06-07"};
    for (int mo = 1; mo <= 12; mo++) {
      for (String name : names[mo - 1]) {
        String text = "في 1 " + name + " 1445 هـ";
        assertTimes(text, null, "3:" + text.length() + ":1 " + name + " 1445 هـ:DATE:" + first[mo - 1]
            + ":" + first[mo - 1]);
      }
    }
  }
}
