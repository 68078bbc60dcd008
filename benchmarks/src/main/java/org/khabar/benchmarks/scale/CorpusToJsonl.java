package org.khabar.benchmarks.scale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.khabar.benchmarks.NewsCorpus;

/**
 * Turns SaudiNewsNet ({@code ../shared/data/text/saudinewsnet}, CC BY-NC-SA, research use only) into
 * the JSONL input of {@code ./khabar analyze --input jsonl}: one line
 * {@code {"id": "2015-07-21/17", "text": CONTENT, "date": "2015-07-21"}} per article, in file and
 * article order, the date being the day of the zip file. Articles with an empty body are left out (and
 * counted). Write the output under {@code target/} or {@code /tmp}, never into the repository.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.khabar.benchmarks.scale.CorpusToJsonl OUT.jsonl
 * </pre>
 */
public final class CorpusToJsonl {
  private CorpusToJsonl() {}

  /**
   * Writes the corpus as JSONL.
   *
   * @param args the output file
   * @throws IOException if the corpus cannot be read or the output written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: CorpusToJsonl OUT.jsonl");
      System.exit(2);
    }
    Path out = Paths.get(args[0]);
    Path dir = NewsCorpus.sharedRoot().resolve("data/text/saudinewsnet/dataset");
    List<Path> zips = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.zip")) {
      ds.forEach(zips::add);
    }
    zips.sort(null);
    JsonFactory f = new JsonFactory();
    long articles = 0;
    long empty = 0;
    long chars = 0;
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        JsonGenerator g = f.createGenerator(os)) {
      g.setRootValueSeparator(null);
      for (Path z : zips) {
        String day = z.getFileName().toString().replace(".zip", "");
        int n = 0;
        try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(z))) {
          for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
            if (!e.getName().endsWith(".json")) {
              continue;
            }
            try (JsonParser p = f.createParser(new FilterInputStream(zin) {
              @Override
              public void close() {}
            })) {
              while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && "content".equals(p.currentName())) {
                  p.nextToken();
                  String text = p.getValueAsString();
                  n++;
                  if (text == null || text.isBlank()) {
                    empty++;
                    continue;
                  }
                  g.writeStartObject();
                  g.writeStringField("id", day + "/" + n);
                  g.writeStringField("text", text);
                  g.writeStringField("date", day);
                  g.writeEndObject();
                  g.flush();
                  os.write('\n');
                  articles++;
                  chars += text.length();
                }
              }
            }
          }
        }
      }
    }
    System.err.printf("wrote %s: %,d articles (%,d characters of text, %,d bytes), %,d empty left out%n",
        out, articles, chars, Files.size(out), empty);
  }

}
