package org.khabar.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.Entity;
import org.khabar.EntityType;
import org.khabar.internal.Analysis;
import org.khabar.internal.gazetteer.GazetteerMatches;

class GazetteerBackfillTest {

  private static List<String> entities(Analysis a) {
    List<String> out = new ArrayList<>();
    for (Entity e : a.entities) {
      out.add(e.type() + " " + e.start() + " " + e.end() + " " + e.text() + " " + e.confidence());
      assertEquals(a.text.substring(e.start(), e.end()), e.text());
    }
    return out;
  }

  @Test
  void missedOrganizationsAreAddedWithoutTheirProcliticsInTextOrder() {
    // و+ل+صندوق: the conjunction and the preposition stay outside the entity
    Analysis a = Segmented.analysis(
        "دعا و+ل+صندوق ال+نقد ال+دولي إلى دعم مصر و+ال+أمم ال+متحدة و+حركة ال+جهاد ال+إسلامي");
    // the name finder found the United Nations only
    int un = a.text.indexOf("الأمم");
    a.entities.add(new Entity(un, un + 13, EntityType.ORG, "الأمم المتحدة", 0.8));
    GazetteerBackfill.apply(a, new GazetteerMatches());
    assertEquals(List.of(
        "ORG 6 24 صندوق النقد الدولي 0.5",
        "ORG 38 51 الأمم المتحدة 0.8",
        "ORG 53 73 حركة الجهاد الإسلامي 0.5"), entities(a));
  }

  @Test
  void placesPersonsAmbiguousNamesAndInstitutionsWithANationalityAreNotAdded() {
    Analysis a = Segmented.analysis("قال سامح شكري في القاهرة إن ال+جمعية ال+عامة و+ال+حشد و+ال+حكومة ال+عراقية تدعم مصر");
    GazetteerBackfill.apply(a, new GazetteerMatches());
    assertEquals(List.of(), entities(a));
  }

  @Test
  void anOrganizationTouchingAnEntityIsLeftToTheNameFinder() {
    Analysis a = Segmented.analysis("رئيس صندوق ال+نقد ال+دولي");
    // the name finder tagged a longer (or different) span that overlaps the gazetteer's
    a.entities.add(new Entity(0, 10, EntityType.ORG, "رئيس صندوق", 0.7));
    GazetteerBackfill.apply(a, new GazetteerMatches());
    assertEquals(List.of("ORG 0 10 رئيس صندوق 0.7"), entities(a));
  }
}
