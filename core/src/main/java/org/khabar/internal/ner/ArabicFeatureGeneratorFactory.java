package org.khabar.internal.ner;

import java.util.Set;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Creates an {@link ArabicFeatureGenerator} from its element in a NER model's feature descriptor.
 * OpenNLP instantiates this class by name when it loads or trains a model, so it is public with a
 * public no-argument constructor.
 *
 * <p>Descriptor element, with its parameters:
 *
 * <pre>{@code
 * <generator class="org.khabar.internal.ner.ArabicFeatureGeneratorFactory">
 *   <int name="version">1</int>
 *   <str name="families">norm,stem,clitic,affix,shape,window,bigram,gazetteer,cue</str>
 *   <int name="prefix">3</int>
 *   <int name="suffix">4</int>
 *   <str name="lexicon">khabar-ner-lexicon.nerlex</str>
 *   <str name="harvest">khabar-ner-harvest.nerlex</str>
 * </generator>
 * }</pre>
 *
 * <p>An experimental model with the {@code cluster} family also names its {@link ClusterMap} artifact
 * ({@code <str name="clusters">}).
 *
 * <p>{@code version} must be {@link ArabicFeatureGenerator#VERSION}. {@code lexicon} and {@code harvest} name {@link NerLexicon} artifacts of the model; either may be
 * left out (an empty lexicon). A generator created while a {@link NerFeatureContext} is bound to the
 * thread shares that context.
 *
 * <p>Not thread-safe (OpenNLP creates one factory per descriptor element).
 */
public final class ArabicFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  /** Creates the factory; OpenNLP calls this by reflection. */
  public ArabicFeatureGeneratorFactory() {}

  /**
   * Creates the generator described by the element.
   *
   * @return the generator
   * @throws InvalidFormatException if a parameter is missing, malformed or names a missing artifact
   */
  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    int version = getInt("version", 0);
    if (version != ArabicFeatureGenerator.VERSION) {
      throw new InvalidFormatException("the NER model was trained with Arabic features version " + version
          + " but this library computes version " + ArabicFeatureGenerator.VERSION + "; retrain the model");
    }
    Set<FeatureFamily> families;
    try {
      families = FeatureFamily.parse(getStr("families"));
    } catch (IllegalArgumentException e) {
      throw new InvalidFormatException(e.getMessage(), e);
    }
    int prefix = getInt("prefix", 3);
    int suffix = getInt("suffix", 4);
    if (prefix < 0 || prefix > 5 || suffix < 0 || suffix > 5) {
      throw new InvalidFormatException(
          "affix lengths must be in [0, 5]: prefix " + prefix + ", suffix " + suffix);
    }
    NerLexicon lexicon = lexicon(getStr("lexicon", null));
    NerLexicon harvest = lexicon(getStr("harvest", null));
    String clusterKey = getStr("clusters", null);
    ClusterMap clusters = ClusterMap.empty();
    if (clusterKey != null) {
      Object o = resourceManager == null ? null : resourceManager.getResource(clusterKey);
      if (!(o instanceof ClusterMap)) {
        throw new InvalidFormatException("the NER model has no cluster artifact '" + clusterKey + "'");
      }
      clusters = (ClusterMap) o;
    } else if (families.contains(FeatureFamily.CLUSTER)) {
      throw new InvalidFormatException("the NER model's descriptor has the cluster family but no clusters");
    }
    return new ArabicFeatureGenerator(families, prefix, suffix, lexicon, harvest, clusters,
        NerFeatureContext.boundOrNew());
  }

  private NerLexicon lexicon(String key) throws InvalidFormatException {
    if (key == null) {
      return NerLexicon.empty();
    }
    Object o = resourceManager == null ? null : resourceManager.getResource(key);
    if (!(o instanceof NerLexicon)) {
      throw new InvalidFormatException("the NER model has no lexicon artifact '" + key + "'"
          + (o == null ? "" : " (found " + o.getClass().getName() + ")"));
    }
    return (NerLexicon) o;
  }
}
