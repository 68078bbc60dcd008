package org.khabar;

import java.util.Objects;

/**
 * A sentence of a document: a span of the original text and the range of tokens inside it.
 *
 * <p>Immutable and thread-safe. A sentence keeps a reference to the document text, not a copy.
 */
public final class Sentence {
  private final String source;
  private final int start;
  private final int end;
  private final int index;
  private final int firstToken;
  private final int endToken;

  Sentence(String source, int start, int end, int index, int firstToken, int endToken) {
    this.source = Objects.requireNonNull(source, "source");
    Checks.range(start, end);
    if (end > source.length()) {
      throw new IllegalArgumentException(
          "sentence [" + start + ", " + end + ") ends after the text (length " + source.length() + ")");
    }
    if (firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException("invalid token range [" + firstToken + ", " + endToken + ")");
    }
    this.start = start;
    this.end = end;
    this.index = index;
    this.firstToken = firstToken;
    this.endToken = endToken;
  }

  /**
   * Returns the offset of the first character in the original text.
   *
   * @return the inclusive start offset
   */
  public int start() {
    return start;
  }

  /**
   * Returns the offset after the last character in the original text.
   *
   * @return the exclusive end offset
   */
  public int end() {
    return end;
  }

  /**
   * Returns the position of this sentence in {@link Document#sentences()}.
   *
   * @return the zero-based sentence index
   */
  public int index() {
    return index;
  }

  /**
   * Returns the index of the first token of this sentence in {@link Document#tokens()}.
   *
   * @return the inclusive first token index
   */
  public int firstToken() {
    return firstToken;
  }

  /**
   * Returns the index after the last token of this sentence in {@link Document#tokens()}.
   *
   * @return the exclusive end token index
   */
  public int endToken() {
    return endToken;
  }

  /**
   * Returns the covered original text.
   *
   * @return {@code documentText.substring(start(), end())}
   */
  public String text() {
    return source.substring(start, end);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Sentence)) {
      return false;
    }
    Sentence s = (Sentence) o;
    return start == s.start
        && end == s.end
        && index == s.index
        && firstToken == s.firstToken
        && endToken == s.endToken
        && source.regionMatches(start, s.source, s.start, end - start);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, index, firstToken, endToken, text());
  }

  @Override
  public String toString() {
    return "Sentence[" + index + " [" + start + ", " + end + ") tokens [" + firstToken + ", "
        + endToken + ")]";
  }
}
