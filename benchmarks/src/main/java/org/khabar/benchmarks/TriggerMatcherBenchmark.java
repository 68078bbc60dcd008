package org.khabar.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ahocorasick.trie.Trie;
import org.khabar.NerModel;
import org.khabar.Pipeline;
import org.khabar.TriggerLexicon;
import org.khabar.internal.Analysis;
import org.khabar.internal.events.EventStage;
import org.khabar.internal.events.LexiconEntry;
import org.khabar.internal.events.LexiconParser;
import org.khabar.internal.events.TriggerMatcher;
import org.khabar.internal.normalize.ArabicNormalizer;
import org.khabar.internal.segment.CliticSegmenter;
import org.khabar.internal.tokenize.ArabicTokenizer;
import org.khabar.internal.tokenize.SentenceSplitter;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The trigger matcher with the full standard lexicon compiled, against the {@code org.ahocorasick}
 * library on the same patterns (every stem the lexicon generates) and the same text (SaudiNewsNet
 * article bodies, normalized at the matching level), in the same run; and the whole pipeline with and
 * without the event stage.
 *
 * <ul>
 *   <li>{@code matcher}: one pass of {@link TriggerMatcher#match(Analysis)} over every article, already
 *       tokenized, split and segmented (the stages before it in the pipeline);
 *   <li>{@code ahoCorasick}: {@code Trie.parseText} over the same articles' normalized text;
 *   <li>{@code eventStage}: the whole event stage (matcher, then arguments, time, gazetteer names and
 *       actor codes) over the same prepared articles, i.e. the absolute cost the stage adds per article
 *       to any pipeline (with or without NER; here without entities);
 *   <li>{@code pipelineWithEvents} / {@code pipelineWithoutEvents}: {@code Pipeline.process} over every
 *       article, with the standard lexicon and with {@link TriggerLexicon#empty()}, no NER;
 *   <li>{@code nerPipelineWithEvents} / {@code nerPipelineWithoutEvents}: the same with the shipped NER
 *       model (the pipeline the command line runs).
 * </ul>
 *
 * <p>Each operation covers the whole sample; throughput in MB/s is the sample's UTF-8 size (printed
 * at setup) divided by the time per operation. Setup checks that both matchers find matches.
 *
 * <p>Run: {@code mvn -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar
 * TriggerMatcherBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TriggerMatcherBenchmark {

  /** Characters of news text in the sample. */
  @Param({"1000000"})
  public int chars;

  private List<String> articles;
  private final List<Analysis> analyses = new ArrayList<>();
  private TriggerMatcher matcher;
  private EventStage stage;
  private EventStage.Scratch scratch;
  private Trie aho;
  private String normalized;
  private Pipeline withEvents;
  private Pipeline withoutEvents;
  private Pipeline nerWithEvents;
  private Pipeline nerWithoutEvents;

  /** Loads the sample, prepares analyses, compiles both matchers and checks their answers. */
  @Setup(Level.Trial)
  public void setup() {
    articles = NewsCorpus.articles(chars);
    ArabicTokenizer tokenizer = new ArabicTokenizer();
    SentenceSplitter splitter = new SentenceSplitter();
    CliticSegmenter segmenter = new CliticSegmenter();
    StringBuilder norm = new StringBuilder();
    long bytes = 0;
    long n = 0;
    for (String text : articles) {
      Analysis a = new Analysis();
      a.reset(text, null);
      tokenizer.tokenize(a);
      splitter.split(a);
      segmenter.segment(a);
      analyses.add(a);
      norm.append(ArabicNormalizer.normalize(text, ArabicNormalizer.MATCH)).append('\n');
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
      n += text.length();
    }
    normalized = norm.toString();
    stage = EventStage.compile(standardRules());
    scratch = stage.newScratch();
    matcher = new TriggerMatcher(stage.automaton());
    aho = Trie.builder().addKeywords(stage.automaton().stems()).build();
    int ours = matcher();
    int theirs = ahoCorasick();
    if (ours <= 0 || theirs <= 0) {
      throw new AssertionError("no matches: matcher " + ours + ", ahocorasick " + theirs);
    }
    withEvents = Pipeline.builder().build();
    withoutEvents = Pipeline.builder().triggerLexicon(TriggerLexicon.empty()).build();
    NerModel ner = NerModel.load(BundledModels.ner());
    nerWithEvents = Pipeline.builder().nerModel(ner).build();
    nerWithoutEvents = Pipeline.builder().nerModel(ner).triggerLexicon(TriggerLexicon.empty()).build();
    if (withEvents.process(articles.get(0)).events().size() < 0) {
      throw new AssertionError("unreachable");
    }
    System.out.printf("%nsample: %d articles, %d chars, %d UTF-8 bytes (%.3f MB); patterns: %d stems;"
        + " matches: matcher %d, ahocorasick %d%n", articles.size(), n, bytes, bytes / 1e6,
        stage.automaton().stems().size(), ours, theirs);
  }

  private static List<LexiconEntry> standardRules() {
    try (InputStream in = LexiconParser.class.getResourceAsStream("triggers.tsv");
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return LexiconParser.parse(r, "standard");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The khabar trigger matcher over every prepared article.
   *
   * @return the number of matches
   */
  @Benchmark
  public int matcher() {
    int total = 0;
    for (Analysis a : analyses) {
      total += matcher.match(a);
    }
    return total;
  }

  /**
   * The Aho-Corasick baseline over the same normalized text.
   *
   * @return the number of emits
   */
  @Benchmark
  public int ahoCorasick() {
    return aho.parseText(normalized).size();
  }

  /**
   * The event stage alone over every prepared article.
   *
   * @return the number of events
   */
  @Benchmark
  public int eventStage() {
    int total = 0;
    for (Analysis a : analyses) {
      a.events.clear();
      stage.extract(a, scratch);
      total += a.events.size();
    }
    return total;
  }

  /**
   * The whole pipeline with the standard trigger lexicon.
   *
   * @param bh the sink
   */
  @Benchmark
  public void pipelineWithEvents(Blackhole bh) {
    for (String t : articles) {
      bh.consume(withEvents.process(t));
    }
  }

  /**
   * The whole pipeline with no event stage.
   *
   * @param bh the sink
   */
  @Benchmark
  public void pipelineWithoutEvents(Blackhole bh) {
    for (String t : articles) {
      bh.consume(withoutEvents.process(t));
    }
  }

  /**
   * The whole pipeline with the shipped NER model and the standard trigger lexicon.
   *
   * @param bh the sink
   */
  @Benchmark
  public void nerPipelineWithEvents(Blackhole bh) {
    for (String t : articles) {
      bh.consume(nerWithEvents.process(t));
    }
  }

  /**
   * The whole pipeline with the shipped NER model and no event stage.
   *
   * @param bh the sink
   */
  @Benchmark
  public void nerPipelineWithoutEvents(Blackhole bh) {
    for (String t : articles) {
      bh.consume(nerWithoutEvents.process(t));
    }
  }
}
