package org.khabar.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.Document;
import org.khabar.Entity;
import org.khabar.Pipeline;
import org.khabar.Sentence;
import org.khabar.models.BundledModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code khabar analyze}: analyses text files and prints JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse UTF-8 text files (or standard input) and print JSON.")
final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "UTF-8 text files; standard input when none")
  List<Path> files = List.of();

  @Override
  public Integer call() throws IOException {
    Pipeline pipeline = BundledModels.standardPipeline();
    JsonFactory f = new JsonFactory();
    PrintStream out = System.out;
    for (Path p : files) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      Document d = pipeline.process(text);
      try (JsonGenerator g = f.createGenerator((OutputStream) out)) {
        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        write(g, p.getFileName().toString(), d);
      }
      out.println();
    }
    return 0;
  }

  static void write(JsonGenerator g, String id, Document d) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeArrayFieldStart("sentences");
    for (Sentence s : d.sentences()) {
      g.writeStartObject();
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("entities");
    for (Entity e : d.entities()) {
      g.writeStartObject();
      g.writeStringField("type", e.type().name());
      g.writeNumberField("start", e.start());
      g.writeNumberField("end", e.end());
      g.writeStringField("text", e.text());
      g.writeNumberField("confidence", Math.round(e.confidence() * 100) / 100.0);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("events");
    g.writeEndArray();
    g.writeEndObject();
  }
}
