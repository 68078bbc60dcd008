package org.khabar.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.khabar.Document;
import org.khabar.Entity;
import org.khabar.ModelSource;
import org.khabar.NerModel;
import org.khabar.Pipeline;
import org.khabar.internal.Analysis;
import org.khabar.internal.ner.NerEngine;
import org.khabar.internal.segment.CliticSegmenter;
import org.khabar.internal.tokenize.ArabicTokenizer;
import org.khabar.internal.tokenize.SentenceSplitter;
import org.khabar.models.BundledModels;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * NER speed on news text (SaudiNewsNet article bodies, {@link NewsCorpus}), one thread:
 *
 * <ul>
 *   <li>{@code decode}: the NER stage alone (name finder and consistency pass) over articles already
 *       tokenized, split and segmented; the {@code tokens} counter is tokens per second;
 *   <li>{@code pipeline}: the whole {@link Pipeline#process(String)} (normalize, tokenize, split, segment,
 *       NER) per article; {@code tokens} is tokens per second;
 *   <li>{@code load}: loading the model ({@link NerModel#load(ModelSource)}), with the heap the loaded
 *       model holds ({@code heapBytes}, after a full collection).
 * </ul>
 *
 * <p>The model is the shipped one, or {@code -Dkhabar.nerModel=FILE}. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar NerBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Threads(1)
public class NerBenchmark {

  static ModelSource modelSource() {
    String file = System.getProperty("khabar.nerModel");
    return file == null ? BundledModels.ner() : ModelSource.of(Paths.get(file));
  }

  /** The corpus, the model and the prepared analyses. */
  @State(Scope.Benchmark)
  public static class Corpus {
    /** Characters of news text (whole articles). */
    @Param({"1000000"})
    public int chars;

    List<String> articles;
    Pipeline pipeline;
    NerEngine engine;
    Analysis[] analyses;
    long tokens;

    /**
     * Reads the corpus, loads the model, prepares the analyses and checks the pipeline's output once.
     *
     * @throws IOException if the model cannot be read
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      articles = NewsCorpus.articles(chars);
      NerModel model = NerModel.load(modelSource());
      pipeline = Pipeline.builder().nerModel(model).build();
      engine = NerEngine.load(modelBytes());
      analyses = new Analysis[articles.size()];
      ArabicTokenizer tokenizer = new ArabicTokenizer();
      SentenceSplitter splitter = new SentenceSplitter();
      CliticSegmenter segmenter = new CliticSegmenter();
      long entities = 0;
      for (int i = 0; i < analyses.length; i++) {
        Analysis a = new Analysis();
        a.reset(articles.get(i), null);
        tokenizer.tokenize(a);
        splitter.split(a);
        segmenter.segment(a);
        analyses[i] = a;
        tokens += a.tokenCount;
        Document d = pipeline.process(articles.get(i));
        if (d.tokens().size() != a.tokenCount) {
          throw new AssertionError("pipeline and stages disagree on the tokens of article " + i);
        }
        for (Entity e : d.entities()) {
          if (!e.text().equals(articles.get(i).substring(e.start(), e.end()))) {
            throw new AssertionError("entity text is not its span: " + e);
          }
        }
        entities += d.entities().size();
      }
      if (tokens == 0 || entities < tokens / 200) {
        throw new AssertionError("suspicious output: " + entities + " entities in " + tokens + " tokens");
      }
    }
  }

  /** Per-thread NER session (as the pipeline's workers hold one). */
  @State(Scope.Thread)
  public static class Session {
    NerEngine.Session session;

    /**
     * Creates the session.
     *
     * @param c the corpus holding the engine
     */
    @Setup(Level.Trial)
    public void setUp(Corpus c) {
      session = c.engine.newSession();
    }
  }

  /** Tokens processed, reported per second. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Tokens {
    /** Tokens processed. */
    public long tokens;

    /** Resets the count at each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      tokens = 0;
    }
  }

  /**
   * The NER stage over every article.
   *
   * @param c the corpus
   * @param s the session
   * @param t the token counter
   * @param bh the sink
   */
  @Benchmark
  public void decode(Corpus c, Session s, Tokens t, Blackhole bh) {
    for (Analysis a : c.analyses) {
      a.entities.clear();
      c.engine.tag(a, s.session);
      bh.consume(a.entities.size());
    }
    t.tokens += c.tokens;
  }

  /**
   * The whole pipeline over every article.
   *
   * @param c the corpus
   * @param t the token counter
   * @param bh the sink
   */
  @Benchmark
  public void pipeline(Corpus c, Tokens t, Blackhole bh) {
    for (String text : c.articles) {
      bh.consume(c.pipeline.process(text));
    }
    t.tokens += c.tokens;
  }

  /** The heap held by the last loaded model. */
  @AuxCounters(AuxCounters.Type.EVENTS)
  @State(Scope.Thread)
  public static class Heap {
    /** Bytes of heap the loaded model holds. */
    public long heapBytes;
  }

  /**
   * Loads the model once per invocation and measures the heap it holds.
   *
   * @param h the heap counter
   * @return the model
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3)
  @Measurement(iterations = 10)
  public NerModel load(Heap h) {
    long before = usedAfterGc();
    NerModel m = NerModel.load(modelSource());
    h.heapBytes = usedAfterGc() - before;
    return m;
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static byte[] modelBytes() {
    String file = System.getProperty("khabar.nerModel");
    try {
      if (file != null) {
        return Files.readAllBytes(Paths.get(file));
      }
      try (java.io.InputStream in = BundledModels.class.getResourceAsStream(BundledModels.property("ner", "file"))) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
