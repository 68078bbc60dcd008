package org.khabar.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.internal.Analysis;

class NerLexiconTest {
  private static final NerLexicon LEX = NerLexicon.of(Map.of(
      "gaz.LOC", List.of("السعودية", "لبنان", "الولايات المتحدة", "بغداد"),
      "cue.PER", List.of("وزير", "الرئيس")));

  private static int id(Analysis a, int t) {
    return LEX.wordId(a, t);
  }

  @Test
  void aWordIsFoundUnderItsStemWithoutTheArticle() {
    Analysis a = Segmented.analysis("ال+سعودية سعودية و+ال+سعودية ل+ل+سعودية");
    int id = id(a, 0);
    assertTrue(id >= 0);
    assertEquals(id, id(a, 1));
    assertEquals(id, id(a, 2));
    assertEquals(id, id(a, 3));
  }

  @Test
  void procliticsTheSegmenterLeftAttachedAreTriedWhenTheLexiconHasTheRest() {
    // one STEM segment each: a segmenter that did not split
    Analysis a = Segmented.analysis("والسعودية للسعودية بلبنان وبغداد لبنان وزير");
    int saudi = id(Segmented.analysis("السعودية"), 0);
    assertEquals(saudi, id(a, 0));
    assertEquals(saudi, id(a, 1));
    assertEquals(id(Segmented.analysis("لبنان"), 0), id(a, 2));
    assertEquals(id(Segmented.analysis("بغداد"), 0), id(a, 3));
    // whole words first: لبنان and وزير are not ل+بنان, و+زير
    assertTrue(id(a, 4) >= 0);
    assertTrue(id(a, 5) >= 0);
    assertEquals(-1, id(Segmented.analysis("وزارة"), 0));
  }

  @Test
  void phrasesWalkTheTrieWordByWord() {
    Analysis a = Segmented.analysis("و+ال+ولايات المتحدة");
    int node = LEX.child(0, id(a, 0));
    assertTrue(node > 0);
    assertEquals(0L, LEX.mask(node));
    int end = LEX.child(node, id(a, 1));
    String[] cats = LEX.categories();
    assertEquals(1L << List.of(cats).indexOf("gaz.LOC"), LEX.mask(end));
  }

  @Test
  void serializationKeepsEveryEntry() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new NerLexicon.Serializer().serialize(LEX, out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals("#khabar-ner-lexicon 1\ncue.PER\tالرئيس\ncue.PER\tوزير\ngaz.LOC\tالسعودية\n"
        + "gaz.LOC\tالولايات المتحدة\ngaz.LOC\tبغداد\ngaz.LOC\tلبنان\n", text);
    NerLexicon back = new NerLexicon.Serializer().create(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(LEX.entries(), back.entries());
    assertArrayEquals(LEX.categories(), back.categories());
    assertEquals(6, back.size());
  }

  @Test
  void badContentIsRejected() {
    assertThrows(opennlp.tools.util.InvalidFormatException.class,
        () -> NerLexicon.read(new ByteArrayInputStream("gaz.LOC\tx\n".getBytes(StandardCharsets.UTF_8))));
    assertThrows(IllegalArgumentException.class, () -> NerLexicon.of(Map.of("gaz\tLOC", List.of("x"))));
  }
}
