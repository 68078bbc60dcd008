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
    for (AdaptiveFeatureGenerator g : generators) {
      g.updateAdaptiveData(tokens, outcomes);
    }
  }

  @Override
  public void clearAdaptiveData() {
    for (AdaptiveFeatureGenerator g : generators) {
      g.clearAdaptiveData();
    }
  }

  @Override
  public String[] getContext(int index, String[] tokens, String[] preds, Object[] additionalContext) {
    List<String> features = new ArrayList<>(64);
    for (AdaptiveFeatureGenerator g : generators) {
      g.createFeatures(features, tokens, index, preds);
    }
    if (preds != null) {
      String po = index > 0 ? preds[index - 1] : NameFinderME.OTHER;
      String ppo = index > 1 ? preds[index - 2] : NameFinderME.OTHER;
      features.add("po=" + po);
      features.add("ppo=" + ppo);
      if (mode.equals(MODE_OPENNLP)) {
        features.add("pow=" + po + "," + tokens[index]);
        features.add("powf=" + po + "," + FeatureGeneratorUtil.tokenFeature(tokens[index]));
      } else if (mode.equals(MODE_SHAPE)) {
        features.add("poppo=" + po + "," + ppo);
        features.add("powf=" + po + "," + FeatureGeneratorUtil.tokenFeature(tokens[index]));
      }
    }
    return features.toArray(new String[0]);
  }
}
