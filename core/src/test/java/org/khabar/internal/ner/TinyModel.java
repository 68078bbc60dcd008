package org.khabar.internal.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The tiny NER model of the unit tests: trained once per JVM from {@code ner/tiny-train.txt} with every
 * feature family, a small lexicon and the perceptron (a few seconds).
 */
final class TinyModel {
  static final NerLexicon LEXICON = NerLexicon.of(Map.of(
      "gaz.LOC.country", List.of("مصر", "الأردن", "السودان", "ليبيا", "قطر", "الولايات المتحدة"),
      "cue.PER", List.of("وزير", "الرئيس", "السيد", "الشيخ"),
      "cue.LOC", List.of("مدينة", "العاصمة"),
      "cue.ORG", List.of("منظمة", "جامعة", "وزارة"),
      "cue.GIVEN", List.of("محمد", "أحمد", "سامح", "أيمن")));

  static final NerTrainer.Config CONFIG = NerTrainer.Config.defaults()
      .withFamilies(EnumSet.complementOf(EnumSet.of(FeatureFamily.CLUSTER))).withLearner("PERCEPTRON", 30, 0)
      .withThreads(1);

  private static byte[] bytes;

  private TinyModel() {}

  static synchronized byte[] bytes() {
    if (bytes == null) {
      try {
        bytes = NerTrainer.toBytes(NerTrainer.train(List.of(document()), CONFIG, LEXICON));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bytes;
  }

  static NerCorpus.Document document() throws IOException {
    return new NerCorpus.Document("tiny", NerCorpus.read(resource("ner/tiny-train.txt")));
  }

  static Path resource(String name) {
    try {
      return Paths.get(TinyModel.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
