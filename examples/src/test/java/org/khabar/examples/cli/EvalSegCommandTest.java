package org.khabar.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code khabar eval-seg}: output, last line, format option and errors. */
class EvalSegCommandTest {
  @TempDir Path dir;

  /** Runs the command line, returning {exit status, stdout, stderr}. */
  static String[] run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int status = KhabarCli.execute(args);
      return new String[] {String.valueOf(status), o.toString(StandardCharsets.UTF_8),
          e.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private Path write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void scoresConlluAndEndsWithWordF1() throws Exception {
    Path f = write("t.conllu", org.khabar.examples.eval.SegmentationEvaluatorTest.CONLLU);
    String[] r = run("eval-seg", f.toString());
    assertEquals("0", r[0], r[2]);
    String[] lines = r[1].strip().split("\n");
    assertEquals("eval-seg t.conllu (conllu, part all, 2 texts)", lines[0]);
    assertEquals("word F1 = 84.21", lines[lines.length - 1]);
    assertTrue(r[1].contains("word accuracy = 80.00 (4 of 5 whitespace words)"), r[1]);
    assertTrue(r[1].contains("precision = 88.89, recall = 80.00"), r[1]);
  }

  @Test
  void detectsFarasaAndAcceptsTheFormatOption() throws Exception {
    Path f = write("WikiNews.pos.ref", org.khabar.examples.eval.SegmentationEvaluatorTest.FARASA);
    String[] auto = run("eval-seg", f.toString());
    String[] forced = run("eval-seg", "--format", "farasa", f.toString());
    assertEquals("0", auto[0], auto[2]);
    assertTrue(auto[1].strip().endsWith("word F1 = 85.71"), auto[1]);
    assertEquals(auto[1], forced[1]);
  }

  @Test
  void printsErrorsOnRequest() throws Exception {
    Path f = write("t.conllu", org.khabar.examples.eval.SegmentationEvaluatorTest.CONLLU);
    String[] r = run("eval-seg", "--errors", "5", f.toString());
    assertTrue(r[1].contains("  error: ك+ما  |  كما\n"), r[1]);
  }

  @Test
  void reportsAnUnreadableFile() {
    String[] r = run("eval-seg", dir.resolve("missing.conllu").toString());
    assertEquals("1", r[0]);
    assertEquals("eval-seg: cannot read " + dir.resolve("missing.conllu"), r[2].strip());
  }

  @Test
  void reportsInvalidUtf8() throws Exception {
    Path p = dir.resolve("bad.conllu");
    Files.write(p, new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
    String[] r = run("eval-seg", p.toString());
    assertEquals("1", r[0]);
    assertEquals("eval-seg: " + p + ": not valid UTF-8", r[2].strip());
  }

  @Test
  void reportsMalformedContentWithItsLine() throws Exception {
    Path f = write("m.conllu", "# text = قال\n1\tقال\tقال\n");
    String[] r = run("eval-seg", "--format", "conllu", f.toString());
    assertEquals("1", r[0]);
    assertEquals("eval-seg: " + f + " line 2: expected 10 tab-separated columns, found 3", r[2].strip());
  }

  @Test
  void rejectsUnknownOptions() throws Exception {
    Path f = write("t.conllu", org.khabar.examples.eval.SegmentationEvaluatorTest.CONLLU);
    String[] r = run("eval-seg", "--format", "xml", f.toString());
    assertEquals("2", r[0]);
    assertEquals("eval-seg: unknown --format 'xml': give auto, conllu or farasa", r[2].strip());
    String[] p = run("eval-seg", "--part", "half", f.toString());
    assertEquals("2", p[0]);
    assertEquals("eval-seg: unknown --part 'half': give all, dev or test", p[2].strip());
  }
}
