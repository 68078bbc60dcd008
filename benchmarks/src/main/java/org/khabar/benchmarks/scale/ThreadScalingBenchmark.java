package org.khabar.benchmarks.scale;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole SaudiNewsNet corpus (every non-empty article body, about 30,700 articles and 53 M
 * characters) through the standard pipeline (shipped NER model and events) by 1 or 2 worker threads
 * sharing one {@link Pipeline}: one op is one pass over the corpus, the workers taking the next article
 * from a shared counter (see {@code docs/scale.md}).
 *
 * <p>Seconds per pass give documents/s ({@code articles / s}) and MB/s (UTF-8 bytes of the bodies, which
 * the set-up prints, {@code / s}); {@code threads=1} over {@code threads=2} is the speedup of a second
 * thread. Two passes warm the JIT compiler up first, so this is the library's scaling in steady state;
 * the whole-process run ({@code benchmarks/scale/run-scale.sh}) includes JVM start and compilation.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ThreadScalingBenchmark} (about 10 minutes
 * on 2 cores).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ThreadScalingBenchmark {

  /** Worker threads sharing the pipeline. */
  @Param({"1", "2"})
  public int threads;

  private Pipeline pipeline;
  private String[] articles;
  private ExecutorService pool;

  /** Loads the shipped pipeline and the corpus, checks one result, prints the corpus size. */
  @Setup(Level.Trial)
  public void setUp() {
    pipeline = BundledModels.standardPipeline();
    List<String> all = new ArrayList<>();
    for (String a : NewsCorpus.articles(Long.MAX_VALUE)) {
      if (!a.isBlank()) {
        all.add(a);
      }
    }
    articles = all.toArray(new String[0]);
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
    System.out.printf("%ncorpus: %d articles, %d characters, %d UTF-8 bytes%n", articles.length, chars, bytes);
    pool = Executors.newFixedThreadPool(threads);
  }

  /** Stops the workers. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  /**
   * One pass over the corpus.
   *
   * @return the number of tokens found (so the work cannot be optimized away)
   * @throws ExecutionException if a document fails
   * @throws InterruptedException if interrupted
   */
  @Benchmark
  public long corpus() throws ExecutionException, InterruptedException {
    AtomicInteger next = new AtomicInteger();
    List<Future<Long>> workers = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        long tokens = 0;
        for (int i = next.getAndIncrement(); i < articles.length; i = next.getAndIncrement()) {
          tokens += pipeline.process(articles[i]).tokens().size();
        }
        return tokens;
      }));
    }
    long tokens = 0;
    for (Future<Long> w : workers) {
      tokens += w.get();
    }
    return tokens;
  }
}
