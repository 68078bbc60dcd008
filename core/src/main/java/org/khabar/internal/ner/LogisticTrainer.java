package org.khabar.internal.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Multinomial logistic regression with an L2 penalty, fitted to convergence with L-BFGS, exported as an
 * OpenNLP {@link GISModel} (a maxent model: softmax over summed feature weights), so that
 * {@code NameFinderME} decodes it like any OpenNLP maxent model.
 *
 * <p>OpenNLP's own maxent trainers stop far from the optimum on this data (GIS moves rare features
 * slowly; its L-BFGS stops at a relative function change of 1e-4), which leaves the rare lexical and
 * affix features that names depend on underfit. This trainer minimizes
 * {@code sum(-log p(y|x)) + l2/2 * |w|^2} until the relative change of the objective falls below
 * {@code tolerance}.
 *
 * <p>Deterministic. Not thread-safe; create one per training.
 */
final class LogisticTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(LogisticTrainer.class);
  private static final int HISTORY = 10;

  private final double l2;
  private final int maxIterations;
  private final double tolerance;
  private final double prune;

  private String[] features;
  private String[] outcomes;
  private int[][] contexts;
  private int[] labels;
  private int numOutcomes;

  /**
   * Creates a trainer.
   *
   * @param l2 the L2 penalty
   * @param maxIterations the most L-BFGS iterations
   * @param tolerance the relative objective change that ends training
   * @param prune weights below this magnitude are left out of the exported model
   */
  LogisticTrainer(double l2, int maxIterations, double tolerance, double prune) {
    this.l2 = l2;
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
    this.prune = prune;
  }

  /**
   * Trains a model.
   *
   * @param events the training events
   * @param cutoff features seen in fewer events are dropped
   * @return the model
   */
  GISModel train(List<Event> events, int cutoff) {
    index(events, cutoff);
    int dim = features.length * numOutcomes;
    double[] w = new double[dim];
    double[] g = new double[dim];
    double f = evaluate(w, g);
    double[][] s = new double[HISTORY][];
    double[][] y = new double[HISTORY][];
    double[] rho = new double[HISTORY];
    double[] alpha = new double[HISTORY];
    double[] dir = new double[dim];
    double[] wNew = new double[dim];
    double[] gNew = new double[dim];
    int stored = 0;
    int head = 0;
    int it = 0;
    for (; it < maxIterations; it++) {
      // two-loop recursion: dir = -H g
      System.arraycopy(g, 0, dir, 0, dim);
      for (int k = 0; k < stored; k++) {
        int j = (head - 1 - k + HISTORY) % HISTORY;
        alpha[j] = rho[j] * dot(s[j], dir);
        axpy(-alpha[j], y[j], dir);
      }
      if (stored > 0) {
        int j = (head - 1 + HISTORY) % HISTORY;
        double scale = dot(s[j], y[j]) / dot(y[j], y[j]);
        scale(dir, scale);
      } else {
        scale(dir, 1.0 / Math.max(1.0, Math.sqrt(dot(g, g))));
      }
      for (int k = stored - 1; k >= 0; k--) {
        int j = (head - 1 - k + HISTORY) % HISTORY;
        double beta = rho[j] * dot(y[j], dir);
        axpy(alpha[j] - beta, s[j], dir);
      }
      scale(dir, -1.0);
      double slope = dot(g, dir);
      if (slope >= 0) {
        // not a descent direction: restart from the gradient
        System.arraycopy(g, 0, dir, 0, dim);
        scale(dir, -1.0 / Math.max(1.0, Math.sqrt(dot(g, g))));
        slope = dot(g, dir);
        stored = 0;
      }
      // backtracking line search (Armijo)
      double step = 1.0;
      double fNew;
      while (true) {
        for (int i = 0; i < dim; i++) {
          wNew[i] = w[i] + step * dir[i];
        }
        fNew = evaluate(wNew, gNew);
        if (fNew <= f + 1e-4 * step * slope || step < 1e-10) {
          break;
        }
        step *= 0.5;
      }
      double[] sk = s[head] == null ? new double[dim] : s[head];
      double[] yk = y[head] == null ? new double[dim] : y[head];
      for (int i = 0; i < dim; i++) {
        sk[i] = wNew[i] - w[i];
        yk[i] = gNew[i] - g[i];
      }
      double sy = dot(sk, yk);
      if (sy > 1e-12) {
        s[head] = sk;
        y[head] = yk;
        rho[head] = 1.0 / sy;
        head = (head + 1) % HISTORY;
        stored = Math.min(stored + 1, HISTORY);
      }
      double change = (f - fNew) / Math.max(1.0, Math.abs(fNew));
      System.arraycopy(wNew, 0, w, 0, dim);
      System.arraycopy(gNew, 0, g, 0, dim);
      f = fNew;
      if (change < tolerance) {
        it++;
        break;
      }
    }
    LOG.debug("logistic regression: {} iterations, objective {}", it, f);
    return export(w);
  }

  private void index(List<Event> events, int cutoff) {
    Map<String, int[]> counts = new HashMap<>();
    Map<String, Integer> outcomeIds = new HashMap<>();
    List<String> outcomeList = new ArrayList<>();
    for (Event e : events) {
      for (String c : e.getContext()) {
        counts.computeIfAbsent(c, k -> new int[1])[0]++;
      }
      if (!outcomeIds.containsKey(e.getOutcome())) {
        outcomeIds.put(e.getOutcome(), outcomeList.size());
        outcomeList.add(e.getOutcome());
      }
    }
    List<String> kept = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      if (e.getValue()[0] >= cutoff) {
        kept.add(e.getKey());
      }
    }
    kept.sort(null);
    Map<String, Integer> ids = new HashMap<>(kept.size() * 2);
    for (int i = 0; i < kept.size(); i++) {
      ids.put(kept.get(i), i);
    }
    features = kept.toArray(new String[0]);
    outcomes = outcomeList.toArray(new String[0]);
    numOutcomes = outcomes.length;
    contexts = new int[events.size()][];
    labels = new int[events.size()];
    int[] buf = new int[256];
    for (int n = 0; n < events.size(); n++) {
      Event e = events.get(n);
      int k = 0;
      for (String c : e.getContext()) {
        Integer id = ids.get(c);
        if (id != null) {
          if (k == buf.length) {
            buf = Arrays.copyOf(buf, k * 2);
          }
          buf[k++] = id;
        }
      }
      contexts[n] = Arrays.copyOf(buf, k);
      labels[n] = outcomeIds.get(e.getOutcome());
    }
  }

  /** The objective at {@code w}; its gradient goes to {@code grad}. */
  private double evaluate(double[] w, double[] grad) {
    int o = numOutcomes;
    double[] scores = new double[o];
    double loss = 0;
    for (int i = 0; i < w.length; i++) {
      grad[i] = l2 * w[i];
      loss += 0.5 * l2 * w[i] * w[i];
    }
    for (int n = 0; n < contexts.length; n++) {
      int[] ctx = contexts[n];
      Arrays.fill(scores, 0);
      for (int f : ctx) {
        int base = f * o;
        for (int j = 0; j < o; j++) {
          scores[j] += w[base + j];
        }
      }
      double max = scores[0];
      for (int j = 1; j < o; j++) {
        max = Math.max(max, scores[j]);
      }
      double z = 0;
      for (int j = 0; j < o; j++) {
        scores[j] = Math.exp(scores[j] - max);
        z += scores[j];
      }
      int y = labels[n];
      loss -= Math.log(scores[y] / z);
      for (int j = 0; j < o; j++) {
        scores[j] /= z;
      }
      scores[y] -= 1.0;
      for (int f : ctx) {
        int base = f * o;
        for (int j = 0; j < o; j++) {
          grad[base + j] += scores[j];
        }
      }
    }
    return loss;
  }

  private GISModel export(double[] w) {
    int o = numOutcomes;
    List<Context> params = new ArrayList<>();
    List<String> preds = new ArrayList<>();
    int[] pattern = new int[o];
    double[] values = new double[o];
    for (int f = 0; f < features.length; f++) {
      int k = 0;
      for (int j = 0; j < o; j++) {
        double v = w[f * o + j];
        if (Math.abs(v) >= prune) {
          pattern[k] = j;
          values[k] = v;
          k++;
        }
      }
      if (k > 0) {
        params.add(new Context(Arrays.copyOf(pattern, k), Arrays.copyOf(values, k)));
        preds.add(features[f]);
      }
    }
    return new GISModel(params.toArray(new Context[0]), preds.toArray(new String[0]), outcomes.clone());
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  private static void scale(double[] x, double a) {
    for (int i = 0; i < x.length; i++) {
      x[i] *= a;
    }
  }
}
