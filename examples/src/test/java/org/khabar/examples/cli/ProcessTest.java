package org.khabar.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a real process: a closed pipe ({@code | head}) and the real file descriptors. */
class ProcessTest {
  @TempDir Path dir;

  private static List<String> run(String script, Path dir) throws IOException, InterruptedException {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs /bin/bash");
    ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c", script)
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile());
    pb.environment().put("CP", System.getProperty("java.class.path"));
    pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Process p = pb.start();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the command finished");
    List<String> res = new ArrayList<>();
    res.add(Files.readString(dir.resolve("out.txt"), UTF_8));
    StringBuilder err = new StringBuilder();
    for (String line : Files.readAllLines(dir.resolve("err.txt"), UTF_8)) {
      if (!line.startsWith("khabar: warning: this build ships no NER model")) {
        err.append(line).append('\n');
      }
    }
    res.add(err.toString());
    return res;
  }

  @Test
  void closedPipeEndsQuietlyWithStatus141() throws IOException, InterruptedException {
    Path in = dir.resolve("in.jsonl");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      b.append("{\"id\":\"").append(i).append("\",\"text\":\"التقى الوزير نظيره في عمان رقم ").append(i).append("\"}\n");
    }
    Files.writeString(in, b);
    List<String> r = run("\"$JAVA\" -Xmx256m -cp \"$CP\" org.khabar.examples.cli.KhabarCli analyze --input jsonl "
        + in + " | head -n 2; echo \"status ${PIPESTATUS[0]}\"", dir);
    String[] out = r.get(0).split("\n");
    assertEquals(3, out.length, r.get(0));
    assertTrue(out[0].startsWith("{\"id\":\"0\",\"sentences\":[{\"start\":0,\"end\":"), out[0]);
    assertTrue(out[1].startsWith("{\"id\":\"1\","), out[1]);
    assertEquals("status 141", out[2]);
    assertEquals("", r.get(1), "nothing on standard error");
  }

  @Test
  void errorsAndStatusFromTheRealProcess() throws IOException, InterruptedException {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "نص");
    List<String> r = run("\"$JAVA\" -cp \"$CP\" org.khabar.examples.cli.KhabarCli analyze --format jsonl "
        + dir.resolve("missing.txt") + " " + good + "; echo \"status $?\"", dir);
    assertEquals("{\"id\":\"" + good + "\",\"sentences\":[{\"start\":0,\"end\":2}],\"entities\":[],\"events\":[]}\n"
        + "status 1\n", r.get(0));
    assertEquals("khabar: " + dir.resolve("missing.txt") + ": no such file\n", r.get(1));
  }

  @Test
  void textAndJsonlFromAPipeOnStandardInput() throws IOException, InterruptedException {
    // Java 17's FileInputStream.readNBytes fails with "Illegal seek" on a pipe: the reader must not use it
    List<String> r = run("printf 'نص\\r\\nثان' | \"$JAVA\" -cp \"$CP\" org.khabar.examples.cli.KhabarCli analyze"
        + " --format jsonl; echo \"status ${PIPESTATUS[1]}\";"
        + " printf 'ab\\xe2\\x82c' | \"$JAVA\" -cp \"$CP\" org.khabar.examples.cli.KhabarCli analyze;"
        + " echo \"status ${PIPESTATUS[1]}\";"
        + " printf '{\"id\":\"a\",\"text\":\"نص\"}\\n\\n' | \"$JAVA\" -cp \"$CP\" org.khabar.examples.cli.KhabarCli"
        + " analyze --input jsonl; echo \"status ${PIPESTATUS[1]}\"", dir);
    assertEquals("{\"id\":\"stdin\",\"sentences\":[{\"start\":0,\"end\":2},{\"start\":4,\"end\":7}],"
        + "\"entities\":[],\"events\":[]}\n"
        + "status 0\n"
        + "status 1\n"
        + "{\"id\":\"a\",\"sentences\":[{\"start\":0,\"end\":2}],\"entities\":[],\"events\":[]}\n"
        + "status 1\n", r.get(0));
    assertEquals("khabar: <stdin>: invalid UTF-8 at byte 2 (0xE2 0x82)\n"
        + "khabar: <stdin>:2: empty line (no document)\n", r.get(1));
  }

  @Test
  void aHeapTooSmallForTheModelsIsOneLineAndStatus3() throws IOException, InterruptedException {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "التقى الوزير نظيره في عمان.");
    List<String> r = run("\"$JAVA\" -Xmx24m -cp \"$CP\" org.khabar.examples.cli.KhabarCli analyze " + good
        + "; echo \"status $?\"", dir);
    assertEquals("status 3\n", r.get(0));
    assertEquals("khabar: out of memory: the Java heap is too small for the models and the documents in"
        + " flight (give the JVM more, e.g. KHABAR_JAVA_OPTS=-Xmx1g ./khabar ...)\n", r.get(1));
  }
}
