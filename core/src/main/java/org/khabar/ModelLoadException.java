package org.khabar;

/**
 * Thrown when a model cannot be loaded: the resource is missing or unreadable, its sha256 does not
 * match the expected one, or its content is not a valid model.
 *
 * <p>The message names the resource and, for a checksum mismatch, the expected and actual sha256.
 */
public final class ModelLoadException extends RuntimeException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The resource name. */
  private final String resource;

  /**
   * Creates an exception for a resource.
   *
   * @param resource the name of the model resource
   * @param message what went wrong, including the resource name
   * @param cause the underlying exception, or null
   */
  public ModelLoadException(String resource, String message, Throwable cause) {
    super(message, cause);
    this.resource = resource;
  }

  /**
   * Returns the name of the resource that failed to load.
   *
   * @return the resource name
   */
  public String resource() {
    return resource;
  }
}
