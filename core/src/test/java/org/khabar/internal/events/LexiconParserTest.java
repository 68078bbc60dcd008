package org.khabar.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexicon format: what parses, and errors that name the lexicon and the line. */
class LexiconParserTest {

  private static List<LexiconEntry> parse(String text) throws IOException {
    return LexiconParser.parse(new StringReader(text), "test");
  }

  private static String error(String text) {
    return assertThrows(IllegalArgumentException.class, () -> parse(text)).getMessage();
  }

  @Test
  void parsesAllColumnsCommentsAndBlankLines() throws IOException {
    List<LexiconEntry> l = parse("# comment\n\n044.meet\t044\tjoint:obj,مع\tV:التقى/يلتقي   # trailing\n"
        + "041.call\t041\tjoint:ب\tV:أجرى/يجري ...8 [N:اتصال A:هاتفي]\tterms,official\n");
    assertEquals(2, l.size());
    LexiconEntry meet = l.get(0);
    assertEquals("044.meet", meet.ruleId());
    assertEquals("044", meet.cameo());
    assertEquals(3, meet.line());
    assertEquals(List.of("obj", "مع"), meet.frame().targets());
    assertTrue(meet.frame().joint());
    LexiconEntry call = l.get(1);
    assertEquals(3, call.elements().size());
    assertEquals(8, call.elements().get(1).gapBefore());
    assertEquals(false, call.elements().get(0).trigger());
    assertEquals(true, call.elements().get(1).trigger());
    assertEquals(true, call.elements().get(2).trigger());
    assertEquals(LexiconEntry.TERMS | LexiconEntry.OFFICIAL | LexiconEntry.HAS_VERB, call.flags());
  }

  @Test
  void defaultGapAndSourcePlaces() throws IOException {
    LexiconEntry e = parse("x\t045\tdir:بين,src=gen,src=من\tN:رعاية ... N:وساطة\n").get(0);
    assertEquals(LexiconParser.DEFAULT_GAP, e.elements().get(1).gapBefore());
    assertEquals(List.of("gen", "من"), e.frame().sources());
    assertEquals(List.of("بين"), e.frame().targets());
  }

  @Test
  void wrongColumnCountNamesTheLine() {
    assertEquals("trigger lexicon 'test' line 2: expected 4 or 5 tab-separated columns (id, cameo, frame,"
        + " pattern, [flags]), found 3", error("# ok\nx\t044\tstmt\n"));
  }

  @Test
  void badCameoCode() {
    assertEquals("trigger lexicon 'test' line 1: CAMEO code '44a' is not 2 to 4 digits",
        error("x\t44a\tstmt\tV:قال/يقول\n"));
    assertEquals("trigger lexicon 'test' line 1: CAMEO code '0999' is not a known code",
        error("x\t0999\tstmt\tV:قال/يقول\n"));
  }

  @Test
  void unknownElementKind() {
    assertEquals("trigger lexicon 'test' line 1: unknown element kind 'Q' in 'Q:قال' (use V, N, A or W)",
        error("x\t010\tstmt\tQ:قال\n"));
  }

  @Test
  void verbNeedsImperfect() {
    assertEquals("trigger lexicon 'test' line 1: verb 'V:قال' needs its perfect and imperfect: V:التقى/يلتقي",
        error("x\t010\tstmt\tV:قال\n"));
    assertEquals("trigger lexicon 'test' line 1: verb 'V:قال/قول': the imperfect 'قول' must start with ي or ت",
        error("x\t010\tstmt\tV:قال/قول\n"));
  }

  @Test
  void gapsMustStandBetweenElements() {
    assertEquals("trigger lexicon 'test' line 1: a pattern cannot end with a gap: 'N:قمة ...'",
        error("x\t044\tstmt\tN:قمة ...\n"));
    assertEquals("trigger lexicon 'test' line 1: a gap must stand between two elements in '... N:قمة'",
        error("x\t044\tstmt\t... N:قمة\n"));
    assertEquals("trigger lexicon 'test' line 1: gap '...40' must be between 1 and 16",
        error("x\t044\tstmt\tV:عقد/يعقد ...40 N:قمة\n"));
  }

  @Test
  void bracketsMustBalance() {
    assertEquals("trigger lexicon 'test' line 1: '[' is not closed in '[N:قمة A:عربي'",
        error("x\t044\tstmt\t[N:قمة A:عربي\n"));
  }

  @Test
  void duplicateRuleId() {
    assertEquals("trigger lexicon 'test' line 2: rule id 'x' is used twice",
        error("x\t010\tstmt\tV:قال/يقول\nx\t010\tstmt\tV:أكد/يؤكد\n"));
  }

  @Test
  void unknownFlagAndFrame() {
    assertEquals("trigger lexicon 'test' line 1: unknown flag 'loud' (known: absorb, negate, perform, futcontent,"
        + " terms, context, absence, cancel, official, block, purpose, auspices, armed)", error("x\t010\tstmt\tV:قال/يقول\tloud\n"));
    assertEquals("trigger lexicon 'test' line 1: frame 'both' must be stmt, dir[:targets] or joint[:targets]",
        error("x\t010\tboth\tV:قال/يقول\n"));
    assertEquals("trigger lexicon 'test' line 1: frame 'dir:فوق': target place 'فوق' is neither obj nor a known"
        + " preposition", error("x\t010\tdir:فوق\tV:قال/يقول\n"));
  }

  @Test
  void nonArabicForm() {
    assertEquals("trigger lexicon 'test' line 1: element 'N:meet' has a non-Arabic character 'm'",
        error("x\t044\tstmt\tN:meet\n"));
  }

  @Test
  void theStandardLexiconParses() throws IOException {
    try (var in = LexiconParser.class.getResourceAsStream("triggers.tsv");
        var r = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
      List<LexiconEntry> l = LexiconParser.parse(r, "standard");
      assertTrue(l.size() > 200, "rules: " + l.size());
    }
  }
}
