package org.khabar.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.Actor;
import org.khabar.Document;
import org.khabar.DocumentTooLargeException;
import org.khabar.Entity;
import org.khabar.Event;
import org.khabar.ModelLoadException;
import org.khabar.ModelSource;
import org.khabar.NerModel;
import org.khabar.Pipeline;
import org.khabar.Segment;
import org.khabar.Sentence;
import org.khabar.Token;
import org.khabar.TokenKind;

/**
 * Hostile input through {@link Pipeline#process}: each returns a valid document (offsets inside the
 * text, every span covering exactly the text it claims, tokens in order and segmented without gaps) or
 * the documented exception. Also: damaged or missing models fail at {@code build()} naming the
 * resource and the checksums, and builder misuse names the setting.
 */
public class AdversarialInputTest {
  private static final Pipeline PIPELINE = Pipeline.builder().build();

  /**
   * The pipeline under test: here one without a NER model; the models module runs the same inputs
   * through the standard pipeline (shipped NER model and events) by overriding this.
   *
   * @return the pipeline
   */
  protected Pipeline pipeline() {
    return PIPELINE;
  }

  @TempDir Path tmp;

  /**
   * Checks every invariant of a document (tokens, segments, sentences, entities, event spans) and
   * returns it.
   *
   * @param text the text the document was made from
   * @param d the document
   * @return {@code d}
   */
  public static Document checkValid(String text, Document d) {
    assertSame(text, d.text(), "the text is stored unchanged");
    int n = text.length();
    List<Token> tokens = d.tokens();
    int prevEnd = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      assertEquals(i, t.index(), "token index");
      assertTrue(t.start() >= prevEnd && t.start() < t.end() && t.end() <= n,
          () -> "token " + t + " out of order or outside [0, " + n + ")");
      prevEnd = t.end();
      List<Segment> segs = t.segments();
      assertTrue(!segs.isEmpty(), "a token has at least one segment");
      int at = t.start();
      for (Segment s : segs) {
        assertEquals(at, s.start(), () -> "segments of " + t + " leave a gap or overlap: " + segs);
        assertTrue(s.end() > s.start(), () -> "empty segment in " + t + ": " + segs);
        assertEquals(text.substring(s.start(), s.end()), s.text(), "segment text");
        at = s.end();
      }
      assertEquals(t.end(), at, () -> "segments do not cover " + t + ": " + segs);
      t.norm();
    }
    int nextToken = 0;
    int prevSentenceEnd = 0;
    for (int s = 0; s < d.sentences().size(); s++) {
      Sentence sen = d.sentences().get(s);
      assertEquals(s, sen.index(), "sentence index");
      assertEquals(nextToken, sen.firstToken(), () -> "sentences do not partition the tokens at " + sen);
      assertTrue(sen.endToken() > sen.firstToken(), () -> "empty sentence " + sen);
      assertTrue(sen.start() >= prevSentenceEnd && sen.end() <= n, () -> "sentence " + sen + " out of order");
      assertEquals(tokens.get(sen.firstToken()).start(), sen.start(), "sentence start");
      assertEquals(tokens.get(sen.endToken() - 1).end(), sen.end(), "sentence end");
      nextToken = sen.endToken();
      prevSentenceEnd = sen.end();
    }
    assertEquals(tokens.size(), nextToken, "every token is in a sentence");
    int prevEntity = 0;
    for (Entity e : d.entities()) {
      assertTrue(e.start() >= prevEntity && e.end() <= n, () -> "entity " + e + " out of order or outside");
      assertEquals(text.substring(e.start(), e.end()), e.text(), "entity text");
      prevEntity = e.start();
    }
    for (Event e : d.events()) {
      span(text, e.trigger().start(), e.trigger().end(), e.trigger().text());
      for (Actor a : e.source()) {
        span(text, a.start(), a.end(), a.text());
      }
      for (Actor a : e.target()) {
        span(text, a.start(), a.end(), a.text());
      }
      e.location().ifPresent(l -> span(text, l.start(), l.end(), l.text()));
      e.time().ifPresent(l -> span(text, l.start(), l.end(), l.text()));
    }
    return d;
  }

  private static void span(String text, int start, int end, String claimed) {
    assertTrue(0 <= start && start <= end && end <= text.length(),
        () -> "span [" + start + ", " + end + ") outside the text of length " + text.length());
    assertEquals(text.substring(start, end), claimed, "span text");
  }

  private Document processValid(String text) {
    return checkValid(text, pipeline().process(text));
  }

  @Test
  public void tenMegabyteLineOfArabicLettersWithoutSpaceIsOneToken() {
    StringBuilder b = new StringBuilder(10_000_000);
    String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    for (int i = 0; i < 10_000_000; i++) {
      b.append(letters.charAt(i % letters.length()));
    }
    String text = b.toString();
    Document d = processValid(text);
    assertEquals(1, d.tokens().size());
    assertEquals(0, d.tokens().get(0).start());
    assertEquals(10_000_000, d.tokens().get(0).end());
    assertEquals(1, d.sentences().size());
  }

  @Test
  public void tenMegabyteLineOfMixedCharactersWithoutSpace() {
    Random r = new Random(20240501L);
    String alphabet = "ابتسمل\u064E\u0651\u0640aZ09٣۴.,،؛؟!?«»\"'()-/%٪@#_:+=\u200C\u200D\u200F";
    StringBuilder b = new StringBuilder(10_000_000);
    while (b.length() < 10_000_000) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    Document d = processValid(b.toString());
    assertTrue(d.tokens().size() > 1_000_000, "tokens: " + d.tokens().size());
  }

  @Test
  public void aMillionHarakatInARow() {
    String harakat = "\u064E".repeat(1_000_000);
    checkValid(harakat, pipeline().process(harakat));
    String after = "ب" + harakat + " كتب";
    Document d = processValid(after);
    assertEquals(0, d.tokens().get(0).start());
    assertEquals(1_000_001, d.tokens().get(0).end());
    assertEquals("ب", d.tokens().get(0).norm());
    assertEquals(1_000_002, d.tokens().get(1).start());
    assertEquals(1_000_005, d.tokens().get(1).end());
    StringBuilder mixed = new StringBuilder();
    for (int i = 0; i < 1_000_000; i++) {
      mixed.append((char) (0x064B + i % 21));
    }
    processValid(mixed.toString());
  }

  @Test
  public void everyCodePointOfEveryPlane() {
    StringBuilder b = new StringBuilder(2_300_000);
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
        b.appendCodePoint(cp);
      }
    }
    Document d = processValid(b.toString());
    for (Token t : d.tokens()) {
      assertTrue(!Character.isLowSurrogate(d.text().charAt(t.start()))
          || !Character.isHighSurrogate(d.text().charAt(t.start() - 1)),
          () -> "token " + t + " starts inside a surrogate pair");
      assertTrue(!Character.isHighSurrogate(d.text().charAt(t.end() - 1))
          || t.end() == d.text().length() || !Character.isLowSurrogate(d.text().charAt(t.end())),
          () -> "token " + t + " ends inside a surrogate pair");
    }
    for (int plane = 0; plane <= 16; plane++) {
      StringBuilder p = new StringBuilder();
      for (int cp = plane << 16; cp < (plane + 1) << 16; cp += 7) {
        if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
          p.appendCodePoint(cp).append(cp % 3 == 0 ? " " : "");
        }
      }
      processValid(p.toString());
    }
  }

  @Test
  public void unpairedAndReversedSurrogates() {
    processValid("\uD800");
    processValid("\uDC00");
    processValid("\uDC00\uD800");
    processValid("كتب\uD83Dب \uDE00ا \uD83D\uDE00\uD83D");
    Random r = new Random(7L);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      int k = r.nextInt(6);
      b.append(k == 0 ? (char) (0xD800 + r.nextInt(0x400)) : k == 1 ? (char) (0xDC00 + r.nextInt(0x400))
          : k == 2 ? ' ' : k == 3 ? 'ب' : k == 4 ? '\u064F' : 'x');
    }
    processValid(b.toString());
  }

  @Test
  public void nulAndOtherControlCharacters() {
    StringBuilder b = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      b.append("كل").append(c).append("مة").append(c);
    }
    for (char c = 0x7F; c <= 0x9F; c++) {
      b.append(c).append("نص").append(c).append(' ');
    }
    b.append("\u0000\u0000\u0000").append("\uFFFE\uFFFF\uFEFF\uFFFD");
    processValid(b.toString());
    processValid("\u0000");
    processValid("\u0000".repeat(100_000));
  }

  @Test
  public void bidiMarksAndJoinersInsideAndBetweenWords() {
    String marks = "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C\u200C\u200D\u2060\uFEFF";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < marks.length(); i++) {
      char m = marks.charAt(i);
      b.append(m).append("وزير").append(m).append("الخارجية").append(m).append(' ').append(m).append("UN")
          .append(m).append("2017").append(m).append('\n');
    }
    processValid(b.toString());
    processValid(marks.repeat(10_000));
  }

  @Test
  public void mixedScriptsInOneWord() {
    String[] parts = {"عربي", "Latin", "Кириллица", "中文", "עברית", "हिन्दी", "ελληνικά", "😀", "🇸🇦", "👩‍👩‍👧",
        "١٢٣", "۱۲۳", "123", "ﻻ", "ﷺ", "ﷲ", "ـــ", "ًٌٍَُِّْ"};
    Random r = new Random(99L);
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 60; i++) {
        b.append(parts[r.nextInt(parts.length)]);
        if (r.nextInt(4) == 0) {
          b.append(' ');
        }
      }
      processValid(b.toString());
    }
  }

  @Test
  public void fiveHundredDigitNumbers() {
    Random r = new Random(500L);
    String[] digitSets = {"0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"};
    for (String digits : digitSets) {
      StringBuilder n = new StringBuilder();
      for (int i = 0; i < 500; i++) {
        n.append(digits.charAt(r.nextInt(10)));
      }
      String num = n.toString();
      Document d = processValid("بلغ " + num + " دولارا");
      assertEquals(3, d.tokens().size(), () -> d.tokens().toString());
      assertEquals(TokenKind.NUMBER, d.tokens().get(1).kind());
      assertEquals(4, d.tokens().get(1).start());
      assertEquals(504, d.tokens().get(1).end());
      processValid(num + "." + num + "," + num + "%" + num + "٫" + num + "٬" + num + "/" + num);
    }
    processValid("1,".repeat(10_000) + "1");
  }

  @Test
  public void seededRandomDocumentsAreValidAndDeterministic() {
    String[] pieces = {"و", "ال", "ب", "ل", "ك", "س", "ه", "ها", "هم", "نا", "كتب", "وزير", "الخارجية", "ة", "ى",
        "أ", "إ", "آ", "ٱ", "\u064E", "\u0651", "\u0640", "\u200C", "\u200D", "\u200F", " ", " ", "  ", "\n",
        "\r\n", "\t", ".", "،", "؟", "!", "«", "»", "\"", "(", ")", "25", "٢٥", "۲۵", "%", "٪", "3.5", "21/12/2017",
        "https://example.org/a?b=c", "a@b.org", "#وسم", "@UN", "😀", "\uD83D", "\uDE00", "UN", "Lavrov", "\u0000",
        "\u0085", "\u2028", "ﻻ", "ﷲ"};
    Random r = new Random(123456789L);
    for (int doc = 0; doc < 3000; doc++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(400);
      for (int i = 0; i < len; i++) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String text = b.toString();
      Document first;
      try {
        first = processValid(text);
        assertEquals(first, pipeline().process(text, null), "same result twice");
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("seed 123456789, document " + doc + ": " + escape(text), e);
      }
    }
  }

  @Test
  public void emptyTextGivesAnEmptyDocumentAndNullIsRejectedByName() {
    Document d = processValid("");
    assertEquals(0, d.tokens().size());
    assertEquals(0, d.sentences().size());
    Document dated = pipeline().process("", LocalDate.of(2017, 12, 18));
    assertEquals(LocalDate.of(2017, 12, 18), dated.date().orElseThrow());
    NullPointerException e = assertThrows(NullPointerException.class, () -> pipeline().process(null));
    assertEquals("text", e.getMessage());
    processValid("   \n\n\t  ");
  }

  @Test
  public void textOverTheMaximumIsRejectedNamingTheLimit() {
    Pipeline small = Pipeline.builder().maxDocumentLength(1000).build();
    String atLimit = "ب".repeat(1000);
    checkValid(atLimit, small.process(atLimit));
    DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class,
        () -> small.process("ب".repeat(1001)));
    assertEquals("text of 1001 characters exceeds maxDocumentLength = 1000"
        + " (set Pipeline.Builder.maxDocumentLength to accept longer texts)", e.getMessage());
    assertEquals(1000, e.limit());
    assertEquals(1001, e.length());
    String over = "x".repeat(Pipeline.DEFAULT_MAX_DOCUMENT_LENGTH + 1);
    DocumentTooLargeException d = assertThrows(DocumentTooLargeException.class, () -> pipeline().process(over));
    assertEquals(Pipeline.DEFAULT_MAX_DOCUMENT_LENGTH, d.limit());
    assertTrue(d.getMessage().contains("maxDocumentLength = " + Pipeline.DEFAULT_MAX_DOCUMENT_LENGTH), d.getMessage());
  }

  // ------------------------------------------------------------------ models and builder

  private static final String SHA_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  public void damagedModelFailsAtBuildNamingResourceAndBothChecksums() throws IOException {
    Path f = tmp.resolve("ner-damaged.bin");
    Files.write(f, "abd".getBytes(StandardCharsets.US_ASCII));
    Pipeline.Builder b = Pipeline.builder().nerModel(
        ModelSource.of("org/khabar/models/ner-damaged.bin", () -> Files.newInputStream(f), SHA_OF_ABC));
    ModelLoadException e = assertThrows(ModelLoadException.class, b::build);
    assertEquals("org/khabar/models/ner-damaged.bin", e.resource());
    assertEquals("Model resource org/khabar/models/ner-damaged.bin is damaged or not the expected version:"
        + " expected sha256 " + SHA_OF_ABC + ", actual sha256 "
        + "a52d159f262b2c6ddb724a61840befc36eb30c88877a4030b65cbe86298449c9 (3 bytes)", e.getMessage());
  }

  @Test
  public void missingModelFailsAtBuildNamingTheResource() {
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> Pipeline.builder()
        .nerModel(ModelSource.of("org/khabar/models/absent.bin", () -> null, SHA_OF_ABC)).build());
    assertEquals("Missing model resource org/khabar/models/absent.bin", e.getMessage());
    Path absent = tmp.resolve("absent.bin");
    ModelLoadException f = assertThrows(ModelLoadException.class,
        () -> Pipeline.builder().nerModel(ModelSource.of(absent)).build());
    assertEquals(absent.toString(), f.resource());
    assertTrue(f.getMessage().startsWith("Cannot read model resource " + absent + ": java.nio.file.NoSuchFileException"),
        f.getMessage());
  }

  @Test
  public void bytesWithTheRightChecksumThatAreNoModelFailAtBuild() {
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> Pipeline.builder()
        .nerModel(ModelSource.of("abc.bin", () -> new ByteArrayInputStream(new byte[] {'a', 'b', 'c'}), SHA_OF_ABC))
        .build());
    assertEquals("abc.bin", e.resource());
    assertTrue(e.getMessage().startsWith("Model resource abc.bin is not a valid NER model: "), e.getMessage());
  }

  @Test
  public void unreadableModelFailsAtBuildWithTheCause() {
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> Pipeline.builder()
        .nerModel(ModelSource.of("io.bin", () -> {
          throw new IOException("disk on fire");
        }, null)).build());
    assertEquals("Cannot read model resource io.bin: java.io.IOException: disk on fire", e.getMessage());
  }

  @Test
  public void builderMisuseNamesTheSetting() {
    assertEquals("poolSize 0 must be at least 1", assertThrows(IllegalArgumentException.class,
        () -> Pipeline.builder().poolSize(0)).getMessage());
    assertEquals("poolSize was already set to 3", assertThrows(IllegalStateException.class,
        () -> Pipeline.builder().poolSize(3).poolSize(4)).getMessage());
    assertEquals("maxDocumentLength -1 must be at least 1", assertThrows(IllegalArgumentException.class,
        () -> Pipeline.builder().maxDocumentLength(-1)).getMessage());
    assertEquals("maxDocumentLength was already set to 10", assertThrows(IllegalStateException.class,
        () -> Pipeline.builder().maxDocumentLength(10).maxDocumentLength(20)).getMessage());
    assertEquals("ner model was already set to a.bin", assertThrows(IllegalStateException.class,
        () -> Pipeline.builder().nerModel(ModelSource.of("a.bin", () -> null, null))
            .nerModel(ModelSource.of("b.bin", () -> null, null))).getMessage());
    assertEquals("source", assertThrows(NullPointerException.class,
        () -> Pipeline.builder().nerModel((ModelSource) null)).getMessage());
    assertEquals("model", assertThrows(NullPointerException.class,
        () -> Pipeline.builder().nerModel((NerModel) null)).getMessage());
    assertEquals("expectedSha256 'xyz' is not 64 hexadecimal digits", assertThrows(IllegalArgumentException.class,
        () -> ModelSource.of("a", () -> null, "xyz")).getMessage());
    assertEquals("gazetteerOrganizations was already set to false", assertThrows(IllegalStateException.class,
        () -> Pipeline.builder().gazetteerOrganizations(false).gazetteerOrganizations(true)).getMessage());
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
