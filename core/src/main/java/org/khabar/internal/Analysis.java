package org.khabar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.khabar.Entity;
import org.khabar.Event;

/**
 * The per-call scratch state of one {@code Pipeline.process} call: the text and growable int arrays
 * that each stage fills in turn (tokens, segments, normalized forms, sentences), then the entities and
 * events. One instance belongs to one pooled worker and is reused; nothing in it is shared between
 * calls.
 *
 * <p>Stages, in order: tokenizer ({@code tok*}), sentence splitter ({@code sent*}), segmenter
 * ({@code seg*}, and the normalized forms {@code norm*}), NER ({@link #entities}), events
 * ({@link #events}).
 *
 * <p>Not thread-safe: used by one thread at a time.
 */
public final class Analysis {
  /** The original text, never changed. */
  public String text;
  /** The document date, or null. */
  public LocalDate date;

  // ---- tokens: [tokStart[i], tokEnd[i]) with kind tokKind[i] (TokenKind ordinal)
  public int tokenCount;
  public int[] tokStart = new int[256];
  public int[] tokEnd = new int[256];
  public byte[] tokKind = new byte[256];

  // ---- segments of token i are [segFirst[i], segFirst[i + 1]); segInfo = kind ordinal | flags << 8
  public int[] segFirst = new int[257];
  public int segCount;
  public int[] segStart = new int[512];
  public int[] segEnd = new int[512];
  public int[] segInfo = new int[512];

  // ---- normalized forms (ArabicNormalizer.MATCH level) of each token and each segment, in normBuf;
  //      normAlign[k] is the original offset of normBuf[k]
  public char[] normBuf = new char[4096];
  public int[] normAlign = new int[4096];
  public int normLength;
  public int[] tokNormStart = new int[256];
  public int[] tokNormEnd = new int[256];
  public int[] segNormStart = new int[512];
  public int[] segNormEnd = new int[512];

  // ---- sentences: token ranges [sentFirstToken[s], sentEndToken[s])
  public int sentenceCount;
  public int[] sentFirstToken = new int[32];
  public int[] sentEndToken = new int[32];

  /** Entities found by the NER stage, in text order. */
  public final List<Entity> entities = new ArrayList<>();
  /** Events found by the event stage, in text order of their triggers. */
  public final List<Event> events = new ArrayList<>();

  /**
   * Clears the state for a new text.
   *
   * @param text the original text
   * @param date the document date, or null
   */
  public void reset(String text, LocalDate date) {
    this.text = text;
    this.date = date;
    tokenCount = 0;
    segCount = 0;
    normLength = 0;
    sentenceCount = 0;
    entities.clear();
    events.clear();
  }

  /** Drops the references to the last text and results so the worker pins no memory while idle. */
  public void release() {
    text = null;
    date = null;
    entities.clear();
    events.clear();
    if (tokStart.length > 1 << 16) {
      // a huge document grew the buffers: do not keep them for the life of the pool
      Analysis fresh = new Analysis();
      tokStart = fresh.tokStart;
      tokEnd = fresh.tokEnd;
      tokKind = fresh.tokKind;
      tokNormStart = fresh.tokNormStart;
      tokNormEnd = fresh.tokNormEnd;
      segFirst = fresh.segFirst;
    }
    if (segStart.length > 1 << 17) {
      Analysis fresh = new Analysis();
      segStart = fresh.segStart;
      segEnd = fresh.segEnd;
      segInfo = fresh.segInfo;
      segNormStart = fresh.segNormStart;
      segNormEnd = fresh.segNormEnd;
    }
    if (normBuf.length > 1 << 20) {
      normBuf = new char[4096];
      normAlign = new int[4096];
    }
  }

  /**
   * Appends a token.
   *
   * @param start inclusive start offset
   * @param end exclusive end offset
   * @param kind the {@code TokenKind} ordinal
   */
  public void addToken(int start, int end, int kind) {
    if (tokenCount == tokStart.length) {
      int n = tokenCount * 2;
      tokStart = Arrays.copyOf(tokStart, n);
      tokEnd = Arrays.copyOf(tokEnd, n);
      tokKind = Arrays.copyOf(tokKind, n);
      tokNormStart = Arrays.copyOf(tokNormStart, n);
      tokNormEnd = Arrays.copyOf(tokNormEnd, n);
    }
    tokStart[tokenCount] = start;
    tokEnd[tokenCount] = end;
    tokKind[tokenCount] = (byte) kind;
    tokenCount++;
  }

  /**
   * Appends a segment to the current token (the segmenter calls {@link #beginSegments(int)} first).
   *
   * @param start inclusive start offset
   * @param end exclusive end offset
   * @param info the {@code SegmentKind} ordinal, or-ed with flags shifted left by 8
   */
  public void addSegment(int start, int end, int info) {
    if (segCount == segStart.length) {
      int n = segCount * 2;
      segStart = Arrays.copyOf(segStart, n);
      segEnd = Arrays.copyOf(segEnd, n);
      segInfo = Arrays.copyOf(segInfo, n);
      segNormStart = Arrays.copyOf(segNormStart, n);
      segNormEnd = Arrays.copyOf(segNormEnd, n);
    }
    segStart[segCount] = start;
    segEnd[segCount] = end;
    segInfo[segCount] = info;
    segCount++;
  }

  /**
   * Marks that the segments of token {@code token} start at the current segment count.
   *
   * @param token the token index
   */
  public void beginSegments(int token) {
    if (token + 1 >= segFirst.length) {
      segFirst = Arrays.copyOf(segFirst, Math.max(token + 2, segFirst.length * 2));
    }
    segFirst[token] = segCount;
    segFirst[token + 1] = segCount;
  }

  /**
   * Closes the segments of token {@code token}.
   *
   * @param token the token index
   */
  public void endSegments(int token) {
    segFirst[token + 1] = segCount;
  }

  /**
   * Appends one normalized char with the original offset it came from.
   *
   * @param c the normalized char
   * @param origin the original offset
   */
  public void appendNorm(char c, int origin) {
    if (normLength == normBuf.length) {
      normBuf = Arrays.copyOf(normBuf, normLength * 2);
      normAlign = Arrays.copyOf(normAlign, normLength * 2);
    }
    normBuf[normLength] = c;
    normAlign[normLength] = origin;
    normLength++;
  }

  /**
   * Appends a sentence.
   *
   * @param firstToken the inclusive first token index
   * @param endToken the exclusive end token index
   */
  public void addSentence(int firstToken, int endToken) {
    if (sentenceCount == sentFirstToken.length) {
      sentFirstToken = Arrays.copyOf(sentFirstToken, sentenceCount * 2);
      sentEndToken = Arrays.copyOf(sentEndToken, sentenceCount * 2);
    }
    sentFirstToken[sentenceCount] = firstToken;
    sentEndToken[sentenceCount] = endToken;
    sentenceCount++;
  }

  /**
   * Returns whether the normalized form of segment {@code seg} equals {@code s}.
   *
   * @param seg the segment index
   * @param s the string to compare
   * @return true when equal
   */
  public boolean segNormEquals(int seg, String s) {
    int from = segNormStart[seg];
    int len = segNormEnd[seg] - from;
    if (len != s.length()) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (normBuf[from + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the normalized form of segment {@code seg} as a new string (not for the hot path).
   *
   * @param seg the segment index
   * @return the normalized form
   */
  public String segNorm(int seg) {
    return new String(normBuf, segNormStart[seg], segNormEnd[seg] - segNormStart[seg]);
  }

  /**
   * Returns the normalized form of token {@code tok} as a new string (not for the hot path).
   *
   * @param tok the token index
   * @return the normalized form
   */
  public String tokNorm(int tok) {
    return new String(normBuf, tokNormStart[tok], tokNormEnd[tok] - tokNormStart[tok]);
  }
}
