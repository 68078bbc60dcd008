package org.khabar.internal.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.khabar.Entity;

/**
 * CoNLL-style exact-span NER scores: per type and overall (micro) precision, recall and F1.
 *
 * <p>Predicted entities are character spans of the library (proclitics trimmed); gold entities in
 * ANERcorp and AQMAR tag whole whitespace tokens, clitics included. So {@link #add} maps each predicted
 * span back to the whole gold tokens it touches (the token holding its first character to the token
 * holding its last), and an entity is correct when that token range and its type equal a gold
 * entity's. Each gold entity is matched at most once.
 *
 * <p>Not thread-safe: accumulate from one thread.
 */
public final class NerScores {
  private static final String[] ORDER = {"PER", "LOC", "ORG", "MISC"};

  /** Per type: gold, found, correct. */
  private final Map<String, long[]> counts = new TreeMap<>();
  private long tokens;

  /** Creates empty scores. */
  public NerScores() {}

  /**
   * Scores one document's predictions against its gold entities.
   *
   * @param doc the gold document whose {@link NerCorpus.Document#text()} was analysed
   * @param predicted the entities found in that text
   * @throws IllegalArgumentException if an entity lies outside the document's tokens
   */
  public void add(NerCorpus.Document doc, List<Entity> predicted) {
    tokens += doc.tokenCount();
    Set<NerCorpus.Chunk> gold = new HashSet<>(doc.chunks());
    for (NerCorpus.Chunk c : doc.chunks()) {
      bucket(c.type())[0]++;
    }
    Set<NerCorpus.Chunk> matched = new HashSet<>();
    for (NerCorpus.Chunk p : toChunks(doc, predicted)) {
      long[] k = bucket(p.type());
      k[1]++;
      if (gold.contains(p) && matched.add(p)) {
        k[2]++;
      }
    }
  }

  /**
   * Maps predicted entities to whole-gold-token chunks.
   *
   * @param doc the gold document
   * @param predicted entities over its text
   * @return one chunk per entity
   */
  public static List<NerCorpus.Chunk> toChunks(NerCorpus.Document doc, List<Entity> predicted) {
    List<NerCorpus.Chunk> out = new ArrayList<>(predicted.size());
    for (Entity e : predicted) {
      int first = doc.tokenAt(e.start());
      int last = doc.tokenAt(e.end() - 1);
      out.add(new NerCorpus.Chunk(first, last + 1, e.type().name()));
    }
    return out;
  }

  private long[] bucket(String type) {
    return counts.computeIfAbsent(type, k -> new long[3]);
  }

  /**
   * Adds another set of scores to this one.
   *
   * @param other the scores to add
   */
  public void addAll(NerScores other) {
    tokens += other.tokens;
    for (Map.Entry<String, long[]> e : other.counts.entrySet()) {
      long[] k = bucket(e.getKey());
      for (int i = 0; i < 3; i++) {
        k[i] += e.getValue()[i];
      }
    }
  }

  /**
   * Returns the types seen, in the order PER, LOC, ORG, MISC, then others alphabetically.
   *
   * @return the type names
   */
  public List<String> types() {
    List<String> out = new ArrayList<>();
    for (String t : ORDER) {
      if (counts.containsKey(t)) {
        out.add(t);
      }
    }
    for (String t : counts.keySet()) {
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Returns gold, found and correct counts.
   *
   * @param type a type, or null for all types
   * @return {gold, found, correct}
   */
  public long[] counts(String type) {
    if (type != null) {
      long[] k = counts.get(type);
      return k == null ? new long[3] : k.clone();
    }
    long[] sum = new long[3];
    for (long[] k : counts.values()) {
      for (int i = 0; i < 3; i++) {
        sum[i] += k[i];
      }
    }
    return sum;
  }

  /**
   * Returns the precision in percent.
   *
   * @param type a type, or null for micro over all types
   * @return 100 * correct / found (0 when nothing was found)
   */
  public double precision(String type) {
    long[] k = counts(type);
    return k[1] == 0 ? 0 : 100.0 * k[2] / k[1];
  }

  /**
   * Returns the recall in percent.
   *
   * @param type a type, or null for micro over all types
   * @return 100 * correct / gold (0 when there is no gold entity)
   */
  public double recall(String type) {
    long[] k = counts(type);
    return k[0] == 0 ? 0 : 100.0 * k[2] / k[0];
  }

  /**
   * Returns the F1 in percent.
   *
   * @param type a type, or null for micro over all types
   * @return the harmonic mean of precision and recall (0 when both are 0)
   */
  public double f1(String type) {
    double p = precision(type);
    double r = recall(type);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /**
   * Returns the number of gold tokens scored.
   *
   * @return the token count
   */
  public long tokens() {
    return tokens;
  }

  /**
   * Formats the scores CoNLL-style; the last line is {@code overall F1 = NN.NN}.
   *
   * @return the report, lines separated by {@code \n}, with a final newline
   */
  public String report() {
    long[] all = counts(null);
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.%n",
        tokens, all[0], all[1], all[2]));
    sb.append(String.format(Locale.ROOT, "%-8s %9s %7s %6s %6s %6s %7s%n",
        "type", "precision", "recall", "F1", "gold", "found", "correct"));
    for (String t : types()) {
      long[] k = counts(t);
      sb.append(String.format(Locale.ROOT, "%-8s %9.2f %7.2f %6.2f %6d %6d %7d%n",
          t, precision(t), recall(t), f1(t), k[0], k[1], k[2]));
    }
    sb.append(String.format(Locale.ROOT, "%-8s %9.2f %7.2f %6.2f %6d %6d %7d%n",
        "overall", precision(null), recall(null), f1(null), all[0], all[1], all[2]));
    sb.append(String.format(Locale.ROOT, "overall F1 = %.2f%n", f1(null)));
    return sb.toString().replace(System.lineSeparator(), "\n");
  }
}
