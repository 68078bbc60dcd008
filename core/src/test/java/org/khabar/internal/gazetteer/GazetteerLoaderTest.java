package org.khabar.internal.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The data-file formats: what they produce and how bad lines fail. */
class GazetteerLoaderTest {
  private static final String COUNTRIES = "# test\nEGY\tمصر|جمهورية مصر العربية\tمصري\t\n"
      + "SYR\tسوريا|~سورية\tسوري\n";

  private static String message(String... files) {
    return assertThrows(IllegalStateException.class, () -> Gazetteer.of(files)).getMessage();
  }

  @Test
  void countryRowGivesCountryAndNisbaEntries() {
    Gazetteer g = Gazetteer.of("countries.tsv", COUNTRIES);
    assertEquals(4, g.entryCount());
    assertEquals("country:EGY", g.entry(0).id());
    assertEquals("nisba:EGY", g.entry(1).id());
    assertEquals("countries.tsv:2", g.entry(0).source());
    assertEquals(List.of(g.entry(1)), g.lookup("المصريتين"));
    assertEquals(List.of(g.entry(3), g.entry(2)), g.lookup("سورية")); // the country name is ambiguous here
  }

  @Test
  void nisbaFormsAreGenerated() {
    assertEquals(List.of("مصري", "مصرية", "مصريون", "مصريين", "مصريان", "مصريات", "مصريتان", "مصريتين"),
        GazetteerLoader.nisbaForms("مصري"));
  }

  @Test
  void namedFilesAndSectorArticle() {
    Gazetteer g = Gazetteer.of("countries.tsv", COUNTRIES,
        "organizations.tsv", "X\tEGY GOV; SYR MIL from 2020-01-01\tالمنظمة|عبد الله\tnote\n",
        "sectors.tsv", "MIL\tجيش|قوات خاصة\n");
    assertEquals(1, g.lookup("المنظمه").size());
    assertEquals(1, g.lookup("عبدالله").size()); // the joined spelling of عبد
    assertEquals(1, g.lookup("الجيش").size()); // the article added to a one-word sector noun
    assertEquals(0, g.lookup("القوات خاصة").size());
    assertEquals("sector:MIL:جيش", g.lookup("جيش").get(0).id());
  }

  @Test
  void unknownCountryCodeFails() {
    assertEquals("places.tsv:1: unknown country code 'XYZ'",
        message("countries.tsv", COUNTRIES, "places.tsv", "XYZ\tCITY\tمدينة\n"));
  }

  @Test
  void badAlpha3Fails() {
    assertEquals("countries.tsv:1: 'Eg' is not an alpha-3 code", message("countries.tsv", "Eg\tمصر\n"));
  }

  @Test
  void nisbaMustEndWithYeh() {
    assertEquals("countries.tsv:1: nisba stem 'مصر' must end with ي",
        message("countries.tsv", "EGY\tمصر\tمصر\n"));
  }

  @Test
  void nameOnlyForInternationalCodes() {
    assertEquals("countries.tsv:1: only an international code may have no name",
        message("countries.tsv", "EGY\t-\tمصري\n"));
  }

  @Test
  void badPlaceKindFails() {
    assertEquals("places.tsv:1: unknown place kind 'TOWN'",
        message("countries.tsv", COUNTRIES, "places.tsv", "EGY\tTOWN\tطنطا\n"));
    assertEquals("places.tsv:1: place kind must be CAPITAL, CITY, REGION or FACILITY, not PERSON",
        message("countries.tsv", COUNTRIES, "places.tsv", "EGY\tPERSON\tطنطا\n"));
  }

  @Test
  void unknownSectorFails() {
    assertEquals("sectors.tsv:1: unknown sector 'XXX'", message("sectors.tsv", "XXX\tشيء\n"));
    assertEquals("groups.tsv:1: unknown sector 'ABC'",
        message("countries.tsv", COUNTRIES, "groups.tsv", "G\tEGY ABC\tجماعة\n"));
  }

  @Test
  void badCodeChangesFail() {
    assertEquals("groups.tsv:1: code change 'SYR GOV' needs 'from YYYY-MM-DD'",
        message("countries.tsv", COUNTRIES, "groups.tsv", "G\tSYR REB; SYR GOV\tجماعة\n"));
    assertEquals("groups.tsv:1: bad date in 'SYR GOV from 2024-13-01'",
        message("countries.tsv", COUNTRIES, "groups.tsv", "G\tSYR REB; SYR GOV from 2024-13-01\tجماعة\n"));
    assertEquals("groups.tsv:1: code changes must be in date order", message("countries.tsv", COUNTRIES,
        "groups.tsv", "G\tSYR REB; SYR GOV from 2024-01-01; SYR OPP from 2023-01-01\tجماعة\n"));
    assertEquals("groups.tsv:1: codes '-' name neither country nor sector",
        message("countries.tsv", COUNTRIES, "groups.tsv", "G\t-\tجماعة\n"));
  }

  @Test
  void duplicateIdFails() {
    assertEquals("persons.tsv:2: duplicate id per:a",
        message("countries.tsv", COUNTRIES, "persons.tsv", "a\tEGY GOV\tفلان\na\tEGY GOV\tعلان\n"));
  }

  @Test
  void missingColumnsAndNamesFail() {
    assertEquals("persons.tsv:1: expected at least 3 tab-separated columns, got 2",
        message("countries.tsv", COUNTRIES, "persons.tsv", "a\tEGY GOV\n"));
    assertEquals("persons.tsv:1: no names",
        message("countries.tsv", COUNTRIES, "persons.tsv", "a\tEGY GOV\t | \n"));
    assertEquals("persons.tsv:1: name '،' has no word",
        message("countries.tsv", COUNTRIES, "persons.tsv", "a\tEGY GOV\t،\n").replace("\u200f", ""));
  }

  @Test
  void unknownFileAndOddArgumentsFail() {
    assertThrows(IllegalArgumentException.class, () -> Gazetteer.of("people.tsv", ""));
    assertThrows(IllegalArgumentException.class, () -> Gazetteer.of("countries.tsv"));
  }
}
