package org.khabar.internal.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The name finder's context: the descriptor's feature generators plus the features of the previous
 * outcomes, in one of three forms ({@link #MODE_OPENNLP} is OpenNLP's own: the previous outcome, with
 * the token and with its class, and the outcome before).
 *
 * <p>Not thread-safe: one per name finder.
 */
final class NerContextGenerator implements NameContextGenerator {
  /** OpenNLP's previous-outcome features: po, pow, powf, ppo. */
  static final String MODE_OPENNLP = "opennlp";
  /** The previous two outcomes only: po, ppo. */
  static final String MODE_OUTCOMES = "outcomes";
  /** The previous outcome, alone, with the outcome before, and with the current token's stem shape. */
  static final String MODE_SHAPE = "shape";

  private final List<AdaptiveFeatureGenerator> generators = new ArrayList<>();
  private final String mode;
  private final java.util.Map<String, java.util.Map<String, String>> outcomeFeatures = new java.util.HashMap<>();
  private String[] cachedTokens;
  private String[][] base = new String[64][];
  @SuppressWarnings("unchecked")
  private java.util.Map<String, String>[] withToken = new java.util.Map[64];
  @SuppressWarnings("unchecked")
  private java.util.Map<String, String>[] withClass = new java.util.Map[64];

  NerContextGenerator(AdaptiveFeatureGenerator generator, String mode) {
    if (!mode.equals(MODE_OPENNLP) && !mode.equals(MODE_OUTCOMES) && !mode.equals(MODE_SHAPE)) {
      throw new IllegalArgumentException("unknown previous-outcome mode '" + mode + "'");
    }
    generators.add(generator);
    this.mode = mode;
  }

  @Override
  public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {
    generators.add(generator);
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    cachedTokens = null;
    for (AdaptiveFeatureGenerator g : generators) {
      g.updateAdaptiveData(tokens, outcomes);
    }
  }

  @Override
  public void clearAdaptiveData() {
    cachedTokens = null;
    for (AdaptiveFeatureGenerator g : generators) {
      g.clearAdaptiveData();
    }
  }

  /**
   * Returns the context of token {@code index}: the generators' features, computed once per token of a
   * sentence (identified by the identity of {@code tokens}), and the previous-outcome features, whose
   * strings are cached per token and outcome, so the beam's repeated calls build no new feature string.
   *
   * @param index the token
   * @param tokens the sentence
   * @param preds the outcomes so far, or null
   * @param additionalContext unused
   * @return the features
   */
  @Override
  public String[] getContext(int index, String[] tokens, String[] preds, Object[] additionalContext) {
    if (tokens != cachedTokens) {
      cachedTokens = tokens;
      if (base.length < tokens.length) {
        base = new String[tokens.length][];
        withToken = new java.util.Map[tokens.length];
        withClass = new java.util.Map[tokens.length];
      } else {
        java.util.Arrays.fill(base, 0, tokens.length, null);
        java.util.Arrays.fill(withToken, 0, tokens.length, null);
        java.util.Arrays.fill(withClass, 0, tokens.length, null);
      }
    }
    String[] b = base[index];
    if (b == null) {
      List<String> features = new ArrayList<>(64);
      for (AdaptiveFeatureGenerator g : generators) {
        g.createFeatures(features, tokens, index, preds);
      }
      b = features.toArray(new String[0]);
      base[index] = b;
    }
    if (preds == null) {
      return b.clone();
    }
    String po = index > 0 ? preds[index - 1] : NameFinderME.OTHER;
    String ppo = index > 1 ? preds[index - 2] : NameFinderME.OTHER;
    boolean opennlp = mode.equals(MODE_OPENNLP);
    boolean shape = mode.equals(MODE_SHAPE);
    String[] out = java.util.Arrays.copyOf(b, b.length + (opennlp || shape ? 4 : 2));
    int k = b.length;
    out[k++] = prefixed("po=", po);
    out[k++] = prefixed("ppo=", ppo);
    if (opennlp) {
      out[k++] = perToken(withToken, index, po, "pow=", tokens[index], false);
      out[k++] = perToken(withClass, index, po, "powf=", tokens[index], true);
    } else if (shape) {
      out[k++] = prefixed("poppo=", po + "," + ppo);
      out[k++] = perToken(withClass, index, po, "powf=", tokens[index], true);
    }
    return out;
  }

  private String prefixed(String prefix, String outcome) {
    java.util.Map<String, String> m = outcomeFeatures.computeIfAbsent(prefix, p -> new java.util.HashMap<>());
    String f = m.get(outcome);
    if (f == null) {
      f = prefix + outcome;
      m.put(outcome, f);
    }
    return f;
  }

  private static String perToken(java.util.Map<String, String>[] cache, int index, String po, String prefix,
      String token, boolean tokenClass) {
    java.util.Map<String, String> m = cache[index];
    if (m == null) {
      m = new java.util.HashMap<>(8);
      cache[index] = m;
    }
    String f = m.get(po);
    if (f == null) {
      f = prefix + po + "," + (tokenClass ? FeatureGeneratorUtil.tokenFeature(token) : token);
      m.put(po, f);
    }
    return f;
  }
}
