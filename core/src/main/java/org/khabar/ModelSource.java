package org.khabar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a model's bytes come from: a name for messages, a way to open them, and optionally the sha256
 * they must have.
 *
 * <p>A source is only a recipe; nothing is read until the model is loaded, which
 * {@link Pipeline.Builder#build()} does, so a missing or damaged model fails there with a
 * {@link ModelLoadException} naming the resource and the expected and actual sha256.
 *
 * <p>Immutable and thread-safe when its opener is.
 */
public final class ModelSource {

  /** Opens a fresh stream over the model's bytes; each call returns a new stream. */
  @FunctionalInterface
  public interface Opener {
    /**
     * Opens the model bytes.
     *
     * @return a new stream, or null when the resource does not exist
     * @throws IOException if the bytes cannot be read
     */
    InputStream open() throws IOException;
  }

  private final String name;
  private final Opener opener;
  private final String sha256;

  private ModelSource(String name, Opener opener, String sha256) {
    this.name = name;
    this.opener = opener;
    this.sha256 = sha256;
  }

  /**
   * Creates a source for a file.
   *
   * @param path the model file
   * @return a source named after the path, with no expected checksum
   * @throws NullPointerException if {@code path} is null
   */
  public static ModelSource of(Path path) {
    Objects.requireNonNull(path, "path");
    return new ModelSource(path.toString(), () -> Files.newInputStream(path), null);
  }

  /**
   * Creates a source from an opener, with the sha256 the bytes must have.
   *
   * @param name the resource name used in messages
   * @param opener opens the bytes; may return null for a missing resource
   * @param expectedSha256 the lower-case hex sha256, or null to skip the check
   * @return the source
   * @throws NullPointerException if {@code name} or {@code opener} is null
   * @throws IllegalArgumentException if {@code expectedSha256} is not 64 hex digits
   */
  public static ModelSource of(String name, Opener opener, String expectedSha256) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opener, "opener");
    if (expectedSha256 != null && !expectedSha256.matches("[0-9a-fA-F]{64}")) {
      throw new IllegalArgumentException(
          "expectedSha256 '" + expectedSha256 + "' is not 64 hexadecimal digits");
    }
    return new ModelSource(
        name, opener, expectedSha256 == null ? null : expectedSha256.toLowerCase(Locale.ROOT));
  }

  /**
   * Returns the resource name.
   *
   * @return the name used in messages
   */
  public String name() {
    return name;
  }

  /**
   * Returns the expected sha256.
   *
   * @return the lower-case hex digest, or empty when not checked
   */
  public Optional<String> expectedSha256() {
    return Optional.ofNullable(sha256);
  }

  /**
   * Reads all bytes and checks the sha256 when one is expected.
   *
   * @return the model bytes
   * @throws ModelLoadException if the resource is missing, unreadable or has another checksum
   */
  byte[] readVerified() {
    byte[] bytes;
    try (InputStream in = opener.open()) {
      if (in == null) {
        throw new ModelLoadException(name, "Missing model resource " + name, null);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new ModelLoadException(name, "Cannot read model resource " + name + ": " + e, e);
    }
    if (sha256 != null) {
      String actual = sha256Hex(bytes);
      if (!actual.equals(sha256)) {
        throw new ModelLoadException(
            name,
            "Model resource " + name + " is damaged or not the expected version: expected sha256 "
                + sha256 + ", actual sha256 " + actual + " (" + bytes.length + " bytes)",
            null);
      }
    }
    return bytes;
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "ModelSource[" + name + (sha256 == null ? "" : ", sha256=" + sha256) + "]";
  }
}
