package org.khabar.internal.ner;

import java.util.Arrays;
import java.util.PriorityQueue;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
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
    this.probs = new double[model.getNumOutcomes()];
    this.sorted = new double[model.getNumOutcomes()];
  }

  /** A hypothesis: the last outcome, its probability, the path's score, and the parent hypothesis. */
  private static final class Node implements Comparable<Node> {
    final Node parent;
    final String outcome;
    final double prob;
    final double score;
    final int length;
    /** The outcomes of the whole path; made when the node is expanded. */
    String[] outcomes;

    Node() {
      parent = null;
      outcome = null;
      prob = 0;
      score = 0d;
      length = 0;
      outcomes = NO_OUTCOMES;
    }

    Node(Node parent, String outcome, double prob) {
      this.parent = parent;
      this.outcome = outcome;
      this.prob = prob;
      this.score = parent.score + StrictMath.log(prob);
      this.length = parent.length + 1;
    }

    String[] outcomes() {
      if (outcomes == null) {
        String[] o = Arrays.copyOf(parent.outcomes(), length);
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
    for (int i = 0; i < sequence.length; i++) {
      int sz = Math.min(size, prev.size());
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Node top = prev.remove();
        String[] outcomes = top.outcomes();
        String[] contexts = cg.getContext(i, sequence, outcomes, extra);
        double[] scores = model.eval(contexts, probs);
        System.arraycopy(scores, 0, sorted, 0, scores.length);
        Arrays.sort(sorted, 0, scores.length);
        double min = sorted[Math.max(0, scores.length - size)];
        for (int p = 0; p < scores.length; p++) {
          if (scores[p] >= min) {
            String out = model.getOutcome(p);
            if (validator.validSequence(i, sequence, outcomes, out)) {
              Node ns = new Node(top, out, scores[p]);
              if (ns.score > minSequenceScore) {
                next.add(ns);
              }
            }
          }
        }
        if (next.isEmpty()) {
          for (int p = 0; p < scores.length; p++) {
            String out = model.getOutcome(p);
            if (validator.validSequence(i, sequence, outcomes, out)) {
              Node ns = new Node(top, out, scores[p]);
              if (ns.score > minSequenceScore) {
                next.add(ns);
              }
            }
          }
        }
      }
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
