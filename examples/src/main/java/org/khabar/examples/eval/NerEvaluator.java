package org.khabar.examples.eval;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.khabar.Document;
import org.khabar.Pipeline;
import org.khabar.internal.ner.NerCorpus;
import org.khabar.internal.ner.NerData;
import org.khabar.internal.ner.NerScores;

/**
 * Evaluates a pipeline's NER on gold two-column {@code TOKEN TAG} files (ANERcorp, AQMAR), CoNLL-style:
 * exact entity spans, per type and overall (micro) precision, recall and F1.
 *
 * <p>Each gold document is analysed through the public API ({@link Pipeline#process(String)}) as its
 * text: tokens joined by spaces, sentences by newlines. The gold data tags whole whitespace tokens,
 * clitics included, while the library's entities exclude attached proclitics; the evaluator (never the
 * NER stage) maps each predicted span back to the whole gold tokens it touches before comparing (see
 * {@link NerScores}).
 *
 * <p>Thread-safe if the pipeline is (it is).
 */
public final class NerEvaluator {
  private final Pipeline pipeline;

  /**
   * Creates an evaluator.
   *
   * @param pipeline a pipeline with a NER model
   */
  public NerEvaluator(Pipeline pipeline) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
  }

  /**
   * Analyses and scores documents.
   *
   * @param docs gold documents
   * @return the scores over all of them
   */
  public NerScores evaluate(List<NerCorpus.Document> docs) {
    NerScores scores = new NerScores();
    for (NerCorpus.Document d : docs) {
      Document analysed = pipeline.process(d.text());
      scores.add(d, analysed.entities());
    }
    return scores;
  }

  /**
   * Splits the recall of gold names by whether the same name (same text, same type) occurs in other
   * gold data, typically the training split: the names a model can have memorized, and the rest.
   *
   * @param docs the evaluated gold documents
   * @param seenIn the documents that define "seen"
   * @return a report, one line per type and group: gold count and recall
   */
  public String recallBySeen(List<NerCorpus.Document> docs, List<NerCorpus.Document> seenIn) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (NerCorpus.Document d : seenIn) {
      for (NerCorpus.Chunk c : d.chunks()) {
        seen.add(c.type() + "|" + d.text().substring(d.tokenStart(c.first()), d.tokenEnd(c.end() - 1)));
      }
    }
    java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
    for (NerCorpus.Document d : docs) {
      java.util.Set<NerCorpus.Chunk> found = new java.util.HashSet<>(
          NerScores.toChunks(d, pipeline.process(d.text()).entities()));
      for (NerCorpus.Chunk c : d.chunks()) {
        String name = d.text().substring(d.tokenStart(c.first()), d.tokenEnd(c.end() - 1));
        String key = c.type() + (seen.contains(c.type() + "|" + name) ? " seen" : " unseen");
        int[] k = counts.computeIfAbsent(key, x -> new int[2]);
        k[0]++;
        if (found.contains(c)) {
          k[1]++;
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    counts.forEach((k, v) -> sb.append(String.format(java.util.Locale.ROOT, "%-12s %6d names, recall %6.2f%n",
        k, v[0], 100.0 * v[1] / v[0])));
    return sb.toString().replace(System.lineSeparator(), "\n");
  }

  /**
   * Reads gold documents from files or directories: each file is one document; a directory stands
   * for its {@code *.txt} files in name order. With {@code aqmarTest}, AQMAR's eight dev articles are
   * left out of directories.
   *
   * @param paths files or directories
   * @param aqmarTest whether to leave out AQMAR's dev articles
   * @return the documents
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if a file is malformed (the message names the line)
   */
  public static List<NerCorpus.Document> read(List<Path> paths, boolean aqmarTest) throws IOException {
    List<NerCorpus.Document> docs = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p, "*.txt")) {
          ds.forEach(files::add);
        }
        files.sort(null);
        for (Path f : files) {
          String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
          if (!aqmarTest || !NerData.AQMAR_DEV.contains(name)) {
            docs.add(new NerCorpus.Document(name, NerCorpus.read(f)));
          }
        }
      } else {
        docs.add(new NerCorpus.Document(p.getFileName().toString(), NerCorpus.read(p)));
      }
    }
    return docs;
  }
}
