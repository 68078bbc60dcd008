package org.khabar.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khabar.internal.events.EventTesting.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per trigger family: each CAMEO code the standard lexicon covers, in a sentence written for it.
 *
 * <p>Each expectation renders an event as {@code cameo trigger@start-end S=[actor@start-end] T=[..]
 * L=place@start-end NEG FUT rule}; offsets are exact UTF-16 offsets into the input. The pipeline has
 * no NER model here, so actors are noun phrases.
 */
class TriggerFamilyTest {

  @Test
  void statement010() {
    assertEquals(List.of(
        "010 قال@0-3 S=[وزير الخارجية الأردني@4-25] T=[] 010.qala",
        "042 سيزور@35-40 S=[الوفد@29-34] T=[عمان@41-45] FUT 042.zara"),
        events("قال وزير الخارجية الأردني إن الوفد سيزور عمان."));
  }

  @Test
  void pessimistic012() {
    assertEquals(List.of(
        "012 أعرب@1-5 S=[الوزير@6-12] T=[] 012.qalaq"),
        events("وأعرب الوزير عن قلقه إزاء التصعيد."));
  }

  @Test
  void optimistic013() {
    assertEquals(List.of(
        "013 أعرب@0-4 S=[المبعوث@5-12] T=[] 013.tafaul"),
        events("أعرب المبعوث عن تفاؤله بنتائج الجولة."));
  }

  @Test
  void appeal020() {
    assertEquals(List.of(
        "020 دعا@0-3 S=[الأمين العام@4-16] T=[الأطراف@17-24] 020.daa"),
        events("دعا الأمين العام الأطراف إلى ضبط النفس."));
  }

  @Test
  void appealRelease0253() {
    assertEquals(List.of(
        "0253 دعا@1-4 S=[المبعوث@5-12] T=[الطرفين@13-20] 020.daa"),
        events("ودعا المبعوث الطرفين إلى الإفراج عن الأسرى."));
  }

  @Test
  void appealTalks026() {
    assertEquals(List.of(
        "026 دعا@0-3 S=[الرئيس@4-10] T=[المعارضة@11-19] 020.daa"),
        events("دعا الرئيس المعارضة إلى استئناف المفاوضات."));
  }

  @Test
  void intent036() {
    assertEquals(List.of(
        "036 أبدى@0-4 S=[الرئيس@5-11] T=[المعارضة@31-39] 036.abda-istidad"),
        events("أبدى الرئيس استعداده للحوار مع المعارضة."));
  }

  @Test
  void intent030() {
    assertEquals(List.of(
        "030 أبدى@0-4 S=[الرئيس@5-11] T=[] 030.abda-istidad"),
        events("أبدى الرئيس استعداده لإرسال مساعدات."));
  }

  @Test
  void consult040() {
    assertEquals(List.of(
        "040 بحث@0-3 S=[الرئيس@4-10] T=[نظيره الفرنسي@14-27] 040.bahatha"),
        events("بحث الرئيس مع نظيره الفرنسي العلاقات الثنائية."));
  }

  @Test
  void phone041() {
    assertEquals(List.of(
        "041 اتصالا هاتفيا@11-24 S=[الملك@5-10] T=[الرئيس الأمريكي@28-43] 041.ajra-ittisal"),
        events("أجرى الملك اتصالا هاتفيا مع الرئيس الأمريكي."));
  }

  @Test
  void visit042() {
    assertEquals(List.of(
        "042 زار@0-3 S=[رئيس الوزراء@4-16] T=[العاصمة الروسية@17-32] 042.zara"),
        events("زار رئيس الوزراء العاصمة الروسية أمس."));
  }

  @Test
  void host043() {
    assertEquals(List.of(
        "043 استقبل@0-6 S=[الرئيس المصري@7-20] T=[الكونغرس@29-37] 043.istaqbala"),
        events("استقبل الرئيس المصري وفدا من الكونغرس."));
  }

  @Test
  void meet044() {
    assertEquals(List.of(
        "044 التقى@0-5 S=[الوزير@6-12] T=[نظيره القطري@13-25] L=الدوحة@29-35 044.iltaqa"),
        events("التقى الوزير نظيره القطري في الدوحة."));
  }

  @Test
  void meetFeminine044() {
    assertEquals(List.of(
        "044 التقت@0-5 S=[الوزيرة@6-13] T=[نظيرها الألماني@14-29] 044.iltaqa"),
        events("التقت الوزيرة نظيرها الألماني."));
  }

  @Test
  void meetPlural044() {
    assertEquals(List.of(
        "044 التقوا@1-7 S=[] T=[ممثلين@9-15] 044.iltaqa"),
        events("والتقوا بممثلين عن المجتمع المدني."));
  }

  @Test
  void meetDualFuture044() {
    assertEquals(List.of(
        "010 قال@1-4 S=[المتحدث@5-12] T=[] 010.qala",
        "044 سيلتقيان@25-33 S=[الزعيمين@16-24] T=[] L=جنيف@37-41 FUT 044.iltaqa"),
        events("وقال المتحدث إن الزعيمين سيلتقيان في جنيف."));
  }

  @Test
  void meetObjectPronoun044() {
    assertEquals(List.of(
        "044 التقاه@15-21 S=[الرئيس@5-11] T=[] L=القاهرة@25-32 044.iltaqa"),
        events("وكان الرئيس قد التقاه في القاهرة."));
  }

  @Test
  void meetingNoun044() {
    assertEquals(List.of(
        "044 اجتماعا@22-29 S=[المجلس@4-10] T=[] 044.aqada-ijtima"),
        events("عقد المجلس مساء الأحد اجتماعا طارئا."));
  }

  @Test
  void mediate045() {
    assertEquals(List.of(
        "045 توسطت@0-5 S=[قطر@6-9] T=[الحركتين@14-22] 045.tawassata"),
        events("توسطت قطر بين الحركتين."));
  }

  @Test
  void mediateGenitive045() {
    assertEquals(List.of(
        "046 المفاوضات@4-13 S=[] T=[] 046.mufawadat",
        "045 رعاية@15-20 S=[الأمم المتحدة@21-34] T=[] 045.riaya"),
        events("جرت المفاوضات برعاية الأمم المتحدة."));
  }

  @Test
  void negotiate046() {
    assertEquals(List.of(
        "046 المحادثات@37-46 S=[الحكومة@5-12, المعارضة@14-22] T=[] 046.aqada-jawla"),
        events("عقدت الحكومة والمعارضة جولة جديدة من المحادثات."));
  }

  @Test
  void praise051() {
    assertEquals(List.of(
        "051 رحب@0-3 S=[الاتحاد الأوروبي@4-20] T=[] 051.rahhaba"),
        events("رحب الاتحاد الأوروبي بالاتفاق."));
  }

  @Test
  void sign057() {
    assertEquals(List.of(
        "057 وقعت@0-4 S=[مصر@5-8, السودان@10-17] T=[] 057.waqqaa"),
        events("وقعت مصر والسودان اتفاقية للتعاون."));
  }

  @Test
  void agreeGap057() {
    assertEquals(List.of(
        "057 توصلت@0-5 S=[الحكومة@6-13, المتمردون@15-24] T=[] 057.tawassala",
        "046 مفاوضات@29-36 S=[] T=[] 046.mufawadat"),
        events("توصلت الحكومة والمتمردون بعد مفاوضات طويلة إلى اتفاق."));
  }

  @Test
  void aid073() {
    assertEquals(List.of(
        "073 مساعدات إنسانية@15-30 S=[الإمارات@6-14] T=[السودان@35-42] L=السودان@35-42 073.arsala-adj"),
        events("أرسلت الإمارات مساعدات إنسانية إلى السودان."));
  }

  @Test
  void withdraw080() {
    assertEquals(List.of(
        "080 انسحاب@14-20 S=[القوات@21-27] T=[المدينة@31-38] 080.insihab"),
        events("أعلنت الحكومة انسحاب القوات من المدينة."));
  }

  @Test
  void release0841() {
    assertEquals(List.of(
        "0841 أفرجت@0-5 S=[السلطات@6-13] T=[عشرين معتقلا@17-29] 0841.afraja"),
        events("أفرجت السلطات عن عشرين معتقلا."));
  }

  @Test
  void releasePassive0841() {
    assertEquals(List.of(
        "0841 أُطلق سراح@0-10 S=[] T=[الصحفي@11-17] 0841.atlaqa-sarah"),
        events("أُطلق سراح الصحفي بعد ثلاثة أيام."));
  }

  @Test
  void ceasefire0871() {
    assertEquals(List.of(
        "0871 وقف إطلاق النار@11-26 S=[الجيش@5-10] T=[] 0871.waqf-itlaq"),
        events("أعلن الجيش وقف إطلاق النار في المنطقة."));
  }

  @Test
  void easeBlockade0872() {
    assertEquals(List.of(
        "0872 رفع الحصار@13-23 S=[الحكومة@5-12] T=[المدينة@27-34] FUT 0872.raf-hisar"),
        events("قررت الحكومة رفع الحصار عن المدينة."));
  }

  @Test
  void demand100() {
    assertEquals(List.of(
        "100 طالبت@0-5 S=[المعارضة@6-14] T=[] 100.talaba"),
        events("طالبت المعارضة برفع الحصار عن المدينة."));
  }

  @Test
  void criticize111() {
    assertEquals(List.of(
        "111 انتقدت@0-6 S=[الحكومة@7-14] T=[التقرير الأممي@15-29] 111.intaqada"),
        events("انتقدت الحكومة التقرير الأممي."));
  }

  @Test
  void accuse112() {
    assertEquals(List.of(
        "112 اتهمت@0-5 S=[الحكومة العراقية@6-22] T=[الجيش التركي@23-35] 112.ittahama"),
        events("اتهمت الحكومة العراقية الجيش التركي بقصف القرى."));
  }

  @Test
  void reject120() {
    assertEquals(List.of(
        "120 رفضت@0-4 S=[الحكومة@5-12] T=[] 120.rafada",
        "0841 الإفراج@13-20 S=[الحكومة@5-12] T=[المعتقلين@24-33] NEG 0841.ifraj"),
        events("رفضت الحكومة الإفراج عن المعتقلين."));
  }

  @Test
  void veto120() {
    assertEquals(List.of(
        "120 حق النقض@14-22 S=[روسيا@8-13] T=[] 120.istakhdama-naqd"),
        events("استخدمت روسيا حق النقض ضد مشروع القرار."));
  }

  @Test
  void defy128() {
    assertEquals(List.of(
        "128 لم تلتزم@0-8 S=[الحكومة@9-16] T=[] 128.lam-yaltazim"),
        events("لم تلتزم الحكومة بالاتفاق."));
  }

  @Test
  void threaten130() {
    assertEquals(List.of(
        "130 هدد@0-3 S=[الرئيس@4-10] T=[] 130.haddada"),
        events("هدد الرئيس بفرض عقوبات جديدة."));
  }

  @Test
  void cutRelations160() {
    assertEquals(List.of(
        "160 قطعت@0-4 S=[البحرين@5-12] T=[إيران@37-42] 160.qataa-alaqat"),
        events("قطعت البحرين علاقاتها الدبلوماسية مع إيران."));
  }

  @Test
  void sanction163() {
    assertEquals(List.of(
        "163 فرضت@0-4 S=[الولايات المتحدة@5-21] T=[شركات روسية@33-44] 163.farada-uqubat"),
        events("فرضت الولايات المتحدة عقوبات على شركات روسية."));
  }

  @Test
  void arrest173() {
    assertEquals(List.of(
        "173 اعتقلت@0-6 S=[الشرطة@7-13] T=[ثلاثة ناشطين@14-26] 173.itaqala"),
        events("اعتقلت الشرطة ثلاثة ناشطين."));
  }

  @Test
  void abduct181() {
    assertEquals(List.of(
        "181 اختطف@0-5 S=[مسلحون@6-12] T=[موظفا أمميا@13-24] 181.ikhtatafa"),
        events("اختطف مسلحون موظفا أمميا."));
  }

  @Test
  void fight190() {
    assertEquals(List.of(
        "190 اشتباكات@7-15 S=[الجيش@20-25] T=[قوات المعارضة@27-40] 190.ishtibakat"),
        events("اندلعت اشتباكات بين الجيش وقوات المعارضة."));
  }

  @Test
  void blockade191() {
    assertEquals(List.of(
        "191 فرضت@0-4 S=[القوات@5-11] T=[المدينة@22-29] 191.farada-hisar"),
        events("فرضت القوات حصارا على المدينة."));
  }

  @Test
  void airStrike195() {
    assertEquals(List.of(
        "195 غارات جوية@13-23 S=[الطائرات@4-12] T=[المدينة@28-35] 195.shanna-ghara-jawwiya"),
        events("شنت الطائرات غارات جوية على المدينة."));
  }

  @Test
  void violateCeasefire196() {
    assertEquals(List.of(
        "196 خرقت@0-4 S=[الميليشيا@5-14] T=[] 196.kharaqa-waqf"),
        events("خرقت الميليشيا وقف إطلاق النار مجددا."));
  }
}
