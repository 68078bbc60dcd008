package org.khabar.internal.ner;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name finder model read for decoding: the same OpenNLP {@link TokenNameFinderModel} (same file, same
 * artifacts, same {@code NameFinderME}), except that the name finders it makes search with
 * {@link FastBeamSearch}, which returns what OpenNLP's {@code BeamSearch} returns without copying every
 * hypothesis' outcomes for every token. Models of other kinds (a sequence-trained artifact) are
 * decoded as OpenNLP would.
 *
 * <p>Thread-safe as its superclass: every call of {@link #getNameFinderSequenceModel()} returns a new
 * search.
 */
final class DecodingModel extends TokenNameFinderModel {

  /** The artifact name under which OpenNLP stores the name finder's classifier. */
  private static final String CLASSIFIER_ENTRY = "nameFinder.model";

  /**
   * Reads a model.
   *
   * @param in the serialized model, not closed
   * @throws IOException if it cannot be read
   */
  DecodingModel(InputStream in) throws IOException {
    super(in);
  }

  /**
   * Returns a new beam search over the model's classifier, with the beam size of the model's manifest.
   *
   * @return the sequence model a {@code NameFinderME} decodes with
   */
  @Override
  public SequenceClassificationModel getNameFinderSequenceModel() {
    Object classifier = getArtifact(CLASSIFIER_ENTRY);
    if (classifier instanceof MaxentModel maxent) {
      String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
      return new FastBeamSearch(beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam), maxent);
    }
    return super.getNameFinderSequenceModel();
  }
}
