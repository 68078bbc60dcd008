package org.khabar.internal.ner;

import java.util.Map;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The name finder factory of khabar's NER models: OpenNLP's, with a context generator whose
 * previous-outcome features are chosen at training time (manifest entry {@value #PRED_MODE_ENTRY}, see
 * {@link NerContextGenerator}). OpenNLP instantiates it by name when it loads a model, so it is public
 * with a public no-argument constructor.
 *
 * <p>Thread-safe after initialization, like OpenNLP's factory: every call creates new generators.
 */
public final class KhabarNameFinderFactory extends TokenNameFinderFactory {
  /** The model manifest entry holding the previous-outcome mode. */
  public static final String PRED_MODE_ENTRY = "khabar.ner.predMode";

  private String trainingMode;

  /** Creates the factory; OpenNLP calls this by reflection when it loads a model. */
  public KhabarNameFinderFactory() {}

  /**
   * Creates the factory for training.
   *
   * @param descriptor the feature generator descriptor, or null for OpenNLP's default generators
   * @param resources the artifacts the descriptor names
   * @param codec the sequence codec
   * @param predMode the previous-outcome mode
   */
  KhabarNameFinderFactory(byte[] descriptor, Map<String, Object> resources, SequenceCodec<String> codec,
      String predMode) {
    super(descriptor, resources, codec);
    this.trainingMode = predMode;
  }

  /**
   * Creates the context generator: the descriptor's feature generators and the previous outcomes.
   *
   * @return a new context generator
   */
  @Override
  public NameContextGenerator createContextGenerator() {
    AdaptiveFeatureGenerator generator = createFeatureGenerators();
    String mode = trainingMode;
    if (mode == null && artifactProvider != null) {
      mode = artifactProvider.getManifestProperty(PRED_MODE_ENTRY);
    }
    return new NerContextGenerator(generator, mode == null ? NerContextGenerator.MODE_OPENNLP : mode);
  }
}
