package org.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.testing.DocumentAssert;

/** The edges of {@link Pipeline#process}: null, empty and blank text, limits, offsets. */
class PipelineApiTest {
  private static final Pipeline PIPELINE = Pipeline.builder().build();

  @Test
  void nullTextIsANullPointerExceptionNamingTheArgument() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> PIPELINE.process(null));
    assertEquals("text", e.getMessage());
    NullPointerException withDate = assertThrows(NullPointerException.class,
        () -> PIPELINE.process(null, LocalDate.of(2017, 12, 21)));
    assertEquals("text", withDate.getMessage());
  }

  @Test
  void emptyTextIsAnEmptyDocument() {
    Document d = PIPELINE.process("");
    assertEquals("", d.text());
    assertTrue(d.tokens().isEmpty());
    assertTrue(d.sentences().isEmpty());
    assertTrue(d.entities().isEmpty());
    assertTrue(d.events().isEmpty());
    assertEquals(Optional.empty(), d.date());
    DocumentAssert.checkInvariants(d);
  }

  @Test
  void separatorsOnlyGiveNoTokensAndNoSentences() {
    Document d = PIPELINE.process(" \n\t\u200F\uFEFF\u0000 ");
    assertTrue(d.tokens().isEmpty());
    assertTrue(d.sentences().isEmpty());
    DocumentAssert.checkInvariants(d);
  }

  @Test
  void theTextIsKeptAsGivenAndOffsetsIndexIt() {
    String text = "\uFEFF\u0623\u064E\u062D\u0652\u0645\u064E\u062F\u064F \u0642\u0627\u0644\u064E: "
        + "\u0662\u0665\u066A.\n\uD83D\uDE00";
    Document d = PIPELINE.process(text, LocalDate.of(2017, 12, 21));
    assertSame(text, d.text());
    assertEquals(Optional.of(LocalDate.of(2017, 12, 21)), d.date());
    DocumentAssert.assertTokens(d, text.length(),
        "\u0623\u064E\u062D\u0652\u0645\u064E\u062F\u064F", "1,9",
        "\u0642\u0627\u0644\u064E", "10,14",
        ":", "14,15",
        "\u0662\u0665\u066A", "16,19",
        ".", "19,20",
        "\uD83D\uDE00", "21,23");
    assertEquals("\u0627\u062D\u0645\u062F", d.tokens().get(0).norm());
    assertEquals("25%", d.tokens().get(3).norm());
    assertEquals(TokenKind.PERCENT, d.tokens().get(3).kind());
    assertEquals(TokenKind.EMOJI, d.tokens().get(5).kind());
    assertEquals(2, d.sentences().size());
    assertEquals(1, d.sentences().get(0).start());
    assertEquals(20, d.sentences().get(0).end());
    assertEquals(21, d.sentences().get(1).start());
  }

  @Test
  void tooLongTextIsRejectedNamingTheLimit() {
    Pipeline small = Pipeline.builder().maxDocumentLength(5).build();
    DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class,
        () -> small.process("123456"));
    assertEquals(6, e.length());
    assertEquals(5, e.limit());
    assertTrue(e.getMessage().contains("maxDocumentLength = 5"), e.getMessage());
    assertEquals(1, small.process("12345").tokens().size());
  }

  @Test
  void lookupHelpersUseOriginalOffsets() {
    String text = "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631. \u062B\u0645";
    Document d = PIPELINE.process(text);
    List<Token> in = d.tokensIn(2, 6);
    assertEquals(2, in.size());
    assertEquals(0, in.get(0).index());
    assertEquals(1, in.get(1).index());
    assertTrue(d.tokensIn(3, 4).isEmpty(), "a space overlaps no token");
    assertTrue(d.tokensIn(1, 1).isEmpty(), "an empty span inside a token overlaps nothing");
    assertTrue(d.tokensIn(0, 0).isEmpty(), "an empty span at a token start overlaps nothing");
    assertEquals(1, d.tokensIn(2, 3).size(), "the last char of a token");
    assertEquals(4, d.tokensIn(0, text.length()).size());
    assertEquals(0, d.sentenceAt(0).orElseThrow().index());
    assertEquals(1, d.sentenceAt(12).orElseThrow().index());
    assertEquals(Optional.empty(), d.sentenceAt(11), "between sentences");
    assertThrows(IllegalArgumentException.class, () -> d.tokensIn(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> d.tokensIn(3, 2));
    assertThrows(IllegalArgumentException.class, () -> d.tokensIn(0, text.length() + 1));
    assertThrows(IllegalArgumentException.class, () -> d.sentenceAt(text.length()));
  }

  @Test
  void processingTwiceGivesEqualDocuments() {
    String text = "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 21/12/2017.";
    Document a = PIPELINE.process(text);
    Document b = PIPELINE.process(new String(text.toCharArray()));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }
}
