package org.khabar.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.khabar.Entity;
import org.khabar.EntityType;
import org.khabar.TriggerLexicon;
import org.khabar.internal.Analysis;
import org.khabar.internal.segment.CliticSegmenter;
import org.khabar.internal.tokenize.ArabicTokenizer;
import org.khabar.internal.tokenize.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * Actors and locations when the NER stage has found entities: a person named in a phrase is the
 * actor (titles left out), adjacent entities are separate actors, and the location is a place entity
 * introduced by في or an attached ب in the event's clause.
 */
class EntityActorTest {
  private static final EventStage STAGE = EventStage.compile(standardRules());

  private static List<LexiconEntry> standardRules() {
    try (var in = LexiconParser.class.getResourceAsStream("triggers.tsv");
        var r = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
      return LexiconParser.parse(r, "standard");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Runs the stages before NER, adds the given entities as NER would, then the event stage. */
  private static List<String> events(String text, Object... entities) {
    Analysis a = new Analysis();
    a.reset(text, null);
    new ArabicTokenizer().tokenize(a);
    new SentenceSplitter().split(a);
    new CliticSegmenter().segment(a);
    for (int i = 0; i < entities.length; i += 2) {
      String name = (String) entities[i];
      EntityType type = (EntityType) entities[i + 1];
      int start = text.indexOf(name);
      a.entities.add(new Entity(start, start + name.length(), type, name, 0.9));
    }
    EventStage.Scratch s = STAGE.newScratch();
    STAGE.extract(a, s);
    return EventTesting.describe(a.text, a.events);
  }

  @Test
  void personIsTheActorNotTheTitle() {
    String t = "التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمان.";
    assertEquals(List.of(
        "044 التقى@0-5 S=[سامح شكري@27-36] T=[أيمن الصفدي@51-62] L=عمان@66-70 044.iltaqa"),
        events(t, "سامح شكري", EntityType.PER, "أيمن الصفدي", EntityType.PER, "عمان", EntityType.LOC));
  }

  @Test
  void adjacentEntitiesAreTwoActors() {
    String t = "وحث ماكرون ميقاتي على الإسراع في تنفيذ الإصلاحات.";
    assertEquals(List.of("020 حث@1-3 S=[ماكرون@4-10] T=[ميقاتي@11-17] 020.hatha"),
        events(t, "ماكرون", EntityType.PER, "ميقاتي", EntityType.PER));
  }

  @Test
  void locationIsAPlaceAfterFi() {
    String t = "عقدت الحكومة والمعارضة جولة جديدة من المحادثات في جنيف.";
    assertEquals(List.of(
        "046 المحادثات@37-46 S=[الحكومة@5-12, المعارضة@14-22] T=[] L=جنيف@50-54 046.aqada-jawla"),
        events(t, "جنيف", EntityType.LOC));
  }

  @Test
  void locationWithAttachedBa() {
    String t = "التقى الرئيس بالقاهرة وفدا من الكونغرس.";
    assertEquals(List.of("044 التقى@0-5 S=[الرئيس@6-12] T=[الكونغرس@30-38] L=القاهرة@14-21 044.iltaqa"),
        events(t, "القاهرة", EntityType.LOC));
  }

  @Test
  void organizationWithCliticIsATarget() {
    String t = "رحب الوزير بالأمم المتحدة.";
    assertEquals(List.of("051 رحب@0-3 S=[الوزير@4-10] T=[الأمم المتحدة@12-25] 051.rahhaba"),
        events(t, "الأمم المتحدة", EntityType.ORG));
  }

  @Test
  void aKnownFullNameWinsOverNerPiecesInsideIt() {
    String t = "التقى أردوغان محمد شياع السوداني في أنقرة.";
    assertEquals(List.of("044 التقى@0-5 S=[أردوغان@6-13] T=[محمد شياع السوداني@14-32] L=أنقرة@36-41 044.iltaqa"),
        events(t, "أردوغان", EntityType.PER, "محمد شياع", EntityType.PER, "السوداني", EntityType.LOC,
            "أنقرة", EntityType.LOC));
  }

  @Test
  void anNerNameOverTwoKnownPersonsIsSplit() {
    String t = "وحث ماكرون ميقاتي على الإسراع في تنفيذ الإصلاحات.";
    assertEquals(List.of("020 حث@1-3 S=[ماكرون@4-10] T=[ميقاتي@11-17] 020.hatha"),
        events(t, "ماكرون ميقاتي", EntityType.PER));
  }
}
