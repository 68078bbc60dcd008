package org.khabar.internal.ner;

import java.util.ArrayList;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.internal.Analysis;

class ArabicFeatureGeneratorTest {
  private static final NerLexicon LEXICON = NerLexicon.of(Map.of(
      "gaz.LOC.country", List.of("مصر", "الولايات المتحدة"),
      "cue.PER", List.of("وزير الخارجية", "الرئيس"),
      "cue.GIVEN", List.of("سامح")));
  private static final NerLexicon HARVEST = NerLexicon.of(Map.of(
      "harvest.PER", List.of("سامح شكري"),
      "vocab.common", List.of("في", "قال")));

  private static List<List<String>> features(Analysis a, ArabicFeatureGenerator g, NerFeatureContext ctx) {
    return Segmented.features(a, g, ctx, false);
  }

  /** The families of the exact-feature tests below; the later ones are tested in {@link FeatureFamiliesTest}. */
  private static ArabicFeatureGenerator all(NerFeatureContext ctx) {
    return new ArabicFeatureGenerator(EnumSet.range(FeatureFamily.NORM, FeatureFamily.CUE), 3, 4, LEXICON, HARVEST,
        ctx);
  }

  /** Every family but the document features, which need a first stage, and the experimental clusters. */
  private static ArabicFeatureGenerator allButDoc(NerFeatureContext ctx) {
    EnumSet<FeatureFamily> f = EnumSet.allOf(FeatureFamily.class);
    f.remove(FeatureFamily.DOC);
    f.remove(FeatureFamily.CLUSTER);
    return new ArabicFeatureGenerator(f, 3, 4, LEXICON, HARVEST, ctx);
  }

  @Test
  void everyFamilyOnAStemWithClitics() {
    NerFeatureContext ctx = new NerFeatureContext();
    Analysis a = Segmented.analysis("قال وزير الخارجية و+ل+سامح شكري في و+ال+ولايات المتحدة");
    List<List<String>> f = features(a, all(ctx), ctx);
    assertEquals(List.of("def", "n=ولسامح", "s=سامح", "c=wl", "cp=-", "p1=س", "p2=سا", "p3=سام", "x1=ح",
        "x2=مح", "x3=امح", "ax=-ح", "g3=^سا", "g3=سام", "g3=امح", "g3=مح$", "dv=out", "sh=a6", "sh-1=a8",
        "sh+1=a4", "s-2=وزير", "s-1=الخارجيه", "s+1=شكري", "s+2=في", "b-=الخارجيه|سامح", "b+=سامح|شكري",
        "q=GIVEN", "q-1=PER", "h=B-PER", "h+1=I-PER", "v=rare"), f.get(3));
  }

  @Test
  void gazetteerPhraseMatchesThroughProcliticsAndArticle() {
    NerFeatureContext ctx = new NerFeatureContext();
    Analysis a = Segmented.analysis("قال وزير الخارجية و+ل+سامح شكري في و+ال+ولايات المتحدة");
    List<List<String>> f = features(a, all(ctx), ctx);
    assertEquals(List.of("def", "n=والولايات", "s=ولايات", "c=wA", "cp=-", "p1=و", "p2=ول", "p3=ولا",
        "x1=ت", "x2=ات", "x3=يات", "x4=ايات", "ax=Aت", "g3=^ول", "g3=ولا", "g3=لاي", "g3=ايا", "g3=يات",
        "g3=ات$", "dv=out", "sh=a8", "sh-1=a2", "sh+1=a7", "s-2=شكري", "s-1=في", "s+1=المتحده",
        "b-=في|ولايات", "b+=ولايات|المتحده", "g=B-LOC.country", "g+1=I-LOC.country", "v=rare"), f.get(6));
  }

  @Test
  void sentenceEdgesAndCommonWords() {
    NerFeatureContext ctx = new NerFeatureContext();
    Analysis a = Segmented.analysis("قال وزير الخارجية و+ل+سامح شكري في و+ال+ولايات المتحدة");
    List<List<String>> f = features(a, all(ctx), ctx);
    assertEquals(List.of("def", "S=begin", "n=قال", "s=قال", "c=-", "cp=BOS", "p1=ق", "p2=قا", "x1=ل",
        "x2=ال", "ax=-ل", "g3=^قا", "g3=قال", "g3=ال$", "dv=out", "sh=a3", "sh-1=BOS", "sh+1=a4", "s-1=BOS",
        "s+1=وزير", "s+2=الخارجيه", "b-=BOS|قال", "b+=قال|وزير", "q+1=PER", "v=common"), f.get(0));
    assertEquals(List.of("def", "n=المتحده", "s=المتحده", "c=-", "cp=wA", "p1=ا", "p2=ال", "p3=الم",
        "x1=ه", "x2=ده", "x3=حده", "x4=تحده", "ax=Aه", "g3=^ال", "g3=الم", "g3=لمت", "g3=متح", "g3=تحد",
        "g3=حده", "g3=ده$", "dv=out", "sh=a7", "sh-1=a8", "sh+1=EOS", "s-2=في", "s-1=ولايات", "s+1=EOS",
        "b-=ولايات|المتحده", "b+=المتحده|EOS", "g=I-LOC.country", "g-1=B-LOC.country", "v=rare"), f.get(7));
  }

  @Test
  void previousDecisionsFollowTheStemWithinADocument() {
    NerFeatureContext ctx = new NerFeatureContext();
    ArabicFeatureGenerator g = new ArabicFeatureGenerator(EnumSet.of(FeatureFamily.PREVMAP), 3, 4,
        NerLexicon.empty(), NerLexicon.empty(), ctx);
    Analysis first = Segmented.analysis("قال سامح");
    String[] t1 = Segmented.tokens(first, 0, 2);
    ctx.prepare(first, 0, 2, t1);
    g.updateAdaptiveData(t1, new String[] {"other", "PER-start"});
    Analysis second = Segmented.analysis("و+ل+سامح قال");
    String[] t2 = Segmented.tokens(second, 0, 2);
    ctx.prepare(second, 0, 2, t2);
    List<String> f = new ArrayList<>();
    g.createFeatures(f, t2, 0, null);
    assertEquals(List.of("def", "S=begin", "pd=PER-start"), f);
    g.clearAdaptiveData();
    Analysis third = Segmented.analysis("سامح");
    String[] t3 = Segmented.tokens(third, 0, 1);
    ctx.prepare(third, 0, 1, t3);
    f.clear();
    g.createFeatures(f, t3, 0, null);
    assertEquals(List.of("def", "S=begin"), f);
  }

  @Test
  void tokensNoCallerPreparedAreSegmentedFromTheirStrings() {
    // the fallback path (a plain NameFinderME over the model) gives the features of the fast path
    NerFeatureContext fast = new NerFeatureContext();
    NerFeatureContext plain = new NerFeatureContext();
    org.khabar.internal.Analysis a = new org.khabar.internal.Analysis();
    a.reset("قال وزير الخارجية سامح شكري في الولايات المتحدة .", null);
    new org.khabar.internal.tokenize.ArabicTokenizer().tokenize(a);
    new org.khabar.internal.tokenize.SentenceSplitter().split(a);
    new org.khabar.internal.segment.CliticSegmenter().segment(a);
    String[] tokens = Segmented.tokens(a, 0, a.tokenCount);
    String[] copy = tokens.clone();
    ArabicFeatureGenerator g1 = allButDoc(fast);
    ArabicFeatureGenerator g2 = allButDoc(plain);
    fast.prepare(a, 0, a.tokenCount, tokens);
    for (int i = 0; i < tokens.length; i++) {
      List<String> f1 = new ArrayList<>();
      List<String> f2 = new ArrayList<>();
      g1.createFeatures(f1, tokens, i, null);
      g2.createFeatures(f2, copy, i, null);
      assertEquals(f1, f2, "token " + i);
    }
  }

  @Test
  void aModelOfAnotherFeatureVersionIsRefused() {
    NerEngine.allowExtensions();
    String xml = "<featureGenerators cache=\"true\" name=\"x\"><generator class=\""
        + ArabicFeatureGeneratorFactory.class.getName() + "\"><int name=\"version\">0</int>"
        + "<str name=\"families\">stem</str></generator></featureGenerators>";
    opennlp.tools.util.InvalidFormatException e = org.junit.jupiter.api.Assertions.assertThrows(
        opennlp.tools.util.InvalidFormatException.class, () -> opennlp.tools.util.featuregen.GeneratorFactory
            .create(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                key -> null));
    assertEquals("the NER model was trained with Arabic features version 0 but this library computes version 2;"
        + " retrain the model", e.getMessage());
  }
}
