package org.khabar.benchmarks.scale;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.khabar.Document;
import org.khabar.Pipeline;
import org.khabar.benchmarks.NewsCorpus;
import org.khabar.models.BundledModels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Steady-state documents per second of the standard pipeline (shipped NER model and events) from one
 * and from two threads sharing one {@link Pipeline}, on SaudiNewsNet articles (see
 * {@code docs/scale.md}).
 *
 * <p>One op is one article. The articles are the first {@value #ARTICLES} of the corpus; each thread
 * starts at its own share of them ({@code index * ARTICLES / threads}) and cycles through all of
 * them, so both benchmarks read the same mix of articles. JMH sums the throughput of the threads, so
 * {@code twoThreads / oneThread} is the speedup; MB/s is documents/s times the mean UTF-8 size the
 * set-up prints. Unlike the whole-process run ({@code benchmarks/scale/run-scale.sh}), the JIT
 * compiler's work is done in the warm-up iterations, so this is the scaling of the library itself.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ThreadScalingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-XX:+UseParallelGC"})
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 5, time = 10)
public class ThreadScalingBenchmark {

  /** How many articles the threads cycle through. */
  static final int ARTICLES = 4000;

  private Pipeline pipeline;
  private String[] articles;

  /** Loads the shipped pipeline and the articles, checks one result and prints the mean article size. */
  @Setup(Level.Trial)
  public void setUp() {
    pipeline = BundledModels.standardPipeline();
    List<String> all = NewsCorpus.articles(Long.MAX_VALUE);
    articles = all.subList(0, Math.min(ARTICLES, all.size())).toArray(new String[0]);
    long chars = 0;
    long bytes = 0;
    for (String a : articles) {
      chars += a.length();
      bytes += a.getBytes(StandardCharsets.UTF_8).length;
    }
    Document d = pipeline.process(articles[0]);
    if (d.tokens().isEmpty() || d.entities().isEmpty()) {
      throw new AssertionError("the standard pipeline found no tokens or no entities in the first article");
    }
    System.out.printf("%n%d articles, mean %.1f characters, %.1f UTF-8 bytes per article%n",
        articles.length, (double) chars / articles.length, (double) bytes / articles.length);
  }

  /** One thread's position in the articles. */
  @State(Scope.Thread)
  public static class Cursor {
    int next = -1;

    String next(String[] articles, ThreadParams params) {
      if (next < 0) {
        next = (int) ((long) params.getThreadIndex() * articles.length / params.getThreadCount());
      }
      String s = articles[next];
      next = next + 1 == articles.length ? 0 : next + 1;
      return s;
    }
  }

  /**
   * One thread: one article per op.
   *
   * @param cursor this thread's position
   * @param params the thread's index and count
   * @return the document
   */
  @Benchmark
  @Threads(1)
  public Document oneThread(Cursor cursor, ThreadParams params) {
    return pipeline.process(cursor.next(articles, params));
  }

  /**
   * Two threads sharing the pipeline: one article per op per thread (JMH reports the sum).
   *
   * @param cursor this thread's position
   * @param params the thread's index and count
   * @return the document
   */
  @Benchmark
  @Threads(2)
  public Document twoThreads(Cursor cursor, ThreadParams params) {
    return pipeline.process(cursor.next(articles, params));
  }
}
