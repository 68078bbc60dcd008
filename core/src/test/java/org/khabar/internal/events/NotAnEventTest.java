package org.khabar.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khabar.internal.events.EventTesting.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words that spell a trigger but report no event, one test per rule that tells them apart, each next
 * to the reading that is an event.
 */
class NotAnEventTest {

  @Test
  void aShortImperfectNeedsItsParticle() {
    assertEquals(List.of(), events("يعاني سكان تعز من الحصار."));
    assertEquals(List.of("044 يلتق@3-7 S=[الوزير@8-14] T=[نظيره@15-20] NEG 044.iltaqa"),
        events("لم يلتق الوزير نظيره."));
  }

  @Test
  void aCharacterizationIsNoAct() {
    assertEquals(List.of("010 قال@0-3 S=[الوزير@4-10] T=[] 010.qala", "190 القصف@14-19 S=[] T=[] 190.qasf"),
        events("قال الوزير إن القصف يعتبر خرقا للهدنة."));
  }

  @Test
  void careIsNoPatronage() {
    assertEquals(List.of(), events("نظمت الجمعية برنامجا لرعاية الأيتام."));
    assertEquals(List.of("044 المؤتمر@4-11 S=[] T=[] 044.aqada-mutamar",
        "045 رعاية@13-18 S=[الأمم المتحدة@19-32] T=[] 045.riaya"),
        events("عقد المؤتمر برعاية الأمم المتحدة."));
  }

  @Test
  void anAimIsNoAttack() {
    assertEquals(List.of(), events("يستهدف البرنامج الطلاب في المدارس."));
  }

  @Test
  void aPrayerIsNoAppeal() {
    assertEquals(List.of(), events("ختم كلمته داعيا الله أن يحفظ البلاد."));
  }

  @Test
  void aNamingHeadMakesAKindOfEvent() {
    assertEquals(List.of("044 الاجتماع@4-12 S=[] T=[] 044.aqada-ijtima"),
        events("عقد الاجتماع في قاعة الاجتماعات بالوزارة."));
  }

  @Test
  void discussionNounsOnlyInAPurposeClause() {
    assertEquals(List.of(), events("يركز البحث العلمي على الطاقة."));
    assertEquals(List.of("044 جلسة@11-15 S=[المجلس@4-10] T=[] 044.aqada-jalsa",
        "040 بحث@17-20 S=[المجلس@4-10] T=[] 040.bahth"),
        events("عقد المجلس جلسة لبحث الأزمة."));
  }

  @Test
  void aMeetingWordBeforeAPriceIsAPreposition() {
    assertEquals(List.of(), events("قدم التاجر عرضا لقاء 100 دولار."));
  }

  @Test
  void theAppealNounNeedsAMakerAPronounOrContent() {
    assertEquals(List.of(), events("نظمت وزارة الشؤون الإسلامية والدعوة والإرشاد ندوة."));
    assertEquals(List.of("0253 دعوته@11-16 S=[] T=[] 020.dawa"),
        events("جدد الوزير دعوته إلى الإفراج عن المعتقلين."));
  }

  @Test
  void aLatinAcronymCountsInCapitals() {
    assertEquals(List.of("010 أشارت@0-5 S=[موسوعة Who's Who الشهيرة@11-35] T=[] 010.ashara"),
        events("أشارت إليه موسوعة Who's Who الشهيرة."));
  }
}
