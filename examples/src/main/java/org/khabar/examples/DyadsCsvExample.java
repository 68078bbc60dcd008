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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khabar.Actor;
import org.khabar.Document;
import org.khabar.Event;
import org.khabar.Pipeline;
import org.khabar.models.BundledModels;

/**
 * Example: events as a CSV of dyads, the usual input of event-data analysis.
 *
 * <p>Reads a JSONL archive ({@code {"id", "text", "date"}} per line, as {@code ./khabar analyze --input
 * jsonl} takes), and writes one CSV row per (source actor, target actor) pair of every event:
 * {@code date,source_country,target_country,cameo,plover,id,source,target,trigger}. The date is the
 * event's resolved time when it has one, else the document date; a country is the actor's ISO 3166
 * alpha-3 code, empty when the actor coder did not find one; an event without target gives one row
 * per source with an empty target. CSV is RFC 4180 (fields quoted when they hold a comma, quote or
 * line break).
 *
 * <pre>
 * java -cp examples/target/khabar-cli.jar org.khabar.examples.DyadsCsvExample archive.jsonl &gt; dyads.csv
 * </pre>
 */
public final class DyadsCsvExample {
  /** The CSV header. */
  public static final String HEADER = "date,source_country,target_country,cameo,plover,id,source,target,trigger";

  private DyadsCsvExample() {}

  /**
   * Runs the example.
   *
   * @param args one JSONL file
   * @throws IOException if the file cannot be read or a line is not a record
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: DyadsCsvExample FILE.jsonl");
      System.exit(2);
    }
    write(BundledModels.standardPipeline(), Paths.get(args[0]), System.out);
  }

  /**
   * Analyses every line of a JSONL file and writes the dyads.
   *
   * @param pipeline the pipeline
   * @param jsonl the archive
   * @param out where the CSV goes
   * @throws IOException if the file cannot be read or a line is not a record
   */
  public static void write(Pipeline pipeline, Path jsonl, PrintStream out) throws IOException {
    out.println(HEADER);
    JsonFactory f = new JsonFactory();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] rec = parse(f, line, jsonl + ":" + lineNo);
        LocalDate date = rec[2] == null ? null : LocalDate.parse(rec[2]);
        for (String row : rows(rec[0], pipeline.process(rec[1], date))) {
          out.println(row);
        }
      }
    }
  }

  /**
   * Returns the dyad rows of one document.
   *
   * @param id the document id
   * @param d the analysed document
   * @return CSV rows without line ends
   */
  public static List<String> rows(String id, Document d) {
    List<String> rows = new ArrayList<>();
    String docDate = d.date().map(LocalDate::toString).orElse("");
    for (Event e : d.events()) {
      String date = e.time().flatMap(t -> t.value()).orElse(docDate);
      List<Actor> targets = e.target().isEmpty() ? java.util.Collections.singletonList(null) : e.target();
      for (Actor s : e.source()) {
        for (Actor t : targets) {
          rows.add(String.join(",", csv(date), csv(s.country().orElse("")),
              csv(t == null ? "" : t.country().orElse("")), csv(e.cameo()), csv(e.plover().orElse("")),
              csv(id), csv(s.text()), csv(t == null ? "" : t.text()), csv(e.trigger().text())));
        }
      }
    }
    return rows;
  }

  static String csv(String s) {
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  private static String[] parse(JsonFactory f, String line, String where) throws IOException {
    String[] rec = new String[3];
    try (JsonParser p = f.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(where + ": not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "id":
            rec[0] = p.getValueAsString();
            break;
          case "text":
            rec[1] = p.getValueAsString();
            break;
          case "date":
            rec[2] = p.getValueAsString();
            break;
          default:
            p.skipChildren();
        }
      }
    }
    if (rec[0] == null || rec[1] == null) {
      throw new IOException(where + ": needs string fields id and text");
    }
    return rec;
  }
}
