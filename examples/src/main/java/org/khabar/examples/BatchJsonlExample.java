package org.khabar.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.khabar.Document;
import org.khabar.Pipeline;
import org.khabar.models.BundledModels;

/**
 * Example: batch processing of a JSONL archive with a thread pool sharing one {@link Pipeline}.
 *
 * <p>A pipeline is thread-safe: build it once and call {@code process} from every worker thread (each
 * call borrows private scratch state from the pipeline's pool). The reader submits one task per line
 * and keeps at most {@code 4 x threads} tasks in flight, writing results in input order, so memory
 * stays bounded however large the archive is.
 *
 * <pre>
 * java -cp examples/target/khabar-cli.jar org.khabar.examples.BatchJsonlExample archive.jsonl 4
 * </pre>
 *
 * <p>Prints one line per document: {@code id <tab> sentences <tab> tokens <tab> entities <tab> events}.
 */
public final class BatchJsonlExample {
  private BatchJsonlExample() {}

  /**
   * Runs the example.
   *
   * @param args a JSONL file and optionally the number of threads
   * @throws Exception if the file cannot be read or a line is not a record
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: BatchJsonlExample FILE.jsonl [THREADS]");
      System.exit(2);
    }
    int threads = args.length == 2 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    run(BundledModels.standardPipeline(), Paths.get(args[0]), threads, System.out);
  }

  /**
   * Processes an archive.
   *
   * @param pipeline the shared pipeline
   * @param jsonl the archive: one {@code {"id": ..., "text": ...}} per line
   * @param threads the number of worker threads
   * @param out where the summary lines go
   * @throws IOException if the file cannot be read or a line is not a record
   * @throws InterruptedException if interrupted while waiting
   * @throws ExecutionException if a document fails
   */
  public static void run(Pipeline pipeline, Path jsonl, int threads, PrintStream out)
      throws IOException, InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ArrayDeque<Future<String>> inFlight = new ArrayDeque<>();
    JsonFactory f = new JsonFactory();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] rec = parse(f, line);
        inFlight.add(pool.submit(() -> {
          Document d = pipeline.process(rec[1]);   // the same pipeline from every thread
          return rec[0] + "\t" + d.sentences().size() + "\t" + d.tokens().size() + "\t"
              + d.entities().size() + "\t" + d.events().size();
        }));
        if (inFlight.size() >= 4 * threads) {
          out.println(inFlight.poll().get());   // oldest first: input order
        }
      }
      while (!inFlight.isEmpty()) {
        out.println(inFlight.poll().get());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static String[] parse(JsonFactory f, String line) throws IOException {
    String[] rec = new String[2];
    try (JsonParser p = f.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object: " + line);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if ("id".equals(name)) {
          rec[0] = p.getValueAsString();
        } else if ("text".equals(name)) {
          rec[1] = p.getValueAsString();
        } else {
          p.skipChildren();
        }
      }
    }
    if (rec[0] == null || rec[1] == null) {
      throw new IOException("needs string fields id and text: " + line);
    }
    return rec;
  }
}
