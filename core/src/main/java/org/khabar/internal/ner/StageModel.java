package org.khabar.internal.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * The serialized first-stage model that a two-stage NER model ({@link FeatureFamily#DOC}) carries as an
 * artifact: the bytes of a complete OpenNLP name finder model, loaded by {@link NerEngine}.
 *
 * <p>Immutable and thread-safe (the bytes are never exposed for writing).
 */
public final class StageModel implements SerializableArtifact {
  private final byte[] bytes;

  /**
   * Wraps model bytes.
   *
   * @param bytes a serialized name finder model (copied)
   */
  public StageModel(byte[] bytes) {
    this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
  }

  /**
   * Returns the model bytes.
   *
   * @return a copy of the bytes
   */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * Returns the serializer OpenNLP uses to store this artifact in a model.
   *
   * @return {@link Serializer}
   */
  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /**
   * Stores a {@link StageModel} in an OpenNLP model (instantiated by OpenNLP by class name).
   *
   * <p>Stateless and thread-safe.
   */
  public static final class Serializer implements ArtifactSerializer<StageModel> {
    /** Creates the serializer. */
    public Serializer() {}

    /**
     * Reads the artifact.
     *
     * @param in the stream positioned at the artifact, read to its end and left open
     * @return the artifact
     * @throws IOException if reading fails
     */
    @Override
    public StageModel create(InputStream in) throws IOException {
      return new StageModel(in.readAllBytes());
    }

    /**
     * Writes the artifact.
     *
     * @param artifact the artifact
     * @param out the stream, left open
     * @throws IOException if writing fails
     */
    @Override
    public void serialize(StageModel artifact, OutputStream out) throws IOException {
      out.write(artifact.bytes);
    }
  }
}
