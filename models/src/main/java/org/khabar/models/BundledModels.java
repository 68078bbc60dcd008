package org.khabar.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import org.khabar.ModelLoadException;
import org.khabar.ModelSource;
import org.khabar.Pipeline;

/**
 * The models shipped in the {@code khabar-models} artifact.
 *
 * <p>Each model is a resource of this artifact listed in {@code models.properties} with its file name,
 * version, sha256, the OpenNLP version it was trained with and the training-data revision. The
 * sources returned here open this artifact's own resources and carry the recorded sha256, so
 * {@link Pipeline.Builder#build()} fails with a {@link ModelLoadException} naming the resource and the
 * expected and actual sha256 when a model is missing or damaged. This works on the class path and the
 * module path alike.
 *
 * <p>Stateless and thread-safe.
 */
public final class BundledModels {
  private static final String PROPERTIES = "models.properties";
  private static final Properties INDEX = loadIndex();

  private BundledModels() {}

  /**
   * Returns the source of the shipped Arabic NER model (trained on ANERcorp, CC BY-SA 4.0).
   *
   * @return a source that {@link Pipeline.Builder#nerModel(ModelSource)} loads and verifies
   * @throws ModelLoadException if {@code models.properties} does not list the model
   */
  public static ModelSource ner() {
    return source("ner");
  }

  /**
   * Returns a pipeline with every shipped model: the standard configuration.
   *
   * @return a built pipeline
   * @throws ModelLoadException if a shipped model is missing or damaged
   */
  public static Pipeline standardPipeline() {
    return Pipeline.builder().nerModel(ner()).build();
  }

  /**
   * Returns a property recorded for a model in {@code models.properties}.
   *
   * @param model the model key, for example {@code ner}
   * @param property the property, for example {@code sha256} or {@code version}
   * @return the value
   * @throws ModelLoadException if the property is not recorded
   */
  public static String property(String model, String property) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(property, "property");
    String v = INDEX.getProperty(model + "." + property);
    if (v == null) {
      throw new ModelLoadException(PROPERTIES,
          PROPERTIES + " has no entry " + model + "." + property, null);
    }
    return v.trim();
  }

  private static ModelSource source(String key) {
    String file = property(key, "file");
    String sha = property(key, "sha256");
    return ModelSource.of("org/khabar/models/" + file,
        () -> BundledModels.class.getResourceAsStream(file), sha);
  }

  private static Properties loadIndex() {
    Properties p = new Properties();
    try (InputStream in = BundledModels.class.getResourceAsStream(PROPERTIES)) {
      if (in == null) {
        throw new ModelLoadException(PROPERTIES, "Missing resource org/khabar/models/" + PROPERTIES, null);
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read org/khabar/models/" + PROPERTIES, e);
    }
    return p;
  }
}
