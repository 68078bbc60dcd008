package org.khabar.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khabar.internal.events.EventTesting.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per negation and future cue (EVENTS.md): لم، لن، لا، دون، رفض، نفى، ألغى، غاب، س، سوف، من المقرر، يعتزم، المقبلة ...
 *
 * <p>Each expectation renders an event as {@code cameo trigger@start-end S=[actor@start-end] T=[..]
 * L=place@start-end NEG FUT rule}; offsets are exact UTF-16 offsets into the input. The pipeline has
 * no NER model here, so actors are noun phrases.
 */
class NegationFutureCueTest {

  @Test
  void negLam() {
    assertEquals(List.of(
        "044 يلتق@3-7 S=[الرئيس@8-14] T=[نظيره@15-20] NEG 044.iltaqa"),
        events("لم يلتق الرئيس نظيره."));
  }

  @Test
  void negLan() {
    assertEquals(List.of(
        "046 المحادثات@18-27 S=[الوفد@9-14] T=[] NEG FUT 046.sharaka"),
        events("لن يشارك الوفد في المحادثات."));
  }

  @Test
  void negLa() {
    assertEquals(List.of(
        "040 يبحث@3-7 S=[المجلس@8-14] T=[] NEG 040.bahatha"),
        events("لا يبحث المجلس الملف."));
  }

  @Test
  void negDuna() {
    assertEquals(List.of(
        "057 التوصل إلى اتفاق@17-33 S=[] T=[] NEG 057.tawassul"),
        events("انتهت الجولة دون التوصل إلى اتفاق."));
  }

  @Test
  void negRefusal() {
    assertEquals(List.of(
        "120 رفضت@0-4 S=[الحكومة@5-12] T=[] 120.rafada",
        "0841 الإفراج@13-20 S=[الحكومة@5-12] T=[المعتقلين@24-33] NEG 0841.ifraj"),
        events("رفضت الحكومة الإفراج عن المعتقلين."));
  }

  @Test
  void negDenial() {
    assertEquals(List.of(
        "120 نفى@0-3 S=[الوزير@4-10] T=[] 120.nafa",
        "044 التقى@22-27 S=[الوزير@4-10] T=[المبعوث@28-35] NEG 044.iltaqa"),
        events("نفى الوزير أن يكون قد التقى المبعوث."));
  }

  @Test
  void negCancel() {
    assertEquals(List.of(
        "160 ألغى@0-4 S=[الرئيس@5-11] T=[] 160.algha",
        "042 زيارته@12-18 S=[الرئيس@5-11] T=[موسكو@23-28] L=موسكو@23-28 NEG 042.ziyara"),
        events("ألغى الرئيس زيارته إلى موسكو."));
  }

  @Test
  void negAbsence() {
    assertEquals(List.of(
        "044 الاجتماع@14-22 S=[الوزير@4-10] T=[] NEG 044.ijtima"),
        events("غاب الوزير عن الاجتماع."));
  }

  @Test
  void negLamYaltazimIsDefiance() {
    assertEquals(List.of(
        "128 لم تلتزم@0-8 S=[الحكومة@9-16] T=[] 128.lam-yaltazim"),
        events("لم تلتزم الحكومة بالاتفاق."));
  }

  @Test
  void negHypothetical() {
    assertEquals(List.of(
        "012 حذر من@1-7 S=[] T=[] 012.hadhdhara"),
        events("وحذر من أن أي خرق للهدنة سيقوض الاتفاق."));
  }

  @Test
  void futSeen() {
    assertEquals(List.of(
        "010 أعلن@0-4 S=[المتحدث@5-12] T=[] 010.alana",
        "042 سيزور@23-28 S=[الوزير@16-22] T=[عمان@29-33] FUT 042.zara"),
        events("أعلن المتحدث أن الوزير سيزور عمان."));
  }

  @Test
  void futSawfa() {
    assertEquals(List.of(
        "044 يلتقي@4-9 S=[الوزير@10-16] T=[نظيره@17-22] FUT 044.iltaqa"),
        events("سوف يلتقي الوزير نظيره."));
  }

  @Test
  void futMinAlMuqarrar() {
    assertEquals(List.of(
        "044 يلتقي@13-18 S=[الرئيسان@19-27] T=[] FUT 044.iltaqa"),
        events("من المقرر أن يلتقي الرئيسان الأسبوع المقبل."));
  }

  @Test
  void futIntentVerb() {
    assertEquals(List.of(
        "042 زيارة@13-18 S=[الرئيس@6-12] T=[الصين@19-24] L=الصين@19-24 FUT 042.ziyara"),
        events("يعتزم الرئيس زيارة الصين."));
  }

  @Test
  void futAdjective() {
    assertEquals(List.of(
        "044 القمة@7-12 S=[] T=[] L=الرياض@24-30 FUT 044.aqada-qimma"),
        events("وستعقد القمة المقبلة في الرياض."));
  }

  @Test
  void futPurpose() {
    assertEquals(List.of(
        "044 مؤتمرا@12-18 S=[فرنسا@6-11] T=[] FUT 044.nazzama-mutamar",
        "073 تقديم المساعدات@26-41 S=[فرنسا@6-11] T=[لبنان@46-51] L=لبنان@46-51 FUT 073.taqdim"),
        events("ستنظم فرنسا مؤتمرا دوليا لتقديم المساعدات إلى لبنان."));
  }

  @Test
  void futAgreementTerms() {
    assertEquals(List.of(
        "057 اتفق@0-4 S=[الطرفان@5-12] T=[] 057.ittafaqa-ala",
        "046 استئناف المفاوضات@17-34 S=[الطرفان@5-12] T=[] FUT 046.istinaf"),
        events("اتفق الطرفان على استئناف المفاوضات الشهر المقبل."));
  }

  @Test
  void futDecision() {
    assertEquals(List.of(
        "046 استئناف المفاوضات@13-30 S=[الحكومة@5-12] T=[] FUT 046.istinaf"),
        events("قررت الحكومة استئناف المفاوضات."));
  }

  @Test
  void futPastPlanIsNot() {
    assertEquals(List.of(
        "044 يلتقي@17-22 S=[الوزيران@23-31] T=[] 044.iltaqa"),
        events("كان من المقرر أن يلتقي الوزيران."));
  }
}
