package org.khabar.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.ModelLoadException;
import org.khabar.Pipeline;

/** {@code khabar analyze}: outputs with exact offsets, every bad-input case, exit statuses. */
class AnalyzeCommandTest {
  @TempDir Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path file(String name, String text) throws IOException {
    return file(name, text.getBytes(UTF_8));
  }

  @Test
  void textFileGivesIndentedJsonWithOffsets() throws IOException {
    Path p = file("a.txt", "نص رقم 1. وثان");
    CliRun r = CliRun.run("", "analyze", "--include-text", p.toString());
    assertEquals(0, r.status, r.err);
    assertEquals("", r.err);
    assertEquals("{\n"
        + "  \"id\" : \"" + p + "\",\n"
        + "  \"text\" : \"نص رقم 1. وثان\",\n"
        + "  \"sentences\" : [ {\n"
        + "    \"start\" : 0,\n"
        + "    \"end\" : 9\n"
        + "  }, {\n"
        + "    \"start\" : 10,\n"
        + "    \"end\" : 14\n"
        + "  } ],\n"
        + "  \"entities\" : [ ],\n"
        + "  \"events\" : [ ]\n"
        + "}\n", r.out);
  }

  @Test
  void jsonlStdinGivesOneLinePerDocumentWithTokensAndDate() {
    CliRun r = CliRun.run("{\"id\":\"d1\",\"text\":\"والسلام 25%\",\"date\":\"2017-12-17\"}\n",
        "analyze", "--input", "jsonl", "--include-tokens");
    assertEquals(0, r.status, r.err);
    assertEquals("{\"id\":\"d1\",\"date\":\"2017-12-17\",\"sentences\":[{\"start\":0,\"end\":11}],"
        + "\"tokens\":["
        + "{\"start\":0,\"end\":7,\"text\":\"والسلام\",\"norm\":\"والسلام\",\"kind\":\"ARABIC\","
        + "\"segments\":[{\"start\":0,\"end\":1,\"text\":\"و\",\"norm\":\"و\",\"kind\":\"CONJ\"},"
        + "{\"start\":1,\"end\":3,\"text\":\"ال\",\"norm\":\"ال\",\"kind\":\"ART\"},"
        + "{\"start\":3,\"end\":7,\"text\":\"سلام\",\"norm\":\"سلام\",\"kind\":\"STEM\"}]},"
        + "{\"start\":8,\"end\":11,\"text\":\"25%\",\"norm\":\"25%\",\"kind\":\"PERCENT\","
        + "\"segments\":[{\"start\":8,\"end\":11,\"text\":\"25%\",\"norm\":\"25%\",\"kind\":\"STEM\"}]}],"
        + "\"entities\":[],\"events\":[]}\n", r.out);
  }

  @Test
  void dateOptionAppliesToLinesWithoutDate() {
    CliRun r = CliRun.run("{\"id\":\"a\",\"text\":\"نص\"}\n{\"id\":\"b\",\"text\":\"نص\",\"date\":\"2020-01-02\"}\n"
        + "{\"id\":\"c\",\"text\":\"نص\",\"date\":null}\n",
        "analyze", "--input", "jsonl", "--date", "2017-12-18");
    assertEquals(0, r.status, r.err);
    assertEquals("{\"id\":\"a\",\"date\":\"2017-12-18\",\"sentences\":[{\"start\":0,\"end\":2}],\"entities\":[],\"events\":[]}\n"
        + "{\"id\":\"b\",\"date\":\"2020-01-02\",\"sentences\":[{\"start\":0,\"end\":2}],\"entities\":[],\"events\":[]}\n"
        + "{\"id\":\"c\",\"date\":\"2017-12-18\",\"sentences\":[{\"start\":0,\"end\":2}],\"entities\":[],\"events\":[]}\n",
        r.out);
  }

  @Test
  void manyThreadsKeepInputOrderAndSameOutputAsOne() {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      in.append("{\"id\":\"n").append(i).append("\",\"text\":\"");
      for (int k = 0; k < i % 37; k++) {
        in.append("كلمة ").append(k).append(k % 5 == 0 ? ". " : " ");
      }
      in.append("\"}\n");
    }
    CliRun one = CliRun.run(in.toString(), "analyze", "--input", "jsonl", "--threads", "1");
    CliRun four = CliRun.run(in.toString(), "analyze", "--input", "jsonl", "--threads", "4");
    assertEquals(0, one.status, one.err);
    assertEquals(0, four.status, four.err);
    assertEquals(one.out, four.out);
    String[] lines = four.out.split("\n");
    assertEquals(2000, lines.length);
    for (int i = 0; i < 2000; i++) {
      assertTrue(lines[i].startsWith("{\"id\":\"n" + i + "\","), lines[i]);
    }
  }

  @Test
  void everyBadJsonlLineIsReportedByLineAndTheOthersAreProcessed() throws IOException {
    byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', 'u', '"', ',', '"', 't', 'e', 'x', 't', '"', ':',
        '"', 'a', (byte) 0xC3, (byte) 0x28, '"', '}'};
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.write(("{\"id\":\"ok1\",\"text\":\"نص\"}\n"
        + "\n"
        + "   \n"
        + "{\"id\":7,\"text\":\"x\"}\n"
        + "{\"text\":\"x\"}\n"
        + "{\"id\":\"t\"}\n"
        + "{\"id\":\"n\",\"text\":null}\n"
        + "{\"id\":\"d\",\"text\":\"x\",\"date\":\"17/12/2017\"}\n"
        + "{\"id\":\"d2\",\"text\":\"x\",\"date\":\"2017-02-30\"}\n"
        + "{\"id\":\"d3\",\"text\":\"x\",\"date\":20171217}\n"
        + "{\"id\":\"dup\",\"id\":\"dup2\",\"text\":\"x\"}\n"
        + "{\"id\":\"j\",\"text\":\"x\"} {}\n"
        + "{\"id\":\"k\",\n"
        + "[1,2]\n").getBytes(UTF_8));
    in.write(bad);
    in.write("\n{\"id\":\"ok2\",\"text\":\"نص\"}".getBytes(UTF_8));
    Path p = file("in.jsonl", in.toByteArray());
    CliRun r = CliRun.run("", "analyze", "--input", "jsonl", p.toString());
    assertEquals(1, r.status);
    assertEquals("{\"id\":\"ok1\",\"sentences\":[{\"start\":0,\"end\":2}],\"entities\":[],\"events\":[]}\n"
        + "{\"id\":\"ok2\",\"sentences\":[{\"start\":0,\"end\":2}],\"entities\":[],\"events\":[]}\n", r.out);
    String f = "khabar: " + p;
    assertEquals(f + ":2: empty line (no document)\n"
        + f + ":3: blank line (no document)\n"
        + f + ":4: field \"id\" must be a string, got a number\n"
        + f + ":5: missing field \"id\"\n"
        + f + ":6 (id t): missing field \"text\"\n"
        + f + ":7 (id n): field \"text\" must be a string, got null\n"
        + f + ":8 (id d): field \"date\": '17/12/2017' is not a date YYYY-MM-DD\n"
        + f + ":9 (id d2): field \"date\": '2017-02-30' is not a valid date (YYYY-MM-DD)\n"
        + f + ":10 (id d3): field \"date\" must be a string YYYY-MM-DD or null, got a number\n"
        + f + ":11 (id dup): field \"id\" appears twice\n"
        + f + ":12 (id j): unexpected an object after the JSON object at column 24\n"
        + f + ":13 (id k): malformed JSON: Unexpected end-of-input within/between Object entries at column 11\n"
        + f + ":14: expected a JSON object, got an array\n"
        + f + ":15: invalid UTF-8 at byte 19 (0xC3) of the line (byte 320 of the input)\n", r.err);
  }

  @Test
  void anIdWithLineBreaksStaysOnOneErrorLine() {
    CliRun r = CliRun.run("{\"id\":\"a\\nb\"}\n", "analyze", "--input", "jsonl");
    assertEquals(1, r.status);
    assertEquals("khabar: <stdin>:1 (id a b): missing field \"text\"\n", r.err);
  }

  @Test
  void crlfLinesAndALeadingBomAreAcceptedInJsonl() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.write(bom);
    in.write("{\"id\":\"a\",\"text\":\"نص\\r\\nثان\"}\r\n{\"id\":\"b\",\"text\":\"\uFEFFنص\"}\r\n".getBytes(UTF_8));
    CliRun r = CliRun.run(in.toByteArray(), () -> Pipeline.builder().build(), "analyze", "--input", "jsonl");
    assertEquals(0, r.status, r.err);
    assertEquals("{\"id\":\"a\",\"sentences\":[{\"start\":0,\"end\":2},{\"start\":4,\"end\":7}],\"entities\":[],\"events\":[]}\n"
        + "{\"id\":\"b\",\"sentences\":[{\"start\":1,\"end\":3}],\"entities\":[],\"events\":[]}\n", r.out);
  }

  @Test
  void bomInATextFileStaysInTheTextAndOffsetsCountIt() throws IOException {
    Path p = file("bom.txt", "\uFEFFنص\r\nثان\r\n");
    CliRun r = CliRun.run("", "analyze", "--format", "jsonl", "--include-text", p.toString());
    assertEquals(0, r.status, r.err);
    assertEquals("{\"id\":\"" + p + "\",\"text\":\"\uFEFFنص\\r\\nثان\\r\\n\","
        + "\"sentences\":[{\"start\":1,\"end\":3},{\"start\":5,\"end\":8}],\"entities\":[],\"events\":[]}\n", r.out);
  }

  @Test
  void badTextInputsAreReportedByNameAndTheOthersAreProcessed() throws IOException {
    Path good = file("good.txt", "نص");
    Path bad = file("bad.txt", new byte[] {'a', 'b', (byte) 0xE2, (byte) 0x82, 'c'});
    Path missing = dir.resolve("missing.txt");
    CliRun r = CliRun.run("", "analyze", "--format", "jsonl", missing.toString(), dir.toString(),
        bad.toString(), good.toString());
    assertEquals(1, r.status);
    assertEquals("{\"id\":\"" + good + "\",\"sentences\":[{\"start\":0,\"end\":2}],\"entities\":[],\"events\":[]}\n",
        r.out);
    assertEquals("khabar: " + missing + ": no such file\n"
        + "khabar: " + dir + ": is a directory\n"
        + "khabar: " + bad + ": invalid UTF-8 at byte 2 (0xE2 0x82)\n", r.err);
  }

  @Test
  void unreadableFileIsReported() throws IOException {
    Path p = file("secret.txt", "نص");
    assertTrue(p.toFile().setReadable(false, false));
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(p),
        "running as root: a file without read permission is still readable, nothing to test");
    CliRun r = CliRun.run("", "analyze", p.toString());
    assertEquals(1, r.status);
    assertEquals("khabar: " + p + ": permission denied\n", r.err);
  }

  @Test
  void documentOverTheMaximumIsReportedWithTheLimit() throws IOException {
    Path p = file("long.txt", "abc def ghi");
    CliRun r = CliRun.run(new byte[0], () -> Pipeline.builder().maxDocumentLength(5).build(),
        "analyze", p.toString());
    assertEquals(1, r.status);
    assertEquals("", r.out);
    assertEquals("khabar: " + p + ": text of 11 characters exceeds maxDocumentLength = 5"
        + " (set Pipeline.Builder.maxDocumentLength to accept longer texts)\n", r.err);
    CliRun j = CliRun.run("{\"id\":\"x\",\"text\":\"نص طويل جدا\"}\n".getBytes(UTF_8),
        () -> Pipeline.builder().maxDocumentLength(5).build(), "analyze", "--input", "jsonl");
    assertEquals(1, j.status);
    assertEquals("khabar: <stdin>:1 (id x): text of 11 characters exceeds maxDocumentLength = 5"
        + " (set Pipeline.Builder.maxDocumentLength to accept longer texts)\n", j.err);
    Path huge = file("huge.txt", new byte[100]);
    CliRun h = CliRun.run(new byte[0], () -> Pipeline.builder().maxDocumentLength(5).build(),
        "analyze", huge.toString());
    assertEquals(1, h.status);
    assertEquals("khabar: " + huge + ": more than 18 bytes: longer than maxDocumentLength = 5"
        + " characters; not analysed\n", h.err);
  }

  @Test
  void aJsonlLineLongerThanTheLimitIsSkippedAndReported() {
    String longText = "ن".repeat(600);
    CliRun r = CliRun.run(("{\"id\":\"a\",\"text\":\"" + longText + "\"}\n{\"id\":\"b\",\"text\":\"نص\"}\n")
            .getBytes(UTF_8),
        () -> Pipeline.builder().maxDocumentLength(2).build(), "analyze", "--input", "jsonl");
    assertEquals(1, r.status);
    assertEquals("{\"id\":\"b\",\"sentences\":[{\"start\":0,\"end\":2}],\"entities\":[],\"events\":[]}\n", r.out);
    assertEquals("khabar: <stdin>:1: line of 1220 bytes is longer than 1036 bytes (6 x maxDocumentLength = 2"
        + " characters); not analysed\n", r.err);
  }

  @Test
  void closedOutputPipeEndsQuietlyWith141() {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      in.append("{\"id\":\"").append(i).append("\",\"text\":\"نص رقم ").append(i).append("\"}\n");
    }
    CliRun.ClosingSink sink = new CliRun.ClosingSink(70_000);
    CliRun r = CliRun.run(in.toString().getBytes(UTF_8), sink, () -> Pipeline.builder().build(),
        "analyze", "--input", "jsonl", "--threads", "2");
    assertEquals(CliSupport.BROKEN_PIPE, r.status);
    assertEquals("", r.err);
    assertTrue(sink.written > 0 && sink.written <= 70_000, "written " + sink.written);
  }

  @Test
  void usageErrorsExitWith2AndOneLine() {
    assertUsage("khabar: --threads must be between 1 and 1024, got 0\n", "analyze", "--threads", "0");
    assertUsage("khabar: --format html writes one page per document: give --output DIR for JSONL input"
        + " or more than one file\n", "analyze", "--format", "html", "--input", "jsonl");
    assertUsage("khabar: --output DIR is for --format html only\n", "analyze", "--output", "x");
    assertUsage("khabar: Invalid value for option '--date': '2017-13-01' is not a valid date (YYYY-MM-DD)\n",
        "analyze", "--date", "2017-13-01");
    assertUsage("khabar: Invalid value for option '--format': expected one of [json, jsonl, conll, html]"
        + " (case-sensitive) but was 'xml'\n", "analyze", "--format", "xml");
    assertUsage("khabar: standard input ('-') can be read only once\n", "analyze", "-", "-");
  }

  private static void assertUsage(String firstLine, String... args) {
    CliRun r = CliRun.run("", args);
    assertEquals(CliSupport.USAGE, r.status);
    assertEquals(firstLine + "Try 'khabar analyze --help' for usage.\n", r.err);
    assertEquals("", r.out);
  }

  @Test
  void modelLoadFailureIsOneLineWithStatus3() {
    CliRun r = CliRun.run(new byte[0], () -> {
      throw new ModelLoadException("org/khabar/models/ner.bin",
          "Model resource org/khabar/models/ner.bin is damaged or not the expected version: expected"
              + " sha256 aa, actual sha256 bb (3 bytes)", null);
    }, "analyze");
    assertEquals(CliSupport.FAILURE, r.status);
    assertEquals("khabar: cannot load model: Model resource org/khabar/models/ner.bin is damaged or not the"
        + " expected version: expected sha256 aa, actual sha256 bb (3 bytes)\n", r.err);
  }

  @Test
  void helpDescribesFormatsAndExitStatus() {
    CliRun r = CliRun.run("", "analyze", "--help");
    assertEquals(0, r.status);
    assertTrue(r.out.contains("conll  one token per line, tab-separated: INDEX TOKEN NORM SEGMENTS NER EVENT START END"),
        r.out);
    assertTrue(r.out.contains("Exit status: 0 all documents analysed; 1 some input was bad"), r.out);
    CliRun root = CliRun.run("", "--help");
    assertEquals(0, root.status);
    assertTrue(root.out.contains("analyze"), root.out);
    CliRun none = CliRun.run("");
    assertEquals(CliSupport.USAGE, none.status);
  }

  @Test
  void htmlPagesGoToOneFilePerDocumentWithUniqueNames() throws IOException {
    Path out = dir.resolve("pages");
    CliRun r = CliRun.run("{\"id\":\"d/1\",\"text\":\"نص\"}\n{\"id\":\"d/1\",\"text\":\"ثان\"}\n{\"id\":\"خبر 3\",\"text\":\"ثالث\"}\n",
        "analyze", "--input", "jsonl", "--format", "html", "--output", out.toString());
    assertEquals(0, r.status, r.err);
    assertEquals("", r.out);
    List<String> names = new ArrayList<>();
    try (var s = Files.list(out)) {
      s.forEach(p -> names.add(p.getFileName().toString()));
    }
    names.sort(null);
    assertEquals(List.of("d_1-2.html", "d_1.html", "خبر_3.html"), names);
    String page = Files.readString(out.resolve("d_1-2.html"));
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">"), page);
    assertTrue(page.contains("<article id=\"text\" class=\"text\">ثان</article>"), page);
  }

  @Test
  void htmlOfOneTextInputGoesToStandardOutput() throws IOException {
    Path p = file("one.txt", "نص");
    CliRun r = CliRun.run("", "analyze", "--format", "html", p.toString());
    assertEquals(0, r.status, r.err);
    assertTrue(r.out.startsWith("<!DOCTYPE html>"), r.out);
    assertTrue(r.out.endsWith("</html>\n"), r.out);
  }

  @Test
  void conllFormatWritesOneTokenPerLineAndBlankLinesBetweenSentences() {
    CliRun r = CliRun.run("نص رقم ١٢. وثان", "analyze", "--format", "conll");
    assertEquals(0, r.status, r.err);
    assertEquals("# doc_id = stdin\n"
        + "# sent_id = stdin-1\n"
        + "# text = نص رقم ١٢.\n"
        + "1\tنص\tنص\tنص/STEM\tO\t_\t0\t2\n"
        + "2\tرقم\tرقم\tرقم/STEM\tO\t_\t3\t6\n"
        + "3\t١٢\t12\t١٢/STEM\tO\t_\t7\t9\n"
        + "4\t.\t.\t./STEM\tO\t_\t9\t10\n"
        + "\n"
        + "# sent_id = stdin-2\n"
        + "# text = وثان\n"
        + "1\tوثان\tوثان\tو/CONJ+ثان/STEM\tO\t_\t11\t15\n"
        + "\n", r.out);
  }

  @Test
  void unpairedSurrogatesFromJsonEscapesAreWrittenLosslesslyOrVisibly() {
    String in = "{\"id\":\"s\",\"text\":\"a\\ud800b \\udc00x \\ud83d\\ude00\"}\n";
    CliRun json = CliRun.run(in, "analyze", "--input", "jsonl", "--include-text");
    assertEquals(0, json.status, json.err);
    assertEquals("{\"id\":\"s\",\"text\":\"a\\uD800b \\uDC00x \\uD83D\\uDE00\",\"sentences\":[{\"start\":0,\"end\":9}],"
        + "\"entities\":[],\"events\":[]}\n", json.out);
    CliRun conll = CliRun.run(in, "analyze", "--input", "jsonl", "--format", "conll");
    assertEquals(0, conll.status, conll.err);
    assertEquals("# doc_id = s\n"
        + "# sent_id = s-1\n"
        + "# text = a\uFFFDb \uFFFDx \uD83D\uDE00\n"
        + "1\ta\ta\ta/STEM\tO\t_\t0\t1\n"
        + "2\t\\uD800\t\\uD800\t\\uD800/STEM\tO\t_\t1\t2\n"
        + "3\tb\tb\tb/STEM\tO\t_\t2\t3\n"
        + "4\t\\uDC00\t\\uDC00\t\\uDC00/STEM\tO\t_\t4\t5\n"
        + "5\tx\tx\tx/STEM\tO\t_\t5\t6\n"
        + "6\t\uD83D\uDE00\t\uD83D\uDE00\t\uD83D\uDE00/STEM\tO\t_\t7\t9\n"
        + "\n", conll.out);
  }

  @Test
  void eventsOfTheMergedEventLayerAreWrittenWithEveryField() {
    String in = "{\"id\":\"e\",\"text\":\"التقى سامح شكري نظيره أيمن الصفدي في عمان يوم الأحد .\",\"date\":\"2017-12-18\"}\n";
    CliRun r = CliRun.run(in, "analyze", "--input", "jsonl");
    assertEquals(0, r.status, r.err);
    assertEquals("{\"id\":\"e\",\"date\":\"2017-12-18\",\"sentences\":[{\"start\":0,\"end\":53}],\"entities\":[],"
        + "\"events\":[{\"cameo\":\"044\",\"plover\":\"CONSULT\",\"trigger\":{\"start\":0,\"end\":5,\"text\":\"التقى\"},"
        + "\"source\":[{\"start\":6,\"end\":15,\"text\":\"سامح شكري\",\"type\":\"PER\",\"country\":\"EGY\",\"sector\":\"GOV\"}],"
        + "\"target\":[{\"start\":22,\"end\":33,\"text\":\"أيمن الصفدي\",\"type\":\"PER\",\"country\":\"JOR\",\"sector\":\"GOV\"}],"
        + "\"location\":{\"start\":37,\"end\":41,\"text\":\"عمان\"},"
        + "\"time\":{\"start\":42,\"end\":51,\"text\":\"يوم الأحد\",\"value\":\"2017-12-17\"},"
        + "\"negated\":false,\"future\":false,\"confidence\":0.85,\"rule\":\"044.iltaqa\"}]}\n", r.out);
    CliRun c = CliRun.run(in, "analyze", "--input", "jsonl", "--format", "conll");
    assertEquals(0, c.status, c.err);
    assertEquals("# doc_id = e\n"
        + "# sent_id = e-1\n"
        + "# text = التقى سامح شكري نظيره أيمن الصفدي في عمان يوم الأحد .\n"
        + "1\tالتقى\tالتقى\tالتقى/STEM\tO\t1:TRIGGER:044\t0\t5\n"
        + "2\tسامح\tسامح\tسامح/STEM\tO\t1:SOURCE\t6\t10\n"
        + "3\tشكري\tشكري\tشكري/STEM\tO\t1:SOURCE\t11\t15\n"
        + "4\tنظيره\tنظيره\tنظير/STEM+ه/PRON\tO\t_\t16\t21\n"
        + "5\tأيمن\tايمن\tأيمن/STEM\tO\t1:TARGET\t22\t26\n"
        + "6\tالصفدي\tالصفدي\tال/ART+صفدي/STEM\tO\t1:TARGET\t27\t33\n"
        + "7\tفي\tفي\tفي/STEM\tO\t_\t34\t36\n"
        + "8\tعمان\tعمان\tعمان/STEM\tO\t1:LOCATION\t37\t41\n"
        + "9\tيوم\tيوم\tيوم/STEM\tO\t1:TIME\t42\t45\n"
        + "10\tالأحد\tالاحد\tالأحد/STEM\tO\t1:TIME\t46\t51\n"
        + "11\t.\t.\t./STEM\tO\t_\t52\t53\n"
        + "\n", c.out);
  }

  @Test
  void htmlOfARealDocumentMarksTheEventAndItsArgumentsWithCameoLabels() {
    CliRun r = CliRun.run("التقى سامح شكري نظيره أيمن الصفدي في عمان يوم الأحد .", "analyze", "--format", "html",
        "--date", "2017-12-18");
    assertEquals(0, r.status, r.err);
    assertTrue(r.out.contains("<article id=\"text\" class=\"text\"><span class=\"trig\" tabindex=\"0\" data-event=\"1\" data-cameo=\"044\">التقى"
        + "<span class=\"pop\" role=\"tooltip\"><b>1. 044</b> اجتماع في مكان ثالث <span class=\"en\">Meet at a &#39;third&#39; location · CONSULT"
        + "</span><br>الفاعل <span class=\"en\">source</span>: سامح شكري <span class=\"en\">(PER EGY GOV)"
        + "</span><br>الطرف الآخر <span class=\"en\">target</span>: أيمن الصفدي <span class=\"en\">(PER JOR GOV)"
        + "</span><br>المكان <span class=\"en\">place</span>: عمان<br>الزمان <span class=\"en\">date</span>: يوم الأحد "
        + "<bdi>(2017-12-17)</bdi><br>منفي: لا · مستقبلي: لا</span></span> <span class=\"arg\" data-args=\"1:source\">سامح شكري"
        + "</span> نظيره <span class=\"arg\" data-args=\"1:target\">أيمن الصفدي</span> في <span class=\"arg\" data-args=\"1:location\">عمان"
        + "</span> <span class=\"arg\" data-args=\"1:time\">يوم الأحد</span> .</article>"), r.out);
    assertTrue(r.out.contains("<tr id=\"ev-1\"><td>1</td><td><bdi>044</bdi></td><td>اجتماع في مكان ثالث<br><span class=\"en\">Meet at a &#39;third&#39; location"
        + "</span></td><td><bdi>CONSULT</bdi></td><td>التقى</td><td>سامح شكري <span class=\"en\">(PER EGY GOV)"
        + "</span></td><td>أيمن الصفدي <span class=\"en\">(PER JOR GOV)</span></td><td>عمان</td><td>يوم الأحد "
        + "<bdi>(2017-12-17)</bdi></td><td>لا</td><td>لا</td><td>0.85</td><td><bdi>044.iltaqa</bdi></td>"
        + "</tr>"), r.out);
  }
}
