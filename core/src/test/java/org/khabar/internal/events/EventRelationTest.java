package org.khabar.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khabar.internal.events.EventTesting.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules between events: absorbed content, performative announcements, merged repeated mentions and the filters for sports and quantities.
 *
 * <p>Each expectation renders an event as {@code cameo trigger@start-end S=[actor@start-end] T=[..]
 * L=place@start-end NEG FUT rule}; offsets are exact UTF-16 offsets into the input. The pipeline has
 * no NER model here, so actors are noun phrases.
 */
class EventRelationTest {

  @Test
  void appealAbsorbsContent() {
    assertEquals(List.of(
        "0253 دعا@1-4 S=[المبعوث@5-12] T=[الطرفين@13-20] 020.daa"),
        events("ودعا المبعوث الطرفين إلى الإفراج عن الأسرى."));
  }

  @Test
  void demandAbsorbsContent() {
    assertEquals(List.of(
        "100 طالبت@0-5 S=[المعارضة@6-14] T=[] 100.talaba"),
        events("طالبت المعارضة برفع الحصار عن المدينة."));
  }

  @Test
  void threatAbsorbsContent() {
    assertEquals(List.of(
        "130 هدد@0-3 S=[الرئيس@4-10] T=[] 130.haddada"),
        events("هدد الرئيس بفرض عقوبات جديدة."));
  }

  @Test
  void appealStopsAtReportedFact() {
    assertEquals(List.of(
        "0253 دعوته@4-9 S=[] T=[] 020.dawa",
        "181 اختطفهم@32-39 S=[مسلحون@40-46] T=[موظفين@25-31] 181.ikhtatafa"),
        events("جدد دعوته إلى الإفراج عن موظفين اختطفهم مسلحون."));
  }

  @Test
  void performativeAnnouncement() {
    assertEquals(List.of(
        "160 قطع العلاقات@12-24 S=[الرئيس@5-11] T=[كوريا الشمالية@28-42] 160.qataa-alaqat"),
        events("أعلن الرئيس قطع العلاقات مع كوريا الشمالية."));
  }

  @Test
  void announcementOfReport() {
    assertEquals(List.of(
        "010 أعلن@0-4 S=[المتحدث@5-12] T=[] 010.alana",
        "042 سيزور@23-28 S=[الوزير@16-22] T=[عمان@29-33] FUT 042.zara"),
        events("أعلن المتحدث أن الوزير سيزور عمان."));
  }

  @Test
  void repeatedMentionMerged() {
    assertEquals(List.of(
        "042 وصل@0-3 S=[الوزير@4-10] T=[بغداد@15-20] L=بغداد@15-20 042.wasala"),
        events("وصل الوزير إلى بغداد في زيارة رسمية."));
  }

  @Test
  void laterDefiniteMentionMerged() {
    assertEquals(List.of(
        "044 اجتماعا@12-19 S=[الوزراء@4-11] T=[] L=القاهرة@23-30 044.aqada-ijtima",
        "040 ناقش@33-37 S=[] T=[] 040.naqasha"),
        events("عقد الوزراء اجتماعا في القاهرة. وناقش الاجتماع الأزمة السورية."));
  }

  @Test
  void sportsSentenceHasNoEvents() {
    assertEquals(List.of(),
        events("فرض المنتخب حصارا على مرمى الخصم طوال الشوط الثاني من المباراة."));
  }

  @Test
  void quantityIsNoGuest() {
    assertEquals(List.of(),
        events("استقبلت البلاد مليون سائح خلال العام."));
  }

  @Test
  void pressConferenceIsNoMeeting() {
    assertEquals(List.of(
        "010 قال@1-4 S=[الوزير@5-11] T=[] 010.qala",
        "0841 ستفرج@37-42 S=[الحكومة@29-36] T=[المعتقلين@46-55] FUT 0841.afraja"),
        events("وقال الوزير في مؤتمر صحفي إن الحكومة ستفرج عن المعتقلين."));
  }
}
