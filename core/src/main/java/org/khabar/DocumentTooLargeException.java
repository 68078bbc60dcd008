package org.khabar;

/**
 * Thrown by {@link Pipeline#process(String)} when a text is longer than the pipeline's configured
 * maximum ({@link Pipeline.Builder#maxDocumentLength(int)}). The text is never truncated.
 */
public final class DocumentTooLargeException extends IllegalArgumentException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The rejected length. */
  private final int length;
  /** The configured limit. */
  private final int limit;

  /**
   * Creates the exception.
   *
   * @param length the length of the rejected text, in UTF-16 code units
   * @param limit the configured maximum
   */
  public DocumentTooLargeException(int length, int limit) {
    super("text of " + length + " characters exceeds maxDocumentLength = " + limit
        + " (set Pipeline.Builder.maxDocumentLength to accept longer texts)");
    this.length = length;
    this.limit = limit;
  }

  /**
   * Returns the length of the rejected text.
   *
   * @return the length in UTF-16 code units
   */
  public int length() {
    return length;
  }

  /**
   * Returns the configured maximum.
   *
   * @return the maximum document length in UTF-16 code units
   */
  public int limit() {
    return limit;
  }
}
