package org.khabar.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.khabar.internal.normalize.ArabicNormalizer;

/** The word table: loading, normalized lookups without strings, and clear errors on bad lines. */
class TimeLexiconTest {

  private static TimeLexicon read(String text) throws IOException {
    return TimeLexicon.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
  }

  private static int id(TimeLexicon lex, String word) {
    char[] c = ArabicNormalizer.normalize(word, ArabicNormalizer.MATCH).toCharArray();
    return lex.find(c, 0, c.length);
  }

  @Test
  void standardTableLoads() {
    TimeLexicon lex = TimeLexicon.standard();
    assertEquals(269, lex.phraseCount());
    assertEquals(247, lex.wordCount());
    // spelling variants meet after normalization: one word
    assertEquals(id(lex, "أغسطس"), id(lex, "اغسطس"));
    assertEquals(id(lex, "الإثنين"), id(lex, "الاثنين"));
    assertEquals(id(lex, "الجمعة"), id(lex, "الجمعه"));
    assertEquals(-1, id(lex, "الوزير"));
  }

  @Test
  void lookupWithAPrefixCharMatchesTheWholeWord() {
    TimeLexicon lex = TimeLexicon.standard();
    char[] lam = ArabicNormalizer.normalize("لعام", ArabicNormalizer.MATCH).toCharArray();
    assertEquals(id(lex, "العام"), lex.find('\u0627', lam, 0, lam.length));
    assertEquals(-1, lex.find(lam, 0, lam.length));
  }

  @Test
  void phrasesAreIndexedByFirstWordLongestFirst() throws IOException {
    TimeLexicon lex = read("RELDAY\t-1\t-\tأمس\nRELDAY\t-2\t-\tأمس الأول\n");
    int[] ph = lex.phrasesStartingWith(id(lex, "أمس"));
    assertEquals(2, ph.length);
    assertEquals(2, lex.words(ph[0]).length);
    assertEquals(-2, lex.phraseValue(ph[0]));
    assertEquals(TimeLexicon.RELDAY, lex.phraseClass(ph[1]));
  }

  @Test
  void malformedLinesAreReportedWithTheirNumber() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> read("# comment\nWEEKDAY\t1\tالاثنين\n"));
    assertEquals("test.tsv:2: expected 4 tab-separated columns, found 3: WEEKDAY\t1\tالاثنين",
        e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> read("\nSEASON\t1\t-\tصيف\n"));
    assertEquals("test.tsv:2: unknown class SEASON: SEASON\t1\t-\tصيف", e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> read("WEEKDAY\tx\t-\tالاثنين\n"));
    assertTrue(e.getMessage().startsWith("test.tsv:1: value is not an integer"), e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> read("WEEKDAY\t1\tZ\tالاثنين\n"));
    assertTrue(e.getMessage().startsWith("test.tsv:1: unknown flag Z"), e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> read("BLOCK\t0\t-\tاليوم التالي\n"));
    assertTrue(e.getMessage().startsWith("test.tsv:1: BLOCK takes one word"), e.getMessage());
  }

  @Test
  void onePhraseWithTwoMeaningsIsAnError() throws IOException {
    // the same phrase twice with one meaning is fine (spelling variants that normalize alike)
    read("WEEKDAY\t1\t-\tالإثنين\nWEEKDAY\t1\t-\tالاثنين\n");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> read("WEEKDAY\t1\t-\tالإثنين\nWEEKDAY\t2\t-\tالاثنين\n"));
    assertEquals("test.tsv:2: phrase already listed with another meaning: WEEKDAY\t2\t-\tالاثنين",
        e.getMessage());
  }
}
