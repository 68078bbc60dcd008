package org.khabar.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khabar.internal.events.EventTesting.events;
import static org.khabar.internal.events.EventTesting.full;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules found by reading the output on composed news stories (other verbs, word orders and
 * constructions than the dev set's), one test per rule, with exact offsets. The same rendering as
 * {@link ArgumentRuleTest}; no NER model.
 */
class GeneralizationRuleTest {

  @Test
  void aRelativeClauseVerbIsNoClauseAVerbContinues() {
    assertEquals(List.of(
        "111 أدانت@0-5 S=[الجامعة@6-13] T=[] 111.adana",
        "190 الهجوم@14-20 S=[] T=[] 190.hujum",
        "020 دعت@41-44 S=[الجامعة@6-13] T=[الدول@45-50] 020.daa"),
        events("أدانت الجامعة الهجوم الذي استهدف مسجدا، ودعت الدول إلى التحرك."));
  }

  @Test
  void theObjectAfterAPlaceAdverbial() {
    assertEquals(List.of(
        "043 استقبل@0-6 S=[الرئيس@7-13] T=[رئيسة الوزراء الإيطالية@31-54] L=قصر قرطاج@17-26 043.istaqbala"),
        events("استقبل الرئيس في قصر قرطاج أمس رئيسة الوزراء الإيطالية."));
  }

  @Test
  void aBlockedWordAfterTheSubject() {
    assertEquals(List.of(),
        events("لم تعلق السلطات على القرار."));
  }

  @Test
  void thePronounOnMaaIsTheOtherParty() {
    assertEquals(List.of(
        "043 استقبل@0-6 S=[الملك@7-12] T=[نظيره الأردني@13-26] 043.istaqbala",
        "040 بحث@29-32 S=[الملك@7-12] T=[نظيره الأردني@13-26] 040.bahatha"),
        events("استقبل الملك نظيره الأردني، وبحث معه العلاقات."));
  }

  @Test
  void aQuantifierHeadsTheObject() {
    assertEquals(List.of(
        "100 طالب@0-4 S=[المبعوث@5-12] T=[جميع الأطراف@13-25] 100.talaba"),
        events("طالب المبعوث جميع الأطراف بضبط النفس."));
  }

  @Test
  void theSubjectBeforeSawfa() {
    assertEquals(List.of(
        "010 أعلن@0-4 S=[الوسيط@5-11] T=[] 010.alana",
        "046 المفاوضات@36-45 S=[الطرفين@15-22] T=[] FUT 046.istanafa"),
        events("أعلن الوسيط أن الطرفين سوف يستأنفان المفاوضات."));
  }

  @Test
  void aPresentTenseDatedLaterIsFuture() {
    assertEquals(List.of(
        "042 يزور@0-4 S=[الرئيس@5-11/GOV] T=[موسكو@12-17/RUS/GOV] TM=الأسبوع المقبل@18-32=2024-W21 FUT 042.zara"),
        full("يزور الرئيس موسكو الأسبوع المقبل."));
  }

  @Test
  void aDenialOfReportsDeniesTheirContent() {
    assertEquals(List.of(
        "120 نفت@0-3 S=[الحكومة@4-11] T=[] 120.nafa",
        "080 انسحاب@22-28 S=[القوات@29-35] T=[المدينة@39-46] NEG 080.insihab"),
        events("نفت الحكومة تقارير عن انسحاب القوات من المدينة."));
  }

  @Test
  void aSpokesmanSpeaksForHisBody() {
    assertEquals(List.of(
        "010 قال@0-3 S=[المتحدث باسم الخارجية@4-25] T=[] 010.qala",
        "042 سيزور@36-41 S=[الوزير@29-35] T=[عمان@42-46] FUT 042.zara"),
        events("قال المتحدث باسم الخارجية إن الوزير سيزور عمان."));
  }

  @Test
  void aParticipleAfterReportedContentContinuesTheSpeaker() {
    assertEquals(List.of(
        "010 قال@0-3 S=[الوزير@4-10] T=[] 010.qala",
        "073 مساعدات@26-33 S=[بلاده@14-19] T=[السودان@38-45] L=السودان@38-45 FUT 073.qaddama",
        "010 مؤكدا@47-52 S=[الوزير@4-10] T=[] 010.muakkid"),
        events("قال الوزير إن بلاده ستقدم مساعدات إلى السودان، مؤكدا دعمها للحل."));
  }

  @Test
  void twoEventNounsInConstructAreOneEvent() {
    assertEquals(List.of(
        "073 مساعدات طبية@18-30 S=[الأردن@5-11] T=[لبنان@35-40] L=لبنان@35-40 073.arsala-adj"),
        events("أرسل الأردن قافلة مساعدات طبية إلى لبنان."));
  }

  @Test
  void aRecallForConsultations() {
    assertEquals(List.of(
        "161 استدعت@0-6 S=[روسيا@7-12] T=[] 161.istadaa-tashawur"),
        events("استدعت روسيا سفيرها لدى اليابان للتشاور."));
  }

  @Test
  void anIndefiniteNounAfterADefiniteName() {
    assertEquals(List.of(
        "166 طردت@0-4 S=[الحكومة الهولندية@5-22] T=[دبلوماسيين روسيين@23-40] 166.tarada"),
        events("طردت الحكومة الهولندية دبلوماسيين روسيين."));
  }

  @Test
  void anAdjectiveBeforeLamIsNoSubject() {
    assertEquals(List.of(
        "051 رحبت@0-4 S=[الأمم المتحدة@5-18] T=[] 051.rahhaba",
        "0871 وقف@20-23 S=[] T=[] 0871.waqf-itlaq"),
        events("رحبت الأمم المتحدة بوقف دائم لإطلاق النار."));
  }

  @Test
  void aPlaceAfterANationalityAdjective() {
    assertEquals(List.of(
        "042 زار@0-3 S=[وزير الخارجية المصري@4-24] T=[الأردن@25-31] 042.zara"),
        events("زار وزير الخارجية المصري الأردن."));
  }

  @Test
  void anAttacksRelativeClauseGivesPlaceAndTime() {
    assertEquals(List.of(
        "111 أدانت@0-5 S=[الجامعة@6-13] T=[] 111.adana",
        "190 الهجوم@14-20 S=[] T=[] L=حلب@42-45 TM=يوم الجمعة@46-56=2024-05-17 190.hujum"),
        full("أدانت الجامعة الهجوم الذي استهدف مسجدا في حلب يوم الجمعة."));
  }

  @Test
  void aPurposeWordSharesTheFuture() {
    assertEquals(List.of(
        "046 المفاوضات@16-25 S=[الطرفان@8-15] T=[] FUT 046.istanafa",
        "0871 هدنة@42-46 S=[] T=[] FUT 0871.hudna"),
        events("سيستأنف الطرفان المفاوضات بهدف التوصل إلى هدنة."));
  }

  @Test
  void anObjectPronounBeforeAnIndefinitePredicateKeepsTheSubject() {
    assertEquals(List.of(
        "051 رحبت@0-4 S=[روما@5-9] T=[] 051.rahhaba",
        "010 اعتبرتها@19-27 S=[روما@5-9] T=[] 010.itabara"),
        events("رحبت روما بالخطوة واعتبرتها بادرة إيجابية."));
  }

  @Test
  void aPluralSpelledAsTheDualBeforeANisbaNamesItself() {
    assertEquals(List.of(
        "042 وصل@0-3 S=[الوفد@4-9] T=[القاهرة@14-21] L=القاهرة@14-21 042.wasala",
        "046 محادثات@29-36 S=[الوفد@4-9] T=[المسؤولين المصريين@40-58] 046.muhadathat"),
        events("وصل الوفد إلى القاهرة لإجراء محادثات مع المسؤولين المصريين."));
  }

  @Test
  void aPurposeAfterALightVerbalNoun() {
    assertEquals(List.of(
        "042 سيصل@0-4 S=[الوفد@5-10] T=[القاهرة@15-22] L=القاهرة@15-22 FUT 042.wasala",
        "046 محادثات@30-37 S=[الوفد@5-10] T=[] FUT 046.muhadathat"),
        events("سيصل الوفد إلى القاهرة لإجراء محادثات."));
  }

  @Test
  void aSigningBetweenTwoParties() {
    assertEquals(List.of(
        "057 وُقّعت@0-6 S=[المغرب@19-25] T=[إسبانيا@27-34] 057.waqqaa"),
        events("وُقّعت اتفاقية بين المغرب وإسبانيا."));
  }

  @Test
  void rejectedAccusationsAreNoEventOfTheRejecter() {
    assertEquals(List.of(
        "120 رفضت@0-4 S=[موسكو@5-10] T=[] 120.rafada"),
        events("رفضت موسكو الاتهامات الغربية."));
  }

  @Test
  void aCoordinatedVerbWithAPrepositionalFrameHasItsOwnSubject() {
    assertEquals(List.of(
        "181 اختطف@0-5 S=[مسلحون@6-12] T=[موظفين@13-19] 181.ikhtatafa",
        "111 نددت@22-26 S=[الأمم المتحدة@27-40] T=[الحادث@42-48] 111.naddada"),
        events("اختطف مسلحون موظفين، ونددت الأمم المتحدة بالحادث."));
  }

  @Test
  void aNominativePluralThenAnObliqueOneStartsTheObject() {
    assertEquals(List.of(
        "181 اختطف@0-5 S=[مسلحون مجهولون@6-20] T=[موظفين أمميين@21-34] 181.ikhtatafa"),
        events("اختطف مسلحون مجهولون موظفين أمميين."));
  }

  @Test
  void theMediatedPartiesAreTheParties() {
    assertEquals(List.of(
        "045 توسطت@0-5 S=[قطر@6-9] T=[واشنطن@14-20, طهران@22-27] 045.tawassata",
        "051 أشاد@30-34 S=[واشنطن@14-20, طهران@22-27] T=[الدور القطري@44-56] 051.ashada"),
        events("توسطت قطر بين واشنطن وطهران، وأشاد الطرفان بالدور القطري."));
  }

  @Test
  void aBareDefiniteHeadRefersToTheActorNamedBefore() {
    assertEquals(List.of(
        "112 اتهم@0-4 S=[الجيش@5-10] T=[قوات الدعم السريع@11-28] 112.ittahama",
        "120 نفت@47-50 S=[قوات الدعم السريع@11-28] T=[] 120.nafa"),
        events("اتهم الجيش قوات الدعم السريع بخرق الهدنة، فيما نفت القوات ذلك."));
  }

  @Test
  void aPredicateAdjectiveOfIntentTakesItsClausesSubject() {
    assertEquals(List.of(
        "010 قال@0-3 S=[الوزير@4-10] T=[] 010.qala",
        "036 مستعدة@20-26 S=[بلاده@14-19] T=[] 036.mustaidd-istinaf"),
        events("قال الوزير إن بلاده مستعدة لاستئناف المفاوضات."));
  }
}
