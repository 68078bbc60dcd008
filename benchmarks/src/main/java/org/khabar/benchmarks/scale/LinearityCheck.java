package org.khabar.benchmarks.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.khabar.Document;
import org.khabar.Pipeline;
import org.khabar.benchmarks.NewsCorpus;

/**
 * Is the pipeline's time linear in the document size? Processes one document of 1x, 10x and 100x
 * size (20,000, 200,000 and 2,000,000 characters of SaudiNewsNet articles joined by blank lines), each
 * repeatedly for about 4 million characters per round, and prints the <b>CPU time of the calling
 * thread</b> per character (ThreadMXBean), which a loaded machine disturbs far less than wall time
 * (JMH's {@code PipelineScaleBenchmark.sized} measures wall time). GC work done by GC threads is not
 * included; allocation per size is in the JMH run ({@code -prof gc}).
 *
 * <p>With {@code run-on} as second argument, every character that can end a sentence ({@code . ! ? ؟ ؛}
 * and line breaks) is replaced by a space first, so each document is (nearly) one sentence of up to
 * 370,000 tokens: the worst case for the per-sentence stages (NER decoding, events). The longest
 * sentence of each size is printed.
 *
 * <pre>
 * java -Xmx2g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar org.khabar.benchmarks.scale.LinearityCheck [ROUNDS [run-on]]
 * </pre>
 */
public final class LinearityCheck {
  private LinearityCheck() {}

  /**
   * Runs the check.
   *
   * @param args optionally the number of rounds (default 6; the first two are warm-up), then
   *     {@code run-on} for documents without sentence ends
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    boolean runOn = args.length > 1 && args[1].equals("run-on");
    Pipeline p = org.khabar.models.BundledModels.standardPipeline(); // the shipped NER model, events
    List<String> all = NewsCorpus.articles(2_200_000);
    int[] sizes = {20_000, 200_000, 2_000_000};
    String[] docs = new String[sizes.length];
    for (int k = 0; k < sizes.length; k++) {
      StringBuilder b = new StringBuilder(sizes[k] + 10_000);
      for (int i = 0; b.length() < sizes[k]; i++) {
        b.append(all.get(i % all.size())).append("\n\n");
      }
      docs[k] = b.substring(0, sizes[k]);
      if (runOn) {
        char[] c = docs[k].toCharArray();
        for (int i = 0; i < c.length; i++) {
          if (c[i] == '.' || c[i] == '!' || c[i] == '?' || c[i] == '\u061F' || c[i] == '\u061B'
              || c[i] == '\n' || c[i] == '\r') {
            c[i] = ' ';
          }
        }
        docs[k] = new String(c);
      }
      int longest = 0;
      for (org.khabar.Sentence sentence : p.process(docs[k]).sentences()) {
        longest = Math.max(longest, sentence.endToken() - sentence.firstToken());
      }
      System.out.printf(Locale.ROOT, "%,d characters: longest sentence %,d tokens%n", sizes[k], longest);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[][] perChar = new double[rounds][sizes.length];
    long check = 0;
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < sizes.length; k++) {
        int reps = Math.max(2, 4_000_000 / sizes[k]);
        long cpu0 = mx.getCurrentThreadCpuTime();
        long tokens = 0;
        for (int r = 0; r < reps; r++) {
          Document d = p.process(docs[k]);
          tokens += d.tokens().size();
        }
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        if (tokens < (long) reps * sizes[k] / 10) {
          throw new AssertionError("too few tokens: " + tokens);
        }
        check += tokens;
        perChar[round][k] = cpu / (double) reps / sizes[k];
      }
      System.out.printf(Locale.ROOT, "round %d: CPU ns per character: 1x %.1f, 10x %.1f, 100x %.1f%n",
          round + 1, perChar[round][0], perChar[round][1], perChar[round][2]);
    }
    StringBuilder med = new StringBuilder("median of rounds 3-" + rounds + ": ");
    for (int k = 0; k < sizes.length; k++) {
      double[] v = new double[Math.max(1, rounds - 2)];
      for (int r = 2; r < rounds; r++) {
        v[r - 2] = perChar[r][k];
      }
      java.util.Arrays.sort(v);
      double m = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
      med.append(String.format(Locale.ROOT, "%s%s %.1f ns/char (%.2f ms per document)", k == 0 ? "" : ", ",
          k == 0 ? "1x" : k == 1 ? "10x" : "100x", m, m * sizes[k] / 1e6));
    }
    System.out.println(med + " [" + check + " tokens]");
  }
}
