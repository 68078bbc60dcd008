package org.khabar.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import org.junit.jupiter.api.Test;
import org.khabar.internal.Analysis;

/** The experimental {@link FeatureFamily#CLUSTER} features and their {@link ClusterMap} artifact. */
class ClusterFeaturesTest {

  private static List<List<String>> features(String segmented, ClusterMap clusters) {
    NerFeatureContext ctx = new NerFeatureContext();
    ArabicFeatureGenerator g = new ArabicFeatureGenerator(EnumSet.of(FeatureFamily.CLUSTER), 3, 4,
        NerLexicon.empty(), NerLexicon.empty(), clusters, ctx);
    return Segmented.features(Segmented.analysis(segmented), g, ctx, true);
  }

  @Test
  void clusterOfTheStemAndOfTwoNeighboursOnEachSide() {
    ClusterMap map = ClusterMap.of(Map.of("قال", "3", "رئيس", "17", "بيان", "3"), 2);
    assertFalse(map.paths());
    List<List<String>> f = features("قال و+ال+رئيس باراك في بيان", map);
    assertEquals(List.of(
        List.of("k-2=BOS", "k-1=BOS", "k=3", "k+1=17", "k+2=-"),
        // the stem without the conjunction and the article is looked up
        List.of("k-2=BOS", "k-1=3", "k=17", "k+1=-", "k+2=-"),
        List.of("k-2=3", "k-1=17", "k=-", "k+1=-", "k+2=3"),
        List.of("k-2=17", "k-1=-", "k=-", "k+1=3", "k+2=EOS"),
        List.of("k-2=-", "k-1=-", "k=3", "k+1=EOS", "k+2=EOS")), f);
  }

  @Test
  void bitStringPathsAddPrefixesOfFourEightAndTwelveBits() {
    ClusterMap map = ClusterMap.of(Map.of("رئيس", "0110101", "قال", "1100110011001", "بيان", "0110"), 0);
    assertTrue(map.paths());
    List<List<String>> f = features("قال ال+رئيس بيان", map);
    assertEquals(List.of(
        List.of("k=1100110011001", "kp4=1100", "kp8=11001100", "kp12=110011001100"),
        List.of("k=0110101", "kp4=0110"),
        // a path no longer than 4 bits has no prefix feature
        List.of("k=0110")), f);
  }

  @Test
  void keyIsTheNormalizedStemOrTheWholeToken() {
    Analysis a = Segmented.analysis("و+ال+رئيس أوباما 2015");
    assertEquals("رئيس", ClusterMap.key(a, 0));
    assertEquals("اوباما", ClusterMap.key(a, 1));
    assertEquals("2015", ClusterMap.key(a, 2));
  }

  @Test
  void artifactRoundTripAndTsvParsing() throws IOException {
    String tsv = "# comment\n\nرئيس\t17\n#وسم\t4\n";
    ClusterMap map = ClusterMap.readTsv(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), 1);
    assertEquals(2, map.size());
    assertEquals("4", map.label("#وسم"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ClusterMap.Serializer().serialize(map, out);
    assertEquals("#khabar-ner-clusters 1\n#window\t1\n#وسم\t4\nرئيس\t17\n", out.toString(StandardCharsets.UTF_8));
    ClusterMap back = new ClusterMap.Serializer().create(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(1, back.window());
    assertEquals("17", back.label("رئيس"));
    assertEquals("4", back.label("#وسم"));
    assertNull(back.label("قال"));
    InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> ClusterMap.readTsv(
        new ByteArrayInputStream("رئيس 17\n".getBytes(StandardCharsets.UTF_8)), 2));
    assertEquals("cluster line 1 is not 'word<TAB>label': 'رئيس 17'", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ClusterMap.of(Map.of(), 3));
  }

  @Test
  void aModelTrainedWithClustersCarriesThemAndLoads() throws IOException {
    EnumSet<FeatureFamily> f = EnumSet.copyOf(TinyModel.CONFIG.families());
    f.add(FeatureFamily.CLUSTER);
    ClusterMap map = ClusterMap.of(Map.of("وزير", "2", "خارجيه", "9"), 1);
    byte[] bytes = NerTrainer.toBytes(NerTrainer.train(List.of(TinyModel.document()),
        TinyModel.CONFIG.withFamilies(f), TinyModel.LEXICON, Map.of(), map));
    opennlp.tools.namefind.TokenNameFinderModel model =
        new opennlp.tools.namefind.TokenNameFinderModel(new ByteArrayInputStream(bytes));
    ClusterMap back = model.getArtifact(NerTrainer.CLUSTERS_KEY);
    assertEquals(2, back.size());
    assertEquals(1, back.window());
    assertEquals("9", back.label("خارجيه"));
    NerEngine engine = NerEngine.load(bytes);
    Analysis a = Segmented.analysis("وصل و+ل+سامح شكري إلى ال+قاهرة .");
    engine.tag(a, engine.newSession());
    List<String> found = new ArrayList<>();
    for (org.khabar.Entity e : a.entities) {
      found.add(e.type() + " " + e.start() + " " + e.end() + " " + e.text());
    }
    assertEquals(List.of("PER 6 15 سامح شكري", "LOC 20 27 القاهرة"), found);
  }

  @Test
  void descriptorNamesTheClusterArtifactOnlyWithTheFamily() {
    NerTrainer.Config c = NerTrainer.Config.defaults();
    assertFalse(NerTrainer.descriptor(c).contains("clusters"));
    EnumSet<FeatureFamily> f = EnumSet.copyOf(c.families());
    f.add(FeatureFamily.CLUSTER);
    assertTrue(NerTrainer.descriptor(c.withFamilies(f)).contains(
        "    <str name=\"clusters\">khabar-ner-clusters.nerclusters</str>\n"));
    assertFalse(NerTrainer.DEFAULT_FAMILIES.contains(FeatureFamily.CLUSTER));
    assertThrows(IllegalArgumentException.class,
        () -> NerTrainer.train(List.of(), c.withFamilies(f), NerLexicon.empty(), Map.of(), null));
  }
}
