package org.khabar.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khabar.internal.events.EventTesting.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arabic morphology handled by the matcher: persons, numbers and genders of verbs, the future prefix, attached pronouns, the article and proclitics on nouns, and phrases with gaps.
 *
 * <p>Each expectation renders an event as {@code cameo trigger@start-end S=[actor@start-end] T=[..]
 * L=place@start-end NEG FUT rule}; offsets are exact UTF-16 offsets into the input. The pipeline has
 * no NER model here, so actors are noun phrases.
 */
class MorphologyMatchTest {

  @Test
  void perfect3ms() {
    assertEquals(List.of(
        "044 التقى@0-5 S=[الوزير@6-12] T=[نظيره@13-18] 044.iltaqa"),
        events("التقى الوزير نظيره."));
  }

  @Test
  void perfect3fs() {
    assertEquals(List.of(
        "044 التقت@0-5 S=[الوزيرة@6-13] T=[نظيرها@14-20] 044.iltaqa"),
        events("التقت الوزيرة نظيرها."));
  }

  @Test
  void perfect3mp() {
    assertEquals(List.of(
        "044 التقوا@0-6 S=[] T=[الوفد@8-13] 044.iltaqa"),
        events("التقوا بالوفد."));
  }

  @Test
  void imperfect() {
    assertEquals(List.of(
        "044 يلتقي@0-5 S=[الوزير@6-12] T=[نظيره@13-18] 044.iltaqa"),
        events("يلتقي الوزير نظيره."));
  }

  @Test
  void futureDual() {
    assertEquals(List.of(
        "044 سيلتقيان@0-8 S=[] T=[] FUT 044.iltaqa"),
        events("سيلتقيان غدا."));
  }

  @Test
  void objectPronoun() {
    assertEquals(List.of(
        "044 التقاه@0-6 S=[الوزير@7-13] T=[] 044.iltaqa"),
        events("التقاه الوزير."));
  }

  @Test
  void conjunctionAndArticle() {
    assertEquals(List.of(
        "044 الاجتماع@1-9 S=[] T=[] 044.ijtima"),
        events("والاجتماع مستمر."));
  }

  @Test
  void prepositionOnNoun() {
    assertEquals(List.of(
        "051 رحب@0-3 S=[] T=[] 051.rahhaba",
        "042 زيارة@5-10 S=[الوفد@11-16] T=[] 042.ziyara"),
        events("رحب بزيارة الوفد."));
  }

  @Test
  void gapMeeting() {
    assertEquals(List.of(
        "044 اجتماعا@25-32 S=[الوزير@4-10, وفد المعارضة@12-24] T=[] 044.aqada-ijtima"),
        events("عقد الوزير ووفد المعارضة اجتماعا."));
  }

  @Test
  void gapPhoneCall() {
    assertEquals(List.of(
        "041 اتصالا هاتفيا@36-49 S=[إيمانويل ماكرون@20-35] T=[نظيره@51-56] 041.ajra-ittisal"),
        events("أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا بنظيره."));
  }

  @Test
  void gapAgreement() {
    assertEquals(List.of(
        "057 توصل@0-4 S=[الجانبان@5-13] T=[] 057.tawassala"),
        events("توصل الجانبان بعد جولات طويلة إلى اتفاق."));
  }

  @Test
  void tehMarbutaIsNotPronoun() {
    assertEquals(List.of(
        "073 قافلة مساعدات@5-18 S=[] T=[] 073.qafilat-musaada"),
        events("وصلت قافلة مساعدات تابعة للأمم المتحدة."));
  }

  @Test
  void wawOfWazaraIsNoConjunction() {
    assertEquals(List.of(
        "010 قالت@0-4 S=[وزارة الخارجية@5-19] T=[] 010.qala",
        "042 سيزور@30-35 S=[الوزير@23-29] T=[موسكو@36-41] FUT 042.zara"),
        events("قالت وزارة الخارجية إن الوزير سيزور موسكو."));
  }

  /** Words the segmenter keeps whole although they carry a clitic: the matcher splits them. */
  @Test
  void conjunctionOnAWordTheLexiconListsWhole() {
    assertEquals(List.of("026 دعا@1-4 S=[الوزير@5-11] T=[الطرفين@12-19] 020.daa"),
        events("ودعا الوزير الطرفين إلى الحوار."));
    assertEquals(List.of("020 دعا@1-4 S=[المجلس@5-11] T=[] 020.daa"), events("فدعا المجلس إلى الهدوء."));
  }

  @Test
  void futurePrefixOnAWordTheLexiconLacks() {
    assertEquals(List.of("010 أعلن@0-4 S=[الطرفان@5-12] T=[] 010.alana",
        "044 سيلتقيان@19-27 S=[الطرفان@5-12] T=[] FUT 044.iltaqa"),
        events("أعلن الطرفان أنهما سيلتقيان السبت."));
  }

  @Test
  void pronounOnAWordTheLexiconReadsAsAVerb() {
    assertEquals(List.of("012 أعرب@0-4 S=[الرئيس@5-11] T=[] 012.asaf"), events("أعرب الرئيس عن أسفه للقرار."));
  }

  @Test
  void hamzaSeatAndDroppedAlifBeforeAPronoun() {
    assertEquals(List.of("044 لقائهما@22-29 S=[] T=[] 044.liqa"), events("وتناول الوزيران أهمية لقائهما الدوري."));
    assertEquals(List.of("044 التقوه@12-18 S=[] T=[] 044.iltaqa"), events("وجاء الوفد والتقوه في المطار."));
  }

  @Test
  void articleOfALiteralWord() {
    assertEquals(List.of("0871 وقف إطلاق النار@11-26 S=[الجيش@5-10] T=[] 0871.waqf-itlaq"),
        events("أعلن الجيش وقف إطلاق النار."));
  }
}
