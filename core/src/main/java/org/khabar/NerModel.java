package org.khabar;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.khabar.internal.ner.NerEngine;

/**
 * A loaded named-entity recognition model, ready to be given to
 * {@link Pipeline.Builder#nerModel(NerModel)}.
 *
 * <p>Load it once and share it: a model is immutable and thread-safe, and every pipeline call uses a
 * private decoder of its own.
 */
public final class NerModel {
  private final NerEngine engine;
  private final String name;

  private NerModel(NerEngine engine, String name) {
    this.engine = engine;
    this.name = name;
  }

  /**
   * Loads a model from a source, checking its sha256 when the source names one.
   *
   * @param source where the model bytes come from
   * @return the loaded model
   * @throws ModelLoadException if the resource is missing, damaged or not a model
   * @throws NullPointerException if {@code source} is null
   */
  public static NerModel load(ModelSource source) {
    Objects.requireNonNull(source, "source");
    byte[] bytes = source.readVerified();
    try {
      return new NerModel(NerEngine.load(bytes), source.name());
    } catch (IOException | RuntimeException e) {
      throw new ModelLoadException(
          source.name(), "Model resource " + source.name() + " is not a valid NER model: " + e, e);
    }
  }

  /**
   * Loads a model from a stream, which is read to its end but not closed.
   *
   * @param in the serialized model
   * @param name the name used in messages
   * @return the loaded model
   * @throws ModelLoadException if the stream cannot be read or is not a model
   * @throws NullPointerException if {@code in} or {@code name} is null
   */
  public static NerModel load(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new ModelLoadException(name, "Cannot read model resource " + name + ": " + e, e);
    }
    return load(ModelSource.of(name, () -> new java.io.ByteArrayInputStream(bytes), null));
  }

  /**
   * Returns the name of the resource the model was loaded from.
   *
   * @return the resource name
   */
  public String name() {
    return name;
  }

  NerEngine engine() {
    return engine;
  }

  @Override
  public String toString() {
    return "NerModel[" + name + "]";
  }
}
