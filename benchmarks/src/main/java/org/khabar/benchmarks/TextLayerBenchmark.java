package org.khabar.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.khabar.internal.Analysis;
import org.khabar.internal.normalize.ArabicNormalizer;
import org.khabar.internal.segment.CliticSegmenter;
import org.khabar.internal.tokenize.ArabicTokenizer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The text layer on Arabic news (SaudiNewsNet article bodies, {@link NewsCorpus}): our normalizer,
 * tokenizer, clitic segmenter (with its word cache warm, and empty) and tokenizer+segmenter, against
 * OpenNLP's {@link SimpleTokenizer} and {@link WhitespaceTokenizer} on the same text in the same run.
 *
 * <p>Each operation processes the whole text ({@code chars} UTF-16 chars of articles joined by blank
 * lines). Besides ops/s, the auxiliary counters report {@code bytes} (UTF-8 bytes of the text) and
 * {@code tokens} (tokens produced) per second: MB/s is {@code bytes / 1e6}.
 *
 * <p>Run: {@code mvn -o -B -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar TextLayer -f 1 -wi 3 -i 5}; add {@code -prof gc} for allocation.
 * Every variant's output is checked once in {@link #setUp()}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class TextLayerBenchmark {

  /** The length of the benchmark text in UTF-16 chars (read from the start of the corpus). */
  @Param({"1000000"})
  public int chars;

  private String text;
  private long utf8Bytes;
  private final ArabicTokenizer tokenizer = new ArabicTokenizer();
  private final CliticSegmenter segmenter = new CliticSegmenter();
  /** Reused across operations, as a pooled pipeline worker reuses it. */
  private final Analysis analysis = new Analysis();
  /** Holds the tokens of the text, for the segmenter-only benchmark. */
  private final Analysis tokenized = new Analysis();

  /** Per-thread counters JMH reports as rates (per second). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    /** UTF-8 bytes processed. */
    public long bytes;
    /** Tokens produced. */
    public long tokens;

    /** Clears the counters before each iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      bytes = 0;
      tokens = 0;
    }
  }

  /** Loads the text and checks every variant's output once. */
  @Setup(Level.Trial)
  public void setUp() {
    String all = NewsCorpus.text(chars);
    text = all.length() > chars ? all.substring(0, chars) : all;
    if (text.length() < chars / 2) {
      throw new IllegalStateException("corpus too short: " + text.length() + " chars");
    }
    utf8Bytes = text.getBytes(StandardCharsets.UTF_8).length;
    check();
  }

  private void check() {
    // a known sentence, token by token
    String s = "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631: \u00AB25% \u0641\u064A 21/12/2017\u00BB.";
    Analysis a = new Analysis();
    a.reset(s, null);
    tokenizer.tokenize(a);
    int[] expected = {0, 3, 4, 10, 10, 11, 12, 13, 13, 16, 17, 19, 20, 30, 30, 31, 31, 32};
    if (a.tokenCount * 2 != expected.length) {
      throw new AssertionError("tokenizer gave " + a.tokenCount + " tokens on the check sentence");
    }
    for (int t = 0; t < a.tokenCount; t++) {
      if (a.tokStart[t] != expected[2 * t] || a.tokEnd[t] != expected[2 * t + 1]) {
        throw new AssertionError("tokenizer token " + t + " is [" + a.tokStart[t] + ", "
            + a.tokEnd[t] + ")");
      }
    }
    // on the corpus: every white-space word start is a token start, tokens are ordered
    tokenized.reset(text, null);
    tokenizer.tokenize(tokenized);
    Span[] ws = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
    if (tokenized.tokenCount < ws.length) {
      throw new AssertionError("fewer tokens (" + tokenized.tokenCount + ") than white-space words ("
          + ws.length + ")");
    }
    java.util.BitSet starts = new java.util.BitSet(text.length());
    for (int t = 0; t < tokenized.tokenCount; t++) {
      if (t > 0 && tokenized.tokStart[t] < tokenized.tokEnd[t - 1]) {
        throw new AssertionError("tokens overlap at " + t);
      }
      starts.set(tokenized.tokStart[t]);
    }
    for (Span w : ws) {
      char c = text.charAt(w.getStart());
      if (!starts.get(w.getStart()) && !ArabicNormalizer.isIgnorable(c) && !Character.isISOControl(c)
          && Character.getType(c) != Character.FORMAT) {
        throw new AssertionError("no token starts at white-space word " + w + ": "
            + w.getCoveredText(text));
      }
    }
    // the segmenter covers every token
    Analysis seg = new Analysis();
    seg.reset(text, null);
    tokenizer.tokenize(seg);
    segmenter.segment(seg);
    if (seg.segCount < seg.tokenCount || seg.segFirst[seg.tokenCount] != seg.segCount) {
      throw new AssertionError("segmenter gave " + seg.segCount + " segments for " + seg.tokenCount
          + " tokens");
    }
    // the segmenter again, its word cache now warm, and one with an empty cache: the same segments
    // and norms
    seg.segCount = 0;
    seg.normLength = 0;
    segmenter.segment(seg);
    Analysis cold = new Analysis();
    cold.reset(text, null);
    tokenizer.tokenize(cold);
    new CliticSegmenter(segmenter.lexicon()).segment(cold);
    if (cold.segCount != seg.segCount || cold.normLength != seg.normLength
        || !java.util.Arrays.equals(cold.segStart, 0, cold.segCount, seg.segStart, 0, seg.segCount)
        || !java.util.Arrays.equals(cold.segInfo, 0, cold.segCount, seg.segInfo, 0, seg.segCount)
        || !java.util.Arrays.equals(cold.normBuf, 0, cold.normLength, seg.normBuf, 0,
            seg.normLength)) {
      throw new AssertionError("a segmenter with an empty cache segments differently");
    }
    // the normalizer removes every haraka and keeps the text's length order of magnitude
    Analysis norm = new Analysis();
    norm.reset(text, null);
    ArabicNormalizer.appendNormalized(text, 0, text.length(), ArabicNormalizer.MATCH, norm);
    for (int k = 0; k < norm.normLength; k++) {
      if (norm.normBuf[k] >= '\u064B' && norm.normBuf[k] <= '\u0652') {
        throw new AssertionError("haraka left at " + k);
      }
    }
    if (norm.normLength < text.length() * 9 / 10 || norm.normLength > text.length()) {
      throw new AssertionError("normalized length " + norm.normLength + " for " + text.length());
    }
    if (SimpleTokenizer.INSTANCE.tokenizePos(text).length < ws.length) {
      throw new AssertionError("SimpleTokenizer gave fewer tokens than white-space words");
    }
  }

  /**
   * Our normalizer (MATCH level) over the whole text, with alignment.
   *
   * @param c the counters
   * @return the normalized length
   */
  @Benchmark
  public int normalizer(Counters c) {
    analysis.reset(text, null);
    ArabicNormalizer.appendNormalized(text, 0, text.length(), ArabicNormalizer.MATCH, analysis);
    c.bytes += utf8Bytes;
    return analysis.normLength;
  }

  /**
   * Our tokenizer (fast path into reused int arrays).
   *
   * @param c the counters
   * @return the token count
   */
  @Benchmark
  public int tokenizer(Counters c) {
    analysis.reset(text, null);
    tokenizer.tokenize(analysis);
    c.bytes += utf8Bytes;
    c.tokens += analysis.tokenCount;
    return analysis.tokenCount;
  }

  /**
   * Our clitic segmenter alone, on tokens computed once in set-up (whatever segmenter version is in
   * the build).
   *
   * @param c the counters
   * @return the segment count
   */
  @Benchmark
  public int segmenter(Counters c) {
    tokenized.segCount = 0;
    tokenized.normLength = 0;
    segmenter.segment(tokenized);
    c.bytes += utf8Bytes;
    c.tokens += tokenized.tokenCount;
    return tokenized.segCount;
  }

  /**
   * Our clitic segmenter with an empty word cache: a new segmenter over the same (shared) standard
   * lexicon each operation, so every distinct word of the text is analysed once, as on text never
   * seen before. The {@link #segmenter} benchmark runs with the cache warm from earlier operations.
   *
   * @param c the counters
   * @return the segment count
   */
  @Benchmark
  public int segmenterColdCache(Counters c) {
    CliticSegmenter fresh = new CliticSegmenter(segmenter.lexicon());
    tokenized.segCount = 0;
    tokenized.normLength = 0;
    fresh.segment(tokenized);
    c.bytes += utf8Bytes;
    c.tokens += tokenized.tokenCount;
    return tokenized.segCount;
  }

  /**
   * Our tokenizer then segmenter, as the pipeline runs them.
   *
   * @param c the counters
   * @return the segment count
   */
  @Benchmark
  public int tokenizerAndSegmenter(Counters c) {
    analysis.reset(text, null);
    tokenizer.tokenize(analysis);
    segmenter.segment(analysis);
    c.bytes += utf8Bytes;
    c.tokens += analysis.tokenCount;
    return analysis.segCount;
  }

  /**
   * OpenNLP's {@code SimpleTokenizer} (character classes), spans of the original text.
   *
   * @param c the counters
   * @param bh the black hole
   */
  @Benchmark
  public void openNlpSimpleTokenizer(Counters c, Blackhole bh) {
    Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(text);
    c.bytes += utf8Bytes;
    c.tokens += spans.length;
    bh.consume(spans);
  }

  /**
   * OpenNLP's {@code WhitespaceTokenizer}.
   *
   * @param c the counters
   * @param bh the black hole
   */
  @Benchmark
  public void openNlpWhitespaceTokenizer(Counters c, Blackhole bh) {
    Span[] spans = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
    c.bytes += utf8Bytes;
    c.tokens += spans.length;
    bh.consume(spans);
  }
}
