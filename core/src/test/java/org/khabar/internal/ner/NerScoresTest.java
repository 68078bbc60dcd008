package org.khabar.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.Entity;
import org.khabar.EntityType;

class NerScoresTest {
  private static NerCorpus.Document doc() {
    // والتقى سامح شكري بالأمين العام للأمم المتحدة في نيويورك
    return new NerCorpus.Document("d", List.of(new NerCorpus.Sentence(
        List.of("والتقى", "سامح", "شكري", "بالأمين", "العام", "للأمم", "المتحدة", "في", "نيويورك"),
        List.of("O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC"))));
  }

  private static Entity entity(String text, int start, int end, EntityType type) {
    return new Entity(start, end, type, text.substring(start, end), 0.5);
  }

  @Test
  void aSpanWithoutTheProcliticsMatchesTheWholeGoldTokens() {
    NerCorpus.Document d = doc();
    String t = d.text();
    int org = t.indexOf("للأمم") + 2; // "أمم المتحدة": the library's span, proclitics trimmed
    NerScores s = new NerScores();
    s.add(d, List.of(entity(t, t.indexOf("سامح"), t.indexOf("شكري") + 4, EntityType.PER),
        entity(t, org, t.indexOf("المتحدة") + 7, EntityType.ORG),
        entity(t, t.indexOf("في"), t.indexOf("في") + 2, EntityType.LOC)));
    assertArrayEquals(new long[] {1, 1, 1}, s.counts("PER"));
    assertArrayEquals(new long[] {1, 1, 1}, s.counts("ORG"));
    assertArrayEquals(new long[] {1, 1, 0}, s.counts("LOC"));
    assertArrayEquals(new long[] {3, 3, 2}, s.counts(null));
    assertEquals(200.0 / 3, s.precision(null), 1e-9);
    assertEquals(200.0 / 3, s.f1(null), 1e-9);
    assertEquals(0.0, s.f1("LOC"), 1e-9);
  }

  @Test
  void wrongBoundariesAndTypesAreErrorsAndAGoldEntityMatchesOnce() {
    NerCorpus.Document d = doc();
    String t = d.text();
    NerScores s = new NerScores();
    s.add(d, List.of(entity(t, t.indexOf("سامح"), t.indexOf("سامح") + 4, EntityType.PER),
        entity(t, t.indexOf("شكري"), t.indexOf("شكري") + 4, EntityType.PER),
        entity(t, t.indexOf("نيويورك"), t.indexOf("نيويورك") + 4, EntityType.LOC),
        entity(t, t.indexOf("نيويورك") + 4, t.indexOf("نيويورك") + 7, EntityType.LOC),
        entity(t, t.indexOf("للأمم"), t.indexOf("المتحدة") + 7, EntityType.LOC)));
    assertArrayEquals(new long[] {1, 2, 0}, s.counts("PER"));
    assertArrayEquals(new long[] {1, 3, 1}, s.counts("LOC"));
    assertArrayEquals(new long[] {1, 0, 0}, s.counts("ORG"));
  }

  @Test
  void theReportEndsWithTheOverallF1() {
    NerCorpus.Document d = doc();
    String t = d.text();
    NerScores s = new NerScores();
    s.add(d, List.of(entity(t, t.indexOf("سامح"), t.indexOf("شكري") + 4, EntityType.PER)));
    assertEquals("processed 9 tokens with 3 phrases; found: 1 phrases; correct: 1.\n"
        + "type     precision  recall     F1   gold  found correct\n"
        + "PER         100.00  100.00 100.00      1      1       1\n"
        + "LOC           0.00    0.00   0.00      1      0       0\n"
        + "ORG           0.00    0.00   0.00      1      0       0\n"
        + "overall     100.00   33.33  50.00      3      1       1\n"
        + "overall F1 = 50.00\n", s.report());
  }
}
