package org.khabar.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.SplittableRandom;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import org.junit.jupiter.api.Test;
import org.khabar.internal.Analysis;

class FastBeamSearchTest {

  private static final String[] OUTCOMES = {
      "other", "per-start", "per-cont", "loc-start", "loc-cont", "org-start", "org-cont", "misc-start", "misc-cont"};

  /**
   * A deterministic classifier whose probabilities depend on every feature of the context (token and
   * previous outcomes), drawn from few values so that equal scores, and so ties in the beam, are common.
   */
  private static final class HashModel implements MaxentModel {
    private final long seed;

    HashModel(long seed) {
      this.seed = seed;
    }

    @Override
    public double[] eval(String[] context) {
      return eval(context, new double[OUTCOMES.length]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
      long h = seed;
      for (String c : context) {
        h = h * 1_000_003L + c.hashCode();
      }
      SplittableRandom r = new SplittableRandom(h);
      double sum = 0;
      for (int i = 0; i < OUTCOMES.length; i++) {
        probs[i] = 1 + r.nextInt(4);
        sum += probs[i];
      }
      for (int i = 0; i < OUTCOMES.length; i++) {
        probs[i] /= sum;
      }
      return probs;
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      return eval(context);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
      int best = 0;
      for (int i = 1; i < outcomes.length; i++) {
        if (outcomes[i] > outcomes[best]) {
          best = i;
        }
      }
      return OUTCOMES[best];
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
      return java.util.Arrays.toString(outcomes);
    }

    @Override
    public String getOutcome(int i) {
      return OUTCOMES[i];
    }

    @Override
    public int getIndex(String outcome) {
      return List.of(OUTCOMES).indexOf(outcome);
    }

    @Override
    public int getNumOutcomes() {
      return OUTCOMES.length;
    }
  }

  /** The token and the two previous outcomes, as the name finder's context generators give them. */
  private static final BeamSearchContextGenerator<String> CONTEXT = (index, tokens, preds, extra) -> new String[] {
      "w=" + tokens[index],
      "po=" + (index > 0 ? preds[index - 1] : "start"),
      "ppo=" + (index > 1 ? preds[index - 2] : "start"),
      "n=" + preds.length};

  private static void assertSame(Sequence[] want, Sequence[] got, String what) {
    assertEquals(want.length, got.length, what + ": number of sequences");
    for (int k = 0; k < want.length; k++) {
      assertEquals(want[k].getOutcomes(), got[k].getOutcomes(), what + ": outcomes of sequence " + k);
      assertArrayEquals(want[k].getProbs(), got[k].getProbs(), 0.0, what + ": probabilities of sequence " + k);
      assertEquals(want[k].getScore(), got[k].getScore(), 0.0, what + ": score of sequence " + k);
    }
  }

  @Test
  void returnsExactlyWhatOpenNlpsBeamSearchReturns() {
    SplittableRandom random = new SplittableRandom(20261129L);
    NameFinderSequenceValidator validator = new NameFinderSequenceValidator();
    int compared = 0;
    for (int beam : new int[] {1, 2, 3, 5, 9}) {
      for (int round = 0; round < 60; round++) {
        HashModel model = new HashModel(random.nextLong());
        String[] tokens = new String[random.nextInt(0, 80)];
        for (int i = 0; i < tokens.length; i++) {
          tokens[i] = "t" + random.nextInt(12);
        }
        BeamSearch reference = new BeamSearch(beam, model);
        FastBeamSearch fast = new FastBeamSearch(beam, model);
        String what = "beam " + beam + ", round " + round + ", " + tokens.length + " tokens";
        assertSame(reference.bestSequences(beam, tokens, null, CONTEXT, validator),
            fast.bestSequences(beam, tokens, null, CONTEXT, validator), what);
        assertSame(reference.bestSequences(2, tokens, new Object[0], -12.5, CONTEXT, validator),
            fast.bestSequences(2, tokens, new Object[0], -12.5, CONTEXT, validator), what + ", minimum score");
        Sequence a = reference.bestSequence(tokens, null, CONTEXT, validator);
        Sequence b = fast.bestSequence(tokens, null, CONTEXT, validator);
        assertSame(new Sequence[] {a}, new Sequence[] {b}, what + ", best");
        compared++;
      }
    }
    assertEquals(300, compared);
  }

  /** A perceptron over the features {@link #CONTEXT} gives, with few distinct weights (ties are common). */
  private static PerceptronModel perceptron(SplittableRandom random) {
    List<String> preds = new java.util.ArrayList<>();
    for (int t = 0; t < 12; t++) {
      preds.add("w=t" + t);
    }
    for (String o : OUTCOMES) {
      preds.add("po=" + o);
      preds.add("ppo=" + o);
    }
    preds.add("po=start");
    for (int n = 0; n < 40; n++) {
      preds.add("n=" + n);
    }
    Context[] params = new Context[preds.size()];
    for (int i = 0; i < params.length; i++) {
      int k = random.nextInt(0, OUTCOMES.length + 1);
      int[] outcomes = random.ints(0, OUTCOMES.length).distinct().limit(k).toArray();
      double[] weights = new double[outcomes.length];
      for (int j = 0; j < weights.length; j++) {
        weights[j] = random.nextInt(-3, 4) * 0.5;
      }
      params[i] = new Context(outcomes, weights);
    }
    return new PerceptronModel(params, preds.toArray(new String[0]), OUTCOMES);
  }

  @Test
  void perceptronScoresAndRememberedValidityAreExact() {
    SplittableRandom random = new SplittableRandom(7L);
    SequenceValidator<String> noCont = (i, seq, outcomes, out) -> !(out.endsWith("cont") && seq[i].equals("t3"));
    int compared = 0;
    for (int beam : new int[] {1, 3, 4}) {
      for (int round = 0; round < 60; round++) {
        PerceptronModel model = perceptron(random);
        String[] tokens = new String[random.nextInt(0, 50)];
        for (int i = 0; i < tokens.length; i++) {
          tokens[i] = "t" + random.nextInt(12);
        }
        BeamSearch reference = new BeamSearch(beam, model);
        FastBeamSearch fast = new FastBeamSearch(beam, model);
        String what = "perceptron, beam " + beam + ", round " + round;
        assertSame(reference.bestSequences(beam, tokens, null, CONTEXT, new NameFinderSequenceValidator()),
            fast.bestSequences(beam, tokens, null, CONTEXT, new NameFinderSequenceValidator()), what);
        // twice on the same search: remembered validity and looked-up features must not leak
        assertSame(reference.bestSequences(beam, tokens, null, CONTEXT, new NameFinderSequenceValidator()),
            fast.bestSequences(beam, tokens, null, CONTEXT, new NameFinderSequenceValidator()), what + ", again");
        assertSame(reference.bestSequences(beam, tokens, null, CONTEXT, noCont),
            fast.bestSequences(beam, tokens, null, CONTEXT, noCont), what + ", another validator");
        compared++;
      }
    }
    assertEquals(180, compared);
  }

  @Test
  void emptySentenceGivesOneEmptySequence() {
    FastBeamSearch fast = new FastBeamSearch(3, new HashModel(1));
    Sequence s = fast.bestSequence(new String[0], null, CONTEXT, new NameFinderSequenceValidator());
    assertEquals(List.of(), s.getOutcomes());
    assertEquals(0.0, s.getScore(), 0.0);
    assertArrayEquals(OUTCOMES, fast.getOutcomes());
  }

  @Test
  void rejectsABeamBelowOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new FastBeamSearch(0, new HashModel(1)));
    assertEquals("beam size must be at least 1, got 0", e.getMessage());
  }

  @Test
  void decodingModelFindsTheSameNamesAsOpenNlpsModel() throws Exception {
    NerEngine.allowExtensions();
    byte[] bytes = TinyModel.bytes();
    TokenNameFinderModel plain = new TokenNameFinderModel(new ByteArrayInputStream(bytes));
    DecodingModel decoding = new DecodingModel(new ByteArrayInputStream(bytes));
    assertEquals(FastBeamSearch.class, decoding.getNameFinderSequenceModel().getClass());
    assertEquals(BeamSearch.class, plain.getNameFinderSequenceModel().getClass());
    NerEngine reference = NerEngine.of(plain);
    NerEngine fast = NerEngine.load(bytes);
    String[] texts = {
        "التقى وزير الخارجية سامح شكري في القاهرة ثم دعت الأمم المتحدة إلى وقف القتال .",
        "وقال أيمن الصفدي إن الأردن يدعم منظمة الصحة العالمية في السودان .",
        "و+قال أيمن ال+صفدي إن ال+أردن يدعم منظمة ال+صحة ال+عالمية في ال+سودان ."};
    int names = 0;
    for (String t : texts) {
      Analysis a = Segmented.analysis(t);
      Analysis b = Segmented.analysis(t);
      reference.tag(a, reference.newSession());
      fast.tag(b, fast.newSession());
      assertEquals(a.entities, b.entities, t);
      names += a.entities.size();
    }
    assertTrue(names > 0, "the tiny model finds no name in the test sentences");
  }
}
