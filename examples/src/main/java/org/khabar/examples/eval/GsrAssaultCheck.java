package org.khabar.examples.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khabar.Document;
import org.khabar.Event;
import org.khabar.Pipeline;

/**
 * External check of the assault and fight events (CAMEO 18x/19x/20x) against the OEDA Arabic
 * gold-standard sentences ({@code ../shared/data/events/arabic-event-gsr/assault_gsr.csv}, MIT; read at
 * run time, never copied): each sentence labelled {@code yes} should give at least one such event,
 * {@code easy no} and {@code difficult no} none; {@code ambiguous} sentences are counted apart.
 * Sentence-level precision and recall are reported, not targeted.
 *
 * <p>Run: {@code java -cp examples/target/khabar-cli.jar org.khabar.examples.eval.GsrAssaultCheck
 * ../shared/data/events/arabic-event-gsr/assault_gsr.csv}. Not thread-safe.
 */
public final class GsrAssaultCheck {
  private int tp;
  private int fp;
  private int fn;
  private int tn;
  private int ambiguousFlagged;
  private int ambiguous;
  private int rows;

  /**
   * Counts one labelled sentence.
   *
   * @param label the gold label
   * @param d the analysed sentence
   */
  void count(String label, Document d) {
    rows++;
    boolean flagged = false;
    for (Event e : d.events()) {
      String r = e.cameoRoot();
      if (r.equals("18") || r.equals("19") || r.equals("20")) {
        flagged = true;
        break;
      }
    }
    switch (label) {
      case "yes":
        if (flagged) {
          tp++;
        } else {
          fn++;
        }
        break;
      case "ambiguous":
        ambiguous++;
        if (flagged) {
          ambiguousFlagged++;
        }
        break;
      default:
        if (flagged) {
          fp++;
        } else {
          tn++;
        }
    }
  }

  /**
   * Runs the check over the CSV file.
   *
   * @param pipeline the pipeline
   * @param csv {@code assault_gsr.csv}
   * @throws IOException if the file cannot be read or a row is malformed
   */
  public void run(Pipeline pipeline, Path csv) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      List<String> header = parseCsvLine(r.readLine());
      int text = header.indexOf("text");
      int label = header.indexOf("label");
      if (text < 0 || label < 0) {
        throw new IOException(csv + ": no text or label column in " + header);
      }
      String line;
      int no = 1;
      while ((line = r.readLine()) != null) {
        no++;
        List<String> cols = parseCsvLine(line);
        if (cols.size() != header.size()) {
          throw new IOException(csv + " line " + no + ": " + cols.size() + " columns, expected " + header.size());
        }
        count(cols.get(label), pipeline.process(cols.get(text)));
      }
    }
  }

  /** Splits one CSV line (RFC 4180 quotes, no embedded newlines). */
  static List<String> parseCsvLine(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          sb.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          sb.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(sb.toString());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    out.add(sb.toString());
    return out;
  }

  /**
   * Returns the number of sentences counted.
   *
   * @return the row count
   */
  public int rows() {
    return rows;
  }

  /**
   * Returns the counts {tp, fp, fn, tn, ambiguous, ambiguous flagged}.
   *
   * @return the counts
   */
  public int[] counts() {
    return new int[] {tp, fp, fn, tn, ambiguous, ambiguousFlagged};
  }

  /**
   * Prints the figures.
   *
   * @param out where to print
   */
  public void print(PrintStream out) {
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double rc = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
    out.printf(Locale.ROOT, "sentences: %d (yes %d, no %d, ambiguous %d)%n", rows, tp + fn, fp + tn, ambiguous);
    out.printf(Locale.ROOT, "flagged with an 18x/19x/20x event: tp %d, fp %d, fn %d, tn %d, ambiguous flagged %d%n",
        tp, fp, fn, tn, ambiguousFlagged);
    out.printf(Locale.ROOT, "sentence precision = %.2f, recall = %.2f, F1 = %.2f%n", 100 * p, 100 * rc, 100 * f);
  }

  /**
   * Runs the check with a pipeline without NER (the trigger rules alone).
   *
   * @param args the CSV path
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: GsrAssaultCheck assault_gsr.csv");
      System.exit(2);
    }
    GsrAssaultCheck c = new GsrAssaultCheck();
    c.run(Pipeline.builder().build(), Path.of(args[0]));
    c.print(System.out);
  }
}
