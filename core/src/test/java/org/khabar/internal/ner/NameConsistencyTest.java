package org.khabar.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.Entity;
import org.khabar.EntityType;
import org.khabar.internal.Analysis;

class NameConsistencyTest {
  private static void tag(Analysis a, List<int[]> tokens, int first, int end, EntityType type) {
    int s = NerEngine.stemStart(a, first);
    int e = a.tokEnd[end - 1];
    a.entities.add(new Entity(s, e, type, a.text.substring(s, e), 0.8));
    tokens.add(new int[] {first, end});
  }

  private static List<String> entities(Analysis a) {
    List<String> out = new ArrayList<>();
    for (Entity e : a.entities) {
      out.add(e.type() + " " + e.start() + " " + e.end() + " " + e.text());
    }
    return out;
  }

  @Test
  void recurrencesOfANameAndTheLastWordOfAPersonAreTagged() {
    Analysis a = Segmented.analysis("قال دونالد رامسفيلد إن البنتاغون يدعم و+ال+بنتاغون ثم أكد و+رامسفيلد ذلك");
    List<int[]> tokens = new ArrayList<>();
    tag(a, tokens, 1, 3, EntityType.PER);
    tag(a, tokens, 4, 5, EntityType.ORG);
    NameConsistency.apply(a, tokens);
    assertEquals(List.of("PER 4 19 دونالد رامسفيلد", "ORG 23 32 البنتاغون", "ORG 39 48 البنتاغون",
        "PER 57 65 رامسفيلد"), entities(a));
    assertEquals(0.72, a.entities.get(3).confidence(), 1e-9);
  }

  @Test
  void aWordTaggedOnceButUntaggedManyTimesIsNotPropagated() {
    Analysis a = Segmented.analysis("صلاح الدين و الدين و الدين و الدين و الدين");
    List<int[]> tokens = new ArrayList<>();
    tag(a, tokens, 1, 2, EntityType.PER);
    NameConsistency.apply(a, tokens);
    assertEquals(List.of("PER 5 10 الدين"), entities(a));
  }

  @Test
  void shortOneWordNamesAreNotPropagated() {
    Analysis a = Segmented.analysis("زار علي مصر ثم علي");
    List<int[]> tokens = new ArrayList<>();
    tag(a, tokens, 1, 2, EntityType.PER);
    NameConsistency.apply(a, tokens);
    assertEquals(List.of("PER 4 7 علي"), entities(a));
  }
}
