package org.khabar.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.Document;
import org.khabar.Entity;
import org.khabar.Event;
import org.khabar.Pipeline;

/**
 * The standard pipeline (shipped NER model, standard trigger lexicon) on sentences that once broke it.
 */
class StandardPipelineTest {
  private static final Pipeline PIPELINE = BundledModels.standardPipeline();

  /**
   * A gazetteer name (عبد الملك الحوثي) whose first token no entity covers, overlapping an NER person
   * name that starts later: the event layer read the entity of that first token (none, -1) as an
   * index. Found by the scale run on SaudiNewsNet; the sentence is composed for the test.
   */
  @Test
  void gazetteerNameStartingBeforeAnNerNameDoesNotBreakTheEventLayer() {
    String text = "رفضوا مطلب الحوثي لسببين صدوره من المخلوع على عبدالله صالح لعبد الملك الحوثي.";
    Document doc = PIPELINE.process(text);
    List<String> entities = doc.entities().stream()
        .map((Entity e) -> e.type() + " " + e.start() + "-" + e.end() + " " + e.text())
        .toList();
    assertEquals(List.of("PER 11-17 الحوثي", "PER 46-76 عبدالله صالح لعبد الملك الحوثي"), entities);
    assertEquals(1, doc.events().size());
    Event ev = doc.events().get(0);
    assertEquals("120 0-5 رفضوا", ev.cameo() + " " + ev.trigger().start() + "-" + ev.trigger().end()
        + " " + ev.trigger().text());
    assertEquals(List.of(), ev.source());
    assertEquals(1, ev.target().size());
    assertEquals("11-17 الحوثي YEM REB", ev.target().get(0).start() + "-" + ev.target().get(0).end() + " "
        + ev.target().get(0).text() + " " + ev.target().get(0).country().orElseThrow() + " "
        + ev.target().get(0).sector().orElseThrow());
    assertEquals("120.rafada", ev.ruleId());
  }
}
