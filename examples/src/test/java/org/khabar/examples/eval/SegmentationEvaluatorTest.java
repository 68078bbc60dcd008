package org.khabar.examples.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.Pipeline;
import org.khabar.examples.eval.SegmentationEvaluator.Format;
import org.khabar.examples.eval.SegmentationEvaluator.Item;
import org.khabar.examples.eval.SegmentationEvaluator.Part;
import org.khabar.examples.eval.SegmentationEvaluator.Result;
import org.khabar.testing.SharedData;

/** The segmentation evaluator on tiny inline fixtures (exact counts) and on the real gold files. */
public class SegmentationEvaluatorTest {
  private static final Pipeline PIPELINE = Pipeline.builder().build();

  /** Two UD sentences: one with a fused word split in the gold, one with the PUD ل+لسلطة form. */
  public static final String CONLLU = String.join("\n",
      "# sent_id = t1",
      "# text = وقال الوزير لهم كما",
      "1\tو\tو\tCCONJ\t_\t_\t2\tcc\t_\tSpaceAfter=No",
      "2\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_",
      "3\tالوزير\tوزير\tNOUN\t_\t_\t2\tnsubj\t_\t_",
      "4\tل\tل\tADP\t_\t_\t5\tcase\t_\tSpaceAfter=No",
      "5\tهم\tهو\tPRON\t_\t_\t2\tobl\t_\t_",
      "6\tك\tك\tADP\t_\t_\t7\tcase\t_\tSpaceAfter=No",
      "7\tما\tما\tPRON\t_\t_\t2\tobl\t_\t_",
      "",
      "# sent_id = t2",
      "# text = للسلطة.",
      "1\tل\tل\tADP\t_\t_\t2\tcase\t_\tSpaceAfter=No",
      "2\tلسلطة\tسلطة\tNOUN\t_\t_\t0\troot\t_\tSpaceAfter=No",
      "3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_",
      "");

  /** Farasa words exercising every mapping rule, with the fused بما split in the gold. */
  public static final String FARASA = String.join("\n",
      "refTok(Farasa)\trefPOS(Farasa)",
      "#\tPUNC",
      "و+ال+كتاب\tCONJ+DET+NOUN",
      "أعلن+ت\tV+PRON",
      "ل+ال+سلط+ة\tPREP+DET+NOUN+NSUFF",
      "ب+ما\tPREP+PRON",
      "يشتر+ون+ها\tV+PRON+PRON",
      "ترشيح+ا\tNOUN+CASE",
      ".\tPUNC",
      "");

  static List<String> lines(String s) {
    return List.of(s.split("\n"));
  }

  @Test
  void detectsFormats() {
    assertEquals(Format.CONLLU, SegmentationEvaluator.detect(lines(CONLLU), "a"));
    assertEquals(Format.FARASA, SegmentationEvaluator.detect(lines(FARASA), "b"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SegmentationEvaluator.detect(List.of("just text", "more text"), "c.txt"));
    assertTrue(e.getMessage().startsWith("c.txt: neither CoNLL-U"), e.getMessage());
  }

  @Test
  void readsConlluWordsAsSpansOfTheText() {
    List<Item> items = SegmentationEvaluator.parse(lines(CONLLU), Format.CONLLU, "t", new ArrayList<>());
    assertEquals(2, items.size());
    Item a = items.get(0);
    assertEquals("وقال الوزير لهم كما", a.text());
    assertArrayEquals(new int[] {0, 1, 5, 12, 13, 16, 17}, a.goldStart());
    assertArrayEquals(new int[] {1, 4, 11, 13, 15, 17, 19}, a.goldEnd());
    assertArrayEquals(new String[] {"CCONJ", "VERB", "NOUN", "ADP", "PRON", "ADP", "PRON"}, a.goldLabel());
  }

  @Test
  void scoresConlluExactly() {
    List<Item> items = SegmentationEvaluator.parse(lines(CONLLU), Format.CONLLU, "t", new ArrayList<>());
    Result r = new SegmentationEvaluator(PIPELINE).evaluate(items, Part.ALL, 10);
    // gold: و قال الوزير ل هم ك ما | ل لسلطة . ; ours: و قال الوزير ل هم كما | ل لسلطة .
    assertEquals(10, r.gold);
    assertEquals(9, r.predicted);
    assertEquals(8, r.correct);
    assertEquals(88.89, r.precision(), 0.005);
    assertEquals(80.00, r.recall(), 0.005);
    assertEquals(84.21, r.f1(), 0.005);
    assertEquals(5, r.words);
    assertEquals(4, r.wordsCorrect);
    assertEquals(List.of("ك+ما  |  كما"), r.errors);
    assertArrayEquals(new long[] {3, 2}, r.byLabel.get("ADP"));
    // ل of لهم is the stem before a pronoun; ل of للسلطة a preposition
    assertArrayEquals(new long[] {1, 1}, r.byKind.get("PREP"));
  }

  @Test
  void readsFarasaWithTheMapping() {
    List<String> warnings = new ArrayList<>();
    List<Item> items = SegmentationEvaluator.parse(lines(FARASA), Format.FARASA, "f", warnings);
    assertEquals(List.of(), warnings);
    assertEquals(1, items.size());
    Item a = items.get(0);
    // ل+ال is written لل; ة, the accusative alif and the verb's subject suffixes join their stem
    assertEquals("والكتاب أعلنت للسلطة بما يشترونها ترشيحا .", a.text());
    List<String> units = new ArrayList<>();
    for (int i = 0; i < a.goldStart().length; i++) {
      units.add(a.text().substring(a.goldStart()[i], a.goldEnd()[i]) + "/" + a.goldLabel()[i]);
    }
    assertEquals(List.of("و/CONJ", "الكتاب/NOUN", "أعلنت/V", "ل/PREP", "لسلطة/NOUN", "ب/PREP",
        "ما/PRON", "يشترون/V", "ها/PRON", "ترشيحا/NOUN", "./PUNC"), units);
  }

  @Test
  void scoresFarasaExactly() {
    List<Item> items = SegmentationEvaluator.parse(lines(FARASA), Format.FARASA, "f", new ArrayList<>());
    Result r = new SegmentationEvaluator(PIPELINE).evaluate(items, Part.ALL, 10);
    assertEquals(11, r.gold);
    assertEquals(10, r.predicted);
    assertEquals(9, r.correct);
    assertEquals(90.00, r.precision(), 0.005);
    assertEquals(81.82, r.recall(), 0.005);
    assertEquals(85.71, r.f1(), 0.005);
    assertEquals(7, r.words);
    assertEquals(6, r.wordsCorrect);
  }

  @Test
  void farasaSpecialSpellings() {
    List<Item> items = SegmentationEvaluator.parse(lines(String.join("\n",
        "ل+ال+لغ+ة\tPREP+DET+NOUN+NSUFF",
        "من+ما\tPREP+PRON",
        "كن+نا\tV+PRON",
        "يمكن+نا\tV+PRON",
        "+\tPUNC")), Format.FARASA, "f", new ArrayList<>());
    Item a = items.get(0);
    assertEquals("للغة مما كنا يمكننا +", a.text());
    List<String> units = new ArrayList<>();
    for (int i = 0; i < a.goldStart().length; i++) {
      units.add(a.text().substring(a.goldStart()[i], a.goldEnd()[i]));
    }
    // نا after a perfect verb is its subject; after an imperfect one its object
    assertEquals(List.of("ل", "لغة", "م", "ما", "كنا", "يمكن", "نا", "+"), units);
  }

  @Test
  void repairsFarasaLinesWithTooFewTags() {
    List<String> warnings = new ArrayList<>();
    List<Item> items = SegmentationEvaluator.parse(lines("و+ال+لاسلطوي+ة\tCONJ+DET+NOUN"),
        Format.FARASA, "w.ref", warnings);
    assertEquals(List.of("w.ref line 1: 4 segments but 3 POS tags; tags inferred as "
        + "CONJ+DET+NOUN+NSUFF"), warnings);
    assertEquals(2, items.get(0).goldStart().length);
  }

  @Test
  void reportsMalformedInputByLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SegmentationEvaluator.parse(List.of("# text = قال", "1\tقال\tقال"), Format.CONLLU, "x.conllu",
            new ArrayList<>()));
    assertEquals("x.conllu line 2: expected 10 tab-separated columns, found 3", e.getMessage());
    IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
        () -> SegmentationEvaluator.parse(List.of("# text = قال", "1\tكتب\tكتب\tVERB\t_\t_\t0\t_\t_\t_"),
            Format.CONLLU, "y.conllu", new ArrayList<>()));
    assertEquals("y.conllu line 2: word 'كتب' is not at offset 0 of the # text on line 1",
        f.getMessage());
    IllegalArgumentException g = assertThrows(IllegalArgumentException.class,
        () -> SegmentationEvaluator.parse(List.of("a\tb\tc"), Format.FARASA, "z.ref", new ArrayList<>()));
    assertEquals("z.ref line 1: expected 'segments<TAB>POS+POS', found 3 columns", g.getMessage());
  }

  @Test
  void splitsDevAndTestByHalf() {
    List<Item> items = SegmentationEvaluator.parse(lines(CONLLU), Format.CONLLU, "t", new ArrayList<>());
    SegmentationEvaluator ev = new SegmentationEvaluator(PIPELINE);
    assertEquals(1, ev.evaluate(items, Part.DEV, 0).texts);
    assertEquals(7, ev.evaluate(items, Part.DEV, 0).gold);
    assertEquals(1, ev.evaluate(items, Part.TEST, 0).texts);
    assertEquals(3, ev.evaluate(items, Part.TEST, 0).gold);
  }

  @Test
  void udArabicPudScoresAtLeast95() throws Exception {
    Path file = SharedData.require("data/segmentation/ud-arabic-pud/ar_pud-ud-test.conllu");
    List<Item> items = SegmentationEvaluator.parse(SegmentationEvaluator.readLines(file), Format.CONLLU,
        file.toString(), new ArrayList<>());
    Result r = new SegmentationEvaluator(PIPELINE).evaluate(items, Part.ALL, 0);
    assertEquals(1000, r.texts);
    assertEquals(20731, r.gold); // 20,747 words less 16 that are a bare tatweel
    assertTrue(r.f1() >= 95.0, "UD Arabic-PUD word F1 " + r.f1());
  }

  @Test
  void farasaWikiNewsScoresAtLeast95() throws Exception {
    Path file = SharedData.require("data/segmentation/farasa-wikinews/WikiNews.pos.ref");
    List<String> warnings = new ArrayList<>();
    List<Item> items = SegmentationEvaluator.parse(SegmentationEvaluator.readLines(file), Format.FARASA,
        file.toString(), warnings);
    assertEquals(3, warnings.size());
    Result r = new SegmentationEvaluator(PIPELINE).evaluate(items, Part.ALL, 0);
    assertTrue(r.f1() >= 95.0, "Farasa WikiNews word F1 " + r.f1());
  }
}
