package org.khabar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The analysis of one text: its sentences, tokens (with clitic segments), named entities and
 * events.
 *
 * <p>Every span in a document is a half-open {@code [start, end)} range of UTF-16 offsets into the
 * original text exactly as it was given to {@link Pipeline#process(String)}; the text is stored
 * unchanged. All lists are unmodifiable and in text order.
 *
 * <p>Immutable and thread-safe.
 */
public final class Document {
  private final String text;
  private final LocalDate date;
  private final List<Sentence> sentences;
  private final List<Token> tokens;
  private final List<Entity> entities;
  private final List<Event> events;

  Document(
      String text,
      LocalDate date,
      List<Sentence> sentences,
      List<Token> tokens,
      List<Entity> entities,
      List<Event> events) {
    this.text = Objects.requireNonNull(text, "text");
    this.date = date;
    this.sentences = List.copyOf(sentences);
    this.tokens = List.copyOf(tokens);
    this.entities = List.copyOf(entities);
    this.events = List.copyOf(events);
  }

  /**
   * Returns the original text, unchanged.
   *
   * @return the text given to the pipeline
   */
  public String text() {
    return text;
  }

  /**
   * Returns the document date used to resolve relative time expressions.
   *
   * @return the date given to {@link Pipeline#process(String, LocalDate)}, or empty
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * Returns the sentences.
   *
   * @return an unmodifiable list in text order
   */
  public List<Sentence> sentences() {
    return sentences;
  }

  /**
   * Returns the tokens.
   *
   * @return an unmodifiable list in text order
   */
  public List<Token> tokens() {
    return tokens;
  }

  /**
   * Returns the named entities.
   *
   * @return an unmodifiable list in text order; empty when the pipeline has no NER model
   */
  public List<Entity> entities() {
    return entities;
  }

  /**
   * Returns the events.
   *
   * @return an unmodifiable list in text order of their triggers
   */
  public List<Event> events() {
    return events;
  }

  /**
   * Returns the tokens that overlap the span {@code [start, end)}, that is, share at least one
   * character with it. An empty span ({@code start == end}) overlaps no token.
   *
   * @param start the inclusive start offset
   * @param end the exclusive end offset
   * @return an unmodifiable list, empty when no token overlaps
   * @throws IllegalArgumentException if the span is invalid or extends beyond the text
   */
  public List<Token> tokensIn(int start, int end) {
    checkSpan(start, end);
    if (start == end) {
      return List.of();
    }
    int lo = firstTokenEndingAfter(start);
    int hi = lo;
    while (hi < tokens.size() && tokens.get(hi).start() < end) {
      hi++;
    }
    return tokens.subList(lo, hi);
  }

  /**
   * Returns the sentence that contains the offset.
   *
   * @param offset an offset in {@code [0, text().length())}
   * @return the sentence whose span contains the offset, or empty when it falls between sentences
   * @throws IllegalArgumentException if the offset is outside the text
   */
  public Optional<Sentence> sentenceAt(int offset) {
    if (offset < 0 || offset >= text.length()) {
      throw new IllegalArgumentException(
          "offset " + offset + " is outside the text [0, " + text.length() + ")");
    }
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (s.end() <= offset) {
        lo = mid + 1;
      } else if (s.start() > offset) {
        hi = mid - 1;
      } else {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the sentence that contains the start of the entity.
   *
   * @param entity an entity of this document
   * @return the sentence, or empty when the entity is not inside one
   * @throws IllegalArgumentException if the entity lies outside the text
   */
  public Optional<Sentence> sentenceOf(Entity entity) {
    Objects.requireNonNull(entity, "entity");
    checkSpan(entity.start(), entity.end());
    return entity.start() < text.length() ? sentenceAt(entity.start()) : Optional.empty();
  }

  private int firstTokenEndingAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void checkSpan(int start, int end) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") is outside the text [0, " + text.length() + "]");
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Document)) {
      return false;
    }
    Document d = (Document) o;
    return text.equals(d.text)
        && Objects.equals(date, d.date)
        && sentences.equals(d.sentences)
        && tokens.equals(d.tokens)
        && entities.equals(d.entities)
        && events.equals(d.events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, date, sentences, tokens, entities, events);
  }

  @Override
  public String toString() {
    return "Document[" + text.length() + " chars, " + sentences.size() + " sentences, "
        + tokens.size() + " tokens, " + entities.size() + " entities, " + events.size() + " events]";
  }
}
