package org.khabar.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.Event;
import org.khabar.Pipeline;
import org.khabar.TestDocuments;
import org.khabar.TriggerLexicon;

/**
 * Runs every example: on a pipeline with a tiny NER model trained in the test (exact, model-independent
 * expectations), and the entities example once more on the shipped model.
 */
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
  void entitiesExampleWithTheShippedModelOnTheSample() throws Exception {
    Path sample = Paths.get("data", "sample.txt");
    String out = capture(o -> EntitiesExample.print(
        org.khabar.models.BundledModels.standardPipeline(), sample, o));
    assertEquals("PER\t27\t36\tسامح شكري\t0.85\n"
        + "PER\t51\t62\tأيمن الصفدي\t0.87\n"
        + "LOC\t66\t71\tعمّان\t0.87\n"
        + "LOC\t110\t113\tغزة\t0.82\n", out);
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
    String out = capture(o -> DyadsCsvExample.write(TinyNer.pipeline(), archive, o));
    assertEquals(DyadsCsvExample.HEADER + "\n"
        + "2017-12-18,EGY,JOR,044,CONSULT,a,سامح شكري,أيمن الصفدي,التقى\n", out);
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

  @Test
  void customTriggerExampleFindsTheEventOnlyWithTheRule() throws Exception {
    String out = capture(o -> CustomTriggerExample.run(() -> Pipeline.builder().nerModel(TinyNer.model()),
        CustomTriggerExample.SENTENCE, o));
    assertEquals("# standard: 0 event(s)\n"
        + "# standard+custom: 1 event(s)\n"
        + "051\tSUPPORT\t0\t5\tامتدح\tسامح شكري@27-36\tأيمن الصفدي@51-62\t051.imtadaha\n", out);
    String s = CustomTriggerExample.SENTENCE;
    assertEquals("امتدح", s.substring(0, 5));
    assertEquals("سامح شكري", s.substring(27, 36));
    assertEquals("أيمن الصفدي", s.substring(51, 62));
  }

  @Test
  void customRuleIsAddedAfterTheStandardRules() throws Exception {
    TriggerLexicon lex = CustomTriggerExample.lexicon();
    assertEquals("standard+custom", lex.name());
    assertEquals(TriggerLexicon.standard().size() + 1, lex.size());
    assertEquals("051.imtadaha", lex.ruleIds().get(lex.size() - 1));
    assertFalse(TriggerLexicon.standard().ruleIds().contains("051.imtadaha"));
  }

  @Test
  void customRuleMatchesOtherFormsOfTheVerb() throws Exception {
    String t = "وستمتدح الحكومة الأردنية سامح شكري .";
    Pipeline p = Pipeline.builder().nerModel(TinyNer.model())
        .triggerLexicon(CustomTriggerExample.lexicon()).build();
    List<Event> events = p.process(t).events();
    assertEquals(1, events.size(), events.toString());
    Event e = events.get(0);
    assertEquals("051", e.cameo());
    assertEquals("051.imtadaha", e.ruleId());
    // the trigger starts after the conjunction و (a clitic of the word, not part of the event)
    assertEquals("ستمتدح", e.trigger().text());
    assertEquals(1, e.trigger().start());
    assertEquals(7, e.trigger().end());
    assertEquals("الحكومة الأردنية", e.source().get(0).text());
    assertEquals("سامح شكري", e.target().get(0).text());
    assertEquals(true, e.future());
  }

  @Test
  void malformedCustomRuleFailsWithTheLineNumber() {
    IllegalArgumentException verb = assertThrows(IllegalArgumentException.class,
        () -> CustomTriggerExample.lexicon("# my rules\n\n051.imtadaha\t051\tdir:obj\tV:امتدح\n"));
    assertEquals("trigger lexicon 'custom' line 3: verb 'V:امتدح' needs its perfect and imperfect:"
        + " V:التقى/يلتقي", verb.getMessage());
    IllegalArgumentException code = assertThrows(IllegalArgumentException.class,
        () -> CustomTriggerExample.lexicon("051.imtadaha\t051\tdir:obj\tV:امتدح/يمتدح\nx.y\t999\tstmt\tV:قال/يقول\n"));
    assertEquals("trigger lexicon 'custom' line 2: CAMEO code '999' is not a known code", code.getMessage());
    IllegalArgumentException cols = assertThrows(IllegalArgumentException.class,
        () -> CustomTriggerExample.lexicon("051.imtadaha 051 dir:obj V:امتدح/يمتدح\n"));
    assertTrue(cols.getMessage().startsWith("trigger lexicon 'custom' line 1: expected 4 or 5 tab-separated columns"),
        cols.getMessage());
  }
}
