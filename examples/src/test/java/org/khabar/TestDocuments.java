package org.khabar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Test fixture: documents with entities and events, built in the API package because
 * {@link Document}'s constructor is package-private. Tokens and sentences come from a real pipeline
 * without models; entities and events are given by the test, so the writers of the command line can be
 * checked on every field before the NER model and the event stage produce them.
 */
public final class TestDocuments {
  private TestDocuments() {}

  /** The text of {@code examples/data/sample.txt} without its final newline. */
  public static final String SAMPLE =
      "التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمّان يوم الأحد، وبحث معه تطورات الأوضاع في غزة.";

  /**
   * Returns a document with the given entities and events over a pipeline's tokens and sentences.
   *
   * @param text the text
   * @param date the document date or null
   * @param entities the entities
   * @param events the events
   * @return the document
   */
  public static Document of(String text, LocalDate date, List<Entity> entities, List<Event> events) {
    Document d = Pipeline.builder().build().process(text, date);
    return new Document(text, date, d.sentences(), d.tokens(), entities, events);
  }

  /**
   * Returns the sample sentence with four entities and two events (044 with every argument, 040
   * without place and time), as the NER model and event stage are expected to find them.
   *
   * @return the document, dated 2017-12-18
   */
  public static Document sample() {
    String t = SAMPLE;
    Actor shoukry = new Actor(27, 36, t.substring(27, 36), Optional.of(EntityType.PER),
        Optional.of("EGY"), Optional.of("GOV"));
    Actor safadi = new Actor(51, 62, t.substring(51, 62), Optional.of(EntityType.PER),
        Optional.of("JOR"), Optional.of("GOV"));
    List<Entity> entities = List.of(
        new Entity(27, 36, EntityType.PER, t.substring(27, 36), 0.934),
        new Entity(51, 62, EntityType.PER, t.substring(51, 62), 0.9),
        new Entity(66, 71, EntityType.LOC, t.substring(66, 71), 0.876),
        new Entity(110, 113, EntityType.LOC, t.substring(110, 113), 0.95));
    List<Event> events = List.of(
        new Event("044", Optional.of("CONSULT"), new Span(0, 5, t.substring(0, 5)),
            List.of(shoukry), List.of(safadi), Optional.of(new Span(66, 71, t.substring(66, 71))),
            Optional.of(new TimeExpression(72, 81, t.substring(72, 81), Optional.of("2017-12-17"))),
            false, false, 0.81, "meet.iltaqa"),
        new Event("040", Optional.of("CONSULT"), new Span(84, 87, t.substring(84, 87)),
            List.of(shoukry), List.of(safadi), Optional.empty(), Optional.empty(), false, true,
            0.7, "consult.bahatha"));
    return of(t, LocalDate.of(2017, 12, 18), entities, events);
  }
}
