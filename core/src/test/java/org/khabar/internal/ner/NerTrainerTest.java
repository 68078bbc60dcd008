package org.khabar.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NerTrainerTest {
  @Test
  void goldNamesAreProjectedOntoPipelineTokensWithoutEdgePunctuation() {
    NerCorpus.Document d = new NerCorpus.Document("d", List.of(new NerCorpus.Sentence(
        List.of("قال", "(فتح)", "إن", "«سامح", "شكري»", "وصل"),
        List.of("O", "B-ORG", "O", "B-PER", "I-PER", "O"))));
    NerTrainer.Prepared p = NerTrainer.prepare(d);
    // pipeline tokens: قال ( فتح ) إن « سامح شكري » وصل
    assertEquals(10, p.analysis.tokenCount);
    assertArrayEquals(new Span[] {new Span(2, 3, "ORG"), new Span(6, 8, "PER")}, p.names[0]);
    assertEquals(2, p.goldToken[4]);
    assertEquals(5, p.firstPipeline[3]);
  }

  @Test
  void harvestingFoldsAreDealtFromTheSeedAndHarvestsLeaveTheirFoldOut() throws IOException {
    NerCorpus.Document d = TinyModel.document();
    int[][] a = NerTrainer.folds(List.of(d, d), 3, 42L);
    int[][] b = NerTrainer.folds(List.of(d, d), 3, 42L);
    assertArrayEquals(a[0], b[0]);
    assertArrayEquals(a[1], b[1]);
    // 24 sentences: one block of 25, so one fold per document
    assertEquals(a[0][0], a[0][23]);
    List<NerTrainer.Prepared> prepared = List.of(NerTrainer.prepare(d));
    int[][] folds = new int[][] {new int[d.sentences().size()]};
    folds[0][8] = 1; // فاز منتخب مصر بكأس العالم للشباب: its MISC name occurs nowhere else
    NerLexicon without = NerTrainer.harvest(prepared, folds, 1, true);
    NerLexicon all = NerTrainer.harvest(prepared, folds, -1, true);
    assertTrue(all.entries().get("harvest.MISC").stream().anyMatch(n -> n.endsWith("العالم للشباب")));
    assertTrue(without.entries().get("harvest.MISC").stream().noneMatch(n -> n.endsWith("العالم للشباب")));
    assertTrue(all.entries().get("harvest.PER").contains("سامح شكري"));
    assertTrue(all.entries().get("vocab.common").contains("في"));
  }

  @Test
  void theDescriptorNamesTheFamiliesAndArtifacts() {
    NerTrainer.Config c = NerTrainer.Config.defaults().withFamilies(EnumSet.of(FeatureFamily.STEM,
        FeatureFamily.HARVEST));
    assertEquals("<featureGenerators cache=\"true\" name=\"khabar-ner\">\n"
        + "  <generator class=\"org.khabar.internal.ner.ArabicFeatureGeneratorFactory\">\n"
        + "    <int name=\"version\">2</int>\n"
        + "    <str name=\"families\">stem,harvest</str>\n"
        + "    <int name=\"prefix\">3</int>\n"
        + "    <int name=\"suffix\">4</int>\n"
        + "    <str name=\"lexicon\">khabar-ner-lexicon.nerlex</str>\n"
        + "    <str name=\"harvest\">khabar-ner-harvest.nerlex</str>\n"
        + "  </generator>\n"
        + "</featureGenerators>\n", NerTrainer.descriptor(c));
  }

  @Test
  void configurationsAreChecked() {
    NerTrainer.Config d = NerTrainer.Config.defaults();
    assertThrows(IllegalArgumentException.class, () -> d.withLearner("SVM", 10, 0));
    assertThrows(IllegalArgumentException.class, () -> d.withBeam(0));
    assertThrows(IllegalArgumentException.class, () -> d.withCodec("BIOES"));
    assertThrows(IllegalArgumentException.class, () -> d.withAffixes(6, 1));
    assertThrows(IllegalArgumentException.class, () -> d.withPredMode("all"));
    assertThrows(IllegalArgumentException.class, () -> d.withDropout(1.5));
    assertEquals("PERCEPTRON iterations=100 cutoff=0 beam=3 codec=BIO features=norm,stem,clitic,affix,shape,"
        + "window,bigram,gazetteer,cue,lexicon,translit,project,heads prefix=3 suffix=4 consistency=true",
        d.describe());
    assertEquals("PERCEPTRON iterations=100 cutoff=0 beam=3 codec=BIO features=norm,stem,clitic,affix,shape,"
        + "window,bigram,gazetteer,cue,lexicon,translit,project,heads prefix=3 suffix=4 dropout=0.25 seed=42 "
        + "consistency=true", d.withDropout(0.25).describe());
  }

  @Test
  void logisticRegressionFitsASeparableProblemAndTheOtherBiasLowersOther() {
    List<Event> events = List.of(
        new Event("PER-start", new String[] {"def", "w=سامح"}),
        new Event("other", new String[] {"def", "w=في"}),
        new Event("other", new String[] {"def", "w=قال"}),
        new Event("LOC-start", new String[] {"def", "w=مصر"}));
    MaxentModel m = new LogisticTrainer(0.01, 200, 1e-9, 1e-6).train(events, 0);
    assertEquals("PER-start", m.getBestOutcome(m.eval(new String[] {"def", "w=سامح"})));
    assertEquals("LOC-start", m.getBestOutcome(m.eval(new String[] {"def", "w=مصر"})));
    assertEquals("other", m.getBestOutcome(m.eval(new String[] {"def", "w=unknown"})));
    double before = m.eval(new String[] {"def"})[m.getIndex("other")];
    NerTrainer.biasAgainstOther(m, 2.0);
    double after = m.eval(new String[] {"def"})[m.getIndex("other")];
    assertTrue(after < before, before + " -> " + after);
  }

  @Test
  void theLexiconHoldsCueWordsAndGazetteersUnderTheirCategories() {
    NerLexicon lex = NerTrainer.lexicon(List.of(() -> Map.of("LOC.city", List.of("عمان"))));
    assertTrue(lex.entries().get("gaz.LOC.city").contains("عمان"));
    assertTrue(lex.entries().get("cue.PER").contains("وزير"));
    assertTrue(lex.entries().get("cue.GIVEN").contains("محمد"));
  }

  @Test
  void theStructuredPerceptronLearnsTheTinyData() throws IOException {
    NerCorpus.Document d = TinyModel.document();
    NerTrainer.Config c = TinyModel.CONFIG.withLearner("PERCEPTRON_SEQUENCE", 5, 0);
    NerEngine engine = NerEngine.of(NerTrainer.train(List.of(d), c, TinyModel.LEXICON));
    org.khabar.internal.Analysis a = new org.khabar.internal.Analysis();
    a.reset("وقال سامح شكري إن مصر تدعم الأردن .", null);
    new org.khabar.internal.tokenize.ArabicTokenizer().tokenize(a);
    new org.khabar.internal.tokenize.SentenceSplitter().split(a);
    new org.khabar.internal.segment.CliticSegmenter().segment(a);
    engine.tag(a, engine.newSession());
    List<String> got = new java.util.ArrayList<>();
    for (org.khabar.Entity e : a.entities) {
      got.add(e.type() + " " + e.text());
    }
    assertEquals(List.of("PER سامح شكري", "LOC مصر", "LOC الأردن"), got);
  }

  @Test
  void trainingTwiceGivesTheSameBytesWithoutTimestamps() throws Exception {
    NerCorpus.Document d = TinyModel.document();
    NerTrainer.Config c = TinyModel.CONFIG.withLearner("PERCEPTRON", 5, 0);
    byte[] first = NerTrainer.toBytes(NerTrainer.train(List.of(d), c, TinyModel.LEXICON));
    Thread.sleep(1100); // OpenNLP's own serialization differs after a second (Timestamp, entry times)
    byte[] second = NerTrainer.toBytes(NerTrainer.train(List.of(d), c, TinyModel.LEXICON));
    assertArrayEquals(first, second);
    assertArrayEquals(first, NerTrainer.canonical(first));
    List<String> names = new java.util.ArrayList<>();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(first))) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        assertEquals(NerTrainer.ENTRY_TIME, e.getTimeLocal(), e.getName());
        if (e.getName().equals("manifest.properties")) {
          String manifest = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
          assertTrue(!manifest.contains("Timestamp") && !manifest.startsWith("#"), manifest);
          assertTrue(manifest.contains("\nOpenNLP-Version="), manifest);
        }
      }
    }
    assertTrue(names.contains("manifest.properties") && names.contains("nameFinder.model"), names.toString());
    // and it still loads and tags
    NerEngine engine = NerEngine.load(first);
    assertTrue(engine.newSession() != null);
  }
}
