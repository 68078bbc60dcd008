package org.khabar.examples.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.Pipeline;
import org.khabar.testing.SharedData;

/** The metric definitions of eval-events on small gold files, and the acceptance figures on the dev set. */
class EventEvaluatorTest {
  private static final Pipeline PIPELINE = Pipeline.builder().build();

  private static String report(EventEvaluator ev) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    ev.printReport(new PrintStream(b, true, StandardCharsets.UTF_8));
    return b.toString(StandardCharsets.UTF_8);
  }

  private static EventEvaluator run(Path dir, String... lines) throws IOException {
    Path f = dir.resolve("gold.jsonl");
    Files.write(f, List.of(lines), StandardCharsets.UTF_8);
    EventEvaluator ev = new EventEvaluator(PIPELINE);
    ev.evaluate(f);
    return ev;
  }

  // "التقى الوزير نظيره." gives 044 التقى [0,5) S=الوزير [6,12) T=نظيره [13,18)
  private static final String TEXT = "التقى الوزير نظيره.";

  @Test
  void perfectMatch(@TempDir Path dir) throws IOException {
    EventEvaluator ev = run(dir, "{\"id\": \"a\", \"text\": \"" + TEXT + "\", \"events\": [{\"cameo\": \"044\","
        + " \"trigger\": {\"start\": 0, \"end\": 5, \"text\": \"التقى\"}, \"source\": [{\"start\": 6, \"end\": 12,"
        + " \"text\": \"الوزير\"}], \"target\": [{\"start\": 13, \"end\": 18, \"text\": \"نظيره\"}],"
        + " \"location\": null, \"time\": null, \"negated\": false, \"future\": false}]}");
    assertEquals(1.0, ev.eventF1());
    assertEquals(1.0, ev.actorF1());
    String r = report(ev);
    assertTrue(r.endsWith("event F1 = 100.00\n"), r);
  }

  @Test
  void sameRootOverlappingTriggerMatchesAndJointPartiesAreOneSet(@TempDir Path dir) throws IOException {
    // gold says 040 on a trigger overlapping ours, with the parties swapped between source and target:
    // the root (04) and the overlap make a match; joint parties compare as one set
    EventEvaluator ev = run(dir, "{\"id\": \"a\", \"text\": \"" + TEXT + "\", \"events\": [{\"cameo\": \"040\","
        + " \"trigger\": {\"start\": 2, \"end\": 5, \"text\": \"قى\"}, \"source\": [{\"start\": 13, \"end\": 18,"
        + " \"text\": \"نظيره\"}, {\"start\": 6, \"end\": 10, \"text\": \"الوز\"}], \"target\": [],"
        + " \"location\": null, \"time\": null, \"negated\": false, \"future\": false}]}");
    assertEquals(1.0, ev.eventF1());
    assertEquals(1.0, ev.actorF1());
    assertTrue(report(ev).contains("exact CAMEO code (of matched) = 0.00"));
  }

  @Test
  void otherRootIsNoMatch(@TempDir Path dir) throws IOException {
    EventEvaluator ev = run(dir, "{\"id\": \"a\", \"text\": \"" + TEXT + "\", \"events\": [{\"cameo\": \"051\","
        + " \"trigger\": {\"start\": 0, \"end\": 5, \"text\": \"التقى\"}, \"source\": [], \"target\": [],"
        + " \"location\": null, \"time\": null, \"negated\": false, \"future\": false}]}");
    assertEquals(0.0, ev.eventF1());
    assertTrue(report(ev).contains("gold events: 1, predicted events: 1, matched: 0"));
  }

  @Test
  void directedRolesAreComparedRoleByRole(@TempDir Path dir) throws IOException {
    // "دعا الوزير الأطراف إلى الحوار." gives 026 دعا S=الوزير T=الأطراف; gold swaps them
    String text = "دعا الوزير الأطراف إلى الحوار.";
    EventEvaluator ev = run(dir, "{\"id\": \"a\", \"text\": \"" + text + "\", \"events\": [{\"cameo\": \"020\","
        + " \"trigger\": {\"start\": 0, \"end\": 3, \"text\": \"دعا\"}, \"source\": [{\"start\": 11, \"end\": 18,"
        + " \"text\": \"الأطراف\"}], \"target\": [{\"start\": 4, \"end\": 10, \"text\": \"الوزير\"}],"
        + " \"location\": null, \"time\": null, \"negated\": true, \"future\": false}]}");
    assertEquals(1.0, ev.eventF1());
    assertEquals(0.0, ev.actorF1());
    assertTrue(report(ev).contains("negated accuracy = 0.00"));
  }

  @Test
  void badLineNamesTheLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.jsonl");
    Files.write(f, List.of("{\"id\": \"a\", \"events\": []}"), StandardCharsets.UTF_8);
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> new EventEvaluator(PIPELINE).evaluate(f));
    assertEquals(f + " line 1: document has no text", e.getMessage());
  }

  @Test
  void devSetAcceptance() throws IOException {
    Path dev = SharedData.require("data/events-dev/dev.jsonl");
    EventEvaluator ev = new EventEvaluator(PIPELINE);
    ev.evaluate(dev);
    System.out.print(report(ev));
    assertTrue(ev.eventF1() >= 0.85, "event F1 " + ev.eventF1());
    assertTrue(ev.actorF1() >= 0.70, "actor F1 " + ev.actorF1());
  }

  @Test
  void gsrAssaultCheckCountsEverySentence() throws IOException {
    Path csv = SharedData.require("data/events/arabic-event-gsr/assault_gsr.csv");
    GsrAssaultCheck c = new GsrAssaultCheck();
    c.run(PIPELINE, csv);
    c.print(System.out);
    int[] k = c.counts();
    assertEquals(3224, c.rows());
    assertEquals(c.rows(), k[0] + k[1] + k[2] + k[3] + k[4]);
    assertEquals(335, k[0] + k[2]);
  }

  @Test
  void csvQuotes() {
    assertEquals(List.of("1", "a,b", "say \"x\"", ""), GsrAssaultCheck.parseCsvLine("1,\"a,b\",\"say \"\"x\"\"\","));
  }
}
