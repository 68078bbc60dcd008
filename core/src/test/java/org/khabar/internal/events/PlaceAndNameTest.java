package org.khabar.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khabar.internal.events.EventTesting.full;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer in the event layer, with no NER model: its names stand in for entities as actor
 * spans and places, every actor is coded with a country and a sector, and the place of an event is
 * found in its clause by the rules of Arabic place expressions. One test per rule.
 */
class PlaceAndNameTest {

  // ---------------------------------------------------------------- names and codes

  @Test
  void gazetteerPersonsAreTheActorsAndAreCoded() {
    assertEquals(List.of(
        "044 التقى@0-5 S=[سامح شكري@27-36/EGY/GOV] T=[أيمن الصفدي@51-62/JOR/GOV] L=عمان@66-70 044.iltaqa"),
        full("التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمان."));
  }

  @Test
  void anUnknownNameAfterAnOfficeIsTheActorCodedByTheOffice() {
    assertEquals(List.of(
        "010 أكد@0-3 S=[سامي الفلاني@25-37] T=[] 010.akkada",
        "042 سيزور@47-52 S=[الوفد@41-46] T=[دمشق@53-57/SYR/GOV] FUT 042.zara"),
        full("أكد مدير المكتب الإقليمي سامي الفلاني أن الوفد سيزور دمشق."));
  }

  @Test
  void anAmbiguousNameCountsAfterATitle() {
    assertEquals(List.of("051 رحب@0-3 S=[عون@11-14/LBN/GOV] T=[] 051.rahhaba"), full("رحب الرئيس عون بالاتفاق."));
  }

  @Test
  void anAmbiguousNameCountsAfterTheFullName() {
    assertEquals(List.of(
        "042 وصل@0-3 S=[ميشال عون@4-13/LBN/GOV] T=[باريس@18-23/FRA/GOV] L=باريس@18-23 042.wasala",
        "010 قال@26-29 S=[عون@30-33/LBN/GOV] T=[] 010.qala",
        "046 المحادثات@37-46 S=[] T=[] 046.muhadathat"),
        full("وصل ميشال عون إلى باريس. وقال عون إن المحادثات كانت مثمرة."));
  }

  @Test
  void anInstitutionWithItsNationalityIsOneCodedActor() {
    assertEquals(List.of(
        "190 استهدف@0-6 S=[الجيش@7-12/MIL] T=[مواقع المسلحين@13-27/UAF] 190.istahdafa"),
        full("استهدف الجيش مواقع المسلحين."));
  }

  @Test
  void aPlaceAfterACompleteDefinitePhraseIsTheObject() {
    assertEquals(List.of(
        "042 زار@0-3 S=[الوفد@4-9] T=[طهران@10-15/IRN/GOV] TM=الشهر الماضي@16-28=2024-04 042.zara"),
        full("زار الوفد طهران الشهر الماضي."));
  }

  // ---------------------------------------------------------------- places

  @Test
  void aUnitHeadIsLeftOutOfThePlace() {
    assertEquals(List.of("044 اجتمع@0-5 S=[الوفدان@6-13] T=[] L=قازان@23-28 044.ijtamaa"),
        full("اجتمع الوفدان في مدينة قازان الروسية."));
  }

  @Test
  void talksNamedAfterTheirVenue() {
    assertEquals(List.of("046 محادثات@7-14 S=[] T=[] L=أستانا@15-21 TM=أمس@22-25=2024-05-17 046.muhadathat"),
        full("انطلقت محادثات أستانا أمس."));
  }

  @Test
  void thePlaceHaythuRefersTo() {
    assertEquals(List.of(
        "042 توجه@0-4 S=[الوزير@5-11/GOV] T=[الرياض@16-22/SAU/GOV] L=الرياض@16-22 042.tawajjaha",
        "043 استقبله@27-34 S=[ولي العهد@35-44/GOV] T=[الوزير@5-11/GOV] L=الرياض@16-22 043.istaqbala"),
        full("توجه الوزير إلى الرياض حيث استقبله ولي العهد."));
  }

  @Test
  void aPlaceAfterAnAbstractNounIsTheTopics() {
    assertEquals(List.of("040 بحث@0-3 S=[الوزيران@4-12] T=[] 040.bahatha"), full("بحث الوزيران الأوضاع في سوريا."));
  }

  @Test
  void aStatementsPlaceStandsBeforeItsContent() {
    assertEquals(List.of(
        "010 قال@1-4 S=[الوزير@5-11/GOV] T=[] L=بغداد@27-32 010.qala",
        "042 سيزور@42-47 S=[الوفد@36-41] T=[أنقرة@48-53/TUR/GOV] FUT 042.zara"),
        full("وقال الوزير في مؤتمر صحفي ببغداد إن الوفد سيزور أنقرة."));
  }

  @Test
  void anAppealsAddresseeKeepsItsPlace() {
    assertEquals(List.of("026 دعا@0-3 S=[الرئيس@4-10/GOV] T=[القوى السياسية@11-25] 020.daa"),
        full("دعا الرئيس القوى السياسية في لبنان إلى الحوار."));
  }

  @Test
  void aidCrossesAFacility() {
    assertEquals(List.of("073 قافلة مساعدات@5-18 S=[] T=[غزة@23-26/PSE] L=معبر رفح@31-39 073.qafilat-musaada"),
        full("دخلت قافلة مساعدات إلى غزة عبر معبر رفح."));
  }

  @Test
  void forcesWithdrawFromAPlace() {
    assertEquals(List.of("080 انسحاب@4-10 S=[القوات الروسية@11-25/RUS/MIL] T=[] L=سوريا@29-34 080.insihab"),
        full("بدأ انسحاب القوات الروسية من سوريا."));
  }

  @Test
  void anOfficesAreaIsNotTheStatementsPlace() {
    assertEquals(List.of("010 قال@0-3 S=[سعيد بن محمد@31-43] T=[] 010.qala"),
        full("قال مدير التعليم بمنطقة الباحة سعيد بن محمد إن العام الدراسي سيبدأ قريبا."));
  }
}
