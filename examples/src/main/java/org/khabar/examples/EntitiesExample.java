package org.khabar.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import org.khabar.Document;
import org.khabar.Entity;
import org.khabar.Pipeline;
import org.khabar.models.BundledModels;

/**
 * Example: the named entities of a news file, printed with their character offsets.
 *
 * <p>Shows the basic use of the library: build the standard pipeline once, process a text, read the
 * entities; every offset indexes the original text, so {@code text.substring(start, end)} is the
 * entity's text.
 *
 * <pre>
 * java -cp examples/target/khabar-cli.jar org.khabar.examples.EntitiesExample examples/data/sample.txt
 * </pre>
 *
 * <p>Prints one line per entity: {@code TYPE <tab> START <tab> END <tab> TEXT <tab> CONFIDENCE}.
 */
public final class EntitiesExample {
  private EntitiesExample() {}

  /**
   * Runs the example.
   *
   * @param args one news file (UTF-8)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: EntitiesExample FILE");
      System.exit(2);
    }
    Pipeline pipeline = BundledModels.standardPipeline();   // build once, share everywhere
    print(pipeline, Paths.get(args[0]), System.out);
  }

  /**
   * Analyses a file and prints its entities.
   *
   * @param pipeline the pipeline
   * @param file the news file
   * @param out where to print
   * @throws IOException if the file cannot be read
   */
  public static void print(Pipeline pipeline, Path file, PrintStream out) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Document doc = pipeline.process(text);
    for (Entity e : doc.entities()) {
      out.printf(Locale.ROOT, "%s\t%d\t%d\t%s\t%.2f%n", e.type(), e.start(), e.end(), e.text(), e.confidence());
    }
  }
}
