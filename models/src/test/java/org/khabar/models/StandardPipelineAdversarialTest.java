package org.khabar.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.testing.AdversarialInputTest;
import org.khabar.Document;
import org.khabar.Entity;
import org.khabar.EntityType;
import org.khabar.Pipeline;

/**
 * Every adversarial input of {@link AdversarialInputTest} (10 MB lines, a million harakat, every
 * code point, unpaired surrogates, control characters, bidi marks, mixed scripts, 500-digit numbers,
 * seeded random documents), run through the standard pipeline: the shipped NER model and the event
 * layer see them too. Plus a run-on line of words, which the NER decodes in pieces.
 */
class StandardPipelineAdversarialTest extends AdversarialInputTest {
  private static final Pipeline STANDARD = BundledModels.standardPipeline();

  @Override
  protected Pipeline pipeline() {
    return STANDARD;
  }

  @Test
  void aRunOnLineOfWordsIsOneSentenceDecodedInPiecesWithEveryNameFound() {
    String unit = "واستقبل وزير الخارجية المصري سامح شكري في القاهرة نظيره الأردني أيمن الصفدي ";
    int reps = 1500;
    String text = unit.repeat(reps);
    Document d = checkValid(text, STANDARD.process(text));
    assertEquals(1, d.sentences().size());
    assertEquals(12 * reps, d.tokens().size());
    List<String> persons = new ArrayList<>();
    for (Entity e : d.entities()) {
      if (e.type() == EntityType.PER) {
        persons.add(e.start() % unit.length() + " " + e.text());
      }
    }
    List<String> expected = new ArrayList<>();
    for (int r = 0; r < reps; r++) {
      expected.add(unit.indexOf("سامح") + " سامح شكري");
      expected.add(unit.indexOf("أيمن") + " أيمن الصفدي");
    }
    assertEquals(expected, persons);
    assertTrue(d.events().size() >= reps, "events: " + d.events().size());
  }
}
