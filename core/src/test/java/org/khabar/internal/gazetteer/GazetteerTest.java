package org.khabar.internal.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.EntityType;
import org.khabar.SegmentKind;
import org.khabar.internal.Analysis;
import org.khabar.internal.segment.SegmentNorms;

/** Matching of the built-in gazetteer: every file kind, clitics, longest match, spans. */
class GazetteerTest {
  private static final Gazetteer G = Gazetteer.builtIn();

  private static String find(String text) {
    return GazetteerTestSupport.find(G, text);
  }

  @Test
  void countryNames() {
    assertEquals("مصر[4,7)=country:EGY; السعودية[9,17)=country:SAU; أمريكا[19,25)=country:USA",
        find("زار مصر والسعودية وأمريكا"));
  }

  @Test
  void longOfficialCountryNamesWinOverShortOnes() {
    assertEquals("المملكة العربية السعودية[0,24)=country:SAU; "
            + "الولايات المتحدة الأمريكية[25,51)=country:USA; الولايات المتحدة[53,69)=country:USA",
        find("المملكة العربية السعودية الولايات المتحدة الأمريكية والولايات المتحدة"));
  }

  @Test
  void spellingVariants() {
    assertEquals("أميركا[0,6)=country:USA; سلطنة عمان[7,17)=country:OMN; دولة الإمارات[18,31)=country:ARE; "
            + "روسيا البيضاء[32,45)=country:BLR",
        find("أميركا سلطنة عمان دولة الإمارات روسيا البيضاء"));
  }

  @Test
  void nisbaFormsOfAllInflections() {
    assertEquals("مصري[0,4)=nisba:EGY; مصرية[5,10)=nisba:EGY; المصريون[11,19)=nisba:EGY; "
            + "المصريين[20,28)=nisba:EGY; مصريان[29,35)=nisba:EGY; المصريات[36,44)=nisba:EGY; "
            + "أتراك[45,50)=nisba:TUR; الأتراك[51,58)=nisba:TUR; الكوري الشمالي[59,73)=nisba:PRK",
        find("مصري مصرية المصريون المصريين مصريان المصريات أتراك الأتراك الكوري الشمالي"));
  }

  @Test
  void capitalsCitiesRegionsFacilities() {
    assertEquals("القاهرة[0,7)=place:EGY:القاهرة; حلب[8,11)=place:SYR:حلب; "
            + "إقليم كردستان[12,25)=place:IRQ:إقليم كردستان; معبر رفح[26,34)=place:PSE:معبر رفح; "
            + "سد النهضة[35,44)=place:ETH:سد النهضة",
        find("القاهرة حلب إقليم كردستان معبر رفح سد النهضة"));
  }

  @Test
  void organizationsWithShortFormsAndAcronyms() {
    assertEquals("جامعة الدول العربية[0,19)=org:ARABLEAGUE; الجامعة العربية[20,35)=org:ARABLEAGUE; "
            + "مجلس التعاون الخليجي[36,56)=org:GCC; الناتو[57,63)=org:NATO; NATO[64,68)=org:NATO; "
            + "الأونروا[69,77)=org:UNRWA",
        find("جامعة الدول العربية الجامعة العربية مجلس التعاون الخليجي الناتو NATO الأونروا"));
  }

  @Test
  void latinNamesMatchWithoutCase() {
    assertEquals("Nato[0,4)=org:NATO; un[5,7)=org:UN", find("Nato un"));
  }

  @Test
  void groups() {
    assertEquals("حزب الله[0,8)=grp:HEZBOLLAH; الحوثيون[9,17)=grp:HOUTHIS; أنصار الله[18,28)=grp:HOUTHIS; "
            + "قوات سوريا الديمقراطية[29,51)=grp:SDF; هيئة تحرير الشام[52,68)=grp:HTS; "
            + "داعش[69,73)=grp:ISIS; طالبان[74,80)=grp:TALIBAN",
        find("حزب الله الحوثيون أنصار الله قوات سوريا الديمقراطية هيئة تحرير الشام داعش طالبان"));
  }

  @Test
  void personsFullAndShortAndJoinedAbd() {
    assertEquals("سامح شكري[0,9)=per:shoukry; عبد الفتاح السيسي[10,27)=per:sisi; "
            + "عبدالفتاح السيسي[28,44)=per:sisi; السيسي[45,51)=per:sisi; لافروف[52,58)=per:lavrov",
        find("سامح شكري عبد الفتاح السيسي عبدالفتاح السيسي السيسي لافروف"));
  }

  @Test
  void sectorNounsAndTitles() {
    assertEquals("الحكومة[0,7)=sector:GOV:حكومة; وزير الخارجية[8,21)=sector:GOV:وزير الخارجية; "
            + "الجيش[22,27)=sector:MIL:جيش; المعارضة[28,36)=sector:OPP:معارضة; "
            + "قوات الأمن[37,47)=sector:COP:شرطة; المتمردون[48,57)=sector:REB:متمرد",
        find("الحكومة وزير الخارجية الجيش المعارضة قوات الأمن المتمردون"));
  }

  @Test
  void nisbaAfterAnInstitutionOrOrganizationIsJoined() {
    Analysis a = GazetteerTestSupport.analyse(
        "الحكومة اليمنية والجيش الإسرائيلي ووزارة الخارجية القطرية والهلال الأحمر المصري والرئيس المصري");
    GazetteerMatches m = new GazetteerMatches();
    G.findAll(a, m);
    assertEquals("الحكومة اليمنية[0,15)=sector:GOV:حكومة; الجيش الإسرائيلي[17,33)=sector:MIL:جيش; "
            + "وزارة الخارجية القطرية[35,57)=sector:GOV:الخارجية; الهلال الأحمر المصري[59,79)=org:REDCRESCENT; "
            + "الرئيس[81,87)=sector:GOV:الرئيس; المصري[88,94)=nisba:EGY",
        GazetteerTestSupport.render(a, m));
    assertEquals(Optional.of(EntityType.ORG), m.entityType(0));
    assertEquals("nisba:YEM", m.modifier(0).get().id());
    assertEquals(Optional.of(EntityType.ORG), m.entityType(3));
    assertEquals(Optional.empty(), m.entityType(4)); // a title does not join: الرئيس المصري
    assertEquals(Optional.empty(), m.modifier(4));
    assertEquals(Optional.empty(), m.entityType(5));
  }

  @Test
  void conjunctionProcliticsAreSkipped() {
    assertEquals("تونس[1,5)=country:TUN; ليبيا[7,12)=country:LBY", find("وتونس فليبيا"));
  }

  @Test
  void prepositionProcliticsAreSkipped() {
    assertEquals("بغداد[0,5)=place:IRQ:بغداد; مصر[7,10)=country:EGY; طهران[12,17)=place:IRN:طهران; "
            + "إيران[19,24)=country:IRN",
        find("بغداد لمصر لطهران كإيران"));
  }

  @Test
  void conjunctionThenPreposition() {
    assertEquals("بغداد[2,7)=place:IRQ:بغداد; الرياض[10,16)=place:SAU:الرياض",
        find("وببغداد وبالرياض"));
  }

  @Test
  void lamLamStandsForLamPlusArticle() {
    // للسعودية = ل + السعودية: the span starts at the article's lam
    assertEquals("لسعودية[1,8)=country:SAU; لأمم المتحدة[11,23)=org:UN; "
            + "لاتحاد الأفريقي[25,40)=org:AU",
        find("للسعودية وللأمم المتحدة للاتحاد الأفريقي"));
  }

  @Test
  void stemThatLooksLikeAProcliticIsNotSplit() {
    // بغداد, لبنان, بيروت: the first letter is part of the name
    assertEquals("بغداد[0,5)=place:IRQ:بغداد; لبنان[6,11)=country:LBN; بيروت[12,17)=place:LBN:بيروت; "
            + "لبنان[19,24)=country:LBN",
        find("بغداد لبنان بيروت ولبنان"));
  }

  @Test
  void longestMatchWins() {
    assertEquals("مجلس الأمن الدولي[0,17)=org:UNSC; الجيش السوري الحر[18,35)=grp:FSA; "
            + "الجيش[36,41)=sector:MIL:جيش; المسؤول[42,49)=sector:GOV:مسؤول; السوري[50,56)=nisba:SYR",
        find("مجلس الأمن الدولي الجيش السوري الحر الجيش المسؤول السوري"));
  }

  @Test
  void longestMatchThroughAProclitic() {
    assertEquals("مجلس الأمن[1,11)=org:UNSC; الأمن[13,18)=sector:COP:شرطي", find("بمجلس الأمن والأمن"));
  }

  @Test
  void punctuationBreaksAMultiWordName() {
    assertEquals("", find("الأمم، المتحدة"));
  }

  @Test
  void diacriticsHamzaAndTatweelAreNormalized() {
    assertEquals("لُبْنَانِيُّونَ[0,15)=nisba:LBN; ايران[16,21)=country:IRN; عُمان[22,27)=country:OMN; "
            + "العـــراق[28,37)=country:IRQ; الامم المتحدة[38,51)=org:UN",
        find("لُبْنَانِيُّونَ ايران عُمان العـــراق الامم المتحدة"));
  }

  @Test
  void partialWordsDoNotMatch() {
    assertEquals("", find("مصرف لبنانيتي غدادي"));
    assertEquals("لبنانية[0,7)=nisba:LBN", find("لبنانية"));
  }

  @Test
  void numbersAndPunctuationNeverStartAMatch() {
    assertEquals("G20[5,8)=org:G20", find("2020 G20 ، 7"));
  }

  @Test
  void ambiguousNamesAreFlagged() {
    Analysis a = GazetteerTestSupport.analyse("فتح حركة فتح");
    GazetteerMatches m = new GazetteerMatches();
    G.findAll(a, m);
    assertEquals(2, m.size());
    assertEquals("grp:FATAH", m.entry(0).id());
    assertTrue(m.ambiguous(0, 0));
    assertEquals("grp:FATAH", m.entry(1).id());
    assertFalse(m.ambiguous(1, 0));
  }

  @Test
  void aNameSharedByTwoEntriesListsBothPreferredFirst() {
    Analysis a = GazetteerTestSupport.analyse("طرابلس");
    GazetteerMatches m = new GazetteerMatches();
    G.findAll(a, m);
    assertEquals(1, m.size());
    assertEquals(2, m.entryCount(0));
    assertEquals("place:LBY:طرابلس", m.entry(0, 0).id());
    assertFalse(m.ambiguous(0, 0));
    assertEquals("place:LBN:طرابلس", m.entry(0, 1).id());
    assertTrue(m.ambiguous(0, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> m.entry(0, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> m.start(1));
  }

  @Test
  void matchValuesCarryTokensSpanAndType() {
    Analysis a = GazetteerTestSupport.analyse("التقى وزير الخارجية بنظيره في والقاهرة");
    List<GazetteerMatch> ms = G.find(a);
    assertEquals(2, ms.size());
    assertEquals(new GazetteerMatch(1, 3, 6, 19, List.of(G.byId("sector:GOV:وزير الخارجية").get()), false,
        Optional.empty(), Optional.empty()), ms.get(0));
    GazetteerMatch cairo = ms.get(1);
    assertEquals(5, cairo.firstToken());
    assertEquals(6, cairo.endToken());
    assertEquals("القاهرة", a.text.substring(cairo.start(), cairo.end()));
    assertEquals(31, cairo.start());
    assertEquals(Optional.of(EntityType.LOC), cairo.entityType());
    assertEquals(EntryKind.CAPITAL, cairo.entry().kind());
  }

  @Test
  void longestAtReportsTheEndTokenOrMinusOne() {
    Analysis a = GazetteerTestSupport.analyse("قال الأمين العام للأمم المتحدة");
    GazetteerMatches m = new GazetteerMatches();
    assertEquals(-1, G.longestAt(a, 0, a.tokenCount, m));
    assertEquals(5, G.longestAt(a, 3, a.tokenCount, m));
    assertEquals(1, m.size());
    assertEquals(18, m.start(0)); // the article's lam of للأمم
    // a limit stops a multi-word name
    m.clear();
    assertEquals(-1, G.longestAt(a, 3, 4, m));
  }

  @Test
  void rangeSearchStaysInsideTheRange() {
    Analysis a = GazetteerTestSupport.analyse("الرئيس السوري بشار الأسد");
    GazetteerMatches m = new GazetteerMatches();
    G.findAll(a, 1, 3, m);
    assertEquals("السوري[7,13)=nisba:SYR", GazetteerTestSupport.render(a, m));
    assertThrows(IndexOutOfBoundsException.class, () -> G.findAll(a, 2, 9, m));
  }

  @Test
  void segmenterProcliticsAreUsed() {
    // the segments a clitic segmenter gives وللسعودية: CONJ و, PREP ل, ART ل (after lam), STEM
    Analysis a = GazetteerTestSupport.analyse("وللسعودية");
    a.segCount = 0;
    a.beginSegments(0);
    a.addSegment(0, 1, SegmentKind.CONJ.ordinal());
    a.addSegment(1, 2, SegmentKind.PREP.ordinal());
    a.addSegment(2, 3, SegmentKind.ART.ordinal() | SegmentNorms.ART_AFTER_LAM << 8);
    a.addSegment(3, 9, SegmentKind.STEM.ordinal());
    a.endSegments(0);
    GazetteerMatches m = new GazetteerMatches();
    G.findAll(a, m);
    assertEquals("لسعودية[2,9)=country:SAU", GazetteerTestSupport.render(a, m));
  }

  @Test
  void emptyTextHasNoMatch() {
    assertEquals("", find(""));
  }

  @Test
  void lookupByNameAndId() {
    assertEquals(List.of(G.byId("country:OMN").get(), G.byId("place:JOR:عمان").get()), G.lookup("عمّان"));
    assertEquals(List.of(), G.lookup("لا شيء"));
    assertEquals("حركة فتح", G.byId("grp:FATAH").get().name());
    assertEquals(Optional.empty(), G.byId("grp:NOPE"));
  }

  @Test
  void namesForTheSegmenter() {
    assertTrue(G.names().contains("بغداد"));
    assertTrue(G.names().contains("الامم المتحده"));
    assertTrue(G.nameWords().contains("المتحده"));
    assertFalse(G.names().contains("المتحده"));
    char[] w = "xبغدادx".toCharArray();
    assertTrue(G.isName(w, 1, 5));
    assertTrue(G.isNameWord(w, 1, 5));
    assertFalse(G.isNameWord(w, 2, 4));
    char[] u = "المتحده".toCharArray();
    assertTrue(G.isNameWord(u, 0, u.length));
    assertFalse(G.isName(u, 0, u.length));
    assertEquals("الامم المتحده", Gazetteer.key("الأُمم   المتّحدة"));
  }

  @Test
  void datedCodes() {
    GazetteerEntry t = G.byId("grp:TALIBAN").get();
    assertEquals(Optional.of("REB"), t.sectorAt(LocalDate.of(2021, 8, 14)));
    assertEquals(Optional.of("GOV"), t.sectorAt(LocalDate.of(2021, 8, 15)));
    assertEquals(Optional.of("GOV"), t.sectorAt(null));
    assertEquals(Optional.of("AFG"), t.countryAt(LocalDate.of(2001, 1, 1)));
    GazetteerEntry ag = G.byId("per:aboulgheit").get();
    assertEquals(Optional.of("EGY"), ag.countryAt(LocalDate.of(2010, 5, 1)));
    assertEquals(Optional.of("IGO"), ag.countryAt(LocalDate.of(2017, 5, 1)));
  }

  @Test
  void everyEntryHasANameAndConsistentCodes() {
    for (GazetteerEntry e : G.entries()) {
      assertFalse(e.name().isBlank(), e.id());
      switch (e.kind()) {
        case SECTOR:
          assertTrue(e.country().isEmpty() && e.sector().isPresent(), e.id());
          break;
        case PERSON:
        case GROUP:
        case ORGANIZATION:
          assertTrue(e.country().isPresent() && e.sector().isPresent(), e.id());
          break;
        case REGION:
          assertTrue(e.sector().isEmpty(), e.id());
          assertEquals(e.country().isEmpty(), e.id().startsWith("place:-:"), e.id());
          break;
        default:
          assertTrue(e.country().isPresent() && e.sector().isEmpty(), e.id());
          break;
      }
      assertEquals(e, G.entry(e.index()));
    }
  }

  @Test
  void noNameIsSharedByTwoSectorEntries() {
    for (String k : G.names()) {
      List<GazetteerEntry> es = G.lookup(k);
      long sectors = es.stream().filter(e -> e.kind() == EntryKind.SECTOR).count();
      assertTrue(sectors <= 1, k + " " + es);
    }
  }

  @Test
  void sharedGazetteerGivesTheSameResultsFromSeveralThreads() throws Exception {
    String[] texts = {
      "التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمّان",
      "وللأمم المتحدة والحكومة اليمنية والحوثيون في صنعاء والرياض",
      "قوات سوريا الديمقراطية والجيش التركي في منبج وحلب وبغداد"
    };
    String[] expected = new String[texts.length];
    for (int i = 0; i < texts.length; i++) {
      expected[i] = find(texts[i]);
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> fs = new java.util.ArrayList<>();
      for (int n = 0; n < 40; n++) {
        int i = n % texts.length;
        fs.add(pool.submit(() -> expected[i].equals(find(texts[i]))));
      }
      for (java.util.concurrent.Future<Boolean> f : fs) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void everyIsoCountryIsListed() {
    for (String a2 : java.util.Locale.getISOCountries()) {
      String a3 = new java.util.Locale("", a2).getISO3Country();
      assertTrue(G.byId("country:" + a3).isPresent(), a3);
    }
  }
}
