package org.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public lexicon handle and the builder settings that extend or replace the standard rules. */
class TriggerLexiconTest {
  private static final String TEXT = "بايع الوفد الرئيس. والتقى الوزير نظيره.";

  private static TriggerLexicon mine() throws IOException {
    return TriggerLexicon.parse(new StringReader("051.bayaa\t051\tdir:obj\tV:بايع/يبايع\n"), "mine");
  }

  @Test
  void standardIsLoadedOnce() {
    TriggerLexicon s = TriggerLexicon.standard();
    assertTrue(s.size() > 200);
    assertEquals("standard", s.name());
    assertTrue(s.ruleIds().contains("044.iltaqa"));
    assertTrue(s == TriggerLexicon.standard());
  }

  @Test
  void defaultPipelineUsesTheStandardLexicon() {
    Pipeline p = Pipeline.builder().build();
    assertEquals("standard", p.triggerLexiconName());
    List<Event> ev = p.process(TEXT).events();
    assertEquals(1, ev.size());
    assertEquals("044.iltaqa", ev.get(0).ruleId());
  }

  @Test
  void extendTheStandardLexicon() throws IOException {
    Pipeline p = Pipeline.builder().triggerLexicon(TriggerLexicon.standard().with(mine())).build();
    assertEquals("standard+mine", p.triggerLexiconName());
    List<Event> ev = p.process(TEXT).events();
    assertEquals(2, ev.size());
    Event e = ev.get(0);
    assertEquals("051", e.cameo());
    assertEquals("051.bayaa", e.ruleId());
    assertEquals(new Span(0, 4, "بايع"), e.trigger());
    assertEquals("الوفد", e.source().get(0).text());
    assertEquals(5, e.source().get(0).start());
    assertEquals("الرئيس", e.target().get(0).text());
    assertEquals(List.of("SUPPORT"), e.plover().stream().toList());
  }

  @Test
  void replaceTheStandardLexicon() throws IOException {
    Pipeline p = Pipeline.builder().triggerLexicon(mine()).build();
    List<Event> ev = p.process(TEXT).events();
    assertEquals(1, ev.size());
    assertEquals("051.bayaa", ev.get(0).ruleId());
  }

  @Test
  void aRuleWithTheSameIdReplacesTheStandardOne() throws IOException {
    TriggerLexicon override = TriggerLexicon.parse(
        new StringReader("044.iltaqa\t040\tjoint:obj\tV:التقى/يلتقي\n"), "fix");
    TriggerLexicon l = TriggerLexicon.standard().with(override);
    assertEquals(TriggerLexicon.standard().size(), l.size());
    Event e = Pipeline.builder().triggerLexicon(l).build().process("التقى الوزير نظيره.").events().get(0);
    assertEquals("040", e.cameo());
  }

  @Test
  void emptyLexiconTurnsTheStageOff() {
    Pipeline p = Pipeline.builder().triggerLexicon(TriggerLexicon.empty()).build();
    assertEquals(List.of(), p.process(TEXT).events());
    assertEquals("empty", p.triggerLexiconName());
  }

  @Test
  void lexiconMaySetOnlyOnce() {
    Pipeline.Builder b = Pipeline.builder().triggerLexicon(TriggerLexicon.empty());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> b.triggerLexicon(TriggerLexicon.standard()));
    assertEquals("trigger lexicon was already set to empty", e.getMessage());
    assertThrows(NullPointerException.class, () -> Pipeline.builder().triggerLexicon(null));
  }

  @Test
  void aBadLineIsReportedWithItsNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TriggerLexicon.parse(new StringReader("# rules\nok\t010\tstmt\tV:قال/يقول\nbad\t010\tstmt\tX:قال\n"), "user"));
    assertEquals("trigger lexicon 'user' line 3: unknown element kind 'X' in 'X:قال' (use V, N, A or W)",
        e.getMessage());
  }

  @Test
  void cameoLabelsAndPlover() {
    assertEquals("Meet at a 'third' location", Cameo.labelEn("044"));
    assertEquals("اجتماع في مكان ثالث", Cameo.labelAr("044"));
    assertEquals(java.util.Optional.of("CONSULT"), Cameo.plover("044"));
    assertEquals(java.util.Optional.empty(), Cameo.plover("010"));
    assertEquals(java.util.Optional.of("REQUEST"), Cameo.plover("020"));
    assertEquals(java.util.Optional.of("REQUEST"), Cameo.plover("0253"));
    assertEquals(java.util.Optional.of("SANCTION"), Cameo.plover("163"));
    assertEquals(java.util.Optional.of("RETREAT"), Cameo.plover("0841"));
    assertEquals(java.util.Optional.of("COERCE"), Cameo.plover("191"));
    assertTrue(Cameo.isKnown("0871"));
    assertTrue(!Cameo.isKnown("999"));
    assertTrue(Cameo.codes().size() > 170);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cameo.labelEn("999"));
    assertEquals("unknown CAMEO code '999'", e.getMessage());
  }
}
