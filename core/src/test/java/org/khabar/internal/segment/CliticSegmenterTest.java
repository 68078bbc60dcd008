package org.khabar.internal.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.Document;
import org.khabar.Pipeline;
import org.khabar.Segment;
import org.khabar.Token;
import org.khabar.internal.Analysis;
import org.khabar.internal.tokenize.ArabicTokenizer;

/**
 * One test per clitic split the segmenter makes and per class of word it must not split, each
 * asserting every segment's text, kind, offsets and norm.
 */
class CliticSegmenterTest {
  private static final Pipeline PIPELINE = Pipeline.builder().build();

  /**
   * Asserts the segments of every token of {@code text}, in order, each written
   * {@code text/KIND/start/end/norm}, and that the segments of each token cover it exactly.
   */
  static void assertSegments(String text, String... expected) {
    Document d = PIPELINE.process(text);
    List<String> actual = new ArrayList<>();
    for (Token t : d.tokens()) {
      int at = t.start();
      for (Segment s : t.segments()) {
        assertEquals(at, s.start(), "segments of " + t + " leave a gap or overlap");
        assertEquals(text.substring(s.start(), s.end()), s.text());
        at = s.end();
        actual.add(s.text() + "/" + s.kind() + "/" + s.start() + "/" + s.end() + "/" + s.norm());
      }
      assertEquals(t.end(), at, "segments of " + t + " do not reach its end");
    }
    assertEquals(List.of(expected), actual, "segments of '" + text + "'");
  }

  // ---------------------------------------------------------------- one test per split

  @Test
  void splitsConjunctionWaw() {
    assertSegments("وقال", "و/CONJ/0/1/و", "قال/STEM/1/4/قال");
  }

  /** A known word starting with وو (a rare form-III passive) loses to و + a و-initial word. */
  @Test
  void splitsConjunctionBeforeWaw() {
    assertSegments("ووفد", "و/CONJ/0/1/و", "وفد/STEM/1/4/وفد");
    assertSegments("ووقع", "و/CONJ/0/1/و", "وقع/STEM/1/4/وقع");
    assertSegments("ووصل", "و/CONJ/0/1/و", "وصل/STEM/1/4/وصل");
  }

  @Test
  void splitsConjunctionFeh() {
    assertSegments("فقال", "ف/CONJ/0/1/ف", "قال/STEM/1/4/قال");
  }

  @Test
  void splitsPrepositionBeh() {
    assertSegments("بمدرسة", "ب/PREP/0/1/ب", "مدرسة/STEM/1/6/مدرسة");
  }

  @Test
  void splitsPrepositionLamBeforeNoun() {
    assertSegments("لمدرسة", "ل/PREP/0/1/ل", "مدرسة/STEM/1/6/مدرسة");
  }

  @Test
  void splitsPrepositionLamBeforeImperfectVerb() {
    assertSegments("لنبحث", "ل/PREP/0/1/ل", "نبحث/STEM/1/5/نبحث");
  }

  @Test
  void splitsPrepositionKaf() {
    assertSegments("كرئيس", "ك/PREP/0/1/ك", "رئيس/STEM/1/5/رئيس");
  }

  @Test
  void splitsFutureMarkerBeforeImperfectVerb() {
    assertSegments("سيلتقي", "س/FUT/0/1/س", "يلتقي/STEM/1/6/يلتقي");
  }

  @Test
  void splitsArticle() {
    assertSegments("الكتاب", "ال/ART/0/2/ال", "كتاب/STEM/2/6/كتاب");
  }

  @Test
  void splitsArticleAfterLamWithoutItsAlif() {
    assertSegments("للسلطة", "ل/PREP/0/1/ل", "ل/ART/1/2/ال", "سلطة/STEM/2/6/سلطة");
  }

  @Test
  void splitsPrepositionAndArticle() {
    assertSegments("بالسيارة", "ب/PREP/0/1/ب", "ال/ART/1/3/ال", "سيارة/STEM/3/8/سيارة");
  }

  @Test
  void splitsEveryPronoun() {
    assertSegments("كتابه كتابها كتابهم كتابهما كتابهن",
        "كتاب/STEM/0/4/كتاب", "ه/PRON/4/5/ه",
        "كتاب/STEM/6/10/كتاب", "ها/PRON/10/12/ها",
        "كتاب/STEM/13/17/كتاب", "هم/PRON/17/19/هم",
        "كتاب/STEM/20/24/كتاب", "هما/PRON/24/27/هما",
        "كتاب/STEM/28/32/كتاب", "هن/PRON/32/34/هن");
    assertSegments("كتابك كتابكم كتابكن بلادنا يساعدني لي",
        "كتاب/STEM/0/4/كتاب", "ك/PRON/4/5/ك",
        "كتاب/STEM/6/10/كتاب", "كم/PRON/10/12/كم",
        "كتاب/STEM/13/17/كتاب", "كن/PRON/17/19/كن",
        "بلاد/STEM/20/24/بلاد", "نا/PRON/24/26/نا",
        "يساعد/STEM/27/32/يساعد", "ني/PRON/32/34/ني",
        "ل/STEM/35/36/ل", "ي/PRON/36/37/ي");
  }

  @Test
  void splitsPrepositionStemBeforePronoun() {
    assertSegments("لهم بها", "ل/STEM/0/1/ل", "هم/PRON/1/3/هم", "ب/STEM/4/5/ب", "ها/PRON/5/7/ها");
  }

  @Test
  void splitsEverySlotAtOnce() {
    assertSegments("وبمدرستهم",
        "و/CONJ/0/1/و", "ب/PREP/1/2/ب", "مدرست/STEM/2/7/مدرسة", "هم/PRON/7/9/هم");
    assertSegments("وسيكتبونها",
        "و/CONJ/0/1/و", "س/FUT/1/2/س", "يكتبون/STEM/2/8/يكتبون", "ها/PRON/8/10/ها");
    assertSegments("وللسلطة",
        "و/CONJ/0/1/و", "ل/PREP/1/2/ل", "ل/ART/2/3/ال", "سلطة/STEM/3/7/سلطة");
  }

  @Test
  void splitsConjunctionFromFunctionWord() {
    assertSegments("وهم ولم فيه أنه",
        "و/CONJ/0/1/و", "هم/STEM/1/3/هم",
        "و/CONJ/4/5/و", "لم/STEM/5/7/لم",
        "في/STEM/8/10/في", "ه/PRON/10/11/ه",
        "أن/STEM/12/14/ان", "ه/PRON/14/15/ه");
  }

  // ---------------------------------------------------------------- stem norms

  @Test
  void restoresTehMarbutaBeforePronoun() {
    assertSegments("مدرسته", "مدرست/STEM/0/5/مدرسة", "ه/PRON/5/6/ه");
  }

  @Test
  void restoresAlefMaksuraWrittenAlef() {
    assertSegments("مستواه", "مستوا/STEM/0/5/مستوى", "ه/PRON/5/6/ه");
  }

  @Test
  void restoresAlefMaksuraWrittenYeh() {
    assertSegments("عليه", "علي/STEM/0/3/على", "ه/PRON/3/4/ه");
  }

  @Test
  void keepsVerbTehBeforePronoun() {
    // أعلنت is a verb (she announced) and أعلنة no noun: the ت stays
    assertSegments("أعلنته", "أعلنت/STEM/0/5/اعلنت", "ه/PRON/5/6/ه");
  }

  @Test
  void prefersNounWithTehMarbutaWhenBothExist() {
    // دعوت (I called) and دعوة (invitation) both exist: a noun before a pronoun is the likelier
    assertSegments("دعوته", "دعوت/STEM/0/4/دعوة", "ه/PRON/4/5/ه");
  }

  // ---------------------------------------------------------------- offsets

  @Test
  void harakatStayWithTheSegmentTheyFollow() {
    assertSegments("وَالْكِتَابُ",
        "وَ/CONJ/0/2/و", "الْ/ART/2/5/ال", "كِتَابُ/STEM/5/12/كتاب");
  }

  @Test
  void tatweelStaysWithTheSegmentItFollows() {
    assertSegments("والـكتاب", "و/CONJ/0/1/و", "الـ/ART/1/4/ال", "كتاب/STEM/4/8/كتاب");
  }

  @Test
  void presentationFormsAreSegmented() {
    assertSegments("\uFEDF\uFEE0\uFEB4\uFEE0\uFEC4\uFE94",
        "\uFEDF/PREP/0/1/ل", "\uFEE0/ART/1/2/ال", "\uFEB4\uFEE0\uFEC4\uFE94/STEM/2/6/سلطة");
  }

  @Test
  void boundaryInsideLigatureKeepsWordWhole() {
    // the lam-alef ligature holds the article's lam and the stem's alif: no offset between them
    assertSegments("ا\uFEFBقتصاد", "ا\uFEFBقتصاد/STEM/0/7/الاقتصاد");
  }

  @Test
  void offsetsAreIntoTheOriginalText() {
    assertSegments("قال: وبالتالي",
        "قال/STEM/0/3/قال", ":/STEM/3/4/:",
        "و/CONJ/5/6/و", "ب/PREP/6/7/ب", "ال/ART/7/9/ال", "تالي/STEM/9/13/تالي");
  }

  // ---------------------------------------------------------------- not split

  @Test
  void keepsLexiconStemsThatStartOrEndWithCliticLetters() {
    for (String w : new String[] {"وزير", "وفد", "فريق", "بحث", "كتاب", "لبنان", "سوريا",
        "كازاخستان", "ولاية", "تشابه", "اتجاه", "بغداد", "وصل", "فقط", "بين"}) {
      assertSegments(w, w + "/STEM/0/" + w.length() + "/" + w);
    }
  }

  @Test
  void keepsForeignNames() {
    for (String w : new String[] {"واشنطن", "ويكيبيديا", "فايبر", "لافروف", "ويلز"}) {
      assertSegments(w, w + "/STEM/0/" + w.length() + "/" + w);
    }
  }

  @Test
  void keepsGazetteerNames() {
    // بشار الأسد is in the project's gazetteer: بشار is not ب + شار
    assertTrue((StemLexicon.standard().lookup("بشار") & StemInfo.NAME) != 0);
    assertSegments("بشار وبشار", "بشار/STEM/0/4/بشار", "و/CONJ/5/6/و", "بشار/STEM/6/10/بشار");
  }

  @Test
  void properNamesTakeNoPronoun() {
    // نيكولا is a name in the gazetteer; نيكولاي is not نيكولا + ي
    assertSegments("نيكولاي", "نيكولاي/STEM/0/7/نيكولاي");
  }

  @Test
  void keepsTehMarbutaAndInflectionalSuffixes() {
    for (String w : new String[] {"مدرسة", "معلمات", "معلمون", "معلمين", "اجتماعات"}) {
      assertSegments(w, w + "/STEM/0/" + w.length() + "/" + w);
    }
  }

  @Test
  void keepsVerbSubjectSuffixes() {
    for (String w : new String[] {"كتبوا", "كتبت", "كتبتم", "يكتبون", "كتبا"}) {
      assertSegments(w, w + "/STEM/0/" + w.length() + "/" + w);
    }
  }

  @Test
  void keepsFusedFunctionWords() {
    for (String w : new String[] {"كما", "لذلك", "بما", "إنما", "عندما", "لكن"}) {
      assertSegments(w, w + "/STEM/0/" + w.length() + "/" + w.replace('إ', 'ا'));
    }
  }

  @Test
  void fusedWordTakesConjunctionAndPronoun() {
    assertSegments("ولكنه", "و/CONJ/0/1/و", "لكن/STEM/1/4/لكن", "ه/PRON/4/5/ه");
  }

  @Test
  void futureMarkerOnlyBeforeImperfectVerb() {
    // سمع is a perfect verb and مع is no imperfect: not س + مع
    assertSegments("سمع", "سمع/STEM/0/3/سمع");
  }

  @Test
  void articleNeverWithPronoun() {
    // الكتابه is not ال + كتاب + ه: the article and a pronoun exclude each other
    Document d = PIPELINE.process("الكتابه");
    for (Segment s : d.tokens().get(0).segments()) {
      assertNotEquals("PRON", s.kind().name(), "segments of الكتابه: " + d.tokens().get(0).segments());
    }
  }

  @Test
  void unknownWordsSplitOnlyAtReliableClitics() {
    assertSegments("والكوبالت", "و/CONJ/0/1/و", "ال/ART/1/3/ال", "كوبالت/STEM/3/9/كوبالت");
    assertSegments("لأوباما", "ل/PREP/0/1/ل", "أوباما/STEM/1/7/اوباما");
    assertSegments("وترامب", "و/CONJ/0/1/و", "ترامب/STEM/1/6/ترامب");
    // an unknown word after و, ي or bare ا is a foreign name, not a conjunction: ويكيمانيا
    assertSegments("ويكيمانيا", "ويكيمانيا/STEM/0/9/ويكيمانيا");
  }

  @Test
  void nonArabicTokensAreOneStem() {
    assertSegments("Reuters 2017 ٪",
        "Reuters/STEM/0/7/Reuters", "2017/STEM/8/12/2017", "٪/STEM/13/14/%");
  }

  @Test
  void emptyTextHasNoSegments() {
    assertSegments("");
  }

  // ---------------------------------------------------------------- MATCH-level norms

  @Test
  void fillsMatchLevelNormsOfTokensAndSegments() {
    Analysis a = new Analysis();
    a.reset("للسلطة مدرسته عليه", null);
    new ArabicTokenizer().tokenize(a);
    new CliticSegmenter().segment(a);
    assertEquals(3, a.tokenCount);
    assertEquals("للسلطه", a.tokNorm(0));
    assertEquals("مدرسته", a.tokNorm(1));
    List<String> norms = new ArrayList<>();
    for (int g = 0; g < a.segCount; g++) {
      norms.add(a.segNorm(g));
      assertTrue(a.segNormEnd[g] >= a.segNormStart[g]);
    }
    assertEquals(List.of("ل", "ال", "سلطه", "مدرسه", "ه", "علي", "ه"), norms);
    // the norm chars of a segment map back inside it
    for (int g = 0; g < a.segCount; g++) {
      for (int k = a.segNormStart[g]; k < a.segNormEnd[g]; k++) {
        assertTrue(a.normAlign[k] >= a.segStart[g] && a.normAlign[k] < a.segEnd[g],
            "norm char " + k + " of segment " + g);
      }
    }
  }

  // ---------------------------------------------------------------- the lexicon

  @Test
  void lexiconReportsPartsOfSpeechAndClitics() {
    StemLexicon lex = StemLexicon.standard();
    assertTrue(lex.size() > 400_000, "size " + lex.size());
    assertTrue((lex.lookup("يلتقي") & StemInfo.VERB_IMPF) != 0);
    assertTrue((lex.lookup("مدرسة") & StemInfo.ACC_ART) != 0);
    assertTrue((lex.lookup("كما") & StemInfo.FUSED) != 0);
    assertEquals(0, lex.lookup("غداد"));
    // a hamza-less spelling finds the stem with hamza
    assertTrue((lex.lookup("اعلن") & StemInfo.VERB) != 0);
  }

  @Test
  void lexiconAcceptsExtraStemListsAndNames() throws Exception {
    StemLexicon lex = StemLexicon.builder()
        .addList(new StringReader("# test\nكتاب\tNOUN|ACC_ART\n"), "test", 0, false)
        .add("زراعة", StemInfo.NOUN)
        .addNames(List.of("الرياض", "بغداد الجديدة", "منظمة الأغذية والزراعة"))
        .add("زير", StemInfo.NOUN)
        .build();
    assertEquals(StemInfo.NOUN | StemInfo.ACC_ART, lex.lookup("كتاب"));
    assertEquals(StemInfo.NAME | StemInfo.ACC_CONJ | StemInfo.ACC_PREP | StemInfo.ACC_ART,
        lex.lookup("رياض"));
    assertEquals(StemInfo.NAME | StemInfo.ACC_CONJ | StemInfo.ACC_PREP, lex.lookup("بغداد"));
    assertEquals(StemInfo.NOUN, lex.lookup("زير"));
    // a word of a name that is a clitic on a known stem is not added as a name
    assertEquals(0, lex.lookup("والزراعة"));
    assertEquals(StemInfo.NAME | StemInfo.ACC_CONJ | StemInfo.ACC_PREP, lex.lookup("منظمة"));
    // with بغداد in the lexicon ببغداد splits once and بغداد stays whole
    CliticSegmenter seg = new CliticSegmenter(lex);
    Analysis a = new Analysis();
    a.reset("بغداد ببغداد", null);
    new ArabicTokenizer().tokenize(a);
    seg.segment(a);
    assertEquals(3, a.segCount);
    assertEquals(6, a.segStart[1]);
    assertEquals(7, a.segEnd[1]);
  }

  @Test
  void lexiconRejectsBadLists() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StemLexicon.builder().addList(new StringReader("كتاب\tNOUN|BOOK\n"), "bad.txt", 0, false));
    assertEquals("bad.txt line 1: unknown stem bit 'BOOK'; expected one of NOUN, VERB_IMPF, "
        + "VERB_PERF, VERB_IMPV, FUNC, NAME, ACC_CONJ, ACC_PREP, ACC_LAM, ACC_FUT, ACC_ART, ACC_PRON, "
        + "FUSED", e.getMessage());
    IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
        () -> StemLexicon.builder().addFrontCoded(new StringReader("0كتاب\t1\n9ب\t1\n"), "fc.txt"));
    assertEquals("fc.txt line 2 shares 9 chars with a previous form of 4", f.getMessage());
  }

  @Test
  void randomInputKeepsSegmentInvariants() {
    String[] pieces = {"و", "ف", "ب", "ل", "ك", "س", "ال", "لل", "ه", "ها", "هم", "نا", "ي", "ة", "ت",
        "ى", "ا", "أ", "إ", "آ", "ٱ", "كتاب", "مدرس", "يلتقي", "\u064E", "\u0651", "\u0640",
        "\u200C", "\u200D", "\uFEFB", "\uFEDF", "\uFEE0", "\uFE94", " ", " ", "\n", "abc", "٢٠",
        "12", "،", ".", "\uD83D\uDE00", "\uD83D", "\u202B", "\u06A9", "\u067E"};
    long seed = 20240611L;
    java.util.Random r = new java.util.Random(seed);
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(12);
      for (int k = 0; k < len; k++) {
        sb.append(pieces[r.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      try {
        Document d = PIPELINE.process(text);
        for (Token t : d.tokens()) {
          int at = t.start();
          for (Segment g : t.segments()) {
            assertEquals(at, g.start());
            assertTrue(g.end() > g.start() && g.end() <= text.length());
            at = g.end();
          }
          assertEquals(t.end(), at);
        }
        assertEquals(d.tokens(), PIPELINE.process(text).tokens());
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("seed " + seed + ", case " + i + ", input '"
            + text.codePoints().mapToObj(c -> String.format("\\u%04x", c))
                .collect(java.util.stream.Collectors.joining()) + "'", e);
      }
    }
  }

  @Test
  void segmenterIsThreadSafe() throws Exception {
    String text = "وقال وزير الخارجية للصحفيين إنه سيلتقي نظيره في واشنطن، وبحثا مستواه.";
    Document expected = PIPELINE.process(text);
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 4; i++) {
      Thread t = new Thread(() -> {
        for (int k = 0; k < 50; k++) {
          Document d = PIPELINE.process(text);
          if (!d.tokens().equals(expected.tokens())) {
            failures.add(new AssertionError("different tokens in run " + k));
          }
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(List.of(), failures);
  }
}
