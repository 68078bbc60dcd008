package org.khabar.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khabar.internal.events.EventTesting.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per argument rule: where the source, target and location of an event are found.
 *
 * <p>Each expectation renders an event as {@code cameo trigger@start-end S=[actor@start-end] T=[..]
 * L=place@start-end NEG FUT rule}; offsets are exact UTF-16 offsets into the input. The pipeline has
 * no NER model here, so actors are noun phrases.
 */
class ArgumentRuleTest {

  @Test
  void subjectAfterVerbThenObject() {
    assertEquals(List.of(
        "042 زار@0-3 S=[رئيس الوزراء@4-16] T=[العاصمة الروسية@17-32] 042.zara"),
        events("زار رئيس الوزراء العاصمة الروسية أمس."));
  }

  @Test
  void subjectBeforeVerbAfterAnna() {
    assertEquals(List.of(
        "010 أعلن@0-4 S=[المتحدث@5-12] T=[] 010.alana",
        "042 سيزور@23-28 S=[الوزير@16-22] T=[عمان@29-33] FUT 042.zara"),
        events("أعلن المتحدث أن الوزير سيزور عمان."));
  }

  @Test
  void subjectOfCoordinatedVerb() {
    assertEquals(List.of(
        "051 رحب@0-3 S=[الوزير@4-10] T=[] 051.rahhaba",
        "026 دعا@21-24 S=[الوزير@4-10] T=[الأطراف@25-32] 020.daa"),
        events("رحب الوزير بالقرار، ودعا الأطراف إلى الحوار."));
  }

  @Test
  void dualAnaphor() {
    assertEquals(List.of(
        "044 التقى@0-5 S=[الوزير@6-12] T=[نظيره الفرنسي@13-26] 044.iltaqa",
        "040 بحث@29-32 S=[الوزير@6-12, نظيره الفرنسي@13-26] T=[] 040.bahatha"),
        events("التقى الوزير نظيره الفرنسي، وبحث الجانبان العلاقات الثنائية."));
  }

  @Test
  void objectPronoun() {
    assertEquals(List.of(
        "042 وصل@0-3 S=[الوزير@4-10] T=[عمان@15-19] L=عمان@15-19 042.wasala",
        "043 استقبله@22-29 S=[الملك@30-35] T=[الوزير@4-10] 043.istaqbala"),
        events("وصل الوزير إلى عمان، واستقبله الملك."));
  }

  @Test
  void targetWithMaa() {
    assertEquals(List.of(
        "040 بحث@0-3 S=[الرئيس@4-10] T=[نظيره الفرنسي@14-27] 040.bahatha"),
        events("بحث الرئيس مع نظيره الفرنسي العلاقات الثنائية."));
  }

  @Test
  void targetBetweenSplit() {
    assertEquals(List.of(
        "190 اشتباكات@7-15 S=[الجيش@20-25] T=[قوات المعارضة@27-40] 190.ishtibakat"),
        events("اندلعت اشتباكات بين الجيش وقوات المعارضة."));
  }

  @Test
  void participleKeepsSubject() {
    assertEquals(List.of(
        "111 أدان@0-4 S=[الوزير@5-11] T=[] 111.adana",
        "190 الهجوم@12-18 S=[] T=[] 190.hujum",
        "100 مطالبا@20-26 S=[الوزير@5-11] T=[الحكومة@27-34] 100.mutalib"),
        events("أدان الوزير الهجوم، مطالبا الحكومة بمحاسبة المسؤولين."));
  }

  @Test
  void passiveObject() {
    assertEquals(List.of(
        "0841 أُطلق سراح@0-10 S=[] T=[الصحفي@11-17] 0841.atlaqa-sarah"),
        events("أُطلق سراح الصحفي بعد ثلاثة أيام."));
  }

  @Test
  void genitiveSource() {
    assertEquals(List.of(
        "046 المفاوضات@4-13 S=[] T=[] 046.mufawadat",
        "045 رعاية@15-20 S=[الأمم المتحدة@21-34] T=[] 045.riaya"),
        events("جرت المفاوضات برعاية الأمم المتحدة."));
  }

  @Test
  void intentVerbSubject() {
    assertEquals(List.of(
        "042 زيارة@13-18 S=[الرئيس@6-12] T=[الصين@19-24] L=الصين@19-24 FUT 042.ziyara"),
        events("يعتزم الرئيس زيارة الصين."));
  }

  @Test
  void counterpartStartsTarget() {
    assertEquals(List.of(
        "044 التقت@0-5 S=[الوزيرة@6-13] T=[نظيرها الألماني@14-29] 044.iltaqa"),
        events("التقت الوزيرة نظيرها الألماني."));
  }

  @Test
  void accusativeStartsObject() {
    assertEquals(List.of(
        "181 اختطف@0-5 S=[مسلحون@6-12] T=[موظفا أمميا@13-24] 181.ikhtatafa"),
        events("اختطف مسلحون موظفا أمميا."));
  }

  @Test
  void destinationIsLocation() {
    assertEquals(List.of(
        "042 وصل@0-3 S=[الوزير@4-10] T=[بغداد@15-20] L=بغداد@15-20 042.wasala"),
        events("وصل الوزير إلى بغداد في زيارة رسمية."));
  }

  @Test
  void coordinatedParties() {
    assertEquals(List.of(
        "057 وقعت@0-4 S=[مصر@5-8, السودان@10-17] T=[] 057.waqqaa"),
        events("وقعت مصر والسودان اتفاقية للتعاون."));
  }

  @Test
  void vehicleDoesNotVisit() {
    assertEquals(List.of(
        "073 مساعدات طبية@31-43 S=[] T=[] 073.hamala-adj"),
        events("وصلت إلى المطار طائرتان تحملان مساعدات طبية."));
  }

  @Test
  void twoOfficesOfOnePerson() {
    assertEquals(List.of(
        "042 وصل@0-3 S=[أيمن الصفدي@45-56] T=[دمشق@61-65] L=دمشق@61-65 042.wasala"),
        events("وصل نائب رئيس الوزراء ووزير الخارجية الأردني أيمن الصفدي إلى دمشق."));
  }

  @Test
  void pronounOnAnnaIsTheSubject() {
    assertEquals(List.of(
        "010 أعلن@0-4 S=[المبعوث@5-12] T=[] 010.alana",
        "042 سيزور@17-22 S=[المبعوث@5-12] T=[دمشق@23-27] FUT 042.zara"),
        events("أعلن المبعوث أنه سيزور دمشق."));
  }

  @Test
  void dualPronounOnAnnaIsTheSubject() {
    assertEquals(List.of(
        "010 قال@0-3 S=[الوزيران@4-12] T=[] 010.qala",
        "044 سيلتقيان@19-27 S=[الوزيران@4-12] T=[] FUT 044.iltaqa"),
        events("قال الوزيران إنهما سيلتقيان قريبا."));
  }

  @Test
  void pronominalPrepositionBeforeThePostverbalSubject() {
    assertEquals(List.of("0841 أفرجت@0-5 S=[السلطات@11-18] T=[] 0841.afraja"),
        events("أفرجت عنهم السلطات أمس."));
  }

  @Test
  void aDocumentSpeaksForItsIssuer() {
    assertEquals(List.of(
        "010 أفاد@0-4 S=[وزارة الخارجية@18-32] T=[] 010.afada",
        "042 سيزور@44-49 S=[الوزير@37-43] T=[القاهرة@50-57] FUT 042.zara"),
        events("أفاد بيان صادر عن وزارة الخارجية بأن الوزير سيزور القاهرة."));
  }

  @Test
  void genitivesCoordinatedUnderOneHead() {
    assertEquals(List.of(
        "010 أعلنت@0-5 S=[وزارة الزراعة والري@6-25] T=[] 010.alana",
        "073 مساعدات@37-44 S=[وزارة الزراعة والري@6-25] T=[السودان@49-56] L=السودان@49-56 FUT 073.qaddama"),
        events("أعلنت وزارة الزراعة والري أنها ستقدم مساعدات إلى السودان."));
  }

  @Test
  void familyNameWithTheArticle() {
    assertEquals(List.of("010 أوضح@0-4 S=[عبدالعزيز المشيطي@17-34] T=[] 010.awdaha"),
        events("أوضح رئيس اللجنة عبدالعزيز المشيطي أن الحملة مستمرة."));
  }

  @Test
  void aBodyTakesNoNameAfterIt() {
    assertEquals(List.of("040 ناقش@0-4 S=[المجلس@5-11] T=[] 040.naqasha"), events("ناقش المجلس جملة من المشروعات."));
  }

  @Test
  void anIndefiniteAccusativeAfterADefiniteSubjectStartsTheObject() {
    assertEquals(List.of("040 ستناقش@0-6 S=[اللجنة@7-13] T=[] FUT 040.naqasha"), events("ستناقش اللجنة عددا من الملفات."));
  }

  @Test
  void anImperfectVerbEndsThePhrase() {
    assertEquals(List.of("173 اعتقلت@0-6 S=[الشرطة@7-13] T=[أربعة أشخاص@14-25] 173.itaqala"),
        events("اعتقلت الشرطة أربعة أشخاص ينتمون إلى خلية مسلحة."));
  }

  @Test
  void doctorAbbreviationIsATitle() {
    assertEquals(List.of("010 قال@0-3 S=[علي@7-10] T=[] 010.qala"), events("قال د. علي إن الروبوت سيغير حياتنا."));
  }
}
