package org.khabar.internal.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeSet;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A structured (sequence) averaged perceptron for the name finder, trained on whole sentences
 * (Collins 2002), whose result is an OpenNLP {@link PerceptronModel} that {@code NameFinderME} decodes
 * exactly as it decodes the models of OpenNLP's own trainers.
 *
 * <p>Each sentence is decoded with the current weights by the same beam search as OpenNLP's
 * {@code BeamSearch} with a perceptron model: per token, the scores of the outcomes are the sums of the
 * weights of the context's features, turned into probabilities as {@link PerceptronModel} does
 * ({@code exp(score / max(1, max |score|))}, normalized); a hypothesis' score is the sum of the logs of
 * its probabilities; the {@code beam} best hypotheses are extended with the outcomes of the
 * {@code beam} highest probabilities that the codec's sequence validator allows; ties are broken by the
 * same priority queues in the same order. When the best sequence differs from the gold one, the
 * features of every gold (token, outcome, previous outcomes) get +1 and those of the predicted ones -1
 * (the standard full-sequence update; positions whose outcome and previous two outcomes agree cancel
 * and are skipped). Sentences are visited in an order shuffled per iteration with the seed.
 *
 * <p>Two other update rules ({@link #EARLY}: update on the prefix where the gold sequence leaves the
 * beam; {@link #MAX_VIOLATION}: on the prefix where the best hypothesis beats the gold prefix by the most)
 * and a linear training score (training decodes with the plain sums of the weights, not with OpenNLP's
 * per-token normalization) can be chosen; {@link NerTrainer} uses the full update with OpenNLP's scores,
 * which were not worse on the ANERcorp dev split than the alternatives.
 *
 * <p>The weights are averaged over all sentence visits with the lazy trick of Daume III: beside the
 * weights {@code w}, {@code u} accumulates {@code c * delta} for every update made at visit {@code c},
 * and the average is {@code w - u / c} at the end, so averaging costs one more write per update.
 *
 * <p>Speed: the context generator mixes token features, which do not depend on the previous outcomes
 * and which {@link NerContextGenerator} computes once per token, with the few previous-outcome features
 * it appends after them. {@link #add} asks the generator once per token for the token features and
 * once per pair of previous outcomes for the appended ones; every feature string is interned to an int
 * once, and decoding and updates only read int arrays. The table of appended features of a token is
 * shared by all tokens with the same table.
 *
 * <p>Deterministic for the same sentences, added in the same order, and the same seed. Not thread-safe.
 */
final class SequencePerceptronTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(SequencePerceptronTrainer.class);
  /** Update on the whole sentence's best sequence. */
  static final int FULL = 0;
  /** Update on the prefix where the gold one leaves the beam (Collins and Roark 2004). */
  static final int EARLY = 1;
  /** Update on the prefix where the best one beats the gold one the most (Huang et al. 2012). */
  static final int MAX_VIOLATION = 2;
  /** The score below which OpenNLP's beam search drops a hypothesis. */
  private static final double ZERO_LOG = -100000;

  private final String[] outcomes;
  private final int k;
  private final int other;
  private final int beam;
  private final int iterations;
  private final int cutoff;
  private final long seed;
  private final int rule;
  private final boolean linear;
  /** valid[(previous + 1) * k + outcome]: whether the validator allows outcome after previous (-1: none). */
  private final boolean[] valid;

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private int[] counts = new int[1024];

  /** The previous-outcome tables: per table, per (po * k + ppo), {@code tail} feature ids. */
  private final Map<TableKey, Integer> tableIds = new HashMap<>();
  private final List<int[]> tables = new ArrayList<>();
  private int tail = -1;

  /** Per sentence: its first token in the token arrays. */
  private int[] sentStart = new int[1024];
  private int sentences;
  /** Per token: its first feature in {@link #feats}, its table, its gold outcome. */
  private int[] tokFeatStart = new int[1 << 14];
  private int[] tokTable = new int[1 << 14];
  private int[] tokGold = new int[1 << 14];
  private int tokens;
  private int[] feats = new int[1 << 18];
  private int featCount;

  private double[] w;
  private double[] u;
  private double[] avg;
  private int updates;

  /**
   * Creates a trainer.
   *
   * @param outcomes the outcomes, in the model's order (must contain {@link NameFinderME#OTHER})
   * @param validator the codec's sequence validator (it must look at the last outcome only, as
   *     OpenNLP's BIO and BILOU validators do)
   * @param beam the beam size of decoding
   * @param iterations passes over the sentences
   * @param cutoff the minimum count of a token feature in the training sentences (previous-outcome
   *     features are always kept)
   * @param seed the seed of the sentence order
   * @param rule the update rule: {@link #FULL}, {@link #EARLY} or {@link #MAX_VIOLATION}
   * @param linear whether training decodes with the plain sums of the weights (a linear sequence score)
   *     instead of the normalized scores of OpenNLP's beam search with a perceptron model
   * @throws IllegalArgumentException if {@code outcomes} lacks {@link NameFinderME#OTHER} or a value is
   *     out of range
   */
  SequencePerceptronTrainer(String[] outcomes, SequenceValidator<String> validator, int beam, int iterations,
      int cutoff, long seed, int rule, boolean linear) {
    this.outcomes = outcomes.clone();
    this.k = outcomes.length;
    this.other = Arrays.asList(outcomes).indexOf(NameFinderME.OTHER);
    if (other < 0 || beam < 1 || iterations < 1 || cutoff < 0 || rule < FULL || rule > MAX_VIOLATION) {
      throw new IllegalArgumentException("outcomes " + Arrays.toString(outcomes) + " (need '" + NameFinderME.OTHER
          + "'), beam " + beam + " (>= 1), iterations " + iterations + " (>= 1), cutoff " + cutoff
          + " (>= 0), rule " + rule + " (0..2)");
    }
    this.rule = rule;
    this.linear = linear;
    this.beam = beam;
    this.iterations = iterations;
    this.cutoff = cutoff;
    this.seed = seed;
    valid = new boolean[(k + 1) * k];
    String[] none = new String[0];
    for (int p = -1; p < k; p++) {
      String[] prev = p < 0 ? none : new String[] {outcomes[p]};
      for (int o = 0; o < k; o++) {
        valid[(p + 1) * k + o] = validator.validSequence(p < 0 ? 0 : 1, none, prev, outcomes[o]);
      }
    }
  }

  /**
   * Returns the outcomes a codec gives to the entity types of some documents, sorted.
   *
   * @param codec the codec
   * @param docs the documents
   * @return the outcomes, {@link NameFinderME#OTHER} included
   */
  static String[] outcomes(SequenceCodec<String> codec, List<NerCorpus.Document> docs) {
    TreeSet<String> all = new TreeSet<>();
    all.addAll(Arrays.asList(codec.encode(new Span[0], 1)));
    for (NerCorpus.Document d : docs) {
      for (NerCorpus.Chunk c : d.chunks()) {
        all.addAll(Arrays.asList(codec.encode(new Span[] {new Span(0, 1, c.type())}, 1)));
        all.addAll(Arrays.asList(codec.encode(new Span[] {new Span(0, 3, c.type())}, 3)));
      }
    }
    return all.toArray(new String[0]);
  }

  /**
   * Adds a training sentence: its features are computed now, with the generator's current state
   * (prepared sentence, adaptive data).
   *
   * @param cg the model's context generator
   * @param words the sentence's tokens
   * @param gold their gold outcomes
   * @throws IllegalArgumentException if a gold outcome is unknown or the generator appends a varying
   *     number of previous-outcome features
   */
  void add(NameContextGenerator cg, String[] words, String[] gold) {
    int n = words.length;
    if (sentences + 2 > sentStart.length) {
      sentStart = Arrays.copyOf(sentStart, sentStart.length * 2);
    }
    sentStart[sentences] = tokens;
    if (tokens + n + 1 > tokGold.length) {
      int size = Math.max(tokGold.length * 2, tokens + n + 1);
      tokFeatStart = Arrays.copyOf(tokFeatStart, size);
      tokTable = Arrays.copyOf(tokTable, size);
      tokGold = Arrays.copyOf(tokGold, size);
    }
    String[] preds = new String[n];
    for (int i = 0; i < n; i++) {
      int g = Arrays.asList(outcomes).indexOf(gold[i]);
      if (g < 0) {
        throw new IllegalArgumentException("unknown outcome '" + gold[i] + "'");
      }
      String[] base = cg.getContext(i, words, null, null);
      int t = tokens + i;
      tokGold[t] = g;
      tokFeatStart[t] = featCount;
      if (featCount + base.length > feats.length) {
        feats = Arrays.copyOf(feats, Math.max(feats.length * 2, featCount + base.length));
      }
      for (String f : base) {
        int id = intern(f);
        counts[id]++;
        feats[featCount++] = id;
      }
      tokTable[t] = table(cg, words, i, base, preds);
    }
    tokens += n;
    tokFeatStart[tokens] = featCount;
    sentences++;
    sentStart[sentences] = tokens;
  }

  /** Computes and interns the previous-outcome features of token i for every pair of previous outcomes. */
  private int table(NameContextGenerator cg, String[] words, int i, String[] base, String[] preds) {
    int baseLength = base.length;
    int[] tab = null;
    // at i = 0 (i = 1) the outcome(s) before the sentence are "other": one (k) distinct rows
    int poCount = i > 0 ? k : 1;
    int ppoCount = i > 1 ? k : 1;
    for (int po = 0; po < k; po++) {
      for (int ppo = 0; ppo < k; ppo++) {
        if (po < poCount && ppo < ppoCount) {
          if (i > 0) {
            preds[i - 1] = outcomes[po];
          }
          if (i > 1) {
            preds[i - 2] = outcomes[ppo];
          }
          String[] full = cg.getContext(i, words, preds, null);
          int m = full.length - baseLength;
          if (m < 0) {
            throw new IllegalArgumentException("the context generator gives fewer features with previous "
                + "outcomes than without");
          }
          if (tab == null) {
            for (int j = 0; j < baseLength; j++) {
              if (!full[j].equals(base[j])) {
                throw new IllegalArgumentException("the context generator's features of token " + i
                    + " depend on the previous outcomes beyond its appended features");
              }
            }
          }
          if (tail < 0) {
            tail = m;
          } else if (m != tail) {
            throw new IllegalArgumentException("the context generator appends " + m + " and " + tail
                + " previous-outcome features");
          }
          if (tab == null) {
            tab = new int[k * k * tail];
          }
          int at = (po * k + ppo) * tail;
          for (int j = 0; j < m; j++) {
            tab[at + j] = intern(full[baseLength + j]);
          }
        } else {
          // rows that cannot differ: copy the computed one
          int src = ((po < poCount ? po : 0) * k + (ppo < ppoCount ? ppo : 0)) * tail;
          System.arraycopy(tab, src, tab, (po * k + ppo) * tail, tail);
        }
      }
    }
    TableKey key = new TableKey(tab);
    Integer id = tableIds.get(key);
    if (id == null) {
      id = tables.size();
      tables.add(tab);
      tableIds.put(key, id);
    }
    return id;
  }

  private int intern(String f) {
    Integer id = ids.get(f);
    if (id == null) {
      id = names.size();
      names.add(f);
      ids.put(f, id);
      if (id >= counts.length) {
        counts = Arrays.copyOf(counts, counts.length * 2);
      }
    }
    return id;
  }

  /**
   * Runs the iterations and returns the averaged model.
   *
   * @return the model, with the features that have a non-zero averaged weight
   * @throws IllegalStateException if no sentence was added
   */
  PerceptronModel train() {
    if (sentences == 0) {
      throw new IllegalStateException("no training sentence");
    }
    int f = names.size();
    boolean[] live = new boolean[f];
    for (int id = 0; id < f; id++) {
      live[id] = counts[id] >= cutoff;
    }
    for (int[] tab : tables) {
      for (int id : tab) {
        live[id] = true;
      }
    }
    w = new double[f * k];
    u = new double[f * k];
    int[] order = new int[sentences];
    for (int s = 0; s < sentences; s++) {
      order[s] = s;
    }
    Random random = new Random(seed);
    Decoder decoder = new Decoder();
    long c = 1;
    for (int it = 0; it < iterations; it++) {
      for (int s = sentences - 1; s > 0; s--) {
        int j = random.nextInt(s + 1);
        int tmp = order[s];
        order[s] = order[j];
        order[j] = tmp;
      }
      int before = updates;
      for (int s : order) {
        int[] pred = decoder.decode(s, w, rule, linear);
        if (pred != null) {
          update(s, pred, live, c);
        }
        c++;
      }
      LOG.debug("sequence perceptron iteration {}: {} of {} sentences wrong", it + 1, updates - before, sentences);
    }
    avg = new double[f * k];
    for (int i = 0; i < avg.length; i++) {
      avg[i] = w[i] - u[i] / c;
    }
    return model(avg);
  }

  /**
   * Decodes an added sentence with the averaged weights of the last {@link #train}: with the normalized
   * scores, what the returned model gives through OpenNLP's beam search.
   *
   * @param sentence the sentence, in the order added
   * @param linearScores whether to decode with the plain sums instead of the normalized scores
   * @return its outcomes
   * @throws IllegalStateException before training
   */
  String[] decodeAveraged(int sentence, boolean linearScores) {
    if (avg == null) {
      throw new IllegalStateException("not trained");
    }
    int[] best = new Decoder().decode(sentence, avg, FULL, linearScores);
    String[] out = new String[best.length];
    for (int i = 0; i < best.length; i++) {
      out[i] = outcomes[best[i]];
    }
    return out;
  }

  /** Returns how many updates training made (for tests and logs). */
  int updates() {
    return updates;
  }

  /** Returns how many sentences were added. */
  int sentences() {
    return sentences;
  }

  /** Returns how many distinct feature strings were interned. */
  int features() {
    return names.size();
  }

  private void update(int s, int[] pred, boolean[] live, long c) {
    int from = sentStart[s];
    int n = pred.length;
    boolean same = true;
    for (int i = 0; i < n; i++) {
      if (pred[i] != tokGold[from + i]) {
        same = false;
        break;
      }
    }
    if (same) {
      return;
    }
    updates++;
    for (int i = 0; i < n; i++) {
      int t = from + i;
      int g = tokGold[t];
      int p = pred[i];
      int gpo = i > 0 ? tokGold[t - 1] : other;
      int gppo = i > 1 ? tokGold[t - 2] : other;
      int ppo = i > 0 ? pred[i - 1] : other;
      int pppo = i > 1 ? pred[i - 2] : other;
      if (g == p && gpo == ppo && gppo == pppo) {
        continue;
      }
      if (g != p) {
        for (int j = tokFeatStart[t], e = tokFeatStart[t + 1]; j < e; j++) {
          int id = feats[j];
          if (live[id]) {
            add(id * k + g, 1, c);
            add(id * k + p, -1, c);
          }
        }
      }
      int[] tab = tables.get(tokTable[t]);
      int ga = (gpo * k + gppo) * tail;
      int pa = (ppo * k + pppo) * tail;
      for (int j = 0; j < tail; j++) {
        add(tab[ga + j] * k + g, 1, c);
        add(tab[pa + j] * k + p, -1, c);
      }
    }
  }

  private void add(int index, double delta, long c) {
    w[index] += delta;
    u[index] += c * delta;
  }

  private PerceptronModel model(double[] avg) {
    List<Context> params = new ArrayList<>();
    List<String> preds = new ArrayList<>();
    int[] os = new int[k];
    double[] ps = new double[k];
    for (int id = 0; id < names.size(); id++) {
      int m = 0;
      for (int o = 0; o < k; o++) {
        double v = avg[id * k + o];
        if (v != 0) {
          os[m] = o;
          ps[m] = v;
          m++;
        }
      }
      if (m > 0) {
        params.add(new Context(Arrays.copyOf(os, m), Arrays.copyOf(ps, m)));
        preds.add(names.get(id));
      }
    }
    return new PerceptronModel(params.toArray(new Context[0]), preds.toArray(new String[0]), outcomes.clone());
  }

  /** The interned table of previous-outcome features, compared by content. */
  private record TableKey(int[] ids) {
    @Override
    public boolean equals(Object o) {
      return o instanceof TableKey t && Arrays.equals(ids, t.ids);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
      return Arrays.toString(ids);
    }
  }

  /** A beam hypothesis: OpenNLP's {@code Sequence} with a parent pointer instead of copied lists. */
  private static final class Hyp implements Comparable<Hyp> {
    final Hyp parent;
    final int outcome;
    final int length;
    final double score;

    Hyp(Hyp parent, int outcome, double gain) {
      this.parent = parent;
      this.outcome = outcome;
      this.length = parent == null ? 0 : parent.length + 1;
      this.score = parent == null ? 0 : parent.score + gain;
    }

    int last(int back, int none) {
      Hyp h = this;
      for (int b = 0; b < back; b++) {
        if (h.parent == null) {
          return none;
        }
        h = h.parent;
      }
      return h.parent == null ? none : h.outcome;
    }

    @Override
    public int compareTo(Hyp h) {
      return Double.compare(h.score, score);
    }
  }

  /** Replays OpenNLP's beam search with int features and the given weights. */
  private final class Decoder {
    private double[] base = new double[64 * k];
    private final double[] scores = new double[k];
    private final double[] sorted = new double[k];

    /**
     * Decodes a sentence; with a rule other than {@link #FULL}, returns the predicted prefix to update
     * on, or null when there is nothing to update.
     */
    int[] decode(int s, double[] weights, int rule, boolean linear) {
      int from = sentStart[s];
      int n = sentStart[s + 1] - from;
      if (base.length < n * k) {
        base = new double[n * k];
      }
      Arrays.fill(base, 0, n * k, 0.0);
      PriorityQueue<Hyp> prev = new PriorityQueue<>(beam);
      PriorityQueue<Hyp> next = new PriorityQueue<>(beam);
      Hyp root = new Hyp(null, -1, 0);
      prev.add(root);
      boolean tracking = rule != FULL;
      Hyp goldHyp = root;
      double goldScore = 0;
      double maxViolation = 0;
      Hyp maxViolator = null;
      for (int i = 0; i < n; i++) {
        int t = from + i;
        // the token features' sums, in context order (the order of OpenNLP's additions)
        int bi = i * k;
        for (int j = tokFeatStart[t], e = tokFeatStart[t + 1]; j < e; j++) {
          int wi = feats[j] * k;
          for (int o = 0; o < k; o++) {
            base[bi + o] += weights[wi + o];
          }
        }
        int[] tab = tables.get(tokTable[t]);
        int sz = Math.min(beam, prev.size());
        Hyp goldChild = null;
        for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
          Hyp top = prev.remove();
          boolean goldTop = tracking && top == goldHyp;
          score(top.last(0, other), top.last(1, other), bi, tab, weights, linear);
          System.arraycopy(scores, 0, sorted, 0, k);
          Arrays.sort(sorted);
          double min = sorted[Math.max(0, k - beam)];
          int vrow = (top.parent == null ? 0 : top.outcome + 1) * k;
          for (int o = 0; o < k; o++) {
            if (scores[o] >= min && valid[vrow + o]) {
              Hyp h = new Hyp(top, o, linear ? scores[o] : StrictMath.log(scores[o]));
              if (linear || h.score > ZERO_LOG) {
                next.add(h);
                if (goldTop && o == tokGold[t]) {
                  goldChild = h;
                }
              }
            }
          }
          if (next.isEmpty()) {
            for (int o = 0; o < k; o++) {
              if (valid[vrow + o]) {
                Hyp h = new Hyp(top, o, linear ? scores[o] : StrictMath.log(scores[o]));
                if (linear || h.score > ZERO_LOG) {
                  next.add(h);
                  if (goldTop && o == tokGold[t]) {
                    goldChild = h;
                  }
                }
              }
            }
          }
        }
        prev.clear();
        PriorityQueue<Hyp> tmp = prev;
        prev = next;
        next = tmp;
        if (tracking) {
          double gp = goldScore(i, t, bi, tab, weights, linear);
          goldScore += linear ? gp : StrictMath.log(gp);
          if (goldChild != null) {
            int better = 0;
            for (Hyp h : prev) {
              if (h.score > goldChild.score) {
                better++;
              }
            }
            goldHyp = better < beam ? goldChild : null;
          } else {
            goldHyp = null;
          }
          Hyp best = prev.peek();
          if (rule == EARLY && goldHyp == null) {
            return outcomes(best);
          }
          double violation = best.score - goldScore;
          if (rule == MAX_VIOLATION && violation > maxViolation) {
            maxViolation = violation;
            maxViolator = best;
          }
        }
      }
      if (rule == MAX_VIOLATION) {
        Hyp best = prev.peek();
        if (best == null || isGold(from, best)) {
          return null;
        }
        return outcomes(maxViolator != null ? maxViolator : best);
      }
      int[] out = new int[n];
      Hyp best = prev.peek();
      if (best == null) {
        Arrays.fill(out, other);
        return out;
      }
      for (Hyp h = best; h.parent != null; h = h.parent) {
        out[h.length - 1] = h.outcome;
      }
      return out;
    }

    /**
     * The local probability (linear: the sum) of the gold outcome of token i after the gold outcomes
     * before it.
     */
    private double goldScore(int i, int t, int bi, int[] tab, double[] weights, boolean linear) {
      score(i > 0 ? tokGold[t - 1] : other, i > 1 ? tokGold[t - 2] : other, bi, tab, weights, linear);
      return scores[tokGold[t]];
    }

    /**
     * Fills {@code scores} with the outcome scores of a token after the outcomes {@code po} and
     * {@code ppo}: its own features' sums (from {@code base} at {@code bi}) plus the previous-outcome
     * features' weights, normalized as OpenNLP's perceptron does unless {@code linear}.
     */
    private void score(int po, int ppo, int bi, int[] tab, double[] weights, boolean linear) {
      System.arraycopy(base, bi, scores, 0, k);
      int at = (po * k + ppo) * tail;
      for (int j = 0; j < tail; j++) {
        int wi = tab[at + j] * k;
        for (int o = 0; o < k; o++) {
          scores[o] += weights[wi + o];
        }
      }
      if (!linear) {
        normalize(scores);
      }
    }

    private boolean isGold(int from, Hyp h) {
      for (; h.parent != null; h = h.parent) {
        if (h.outcome != tokGold[from + h.length - 1]) {
          return false;
        }
      }
      return true;
    }

    private int[] outcomes(Hyp h) {
      int[] out = new int[h.length];
      for (; h.parent != null; h = h.parent) {
        out[h.length - 1] = h.outcome;
      }
      return out;
    }

    /** {@link PerceptronModel}'s normalization, operation for operation. */
    private void normalize(double[] prior) {
      double maxPrior = 1;
      for (int o = 0; o < k; o++) {
        if (maxPrior < StrictMath.abs(prior[o])) {
          maxPrior = StrictMath.abs(prior[o]);
        }
      }
      double normal = 0.0;
      for (int o = 0; o < k; o++) {
        prior[o] = StrictMath.exp(prior[o] / maxPrior);
        normal += prior[o];
      }
      for (int o = 0; o < k; o++) {
        prior[o] /= normal;
      }
    }
  }
}
