package org.khabar.examples.cli;

import java.io.PrintStream;
import org.khabar.ModelLoadException;
import org.khabar.Pipeline;
import org.khabar.models.BundledModels;

/**
 * The one place the command line gets its pipeline from.
 *
 * <p>The standard pipeline is {@link BundledModels#standardPipeline()}: every shipped model, checked
 * against its sha256. A build whose {@code models.properties} lists no NER model (the model is not
 * part of this build yet) gets a pipeline without NER and one warning line on standard error; a model
 * that is listed but missing or damaged is an error ({@link ModelLoadException}), never replaced.
 */
public final class CliPipelines {
  private CliPipelines() {}

  /**
   * Builds the standard pipeline.
   *
   * @param err where the warning about a build without NER model goes
   * @return the pipeline
   * @throws ModelLoadException if a listed model is missing or damaged
   */
  public static Pipeline standard(PrintStream err) {
    if (!nerModelListed()) {
      err.println("khabar: warning: this build ships no NER model (models.properties lists none):"
          + " entities will be empty");
      return Pipeline.builder().build();
    }
    return BundledModels.standardPipeline();
  }

  /**
   * Tells whether the models artifact lists a NER model.
   *
   * @return true when {@code models.properties} has an entry {@code ner.file}
   */
  public static boolean nerModelListed() {
    try {
      BundledModels.property("ner", "file");
      return true;
    } catch (ModelLoadException e) {
      return false;
    }
  }
}
