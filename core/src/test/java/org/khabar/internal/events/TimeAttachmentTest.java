package org.khabar.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khabar.internal.events.EventTesting.full;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Time expressions through the event layer: one test per kind of expression the time finder knows
 * (resolved against the document date Saturday 2024-05-18, past or planned by the event's futurity),
 * and one per rule that decides which event a time dates.
 *
 * <p>Each expectation renders an event as {@code cameo trigger@start-end S=[actor@start-end/country/
 * sector] T=[..] L=place@start-end TM=time@start-end=value NEG FUT rule}, with exact UTF-16 offsets.
 */
class TimeAttachmentTest {

  // ---------------------------------------------------------------- one test per kind

  @Test
  void weekdayOfAPastEvent() {
    assertEquals(List.of(
        "044 التقى@0-5 S=[الوزير@6-12/GOV] T=[نظيره@13-18] TM=يوم الأحد@19-28=2024-05-12 044.iltaqa"),
        full("التقى الوزير نظيره يوم الأحد."));
  }

  @Test
  void weekdayOfAPlannedEvent() {
    assertEquals(List.of(
        "044 سيلتقي@0-6 S=[الوزير@7-13/GOV] T=[نظيره@14-19] TM=يوم الأحد@20-29=2024-05-19 FUT 044.iltaqa"),
        full("سيلتقي الوزير نظيره يوم الأحد."));
  }

  @Test
  void relativeDay() {
    assertEquals(List.of(
        "042 وصل@0-3 S=[الرئيس@4-10/GOV] T=[القاهرة@15-22/EGY/GOV] L=القاهرة@15-22 TM=أمس@23-26=2024-05-17 042.wasala"),
        full("وصل الرئيس إلى القاهرة أمس."));
  }

  @Test
  void todayWithItsWeekday() {
    assertEquals(List.of(
        "044 اجتمع@0-5 S=[الوزراء@6-13/GOV] T=[] L=الرياض@29-35 TM=اليوم السبت@14-25=2024-05-18 044.ijtamaa"),
        full("اجتمع الوزراء اليوم السبت في الرياض."));
  }

  @Test
  void dateWithYear() {
    assertEquals(List.of(
        "057 وقّعت@0-5 S=[الحكومة@6-13/GOV] T=[] TM=10 مارس 2017@24-36=2017-03-10 057.waqqaa"),
        full("وقّعت الحكومة اتفاقا في 10 مارس 2017."));
  }

  @Test
  void dateInArabicIndicDigits() {
    assertEquals(List.of(
        "044 التقى@0-5 S=[الرئيس@6-12/GOV] T=[نظيره@13-18] TM=١٠ مارس@22-29=2024-03-10 044.iltaqa"),
        full("التقى الرئيس نظيره في ١٠ مارس."));
  }

  @Test
  void monthWithItsGregorianName() {
    assertEquals(List.of(
        "042 زار@0-3 S=[الوزير@4-10/GOV] T=[بغداد@11-16/IRQ/GOV] TM=مايو الماضي@20-31=2023-05 042.zara"),
        full("زار الوزير بغداد في مايو الماضي."));
  }

  @Test
  void monthWithItsLevantineName() {
    assertEquals(List.of(
        "042 زار@0-3 S=[الوزير@4-10/GOV] T=[بغداد@11-16/IRQ/GOV] TM=كانون الثاني الماضي@20-39=2024-01 042.zara"),
        full("زار الوزير بغداد في كانون الثاني الماضي."));
  }

  @Test
  void hijriMonth() {
    assertEquals(List.of(
        "042 زار@0-3 S=[الوزير@4-10/GOV] T=[الرياض@11-17/SAU/GOV] TM=رمضان 1445 هـ@21-34=2024-03 042.zara"),
        full("زار الوزير الرياض في رمضان 1445 هـ."));
  }

  @Test
  void year() {
    assertEquals(List.of(
        "057 وقّعت@0-5 S=[الدولتان@6-14] T=[] TM=عام 2019@22-30=2019 057.waqqaa"),
        full("وقّعت الدولتان اتفاقا عام 2019."));
  }

  @Test
  void relativeWeek() {
    assertEquals(List.of(
        "044 القمة@6-11 S=[] T=[] TM=الأسبوع المقبل@12-26=2024-W21 FUT 044.aqada-qimma"),
        full("ستعقد القمة الأسبوع المقبل."));
  }

  @Test
  void relativeMonth() {
    assertEquals(List.of(
        "042 زار@0-3 S=[الوفد@4-9] T=[طهران@10-15/IRN/GOV] TM=الشهر الماضي@16-28=2024-04 042.zara"),
        full("زار الوفد طهران الشهر الماضي."));
  }

  @Test
  void relativeYear() {
    assertEquals(List.of(
        "042 سيزور@0-5 S=[الرئيس@6-12/GOV] T=[موسكو@13-18/RUS/GOV] TM=العام المقبل@19-31=2025 FUT 042.zara"),
        full("سيزور الرئيس موسكو العام المقبل."));
  }

  @Test
  void vagueTimeHasNoValue() {
    assertEquals(List.of(
        "044 سيلتقي@0-6 S=[الوزيران@7-15] T=[] TM=وقت لاحق@19-27=null FUT 044.iltaqa"),
        full("سيلتقي الوزيران في وقت لاحق."));
  }

  @Test
  void partOfAMonth() {
    assertEquals(List.of(
        "042 سيزور@0-5 S=[الرئيس@6-12/GOV] T=[باريس@13-18/FRA/GOV] TM=أواخر أكتوبر@19-31=2024-10 FUT 042.zara"),
        full("سيزور الرئيس باريس أواخر أكتوبر."));
  }

  @Test
  void withoutADocumentDateARelativeTimeHasNoValue() {
    assertEquals(List.of(
        "042 وصل@0-3 S=[الرئيس@4-10/GOV] T=[القاهرة@15-22/EGY/GOV] L=القاهرة@15-22 TM=أمس@23-26=null 042.wasala"),
        full(EventTesting.PIPELINE.process("وصل الرئيس إلى القاهرة أمس.")));
  }

  // ---------------------------------------------------------------- which event a time dates

  @Test
  void aTimeOpeningTheSentenceDatesTheEventAfterIt() {
    assertEquals(List.of(
        "041 اتصالا هاتفيا@26-39 S=[الرئيس@19-25/GOV] T=[نظيره@43-48] TM=وقت لاحق@4-12=null 041.talaqqa-ittisal"),
        full("وفي وقت لاحق، تلقى الرئيس اتصالا هاتفيا من نظيره."));
  }

  @Test
  void aReferencePointDatesNothing() {
    assertEquals(List.of(
        "0841 أفرجت@0-5 S=[السلطات@6-13/GOV] T=[المعتقلين@17-26] 0841.afraja"),
        full("أفرجت السلطات عن المعتقلين قبل رمضان."));
  }

  @Test
  void aTimeInReportedContentDatesTheReportedEvent() {
    assertEquals(List.of(
        "010 قال@0-3 S=[الوزير@4-10/GOV] T=[] 010.qala",
        "042 سيصل@20-24 S=[الوفد@14-19] T=[عمان@29-33/OMN/GOV] L=عمان@29-33 TM=غدا@34-37=2024-05-19 FUT 042.wasala"),
        full("قال الوزير إن الوفد سيصل إلى عمان غدا."));
  }

  @Test
  void aPerformativeAnnouncementPassesItsTimeToTheAct() {
    assertEquals(List.of(
        "160 قطع العلاقات@28-40 S=[الرئيس@5-11/GOV] T=[الدولة الجارة@44-57] TM=مساء الثلاثاء@13-26=2024-05-14 160.qataa-alaqat"),
        full("أعلن الرئيس، مساء الثلاثاء، قطع العلاقات مع الدولة الجارة."));
  }

  @Test
  void aTimeInARelativeClauseDatesItsOwnVerb() {
    assertEquals(List.of(
        "057 وقّع@0-4 S=[الطرفان@5-12] T=[] 057.waqqaa",
        "010 أعلنته@26-32 S=[الحكومة@33-40/GOV] T=[] TM=مارس الماضي@44-55=2024-03 010.alana"),
        full("وقّع الطرفان الاتفاق الذي أعلنته الحكومة في مارس الماضي."));
  }

  @Test
  void aHostedMeetingTakesTheHostsTimeAndPlace() {
    assertEquals(List.of(
        "044 اجتماعا@26-33 S=[] T=[] L=قازان@14-19 TM=أمس@21-24=2024-05-17 044.ijtima"),
        full("استضافت مدينة قازان، أمس، اجتماعا لدول الجوار."));
  }
}
