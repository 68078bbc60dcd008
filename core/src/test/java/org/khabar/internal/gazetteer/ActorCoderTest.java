package org.khabar.internal.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.internal.Analysis;

/** Actor coding of whole phrases: one test per rule of {@link ActorCoder}. */
class ActorCoderTest {
  private static final ActorCoder CODER = ActorCoder.builtIn();

  /** Codes the whole text as one phrase and renders "CCC SSS <entry id>". */
  private static String code(String phrase) {
    return code(phrase, null);
  }

  private static String code(String phrase, LocalDate date) {
    Analysis a = GazetteerTestSupport.analyse(phrase, date);
    ActorCode c = CODER.code(a, 0, a.tokenCount);
    return c.country().orElse("-") + " " + c.sector().orElse("-") + " "
        + c.entry().map(GazetteerEntry::id).orElse("-");
  }

  @Test
  void regimeWithNisba() {
    assertEquals("SYR GOV nisba:SYR", code("النظام السوري"));
  }

  @Test
  void ministerTitleWithNisba() {
    assertEquals("RUS GOV nisba:RUS", code("وزير الخارجية الروسي"));
  }

  @Test
  void armyWithNisba() {
    assertEquals("TUR MIL nisba:TUR", code("الجيش التركي"));
  }

  @Test
  void oppositionWithFeminineNisba() {
    assertEquals("SYR OPP nisba:SYR", code("المعارضة السورية"));
  }

  @Test
  void policeWithNisba() {
    assertEquals("ISR COP nisba:ISR", code("الشرطة الإسرائيلية"));
  }

  @Test
  void unitedNations() {
    assertEquals("UNO IGO org:UN", code("الأمم المتحدة"));
    assertEquals("UNO IGO org:UN", code("الأمين العام للأمم المتحدة"));
  }

  @Test
  void unAdjectiveWithGovernmentTitleGivesIgo() {
    assertEquals("UNO IGO nisba:UNO", code("المبعوث الأممي"));
  }

  @Test
  void knownPersonAloneOrWithTitle() {
    assertEquals("EGY GOV per:shoukry", code("سامح شكري"));
    assertEquals("EGY GOV per:shoukry", code("وزير الخارجية المصري سامح شكري"));
    assertEquals("FRA GOV per:macron", code("الرئيس الفرنسي إيمانويل ماكرون"));
    assertEquals("UNO IGO per:guterres", code("غوتيريش"));
  }

  @Test
  void countryOrCapitalAloneIsItsGovernment() {
    assertEquals("EGY GOV country:EGY", code("مصر"));
    assertEquals("TUR GOV place:TUR:أنقرة", code("أنقرة"));
  }

  @Test
  void otherPlaceGivesCountryOnly() {
    assertEquals("SYR - place:SYR:حلب", code("حلب"));
    assertEquals("SYR - nisba:SYR", code("السوريون"));
  }

  @Test
  void firstNameAfterTheHeadDecides() {
    assertEquals("SYR GOV country:SYR", code("مندوب سوريا لدى الأمم المتحدة"));
    assertEquals("USA GOV nisba:USA", code("السفير الأمريكي في العراق"));
  }

  @Test
  void groupsCarryTheirOwnCodes() {
    assertEquals("SYR REB grp:SDF", code("قوات سوريا الديمقراطية"));
    assertEquals("YEM REB grp:HOUTHIS", code("الحوثيون"));
    assertEquals("LBN REB grp:HEZBOLLAH", code("مقاتلو حزب الله"));
  }

  @Test
  void datedCodesFollowTheDocumentDate() {
    assertEquals("AFG REB grp:TALIBAN", code("حركة طالبان", LocalDate.of(2019, 2, 25)));
    assertEquals("AFG GOV grp:TALIBAN", code("حركة طالبان", LocalDate.of(2022, 1, 10)));
    assertEquals("SDN MIL grp:RSF", code("قوات الدعم السريع", LocalDate.of(2021, 6, 1)));
    assertEquals("SDN REB grp:RSF", code("قوات الدعم السريع", LocalDate.of(2023, 5, 1)));
  }

  @Test
  void sectorOnlyPhrases() {
    assertEquals("- REB -", code("المتمردون"));
    assertEquals("- OPP -", code("وفد المعارضة"));
    assertEquals("- GOV -", code("الحكومة"));
  }

  @Test
  void ambiguousNameCountsOnlyAlone() {
    assertEquals("PSE GOV per:abbas", code("الرئيس عباس"));
    // عباس is ambiguous; the unambiguous nisba decides
    assertEquals("IRN GOV nisba:IRN", code("وزير الخارجية الإيراني عباس"));
  }

  @Test
  void nothingResolvable() {
    Analysis a = GazetteerTestSupport.analyse("قال المصدر");
    assertSame(ActorCode.NONE, CODER.code(a, 0, a.tokenCount));
    assertTrue(ActorCode.NONE.isEmpty());
    assertEquals("", ActorCode.NONE.cameo());
  }

  @Test
  void cameoConcatenatesCodes() {
    Analysis a = GazetteerTestSupport.analyse("الجيش التركي");
    assertEquals("TURMIL", CODER.code(a, 0, a.tokenCount).cameo());
  }

  @Test
  void codeSpanTakesTheTokensOverlappingTheCharacters() {
    Analysis a = GazetteerTestSupport.analyse("وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده ترفض");
    // "سيرغي لافروف" = [26, 38)
    ActorCode c = CODER.codeSpan(a, 26, 38);
    assertEquals(Optional.of("RUS"), c.country());
    assertEquals(Optional.of("GOV"), c.sector());
    assertEquals("per:lavrov", c.entry().get().id());
    assertEquals("RUSGOV", CODER.codeSpan(a, 5, 25).cameo());
    assertThrows(IllegalArgumentException.class, () -> CODER.codeSpan(a, 10, 999));
    assertThrows(IllegalArgumentException.class, () -> CODER.codeSpan(a, 10, 5));
  }

  @Test
  void scratchBufferIsReusable() {
    GazetteerMatches scratch = new GazetteerMatches();
    Analysis a = GazetteerTestSupport.analyse("الجيش التركي والمعارضة السورية");
    assertEquals("TURMIL", CODER.code(a, 0, 2, scratch).cameo());
    assertEquals("SYROPP", CODER.code(a, 2, 4, scratch).cameo());
  }
}
