package org.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.testing.DocumentAssert;

/** DocumentAssert itself must fail on bad documents and wrong expectations. */
class DocumentAssertTest {
  private static final String TEXT = "abc def";

  private static Token token(int start, int end, int index) {
    return new Token(TEXT, start, end, index, TokenKind.LATIN, null);
  }

  @Test
  void wrongOffsetsOrLengthFail() {
    Document d = Pipeline.builder().build().process(TEXT);
    DocumentAssert.assertTokens(d, 7, "abc", "0,3", "def", "4,7");
    AssertionError offsets = assertThrows(AssertionError.class,
        () -> DocumentAssert.assertTokens(d, 7, "abc", "0,3", "def", "4,8"));
    assertTrue(offsets.getMessage().contains("[4, 8) \"def\""), offsets.getMessage());
    assertThrows(AssertionError.class, () -> DocumentAssert.assertTokens(d, 8, "abc", "0,3",
        "def", "4,7"));
    assertThrows(AssertionError.class, () -> DocumentAssert.assertTokens(d, 7, "abc", "0,3"));
  }

  @Test
  void overlappingTokensFail() {
    Document d = new Document(TEXT, null, List.of(), List.of(token(0, 3, 0), token(2, 5, 1)),
        List.of(), List.of());
    AssertionError e = assertThrows(AssertionError.class, () -> DocumentAssert.checkInvariants(d));
    assertTrue(e.getMessage().startsWith("token 1 [2, 5) starts before the previous token ends (3)"),
        e.getMessage());
  }

  @Test
  void tokensOutsideEverySentenceFail() {
    Document d = new Document(TEXT, null, List.of(new Sentence(TEXT, 0, 3, 0, 0, 1)),
        List.of(token(0, 3, 0), token(4, 7, 1)), List.of(), List.of());
    AssertionError e = assertThrows(AssertionError.class, () -> DocumentAssert.checkInvariants(d));
    assertEquals("sentences end at token 1 of 2 in \"abc def\"", e.getMessage());
  }

  @Test
  void entityTextMustMatchItsSpan() {
    Document d = new Document(TEXT, null, List.of(new Sentence(TEXT, 0, 7, 0, 0, 2)),
        List.of(token(0, 3, 0), token(4, 7, 1)),
        List.of(new Entity(4, 7, EntityType.PER, "xyz", 0.5)), List.of());
    AssertionError e = assertThrows(AssertionError.class, () -> DocumentAssert.checkInvariants(d));
    assertTrue(e.getMessage().contains("has text \"xyz\" but the text there is \"def\""),
        e.getMessage());
  }
}
