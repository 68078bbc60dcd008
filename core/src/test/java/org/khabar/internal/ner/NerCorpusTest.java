package org.khabar.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCorpusTest {
  @TempDir Path dir;

  @Test
  void anercorpClassNamesAreNormalized() {
    assertEquals("B-PER", NerCorpus.normalizeTag("B-PERS"));
    assertEquals("I-PER", NerCorpus.normalizeTag("I-PER"));
    assertEquals("B-LOC", NerCorpus.normalizeTag("B-LOC"));
    assertEquals("I-ORG", NerCorpus.normalizeTag("I-ORG"));
    assertEquals("B-MISC", NerCorpus.normalizeTag("B-MISC"));
    assertEquals("O", NerCorpus.normalizeTag("O"));
  }

  @Test
  void aqmarMiscellaneousClassesAndTyposAreNormalized() {
    assertEquals("B-MISC", NerCorpus.normalizeTag("B-MIS0"));
    assertEquals("I-MISC", NerCorpus.normalizeTag("I-MIS3"));
    assertEquals("B-MISC", NerCorpus.normalizeTag("B-MIS-2"));
    assertEquals("B-MISC", NerCorpus.normalizeTag("B-MISS1"));
    assertEquals("B-MISC", NerCorpus.normalizeTag("B-MIS1`"));
    assertEquals("B-MISC", NerCorpus.normalizeTag("B-ENGLISH"));
    assertEquals("B-MISC", NerCorpus.normalizeTag("B-SPANISH"));
    assertEquals("I-ORG", NerCorpus.normalizeTag("I--ORG"));
    assertEquals("O", NerCorpus.normalizeTag("OO"));
    assertEquals("O", NerCorpus.normalizeTag("IO"));
  }

  @Test
  void unknownTagsAreNull() {
    assertNull(NerCorpus.normalizeTag("B-DATE"));
    assertNull(NerCorpus.normalizeTag("X"));
    assertNull(NerCorpus.normalizeTag("PER"));
  }

  @Test
  void chunksFollowConlleval() {
    List<NerCorpus.Chunk> out = new java.util.ArrayList<>();
    NerCorpus.chunk(List.of("B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG", "B-ORG", "B-ORG"), 0, 9,
        out);
    assertEquals(List.of(new NerCorpus.Chunk(0, 2, "PER"), new NerCorpus.Chunk(3, 5, "LOC"),
        new NerCorpus.Chunk(5, 6, "LOC"), new NerCorpus.Chunk(6, 7, "ORG"), new NerCorpus.Chunk(7, 8, "ORG"),
        new NerCorpus.Chunk(8, 9, "ORG")), out);
  }

  @Test
  void aDocumentIsItsTokensJoinedBySpacesAndSentencesByNewlines() throws IOException {
    Path f = dir.resolve("g.txt");
    Files.writeString(f, "\uFEFFقال O\nسامح B-PERS\nشكري I-PERS\n\n\nفي O\nالقاهرة B-LOC\n", StandardCharsets.UTF_8);
    NerCorpus.Document d = new NerCorpus.Document("g", NerCorpus.read(f));
    assertEquals("قال سامح شكري\nفي القاهرة", d.text());
    assertEquals(5, d.tokenCount());
    assertEquals(4, d.tokenStart(1));
    assertEquals(8, d.tokenEnd(1));
    assertEquals(14, d.tokenStart(3));
    assertEquals(3, d.sentenceFirstToken(1));
    assertEquals(1, d.tokenAt(6));
    assertEquals(List.of(new NerCorpus.Chunk(1, 3, "PER"), new NerCorpus.Chunk(4, 5, "LOC")), d.chunks());
    assertThrows(IllegalArgumentException.class, () -> d.tokenAt(3));
  }

  @Test
  void malformedLinesNameTheFileAndLine() throws IOException {
    Path f = dir.resolve("bad.txt");
    Files.writeString(f, "قال O\nسامح B-DATE\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NerCorpus.read(f));
    assertEquals(f + ":2: unknown NER tag 'B-DATE'", e.getMessage());
    Files.writeString(f, "قال\n", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> NerCorpus.read(f));
    assertEquals(f + ":1: expected 'TOKEN TAG', got 'قال'", e.getMessage());
    Files.writeString(f, "قال سامح O\n", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> NerCorpus.read(f));
    assertEquals(f + ":1: more than two columns in 'قال سامح O'", e.getMessage());
  }
}
