package org.khabar.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.khabar.Actor;
import org.khabar.Document;
import org.khabar.Entity;
import org.khabar.Event;
import org.khabar.Segment;
import org.khabar.Sentence;
import org.khabar.Span;
import org.khabar.TimeExpression;
import org.khabar.Token;

/**
 * Assertions on {@link Document}s, shared by every module's tests (through core's test jar).
 *
 * <p>{@link #assertTokens} checks token texts, start and end offsets and the document length in one
 * call; {@link #checkInvariants} checks what must hold for any document, whatever the input:
 *
 * <ul>
 *   <li>every token, segment, sentence, entity and event span lies inside the text, and its text
 *       equals {@code text.substring(start, end)};
 *   <li>tokens are non-empty, sorted, non-overlapping, and numbered by their position;
 *   <li>the segments of a token are non-empty and cover it exactly, in order, without gaps;
 *   <li>sentences are non-empty, sorted, numbered, partition the token list in order, and each spans
 *       exactly its first token's start to its last token's end;
 *   <li>entities are sorted by start.
 * </ul>
 *
 * <p>Failures are {@link AssertionError}s that name the offending item and show the text escaped.
 */
public final class DocumentAssert {
  private DocumentAssert() {}

  /**
   * Asserts the document's length, token texts and offsets, then its invariants.
   *
   * @param doc the document
   * @param length the expected text length
   * @param texts the expected token texts
   * @param starts the expected token start offsets
   * @param ends the expected token end offsets
   * @throws AssertionError on the first difference, listing expected and actual tokens
   */
  public static void assertTokens(Document doc, int length, String[] texts, int[] starts,
      int[] ends) {
    if (texts.length != starts.length || texts.length != ends.length) {
      throw new IllegalArgumentException("texts, starts and ends differ in length: " + texts.length
          + ", " + starts.length + ", " + ends.length);
    }
    if (doc.text().length() != length) {
      throw new AssertionError("text length: expected " + length + " but was "
          + doc.text().length() + " in \"" + Json.escape(doc.text()) + "\"");
    }
    List<Token> tokens = doc.tokens();
    StringBuilder expected = new StringBuilder();
    for (int k = 0; k < texts.length; k++) {
      expected.append(render(texts[k], starts[k], ends[k])).append('\n');
    }
    StringBuilder actual = new StringBuilder();
    for (Token t : tokens) {
      actual.append(render(t.text(), t.start(), t.end())).append('\n');
    }
    if (!expected.toString().equals(actual.toString())) {
      throw new AssertionError("tokens of \"" + Json.escape(doc.text()) + "\"\nexpected:\n"
          + expected + "actual:\n" + actual);
    }
    checkInvariants(doc);
  }

  /**
   * Asserts the token texts and offsets given as alternating text and {@code "start,end"} pairs:
   * {@code assertTokens(doc, 9, "قال", "0,3", "الوزير", "4,10")}.
   *
   * @param doc the document
   * @param length the expected text length
   * @param textAndOffsets token text, then {@code "start,end"}, for each token
   * @throws AssertionError on a difference
   */
  public static void assertTokens(Document doc, int length, String... textAndOffsets) {
    if (textAndOffsets.length % 2 != 0) {
      throw new IllegalArgumentException("need text and \"start,end\" pairs");
    }
    int n = textAndOffsets.length / 2;
    String[] texts = new String[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int k = 0; k < n; k++) {
      texts[k] = textAndOffsets[2 * k];
      String[] se = textAndOffsets[2 * k + 1].split(",");
      starts[k] = Integer.parseInt(se[0].trim());
      ends[k] = Integer.parseInt(se[1].trim());
    }
    assertTokens(doc, length, texts, starts, ends);
  }

  private static String render(String text, int start, int end) {
    return "[" + start + ", " + end + ") \"" + Json.escape(text) + "\"";
  }

  /**
   * Checks every invariant listed in the class comment.
   *
   * @param doc the document
   * @throws AssertionError naming the first violated invariant
   */
  public static void checkInvariants(Document doc) {
    String text = doc.text();
    if (text == null) {
      throw new AssertionError("document text is null");
    }
    List<Token> tokens = doc.tokens();
    int prevEnd = 0;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      String where = "token " + k + " [" + t.start() + ", " + t.end() + ")";
      checkSpan(text, t.start(), t.end(), t.text(), where);
      if (t.start() == t.end()) {
        fail(doc, where + " is empty");
      }
      if (t.index() != k) {
        fail(doc, where + " has index " + t.index());
      }
      if (t.start() < prevEnd) {
        fail(doc, where + " starts before the previous token ends (" + prevEnd + ")");
      }
      prevEnd = t.end();
      if (t.kind() == null) {
        fail(doc, where + " has no kind");
      }
      if (t.norm() == null) {
        fail(doc, where + " has a null norm");
      }
      List<Segment> segs = t.segments();
      if (segs.isEmpty()) {
        fail(doc, where + " has no segment");
      }
      int at = t.start();
      for (Segment g : segs) {
        String gw = where + " segment [" + g.start() + ", " + g.end() + ") " + g.kind();
        if (g.start() != at) {
          fail(doc, gw + " does not start where the previous one ends (" + at + ")");
        }
        if (g.end() <= g.start()) {
          fail(doc, gw + " is empty");
        }
        checkSpan(text, g.start(), g.end(), g.text(), gw);
        if (g.norm() == null) {
          fail(doc, gw + " has a null norm");
        }
        at = g.end();
      }
      if (at != t.end()) {
        fail(doc, where + " segments end at " + at);
      }
    }
    List<Sentence> sentences = doc.sentences();
    int nextToken = 0;
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      String where = "sentence " + k + " [" + s.start() + ", " + s.end() + ") tokens ["
          + s.firstToken() + ", " + s.endToken() + ")";
      checkSpan(text, s.start(), s.end(), s.text(), where);
      if (s.index() != k) {
        fail(doc, where + " has index " + s.index());
      }
      if (s.firstToken() != nextToken) {
        fail(doc, where + " does not start at token " + nextToken);
      }
      if (s.endToken() <= s.firstToken() || s.endToken() > tokens.size()) {
        fail(doc, where + " has no tokens or too many");
      }
      if (tokens.get(s.firstToken()).start() != s.start()
          || tokens.get(s.endToken() - 1).end() != s.end()) {
        fail(doc, where + " does not span its tokens");
      }
      nextToken = s.endToken();
    }
    if (nextToken != tokens.size()) {
      fail(doc, "sentences end at token " + nextToken + " of " + tokens.size());
    }
    int prevStart = 0;
    for (int k = 0; k < doc.entities().size(); k++) {
      Entity e = doc.entities().get(k);
      String where = "entity " + k + " " + e.type() + " [" + e.start() + ", " + e.end() + ")";
      checkSpan(text, e.start(), e.end(), e.text(), where);
      if (e.start() < prevStart) {
        fail(doc, where + " is out of order");
      }
      prevStart = e.start();
    }
    for (int k = 0; k < doc.events().size(); k++) {
      Event ev = doc.events().get(k);
      String where = "event " + k + " " + ev.cameo();
      Span tr = ev.trigger();
      checkSpan(text, tr.start(), tr.end(), tr.text(), where + " trigger");
      List<Actor> actors = new ArrayList<>(ev.source());
      actors.addAll(ev.target());
      for (Actor a : actors) {
        checkSpan(text, a.start(), a.end(), a.text(), where + " actor");
      }
      Optional<Span> loc = ev.location();
      if (loc.isPresent()) {
        checkSpan(text, loc.get().start(), loc.get().end(), loc.get().text(), where + " location");
      }
      Optional<TimeExpression> time = ev.time();
      if (time.isPresent()) {
        TimeExpression te = time.get();
        checkSpan(text, te.start(), te.end(), te.text(), where + " time");
      }
    }
  }

  private static void checkSpan(String text, int start, int end, String spanText, String where) {
    if (start < 0 || end < start || end > text.length()) {
      throw new AssertionError(where + " is outside the text [0, " + text.length() + "]: \""
          + Json.escape(text) + "\"");
    }
    String expected = text.substring(start, end);
    if (!expected.equals(spanText)) {
      throw new AssertionError(where + " has text \"" + Json.escape(spanText)
          + "\" but the text there is \"" + Json.escape(expected) + "\"");
    }
  }

  private static void fail(Document doc, String message) {
    throw new AssertionError(message + " in \"" + Json.escape(doc.text()) + "\"");
  }
}
