package org.khabar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.khabar.internal.normalize.ArabicNormalizer;
import org.khabar.internal.segment.SegmentNorms;

/**
 * A token of a document: a word, number, punctuation mark, URL, e-mail address, hashtag, mention or
 * emoji, as a span of the original text.
 *
 * <p>An Arabic word may hold clitics; {@link #segments()} splits it into conjunction, preposition,
 * future marker, article, stem and pronoun, each with its own offsets. Every offset is a UTF-16 index
 * into the original text given to {@link Pipeline#process(String)}.
 *
 * <p>Immutable and thread-safe. A token keeps a reference to the document text, not a copy; its
 * {@link #text()} and {@link #norm()} are derived from it on each call.
 */
public final class Token {
  private final String source;
  private final int start;
  private final int end;
  private final int index;
  private final TokenKind kind;
  /** Packed segments: {@code start, end, kind | flags << 8} per segment. */
  private final int[] segments;

  Token(String source, int start, int end, int index, TokenKind kind, int[] segments) {
    this.source = Objects.requireNonNull(source, "source");
    this.kind = Objects.requireNonNull(kind, "kind");
    Checks.range(start, end);
    if (end > source.length()) {
      throw new IllegalArgumentException(
          "token [" + start + ", " + end + ") ends after the text (length " + source.length() + ")");
    }
    this.start = start;
    this.end = end;
    this.index = index;
    this.segments = segments;
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
   * Returns the position of this token in {@link Document#tokens()}.
   *
   * @return the zero-based token index
   */
  public int index() {
    return index;
  }

  /**
   * Returns what kind of token this is.
   *
   * @return the token kind
   */
  public TokenKind kind() {
    return kind;
  }

  /**
   * Returns the covered original text.
   *
   * @return {@code documentText.substring(start(), end())}
   */
  public String text() {
    return source.substring(start, end);
  }

  /**
   * Returns the normalized form used for matching: harakat, tatweel and ignorable controls removed,
   * alef variants unified to {@code ا}, presentation forms decomposed, digits in ASCII.
   *
   * @return the normalized text of the token
   */
  public String norm() {
    return ArabicNormalizer.normalizeForToken(source, start, end);
  }

  /**
   * Returns the clitic segments of this token, in text order, covering it without gaps or overlap.
   * A token with no clitic (and every non-Arabic token) has a single {@link SegmentKind#STEM}
   * segment.
   *
   * @return an unmodifiable list of at least one segment
   */
  public List<Segment> segments() {
    if (segments == null || segments.length == 0) {
      String t = text();
      return List.of(new Segment(start, end, SegmentKind.STEM, t, norm()));
    }
    List<Segment> out = new ArrayList<>(segments.length / 3);
    SegmentKind[] kinds = SegmentKind.values();
    for (int i = 0; i < segments.length; i += 3) {
      int s = segments[i];
      int e = segments[i + 1];
      int kindAndFlags = segments[i + 2];
      SegmentKind k = kinds[kindAndFlags & 0xff];
      String text = source.substring(s, e);
      out.add(new Segment(s, e, k, text, SegmentNorms.norm(source, s, e, kindAndFlags >>> 8)));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Two tokens are equal when they have the same text, offsets, index, kind and segments.
   *
   * @param o the other object
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Token)) {
      return false;
    }
    Token t = (Token) o;
    return start == t.start
        && end == t.end
        && index == t.index
        && kind == t.kind
        && Arrays.equals(segments, t.segments)
        && source.regionMatches(start, t.source, t.start, end - start);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, index, kind, text()) * 31 + Arrays.hashCode(segments);
  }

  @Override
  public String toString() {
    return "Token[" + index + " " + kind + " [" + start + ", " + end + ") '" + text() + "']";
  }
}
