package org.khabar.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.khabar.Document;
import org.khabar.Entity;
import org.khabar.EntityType;
import org.khabar.NerModel;
import org.khabar.Pipeline;
import org.khabar.internal.Analysis;

class NerEngineTest {
  private static final String T1 =
      "التقى وزير الخارجية سامح شكري في القاهرة ثم دعت الأمم المتحدة إلى وقف القتال .";
  private static final String T2 = "وقال أيمن الصفدي إن الأردن يدعم منظمة الصحة العالمية في السودان .";

  private static Pipeline pipeline() {
    return Pipeline.builder().nerModel(NerModel.load(new ByteArrayInputStream(TinyModel.bytes()), "tiny"))
        .build();
  }

  /** Asserts type, offsets and text of every entity, and that each text is its span of the input. */
  private static void assertEntities(String text, List<Entity> actual, Object... expected) {
    List<String> want = new ArrayList<>();
    for (int i = 0; i < expected.length; i += 4) {
      want.add(expected[i] + " " + expected[i + 1] + " " + expected[i + 2] + " " + expected[i + 3]);
    }
    List<String> got = new ArrayList<>();
    for (Entity e : actual) {
      got.add(e.type() + " " + e.start() + " " + e.end() + " " + e.text());
      assertEquals(text.substring(e.start(), e.end()), e.text());
      assertTrue(e.confidence() > 0 && e.confidence() <= 1, "confidence " + e.confidence());
    }
    assertEquals(want, got);
  }

  @Test
  void pipelineFindsPersonsPlacesAndOrganizationsWithExactOffsets() {
    Pipeline p = pipeline();
    assertEntities(T1, p.process(T1).entities(),
        EntityType.PER, 20, 29, "سامح شكري",
        EntityType.LOC, 33, 40, "القاهرة",
        EntityType.ORG, 48, 61, "الأمم المتحدة");
    assertEntities(T2, p.process(T2).entities(),
        EntityType.PER, 5, 16, "أيمن الصفدي",
        EntityType.LOC, 20, 26, "الأردن",
        EntityType.ORG, 32, 52, "منظمة الصحة العالمية",
        EntityType.LOC, 56, 63, "السودان");
  }

  @Test
  void aSentenceLongerThanOnePieceIsDecodedPieceByPieceWithExactOffsets() throws IOException {
    // 120 times the same 7 words, no punctuation: one sentence of 840 tokens, decoded as pieces of
    // 400, 400 and 40 tokens (the pieces end inside "وزير الخارجية", not inside a name)
    String unit = "التقى وزير ال+خارجية سامح شكري في ال+قاهرة";
    int reps = 120;
    StringBuilder segmented = new StringBuilder();
    for (int r = 0; r < reps; r++) {
      segmented.append(r == 0 ? "" : " ").append(unit);
    }
    Analysis a = Segmented.analysis(segmented.toString());
    assertEquals(1, a.sentenceCount);
    assertEquals(7 * reps, a.tokenCount);
    assertTrue(a.tokenCount > 2 * NerEngine.MAX_SPAN_TOKENS);
    NerEngine engine = NerEngine.load(TinyModel.bytes());
    engine.tag(a, engine.newSession());
    int unitLength = unit.replace("+", "").length() + 1;
    List<Object> expected = new ArrayList<>();
    for (int r = 0; r < reps; r++) {
      int base = r * unitLength;
      expected.addAll(List.of(EntityType.PER, base + 20, base + 29, "سامح شكري"));
      expected.addAll(List.of(EntityType.LOC, base + 33, base + 40, "القاهرة"));
    }
    List<Entity> sorted = new ArrayList<>(a.entities);
    sorted.sort(java.util.Comparator.comparingInt(Entity::start));
    assertEntities(a.text, sorted, expected.toArray());
  }

  @Test
  void gazetteerOrganizationsTheModelMissedAreAddedUnlessTurnedOff() {
    // the tiny model finds no name here; حزب الله is a group of the project gazetteer
    String text = "وطالب حزب الله بالانسحاب .";
    NerModel model = NerModel.load(new ByteArrayInputStream(TinyModel.bytes()), "tiny");
    Pipeline own = Pipeline.builder().nerModel(model).gazetteerOrganizations(false).build();
    assertEntities(text, own.process(text).entities());
    Pipeline standard = Pipeline.builder().nerModel(model).build();
    List<Entity> withGazetteer = standard.process(text).entities();
    assertEntities(text, withGazetteer, EntityType.ORG, 6, 14, "حزب الله");
    assertEquals(0.5, withGazetteer.get(0).confidence());
  }

  @Test
  void entitiesExcludeConjunctionAndPrepositionButKeepTheArticle() throws IOException {
    NerEngine engine = NerEngine.load(TinyModel.bytes());
    Analysis a = Segmented.analysis("وصل و+ل+سامح شكري إلى ال+قاهرة .");
    engine.tag(a, engine.newSession());
    assertEntities(a.text, a.entities,
        EntityType.PER, 6, 15, "سامح شكري",
        EntityType.LOC, 20, 27, "القاهرة");
  }

  @Test
  void theUnwrittenArticleAfterLamGoesWithThePreposition() throws IOException {
    NerEngine engine = NerEngine.load(TinyModel.bytes());
    Analysis a = Segmented.analysis("دعت ل+ل+أمم المتحدة و+ال+أردن .");
    engine.tag(a, engine.newSession());
    assertEntities(a.text, a.entities,
        EntityType.ORG, 6, 17, "أمم المتحدة",
        EntityType.LOC, 19, 25, "الأردن");
  }

  @Test
  void realSegmenterTrimsAttachedProcliticsInThePipeline() {
    // the library's own segmenter (not hand-marked segments) decides where the clitics end
    String text = "وأكد الصفدي لشكري في القاهرة وللأمم المتحدة أن والأردن يدعم السودان .";
    Pipeline p = pipeline();
    // و+ل+ل before أمم is left out (the article's alif is not written after ل); the tiny model misses
    // لشكري and والأردن, which is not what this test is about
    assertEntities(text, p.process(text).entities(),
        EntityType.PER, 5, 11, "الصفدي",
        EntityType.LOC, 21, 28, "القاهرة",
        EntityType.ORG, 32, 43, "أمم المتحدة",
        EntityType.LOC, 60, 67, "السودان");
  }

  @Test
  void aTwoStageModelCarriesItsFirstStage() throws IOException {
    NerEngine engine = NerEngine.load(TinyModel.bytes());
    assertTrue(engine.stage1() != null, "the tiny model has every family, the document features included");
    assertTrue(engine.stage1().stage1() == null);
  }

  @Test
  void stemStartSkipsConjunctionAndPrepositionSegments() {
    Analysis a = Segmented.analysis("و+ب+ال+قاهرة ف+سامح ال+أردن ل+ل+سعودية مصر");
    assertEquals(2, NerEngine.stemStart(a, 0));
    assertEquals(11, NerEngine.stemStart(a, 1));
    assertEquals(16, NerEngine.stemStart(a, 2));
    assertEquals(25, NerEngine.stemStart(a, 3));
    assertEquals(32, NerEngine.stemStart(a, 4));
  }

  @Test
  void aPlainNameFinderOverTheLoadedModelFindsTheSameNames() throws IOException {
    // the model needs nothing else to load: OpenNLP alone recreates our feature generators
    TokenNameFinderModel model = NerEngine.load(TinyModel.bytes()).model();
    NameFinderME plain = new NameFinderME(model);
    Pipeline p = pipeline();
    Document d = p.process(T2);
    String[] tokens = new String[d.tokens().size()];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = d.tokens().get(i).text();
    }
    Span[] spans = plain.find(tokens);
    assertArrayEquals(new Span[] {new Span(1, 3, "PER"), new Span(4, 5, "LOC"), new Span(6, 9, "ORG"),
        new Span(10, 11, "LOC")}, spans);
  }

  @Test
  void eachDocumentStartsWithoutTheAdaptiveDataOfTheLast() {
    Pipeline p = Pipeline.builder().poolSize(1)
        .nerModel(NerModel.load(new ByteArrayInputStream(TinyModel.bytes()), "tiny")).build();
    List<Entity> alone = p.process(T2).entities();
    p.process(T1 + " " + T1);
    assertEquals(alone, p.process(T2).entities());
  }

  @Test
  void threadsSharingOnePipelineGetTheResultsOfOneThread() throws Exception {
    Pipeline p = pipeline();
    List<Entity> one = p.process(T1).entities();
    List<Entity> two = p.process(T2).entities();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        boolean first = i % 2 == 0;
        results.add(pool.submit(() -> (first ? one : two).equals(p.process(first ? T1 : T2).entities())));
      }
      for (Future<Boolean> f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void emptyAndEntityFreeTextsGiveNoEntities() {
    Pipeline p = pipeline();
    assertEquals(List.of(), p.process("").entities());
    assertEquals(List.of(), p.process("  ،  . 123").entities());
  }

  @Test
  void bytesThatAreNotAModelFailAtLoadWithTheResourceName() {
    org.khabar.ModelLoadException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.khabar.ModelLoadException.class,
        () -> NerModel.load(new ByteArrayInputStream(new byte[] {1, 2, 3}), "broken.bin"));
    assertTrue(e.getMessage().startsWith("Model resource broken.bin is not a valid NER model"), e.getMessage());
  }
}
