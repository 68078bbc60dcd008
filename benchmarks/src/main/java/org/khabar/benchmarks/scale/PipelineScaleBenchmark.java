package org.khabar.benchmarks.scale;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.khabar.Document;
import org.khabar.Pipeline;
import org.khabar.benchmarks.NewsCorpus;
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
 * The whole pipeline per document, on SaudiNewsNet articles (see {@code docs/scale.md}).
 *
 * <ul>
 *   <li>{@code article}: one op = one article, cycling through the first 2,000 articles; with
 *       {@code -prof gc}, {@code gc.alloc.rate.norm} is the allocation per document.
 *   <li>{@code articleShared2Threads}: the same from two threads sharing one pipeline.
 *   <li>{@code sized}: one op = one document of {@code chars} characters (articles joined); time per
 *       op for 1x, 10x and 100x sizes shows whether time is linear in the input.
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PipelineScaleBenchmark -prof gc}. The
 * pipeline is the standard one ({@code BundledModels.standardPipeline()}: shipped NER model, events), as
 * the command line uses it. Throughput from one and two threads in steady state is
 * {@link ThreadScalingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PipelineScaleBenchmark {

  private Pipeline pipeline;
  private List<String> all;
  private String[] articles;

  /** Loads the corpus and checks once that the pipeline finds tokens and events (the event stage is on). */
  @Setup(Level.Trial)
  public void setUp() {
    pipeline = org.khabar.models.BundledModels.standardPipeline(); // the shipped NER model, events
    all = NewsCorpus.articles(Long.MAX_VALUE);
    articles = all.subList(0, Math.min(2000, all.size())).toArray(new String[0]);
    Document d = pipeline.process(articles[0]);
    if (d.tokens().isEmpty() || d.sentences().isEmpty()) {
      throw new AssertionError("the pipeline found no tokens in the first article");
    }
    int events = 0;
    for (int i = 0; i < Math.min(50, articles.length); i++) {
      events += pipeline.process(articles[i]).events().size();
    }
    if (events == 0) {
      throw new AssertionError("the pipeline found no events in 50 articles: is the event stage on?");
    }
  }

  /** One document of a given size, made of articles joined by blank lines. */
  @State(Scope.Benchmark)
  public static class Sized {
    /** Document size: 1x, 10x, 100x. */
    @Param({"20000", "200000", "2000000"})
    public int chars;

    String text;

    /**
     * Builds the document and checks the pipeline's answer once.
     *
     * @param outer the loaded corpus and pipeline
     */
    @Setup(Level.Trial)
    public void setUp(PipelineScaleBenchmark outer) {
      StringBuilder b = new StringBuilder(chars + 10_000);
      for (int i = 0; b.length() < chars; i++) {
        b.append(outer.all.get(i % outer.all.size())).append("\n\n");
      }
      text = b.substring(0, chars);
      Document s = outer.pipeline.process(text);
      if (s.tokens().size() < chars / 10) {
        throw new AssertionError("too few tokens in the sized document: " + s.tokens().size());
      }
    }
  }

  /** Each thread's position in the articles. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    String next(String[] articles) {
      String s = articles[next];
      next = next + 1 == articles.length ? 0 : next + 1;
      return s;
    }
  }

  /**
   * One article per op.
   *
   * @param cursor this thread's position
   * @param bh the blackhole
   */
  @Benchmark
  public void article(Cursor cursor, Blackhole bh) {
    bh.consume(pipeline.process(cursor.next(articles)));
  }

  /**
   * One article per op from two threads sharing the pipeline (compare ops/s with {@code article}).
   *
   * @param cursor this thread's position
   * @param bh the blackhole
   */
  @Benchmark
  @Threads(2)
  public void articleShared2Threads(Cursor cursor, Blackhole bh) {
    bh.consume(pipeline.process(cursor.next(articles)));
  }

  /**
   * One document of {@code chars} characters per op.
   *
   * @param doc the document of the current size
   * @return the document
   */
  @Benchmark
  public Document sized(Sized doc) {
    return pipeline.process(doc.text);
  }
}
