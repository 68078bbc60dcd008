package org.khabar.internal.ner;

import java.util.Arrays;
import java.util.Map;
import java.util.PriorityQueue;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's {@code opennlp.tools.ml.BeamSearch} with the same algorithm and the same results, without
 * its quadratic copying: OpenNLP's {@code Sequence} copies the outcome and probability lists of its
 * parent for every candidate of every token, and the search copies each hypothesis' outcomes twice more
 * before asking for its context, so a sentence of n tokens costs O(n²) list copies, half of the name
 * finder's allocation on news text. Here a hypothesis is a node pointing to its parent; its outcome
 * array (which the context generator and the sequence validator read) is made once, when the node is
 * expanded, by copying its parent's; OpenNLP {@link Sequence}s are built only for the returned
 * hypotheses.
 *
 * <p>Same results: the hypotheses are kept in {@link PriorityQueue}s filled and emptied in the same
 * order as OpenNLP's (so ties are broken the same way), scores are the same sums of
 * {@code StrictMath.log} in the same order, and the candidate rule (scores at least the beam's
 * {@code size}-th best, all valid outcomes when none of those is valid, score above the minimum) is
 * the same. {@code FastBeamSearchTest} compares both on random models and sentences.
 *
 * <p>Two more savings keep the results exact. For a {@link PerceptronModel} the scores are computed
 * here as {@code PerceptronModel.eval} computes them (the same sums in the same order, the same
 * normalization), but the model's parameters of a feature string are looked up once per token, not
 * once per hypothesis: the context generator returns the same string objects for the token's own
 * features. For OpenNLP's {@link NameFinderSequenceValidator}, which only reads the last outcome, each
 * (last outcome, outcome) answer is asked once and remembered, instead of two regular-expression
 * matches per candidate.
 *
 * <p>Not thread-safe (like OpenNLP's, it reuses a score buffer): one per {@code NameFinderME}.
 */
final class FastBeamSearch implements SequenceClassificationModel {

  /** OpenNLP's default minimum sequence score ({@code BeamSearch.zeroLog}). */
  private static final double ZERO_LOG = -100000;
  private static final Object[] NO_CONTEXT = new Object[0];
  private static final String[] NO_OUTCOMES = new String[0];

  private final int size;
  private final MaxentModel model;
  private final double[] probs;
  private final double[] sorted;
  /** The perceptron's parameters by feature, or null to call {@code model.eval}. */
  private final Map<String, Context> params;
  /** Per position of the last looked-up context: the feature string and its parameters. */
  private String[] lookedUp = new String[128];
  private Context[] found = new Context[128];
  private int lookedUpIndex = -1;
  private int lookedUpLength;
  /** Remembered answers of a {@link NameFinderSequenceValidator}: 0 unknown, 1 valid, 2 invalid. */
  private final byte[] validity;

  /**
   * Creates a beam search.
   *
   * @param size the beam size
   * @param model the classifier of each position
   */
  FastBeamSearch(int size, MaxentModel model) {
    if (size < 1) {
      throw new IllegalArgumentException("beam size must be at least 1, got " + size);
    }
    this.size = size;
    this.model = model;
    int n = model.getNumOutcomes();
    this.probs = new double[n];
    this.sorted = new double[n];
    this.params = model.getClass() == PerceptronModel.class ? parameters((PerceptronModel) model) : null;
    this.validity = new byte[(n + 1) * n];
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Context> parameters(PerceptronModel model) {
    return (Map<String, Context>) model.getDataStructures()[1];
  }

  /**
   * Scores the outcomes of token {@code index} for {@code contexts} into {@link #probs}, as
   * {@code PerceptronModel.eval(contexts, probs)} does.
   */
  private double[] eval(int index, String[] contexts) {
    if (params == null) {
      return model.eval(contexts, probs);
    }
    int len = contexts.length;
    if (index != lookedUpIndex) {
      lookedUpIndex = index;
      lookedUpLength = 0;
    }
    if (lookedUp.length < len) {
      lookedUp = Arrays.copyOf(lookedUp, Math.max(len, lookedUp.length * 2));
      found = Arrays.copyOf(found, lookedUp.length);
    }
    double[] prior = probs;
    Arrays.fill(prior, 0);
    for (int k = 0; k < len; k++) {
      String f = contexts[k];
      if (k >= lookedUpLength || lookedUp[k] != f) {
        lookedUp[k] = f;
        found[k] = params.get(f);
      }
      Context c = found[k];
      if (c != null) {
        int[] outcomes = c.getOutcomes();
        double[] weights = c.getParameters();
        // OpenNLP adds weight * value with value 1 for binary features: the same sums
        for (int j = 0; j < outcomes.length; j++) {
          prior[outcomes[j]] += weights[j];
        }
      }
    }
    lookedUpLength = Math.max(lookedUpLength, len);
    double maxPrior = 1;
    for (int o = 0; o < prior.length; o++) {
      if (maxPrior < StrictMath.abs(prior[o])) {
        maxPrior = StrictMath.abs(prior[o]);
      }
    }
    double normal = 0.0;
    for (int o = 0; o < prior.length; o++) {
      prior[o] = StrictMath.exp(prior[o] / maxPrior);
      normal += prior[o];
    }
    for (int o = 0; o < prior.length; o++) {
      prior[o] /= normal;
    }
    return prior;
  }

  /** Whether {@code outcome} (index {@code p}) may follow the hypothesis {@code top}. */
  private <T> boolean valid(SequenceValidator<T> validator, int i, T[] sequence, Node top, String[] outcomes,
      int p, String outcome) {
    if (validator.getClass() != NameFinderSequenceValidator.class) {
      return validator.validSequence(i, sequence, outcomes, outcome);
    }
    int key = (top.outcomeIndex + 1) * probs.length + p;
    byte v = validity[key];
    if (v == 0) {
      // this validator reads the last outcome only: the answer holds for every path ending in it
      String[] last = top.parent == null ? NO_OUTCOMES : new String[] {top.outcome};
      v = validator.validSequence(i, sequence, last, outcome) ? (byte) 1 : (byte) 2;
      validity[key] = v;
    }
    return v == 1;
  }

  /** A hypothesis: the last outcome, its probability, the path's score, and the parent hypothesis. */
  private static final class Node implements Comparable<Node> {
    final Node parent;
    final String outcome;
    final int outcomeIndex;
    final double prob;
    final double score;
    final int length;
    /** The outcomes of the whole path; made when the node is expanded. */
    String[] outcomes;

    Node() {
      parent = null;
      outcome = null;
      outcomeIndex = -1;
      prob = 0;
      score = 0d;
      length = 0;
      outcomes = NO_OUTCOMES;
    }

    Node(Node parent, String outcome, int outcomeIndex, double prob) {
      this.parent = parent;
      this.outcome = outcome;
      this.outcomeIndex = outcomeIndex;
      this.prob = prob;
      this.score = parent.score + StrictMath.log(prob);
      this.length = parent.length + 1;
    }

    /** Makes this hypothesis' outcome array from its parent's, which is still held (see bestSequences). */
    String[] outcomes() {
      if (outcomes == null) {
        String[] o = Arrays.copyOf(parent.outcomes, length);
        o[length - 1] = outcome;
        outcomes = o;
      }
      return outcomes;
    }

    Sequence toSequence() {
      Node[] path = new Node[length];
      for (Node n = this; n.parent != null; n = n.parent) {
        path[n.length - 1] = n;
      }
      Sequence s = new Sequence();
      for (Node n : path) {
        s.add(n.outcome, n.prob);
      }
      return s;
    }

    @Override
    public int compareTo(Node o) {
      return Double.compare(o.score, score);
    }
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    PriorityQueue<Node> prev = new PriorityQueue<>(size);
    PriorityQueue<Node> next = new PriorityQueue<>(size);
    prev.add(new Node());
    Object[] extra = additionalContext == null ? NO_CONTEXT : additionalContext;
    // the hypotheses expanded at the previous and at this position: a hypothesis' outcome array is
    // needed until its children have been expanded, then dropped, so memory stays O(beam x length)
    Node[] expandedBefore = new Node[size];
    Node[] expandedNow = new Node[size];
    int before = 0;
    for (int i = 0; i < sequence.length; i++) {
      int sz = Math.min(size, prev.size());
      int now = 0;
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Node top = prev.remove();
        String[] outcomes = top.outcomes();
        expandedNow[now++] = top;
        String[] contexts = cg.getContext(i, sequence, outcomes, extra);
        double[] scores = eval(i, contexts);
        System.arraycopy(scores, 0, sorted, 0, scores.length);
        Arrays.sort(sorted, 0, scores.length);
        double min = sorted[Math.max(0, scores.length - size)];
        extend(next, top, outcomes, scores, min, false, minSequenceScore, validator, i, sequence);
        if (next.isEmpty()) {
          // no advanced hypothesis: advance every valid outcome
          extend(next, top, outcomes, scores, min, true, minSequenceScore, validator, i, sequence);
        }
      }
      for (int k = 0; k < before; k++) {
        expandedBefore[k].outcomes = null;
      }
      Node[] swap = expandedBefore;
      expandedBefore = expandedNow;
      expandedNow = swap;
      before = now;
      prev.clear();
      PriorityQueue<Node> tmp = prev;
      prev = next;
      next = tmp;
    }
    int numSeq = Math.min(numSequences, prev.size());
    Sequence[] top = new Sequence[numSeq];
    for (int k = 0; k < numSeq; k++) {
      top[k] = prev.remove().toSequence();
    }
    return top;
  }

  /**
   * Adds to {@code next} the children of {@code top} for the valid outcomes scoring at least
   * {@code min} (all valid outcomes if {@code all}) whose path score is above {@code minSequenceScore}.
   */
  private <T> void extend(PriorityQueue<Node> next, Node top, String[] outcomes, double[] scores, double min,
      boolean all, double minSequenceScore, SequenceValidator<T> validator, int i, T[] sequence) {
    for (int p = 0; p < scores.length; p++) {
      if (all || scores[p] >= min) {
        String out = model.getOutcome(p);
        if (valid(validator, i, sequence, top, outcomes, p, out)) {
          Node ns = new Node(top, out, p, scores[p]);
          if (ns.score > minSequenceScore) {
            next.add(ns);
          }
        }
      }
    }
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    return bestSequences(numSequences, sequence, additionalContext, ZERO_LOG, cg, validator);
  }

  @Override
  public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    Sequence[] best = bestSequences(1, sequence, additionalContext, cg, validator);
    return best.length > 0 ? best[0] : null;
  }

  @Override
  public String[] getOutcomes() {
    String[] outcomes = new String[model.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = model.getOutcome(i);
    }
    return outcomes;
  }
}
