package org.khabar.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khabar.Document;
import org.khabar.Pipeline;
import org.khabar.internal.ner.NerCorpus;
import org.khabar.internal.ner.NerData;
import org.khabar.internal.ner.NerEngine;
import org.khabar.internal.ner.NerScores;
import org.khabar.testing.SharedData;

/**
 * The shipped NER model: it loads, its sha256 is the one of its model card and of
 * {@code models.properties}, and its F1 on the dev split is the card's figure.
 */
class BundledNerModelTest {
  private static Properties index;
  private static String card;

  @BeforeAll
  static void read() throws IOException {
    index = new Properties();
    try (InputStream in = BundledModels.class.getResourceAsStream("models.properties")) {
      index.load(new java.io.InputStreamReader(Objects.requireNonNull(in, "models.properties"),
          StandardCharsets.UTF_8));
    }
    assertNotNull(index.getProperty("ner.file"),
        "models.properties lists no NER model (ner.file): the shipped model ner-ar.bin is missing");
    try (InputStream in = BundledModels.class.getResourceAsStream("MODEL-CARD-ner.md")) {
      card = new String(Objects.requireNonNull(in, "MODEL-CARD-ner.md").readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String cardValue(String regex) {
    Matcher m = Pattern.compile(regex).matcher(card);
    assertTrue(m.find(), "the model card has no line matching " + regex);
    return m.group(1);
  }

  @Test
  void theShippedModelMatchesItsCardAndModelsProperties() throws IOException, NoSuchAlgorithmException {
    byte[] bytes;
    try (InputStream in = BundledModels.class.getResourceAsStream(index.getProperty("ner.file"))) {
      bytes = Objects.requireNonNull(in, "ner model resource").readAllBytes();
    }
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertEquals(sha, BundledModels.property("ner", "sha256"));
    assertEquals(sha, cardValue("\\| sha256 \\| `([0-9a-f]{64})` \\|"));
    assertEquals(Integer.toString(bytes.length), cardValue("\\| size \\| (\\d+) bytes"));
    assertEquals(index.getProperty("ner.opennlp"), cardValue("\\| OpenNLP \\| ([0-9.]+) "));
    assertEquals("ner-ar.bin", index.getProperty("ner.file"));
    assertTrue(bytes.length < 30 * 1024 * 1024, "model of " + bytes.length + " bytes is not below 30 MB");
    Pipeline p = BundledModels.standardPipeline();
    assertEquals("org/khabar/models/ner-ar.bin", p.nerModelName().orElseThrow());
    // the project gazetteer the model's features read at run time is the one it was trained with
    Properties manifest = new Properties();
    try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
      for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("manifest.properties")) {
          manifest.load(zip);
        }
      }
    }
    assertEquals(NerEngine.gazetteerFingerprint(), manifest.getProperty(NerEngine.GAZETTEER_ENTRY),
        "the project gazetteer changed since the model was trained: run ./khabar train-ner and commit the model");
  }

  @Test
  void itsDevScoreIsTheCardsFigure() throws IOException {
    Path shared = SharedData.require(NerData.ANERCORP_TRAIN).getParent().getParent().getParent().getParent();
    NerCorpus.Document dev = NerData.dev(shared);
    Pipeline p = BundledModels.standardPipeline();
    Document d = p.process(dev.text());
    NerScores scores = new NerScores();
    scores.add(dev, d.entities());
    String expected = cardValue("shipped model on dev \\(seen in training\\): overall F1 = (\\d+\\.\\d\\d)");
    assertEquals(expected, String.format(Locale.ROOT, "%.2f", scores.f1(null)),
        "the shipped model no longer gives its card's dev score: the tokenizer, segmenter or gazetteer it reads "
            + "changed since it was trained; run ./khabar train-ner and commit the model");
  }
}
