package org.khabar.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.junit.jupiter.api.Test;
import org.khabar.Entity;
import org.khabar.internal.Analysis;
import org.khabar.internal.segment.CliticSegmenter;
import org.khabar.internal.tokenize.ArabicTokenizer;
import org.khabar.internal.tokenize.SentenceSplitter;

class SequencePerceptronTrainerTest {

  /** Token features (word, last letter, bias) then previous-outcome features, as NerContextGenerator. */
  private static final class ToyContext implements NameContextGenerator {
    @Override
    public String[] getContext(int i, String[] tokens, String[] preds, Object[] additional) {
      List<String> f = new ArrayList<>(List.of("def", "w=" + tokens[i],
          "suf=" + tokens[i].charAt(tokens[i].length() - 1),
          "next=" + (i + 1 < tokens.length ? tokens[i + 1] : "</s>")));
      if (preds != null) {
        String po = i > 0 ? preds[i - 1] : BioCodec.OTHER;
        String ppo = i > 1 ? preds[i - 2] : BioCodec.OTHER;
        f.add("po=" + po);
        f.add("ppo=" + ppo);
        f.add("pow=" + po + "," + tokens[i]);
      }
      return f.toArray(new String[0]);
    }

    @Override
    public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {}

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {}

    @Override
    public void clearAdaptiveData() {}
  }

  private static final String[] PER = {"Ali", "Omar", "Sami", "Huda", "Laila"};
  private static final String[] LOC = {"Cairo", "Amman", "Doha", "Tunis"};
  private static final String[] ORG = {"Bank", "Union", "League"};

  /** Synthetic sentences: [tokens, gold outcomes] pairs, from a fixed seed. */
  private static List<String[][]> sentences(int count) {
    Random r = new Random(7);
    List<String[][]> out = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      List<String> toks = new ArrayList<>();
      List<Span> spans = new ArrayList<>();
      toks.add(r.nextBoolean() ? "said" : "and");
      int a = toks.size();
      toks.add(PER[r.nextInt(PER.length)]);
      if (r.nextBoolean()) {
        toks.add(PER[r.nextInt(PER.length)]);
      }
      spans.add(new Span(a, toks.size(), "PER"));
      toks.add(r.nextBoolean() ? "visited" : "left");
      int l = toks.size();
      toks.add(LOC[r.nextInt(LOC.length)]);
      spans.add(new Span(l, toks.size(), "LOC"));
      if (r.nextBoolean()) {
        toks.add("with");
        int o = toks.size();
        toks.add("the");
        toks.add(ORG[r.nextInt(ORG.length)]);
        toks.add(LOC[r.nextInt(LOC.length)]);
        spans.add(new Span(o + 1, toks.size(), "ORG"));
      }
      toks.add(".");
      String[] words = toks.toArray(new String[0]);
      out.add(new String[][] {words, new BioCodec().encode(spans.toArray(new Span[0]), words.length)});
    }
    return out;
  }

  private static final String[] OUTCOMES = {"LOC-cont", "LOC-start", "ORG-cont", "ORG-start", "PER-cont",
      "PER-start", "other"};

  private static SequencePerceptronTrainer toy(int beam, int iterations, List<String[][]> data) {
    return toy(beam, iterations, data, SequencePerceptronTrainer.FULL, false);
  }

  private static SequencePerceptronTrainer toy(int beam, int iterations, List<String[][]> data, int rule,
      boolean linear) {
    SequencePerceptronTrainer t = new SequencePerceptronTrainer(OUTCOMES,
        new BioCodec().createSequenceValidator(), beam, iterations, 0, 42L, rule, linear);
    ToyContext cg = new ToyContext();
    for (String[][] s : data) {
      t.add(cg, s[0], s[1]);
    }
    return t;
  }

  @Test
  void averagedDecodingIsOpenNlpsBeamSearchOverTheReturnedModel() {
    List<String[][]> data = sentences(120);
    for (int beam : new int[] {1, 3, 5}) {
      // one iteration leaves mistakes, so the two decoders are compared on wrong sequences too
      for (int iterations : new int[] {1, 4}) {
        SequencePerceptronTrainer t = toy(beam, iterations, data);
        PerceptronModel model = t.train();
        BeamSearch search = new BeamSearch(beam, model);
        ToyContext cg = new ToyContext();
        for (int s = 0; s < data.size(); s++) {
          String[] opennlp = search.bestSequence(data.get(s)[0], null, cg,
              new BioCodec().createSequenceValidator()).getOutcomes().toArray(new String[0]);
          assertArrayEquals(opennlp, t.decodeAveraged(s, false), "beam " + beam + " iterations " + iterations
              + " sentence " + s);
        }
      }
    }
  }

  @Test
  void theToyDataIsLearnedAndAnUnseenSentenceIsTagged() {
    SequencePerceptronTrainer t = toy(3, 5, sentences(120));
    PerceptronModel model = t.train();
    assertEquals(120, t.sentences());
    String[] words = {"and", "Laila", "Omar", "left", "Doha", "with", "the", "League", "Cairo", "."};
    String[] got = new BeamSearch(3, model).bestSequence(words, null, new ToyContext(),
        new BioCodec().createSequenceValidator()).getOutcomes().toArray(new String[0]);
    assertArrayEquals(new Span[] {new Span(1, 3, "PER"), new Span(4, 5, "LOC"), new Span(7, 9, "ORG")},
        new BioCodec().decode(List.of(got)));
    List<String[][]> data = sentences(120);
    for (int s = 0; s < data.size(); s++) {
      assertArrayEquals(data.get(s)[1], t.decodeAveraged(s, false), "sentence " + s);
    }
  }

  @Test
  void everyUpdateRuleAndScoreLearnsTheToyData() {
    List<String[][]> data = sentences(120);
    for (int rule : new int[] {SequencePerceptronTrainer.FULL, SequencePerceptronTrainer.EARLY,
        SequencePerceptronTrainer.MAX_VIOLATION}) {
      for (boolean linear : new boolean[] {false, true}) {
        SequencePerceptronTrainer t = toy(3, 8, data, rule, linear);
        t.train();
        for (int s = 0; s < data.size(); s++) {
          assertArrayEquals(data.get(s)[1], t.decodeAveraged(s, linear), "rule " + rule + " linear " + linear
              + " sentence " + s);
        }
      }
    }
  }

  @Test
  void trainingIsDeterministic() {
    List<String[][]> data = sentences(60);
    SequencePerceptronTrainer a = toy(3, 3, data);
    SequencePerceptronTrainer b = toy(3, 3, data);
    PerceptronModel ma = a.train();
    PerceptronModel mb = b.train();
    assertEquals(ma, mb);
    assertEquals(a.updates(), b.updates());
    assertTrue(a.updates() > 0);
  }

  @Test
  void badArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new SequencePerceptronTrainer(
        new String[] {"PER-start", "PER-cont"}, new BioCodec().createSequenceValidator(), 3, 5, 0, 1L, SequencePerceptronTrainer.FULL, false));
    assertThrows(IllegalArgumentException.class, () -> new SequencePerceptronTrainer(
        OUTCOMES, new BioCodec().createSequenceValidator(), 0, 5, 0, 1L, SequencePerceptronTrainer.FULL, false));
    assertThrows(IllegalArgumentException.class, () -> new SequencePerceptronTrainer(
        OUTCOMES, new BioCodec().createSequenceValidator(), 3, 5, 0, 1L, 3, false));
    SequencePerceptronTrainer t = toy(3, 1, List.of());
    assertThrows(IllegalStateException.class, t::train);
    assertThrows(IllegalArgumentException.class, () -> t.add(new ToyContext(), new String[] {"x"},
        new String[] {"MISC-start"}));
    assertThrows(IllegalArgumentException.class, () -> NerTrainer.Config.defaults()
        .withLearner("SEQ_PERCEPTRON", 5, 0).withDropout(0.5));
  }

  @Test
  void outcomesComeFromTheCodecAndTheTypesOfTheDocuments() throws IOException {
    assertArrayEquals(new String[] {"LOC-cont", "LOC-start", "MISC-cont", "MISC-start", "ORG-cont", "ORG-start",
        "PER-cont", "PER-start", "other"},
        SequencePerceptronTrainer.outcomes(new BioCodec(), List.of(TinyModel.document())));
    assertArrayEquals(new String[] {"LOC-cont", "LOC-last", "LOC-start", "LOC-unit", "other"},
        SequencePerceptronTrainer.outcomes(new opennlp.tools.namefind.BilouCodec(), List.of(new NerCorpus.Document(
            "d", List.of(new NerCorpus.Sentence(List.of("x", "y"), List.of("B-LOC", "O")))))));
  }

  @Test
  void theTinyCorpusTrainsAModelThatTheEngineDecodesAndTrainingTwiceGivesTheSameBytes() throws IOException {
    NerCorpus.Document d = TinyModel.document();
    NerTrainer.Config c = TinyModel.CONFIG.withLearner("SEQ_PERCEPTRON", 10, 0);
    byte[] first = NerTrainer.toBytes(NerTrainer.train(List.of(d), c, TinyModel.LEXICON));
    byte[] second = NerTrainer.toBytes(NerTrainer.train(List.of(d), c, TinyModel.LEXICON));
    assertArrayEquals(first, second);
    NerEngine engine = NerEngine.of(new opennlp.tools.namefind.TokenNameFinderModel(
        new java.io.ByteArrayInputStream(first)));
    Analysis a = new Analysis();
    a.reset("وقال سامح شكري إن مصر تدعم الأردن .", null);
    new ArabicTokenizer().tokenize(a);
    new SentenceSplitter().split(a);
    new CliticSegmenter().segment(a);
    engine.tag(a, engine.newSession());
    List<String> got = new ArrayList<>();
    for (Entity e : a.entities) {
      got.add(e.type() + " " + e.start() + "-" + e.end() + " " + e.text());
    }
    assertEquals(List.of("PER 5-14 سامح شكري", "LOC 18-21 مصر", "LOC 27-33 الأردن"), got);
  }
}
