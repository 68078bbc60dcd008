package org.khabar.internal.ner;

import java.util.ArrayList;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.internal.Analysis;

/**
 * The feature families added in phase 2 (lexicon class, transliteration shape, project gazetteer,
 * head nouns, document memory), one family at a time, with exact feature strings.
 */
class FeatureFamiliesTest {
  private static final NerLexicon CUES = NerLexicon.of(Map.of(
      "cue.ORG", List.of("وزارة", "حزب"),
      "cue.LOC", List.of("مدينة")));

  private static List<List<String>> features(String segmented, FeatureFamily family) {
    NerFeatureContext ctx = new NerFeatureContext();
    ArabicFeatureGenerator g = new ArabicFeatureGenerator(EnumSet.of(family), 3, 4, CUES, NerLexicon.empty(), ctx);
    return Segmented.features(Segmented.analysis(segmented), g, ctx, true);
  }

  @Test
  void lexiconClassOfEachStemAndOfUnknownWordsWithTheirNeighbours() {
    List<List<String>> f = features("قال و+ال+رئيس أوباما في بيان إن رامسفيلد ذهب", FeatureFamily.LEXICON);
    assertEquals(List.of("lx=NV", "lx-1=BOS", "lx+1=N", "lxb=BOS|NV"), f.get(0));
    // the article and the conjunction are not part of the stem that is looked up
    assertEquals(List.of("lx=N", "lx-1=NV", "lx+1=P", "lxb=NV|N"), f.get(1));
    assertEquals(List.of("lx=P", "lx-1=N", "lx+1=F", "lxb=N|P", "lxs-1=رئيس|P", "lxs+1=P|في"), f.get(2));
    assertEquals(List.of("lx=F", "lx-1=P", "lx+1=NP", "lxb=P|F"), f.get(3));
    assertEquals(List.of("lx=U", "lx-1=F", "lx+1=NV", "lxb=F|U", "lxs-1=ان|U", "lxs+1=U|ذهب"), f.get(6));
    assertEquals(List.of("lx=NV", "lx-1=U", "lx+1=EOS", "lxb=U|NV"), f.get(7));
  }

  @Test
  void transliterationShapeOfForeignAndArabicNames() {
    List<List<String>> f = features("غورباتشوف و+رامسفيلد بيلاروسيا محمد أسامة", FeatureFamily.TRANSLIT);
    // 3 long vowels in 8 letters after the first; غ for g; تش; the ending وف
    assertEquals(List.of("tv=2", "tr=2", "te=وف", "tl=gh", "tl=ts"), f.get(0));
    // the stem after و: three consonants in a row (م س ف)
    assertEquals(List.of("tv=1", "tr=3"), f.get(1));
    assertEquals(List.of("tv=3", "tr=1", "te=يا"), f.get(2));
    // a native name: no long vowel, four consonants
    assertEquals(List.of("tv=0", "tr=4"), f.get(3));
    // a final ة does not count as a consonant; the hamza-alef start is read from the original text
    assertEquals(List.of("tv=1", "tr=1", "th=أ"), f.get(4));
  }

  @Test
  void projectGazetteerKindsWithLongestMatchPositions() {
    List<List<String>> f = features("قال وزير الخارجية سامح شكري في القاهرة إن الحكومة اليمنية وافقت",
        FeatureFamily.PROJECT);
    assertEquals(List.of(
        List.of("pz+1=SECTOR"),
        List.of("pz=B-SECTOR", "pz+1=SECTOR"),
        List.of("pz=I-SECTOR", "pz-1=SECTOR", "pz+1=PERSON"),
        List.of("pz=B-PERSON", "pz-1=SECTOR", "pz+1=PERSON"),
        List.of("pz=I-PERSON", "pz-1=PERSON"),
        List.of("pz-1=PERSON", "pz+1=CAPITAL"),
        List.of("pz=B-CAPITAL"),
        List.of("pz-1=CAPITAL", "pz+1=INST"),
        // an institution noun with the nationality adjective the gazetteer joins to it
        List.of("pz=B-INST", "pz+1=INST"),
        List.of("pz=I-INST", "pz-1=INST"),
        List.of("pz-1=INST")), f);
  }

  @Test
  void headNounDistanceStopsAtPunctuationVerbsAndFunctionWords() {
    List<List<String>> f = features("وزارة الخارجية المصرية قالت إن مدينة حلب ، وزارة في", FeatureFamily.HEADS);
    assertEquals(List.of(
        List.of(),
        List.of("hd=ORG1"),
        List.of("hd=ORG2"),
        List.of("hd=ORG3"),
        List.of(), // the verb قالت ends the noun phrase
        List.of(),
        List.of("hd=LOC1"),
        List.of("hd=LOC2"),
        List.of(), // after the comma
        List.of("hd=ORG1")), f);
  }

  @Test
  void documentMemoryOfTheFirstStageLabels() {
    NerFeatureContext ctx = new NerFeatureContext();
    ArabicFeatureGenerator g = new ArabicFeatureGenerator(EnumSet.of(FeatureFamily.DOC), 3, 4, CUES,
        NerLexicon.empty(), ctx);
    Analysis a = Segmented.analysis("قال أسيك إن و+أسيك فاز على أسيك");
    int[] labels = new int[a.tokenCount];
    labels[1] = DocMemory.code("ORG-start");
    assertEquals(5, labels[1]);
    ctx.doc().fill(a, labels);
    String[] tokens = Segmented.tokens(a, 0, a.tokenCount);
    ctx.prepare(a, 0, a.tokenCount, tokens);
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      List<String> f = new ArrayList<>();
      g.createFeatures(f, tokens, i, null);
      f.remove("def");
      f.remove("S=begin");
      out.add(f);
    }
    assertEquals(List.of(
        List.of("s1=O", "s1+1=ORG-B", "dm=1"),
        // the labelled occurrence: its two other occurrences were not labelled
        List.of("s1=ORG-B", "s1-1=O", "s1+1=O", "dm=O2"),
        List.of("s1=O", "s1-1=ORG-B", "s1+1=O"), // إن: too short to be compared
        // و+أسيك: one of the two others (half) was labelled ORG, at the start of a name
        List.of("s1=O", "s1-1=O", "s1+1=O", "dm=ORG2", "dmp=ORGB"),
        List.of("s1=O", "s1-1=O", "s1+1=O", "dm=1"),
        List.of("s1=O", "s1-1=O", "s1+1=O", "dm=1"),
        List.of("s1=O", "s1-1=O", "dm=ORG2", "dmp=ORGB")), out);
    ctx.release();
    List<String> f = new ArrayList<>();
    ctx.prepare(a, 0, a.tokenCount, tokens);
    g.createFeatures(f, tokens.clone(), 1, null);
    assertEquals(List.of("def"), f, "no document features once the memory is released");
  }

  @Test
  void labelCodesOfBioOutcomes() {
    assertEquals(0, DocMemory.code("other"));
    assertEquals(1, DocMemory.code("PERS-start"));
    assertEquals(2, DocMemory.code("PER-cont"));
    assertEquals(3, DocMemory.code("LOC-start"));
    assertEquals(8, DocMemory.code("MISC-cont"));
    assertEquals(0, DocMemory.code("FOO-start"));
  }
}
