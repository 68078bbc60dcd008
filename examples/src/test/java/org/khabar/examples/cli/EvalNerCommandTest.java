package org.khabar.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.internal.ner.FeatureFamily;
import org.khabar.internal.ner.NerCorpus;
import org.khabar.internal.ner.NerLexicon;
import org.khabar.internal.ner.NerTrainer;

class EvalNerCommandTest {
  @TempDir static Path dir;
  static Path model;

  @BeforeAll
  static void train() throws IOException {
    // core's test resource; it may sit inside core's test jar
    Path tiny = dir.resolve("tiny-train.txt");
    try (java.io.InputStream in = EvalNerCommandTest.class.getClassLoader()
        .getResourceAsStream("ner/tiny-train.txt")) {
      Files.copy(java.util.Objects.requireNonNull(in, "ner/tiny-train.txt"), tiny);
    }
    NerTrainer.Config c = NerTrainer.Config.defaults().withFamilies(
        EnumSet.complementOf(EnumSet.of(FeatureFamily.CLUSTER)))
        .withLearner("PERCEPTRON", 30, 0).withThreads(1);
    NerLexicon lex = NerLexicon.of(Map.of("cue.PER", List.of("وزير")));
    model = dir.resolve("tiny.bin");
    Files.write(model, NerTrainer.toBytes(NerTrainer.train(
        List.of(new NerCorpus.Document("tiny", NerCorpus.read(tiny))), c, lex)));
  }

  private static String[] run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int status = KhabarCli.execute(args);
      return new String[] {Integer.toString(status), o.toString(StandardCharsets.UTF_8),
          e.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void scoresAGoldFileWithProcliticsAndEndsWithTheOverallF1() throws IOException {
    Path gold = dir.resolve("gold.txt");
    Files.writeString(gold, "وقال O\nسامح B-PERS\nشكري I-PERS\nإن O\nمصر B-LOC\nتدعم O\nوالأردن B-LOC\n. O\n\n"
        + "دعت O\nالأمم B-ORG\nالمتحدة I-ORG\nإلى O\nوقف O\nالقتال O\nفي O\nالسودان B-LOC\n. O\n",
        StandardCharsets.UTF_8);
    String[] r = run("eval-ner", "--model", model.toString(), gold.toString());
    assertEquals("0", r[0], r[2]);
    assertEquals("processed 17 tokens with 5 phrases; found: 5 phrases; correct: 5.\n"
        + "type     precision  recall     F1   gold  found correct\n"
        + "PER         100.00  100.00 100.00      1      1       1\n"
        + "LOC         100.00  100.00 100.00      3      3       3\n"
        + "ORG         100.00  100.00 100.00      1      1       1\n"
        + "overall     100.00  100.00 100.00      5      5       5\n"
        + "overall F1 = 100.00\n", r[1]);
  }

  @Test
  void badInputGivesAOneLineErrorAndStatusOne() throws IOException {
    Path gold = dir.resolve("bad.txt");
    Files.writeString(gold, "سامح B-DATE\n", StandardCharsets.UTF_8);
    String[] r = run("eval-ner", "--model", model.toString(), gold.toString());
    assertEquals("1", r[0]);
    assertEquals("khabar eval-ner: " + gold + ":1: unknown NER tag 'B-DATE'\n", r[2]);
    r = run("eval-ner", "--model", model.toString(), dir.resolve("missing.txt").toString());
    assertEquals("1", r[0]);
    assertEquals("khabar eval-ner: no such file: " + dir.resolve("missing.txt") + "\n", r[2]);
    r = run("eval-ner", "--model", dir.resolve("nomodel.bin").toString(), gold.toString());
    assertEquals("1", r[0]);
    assertTrue(r[2].startsWith("khabar eval-ner: "), r[2]);
  }
}
