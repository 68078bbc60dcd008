package org.khabar.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.Pipeline;
import org.khabar.TestDocuments;

/** Runs every example on a pipeline with a tiny NER model (the shipped model lands later). */
class ExamplesTest {
  @TempDir Path dir;

  private static String capture(IoAction a) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(b, true, UTF_8)) {
      a.run(out);
    }
    return b.toString(UTF_8);
  }

  private interface IoAction {
    void run(PrintStream out) throws Exception;
  }

  @Test
  void entitiesExamplePrintsEntitiesWithOffsets() throws Exception {
    Path news = dir.resolve("news.txt");
    Files.writeString(news, "وصل سيرغي لافروف إلى دمشق اليوم .\nالتقى سامح شكري نظيره أيمن الصفدي في عمان .\n");
    String out = capture(o -> EntitiesExample.print(TinyNer.pipeline(), news, o));
    String[] lines = out.split("\n");
    assertEquals(5, lines.length, out);
    assertEquals("PER\t4\t16\tسيرغي لافروف", lines[0].substring(0, lines[0].lastIndexOf('\t')));
    assertEquals("LOC\t21\t25\tدمشق", lines[1].substring(0, lines[1].lastIndexOf('\t')));
    assertEquals("PER\t40\t49\tسامح شكري", lines[2].substring(0, lines[2].lastIndexOf('\t')));
    assertEquals("PER\t56\t67\tأيمن الصفدي", lines[3].substring(0, lines[3].lastIndexOf('\t')));
    assertEquals("LOC\t71\t75\tعمان", lines[4].substring(0, lines[4].lastIndexOf('\t')));
  }

  @Test
  void entitiesExampleRunsOnTheShippedSample() throws Exception {
    Path sample = Paths.get("data", "sample.txt");
    String text = Files.readString(sample, UTF_8);
    String out = capture(o -> EntitiesExample.print(TinyNer.pipeline(), sample, o));
    for (String line : out.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t");
      assertEquals(f[3], text.substring(Integer.parseInt(f[1]), Integer.parseInt(f[2])), line);
    }
  }

  @Test
  void dyadRowsHaveDateCountriesCodes() {
    assertEquals(List.of(
        "2017-12-17,EGY,JOR,044,CONSULT,s1,سامح شكري,أيمن الصفدي,التقى",
        "2017-12-18,EGY,JOR,040,CONSULT,s1,سامح شكري,أيمن الصفدي,بحث"),
        DyadsCsvExample.rows("s1", TestDocuments.sample()));
    assertEquals("\"a,b\"", DyadsCsvExample.csv("a,b"));
    assertEquals("\"say \"\"x\"\"\"", DyadsCsvExample.csv("say \"x\""));
  }

  @Test
  void dyadsExampleWritesTheHeaderAndOneRowPerDyad() throws Exception {
    Path archive = dir.resolve("a.jsonl");
    Files.writeString(archive, "{\"id\":\"a\",\"text\":\"التقى سامح شكري نظيره أيمن الصفدي\",\"date\":\"2017-12-18\"}\n");
    Pipeline p = Pipeline.builder().build();
    String out = capture(o -> DyadsCsvExample.write(p, archive, o));
    // the pipeline has no event stage yet: header only; rows are checked on a fixture above
    StringBuilder expected = new StringBuilder(DyadsCsvExample.HEADER).append('\n');
    for (String row : DyadsCsvExample.rows("a", p.process("التقى سامح شكري نظيره أيمن الصفدي",
        java.time.LocalDate.of(2017, 12, 18)))) {
      expected.append(row).append('\n');
    }
    assertEquals(expected.toString(), out);
  }

  @Test
  void batchExampleGivesTheSameLinesWithFourThreadsAsWithOne() throws Exception {
    Path archive = dir.resolve("b.jsonl");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      b.append("{\"id\":\"d").append(i).append("\",\"text\":\"");
      for (int k = 0; k <= i % 7; k++) {
        b.append("التقى سامح شكري نظيره أيمن الصفدي في عمان . ");
      }
      b.append("\"}\n");
    }
    Files.writeString(archive, b);
    String one = capture(o -> BatchJsonlExample.run(TinyNer.pipeline(), archive, 1, o));
    String four = capture(o -> BatchJsonlExample.run(TinyNer.pipeline(), archive, 4, o));
    assertEquals(one, four);
    String[] lines = four.split("\n");
    assertEquals(300, lines.length);
    assertEquals("d0\t1\t9\t3\t1", lines[0]);
    assertEquals("d6\t7\t63\t21\t7", lines[6]);
  }
}
