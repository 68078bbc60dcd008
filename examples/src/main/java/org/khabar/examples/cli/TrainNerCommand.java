package org.khabar.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.khabar.NerModel;
import org.khabar.Pipeline;
import org.khabar.examples.eval.ExperimentGazetteers;
import org.khabar.examples.eval.NerEvaluator;
import org.khabar.internal.ner.ClusterMap;
import org.khabar.internal.ner.FeatureFamily;
import org.khabar.internal.ner.JdkCountryGazetteer;
import org.khabar.internal.ner.NerCorpus;
import org.khabar.internal.ner.NerData;
import org.khabar.internal.ner.NerGazetteer;
import org.khabar.internal.ner.NerLexicon;
import org.khabar.internal.ner.NerScores;
import org.khabar.internal.ner.NerTrainer;
import org.khabar.internal.ner.UpArabicActors;
import org.khabar.internal.ner.NerCalibration;
import org.khabar.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khabar train-ner}: trains the Arabic NER model from {@code ../shared/data/ner} and writes it
 * with its model card.
 *
 * <p>Without options (from the repository root, {@code ../shared} beside it): trains on train-90 and
 * scores the dev split (the figure all choices were made on), trains the shipped model on the whole
 * ANERcorp train split, scores it on the ANERcorp test split, AQMAR's 20 test articles and all 28
 * articles, and writes {@code ner-ar.bin}, {@code MODEL-CARD-ner.md} and the {@code ner.*} entries of
 * {@code models.properties} under {@code models/src/main/resources/org/khabar/models/}.
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
    description = {"Train the Arabic NER model from ../shared/data/ner (ANERcorp CAMeL train split) and "
        + "write it with its model card.",
        "Dev = the last 10%% of the train sentences; the shipped model is trained on the whole train split."})
final class TrainNerCommand implements Callable<Integer> {
  static final String MODEL_FILE = "ner-ar.bin";
  static final String CARD_FILE = "MODEL-CARD-ner.md";
  static final String VERSION = "1.0.0";

  @Option(names = "--shared", paramLabel = "DIR", description = "the shared folder (default: ../shared)")
  Path shared = Paths.get("..", "shared");

  @Option(names = "--models-dir", paramLabel = "DIR",
      description = "where the shipped model, card and models.properties are (default: ${DEFAULT-VALUE})")
  Path modelsDir = Paths.get("models", "src", "main", "resources", "org", "khabar", "models");

  @Option(names = "--out", paramLabel = "FILE",
      description = "write the model trained on the whole train split to FILE instead of the shipped model "
          + "(no card, models.properties untouched)")
  Path out;

  @Option(names = "--dev-only", description = "only train on train-90 and print the dev scores")
  boolean devOnly;

  @Option(names = "--ablation",
      description = "train on train-90 once per feature family removed (and per unused family added); "
          + "print the dev table")
  boolean ablation;

  @Option(names = "--baseline",
      description = "use OpenNLP's default feature generators instead of the Arabic features (requires --out)")
  boolean baseline;

  @Option(names = "--algorithm", description = "MAXENT, MAXENT_QN, LOGISTIC, PERCEPTRON, PERCEPTRON_SEQUENCE or SEQ_PERCEPTRON (default: ${DEFAULT-VALUE})")
  String algorithm = NerTrainer.Config.defaults().algorithm();

  @Option(names = "--iterations", description = "training iterations (default: ${DEFAULT-VALUE})")
  int iterations = NerTrainer.Config.defaults().iterations();

  @Option(names = "--cutoff", description = "minimum feature count (default: ${DEFAULT-VALUE})")
  int cutoff = NerTrainer.Config.defaults().cutoff();

  @Option(names = "--beam", description = "beam size (default: ${DEFAULT-VALUE})")
  int beam = NerTrainer.Config.defaults().beam();

  @Option(names = "--codec", description = "BIO or BILOU (default: ${DEFAULT-VALUE})")
  String codec = NerTrainer.Config.defaults().codec();

  @Option(names = "--l2", description = "L2 cost for MAXENT_QN and LOGISTIC (default: ${DEFAULT-VALUE})")
  double l2 = NerTrainer.Config.defaults().l2();

  @Option(names = "--other-bias", description = "subtract this from the 'no entity' bias weight after training "
      + "(recall/precision trade-off; default: ${DEFAULT-VALUE})")
  double otherBias = NerTrainer.Config.defaults().otherBias();

  @Option(names = "--pred", description = "previous-outcome features: opennlp, outcomes or shape "
      + "(default: ${DEFAULT-VALUE})")
  String predMode = NerTrainer.Config.defaults().predMode();

  @Option(names = "--dropout", description = "share of name tokens whose training event is repeated without "
      + "the word's own features (default: ${DEFAULT-VALUE})")
  double dropout = NerTrainer.Config.defaults().dropout();

  @Option(names = "--no-consistency", description = "leave out the document-level name consistency pass")
  boolean noConsistency;

  @Option(names = "--threads", description = "training threads, at most 2 (default: ${DEFAULT-VALUE})")
  int threads = NerTrainer.Config.defaults().threads();

  @Option(names = "--features", paramLabel = "LIST",
      description = "comma-separated feature families (default: ${DEFAULT-VALUE}; also available: "
          + "prevmap, harvest, vocab, ngram, dict)")
  String features = FeatureFamily.format(NerTrainer.Config.defaults().families());

  @Option(names = "--prefix", description = "longest stem prefix feature (default: ${DEFAULT-VALUE})")
  int prefix = NerTrainer.Config.defaults().prefix();

  @Option(names = "--suffix", description = "longest stem suffix feature (default: ${DEFAULT-VALUE})")
  int suffix = NerTrainer.Config.defaults().suffix();

  @Option(names = "--no-gazetteers", description = "leave the shippable gazetteers out of the lexicon")
  boolean noGazetteers;

  @Option(names = "--experiment-gazetteer", paramLabel = "NAME",
      description = "EXPERIMENTS ONLY, never shipped: add anergazet, anetac (no licence), up-actors, icu-places or "
          + "hunspell to the lexicon; requires --out or --dev-only or --ablation")
  List<String> experimentGazetteers = new ArrayList<>();

  @Option(names = "--experiment-clusters", paramLabel = "FILE",
      description = "EXPERIMENTS ONLY, never shipped: word clusters (word<TAB>class, e.g. from the WordClusters "
          + "tool over SaudiNewsNet, CC BY-NC-SA) for the cluster feature family; requires --dev-only or --ablation")
  Path experimentClusters;

  @Option(names = "--cluster-window", paramLabel = "N",
      description = "with --experiment-clusters: the clusters of N neighbours on each side are features too "
          + "(0 to 2, default: ${DEFAULT-VALUE})")
  int clusterWindow = 2;

  private ClusterMap clusters;

  @Override
  public Integer call() throws IOException {
    // OpenNLP logs every training iteration at INFO; keep its warnings only (slf4j-simple, CLI only)
    System.setProperty("org.slf4j.simpleLogger.log.opennlp", "warn");
    if (!Files.isRegularFile(shared.resolve(NerData.ANERCORP_TRAIN))) {
      System.err.println("khabar train-ner: " + shared.resolve(NerData.ANERCORP_TRAIN)
          + " not found; run from the repository root with ../shared beside it, or give --shared");
      return 1;
    }
    if (threads > 2) {
      System.err.println("khabar train-ner: --threads " + threads + " is more than 2");
      return 1;
    }
    boolean shipping = !devOnly && !ablation && out == null;
    if (shipping && (baseline || !experimentGazetteers.isEmpty())) {
      System.err.println("khabar train-ner: --baseline and --experiment-gazetteer models are never shipped; "
          + "give --out FILE (or --dev-only / --ablation)");
      return 1;
    }
    if (experimentClusters != null && !devOnly && !ablation) {
      System.err.println("khabar train-ner: --experiment-clusters models are never written; "
          + "give --dev-only or --ablation");
      return 1;
    }
    NerTrainer.Config config;
    try {
      config = new NerTrainer.Config(algorithm, iterations, cutoff, beam, codec.toUpperCase(Locale.ROOT), l2,
          threads, baseline ? null : FeatureFamily.parse(features), prefix, suffix,
          NerTrainer.Config.defaults().folds(), NerTrainer.Config.defaults().seed(), otherBias, predMode, !noConsistency && !baseline,
          baseline ? 0.0 : dropout);
    } catch (IllegalArgumentException e) {
      System.err.println("khabar train-ner: " + e.getMessage());
      return 1;
    }
    boolean clusterFamily = config.families() != null && config.families().contains(FeatureFamily.CLUSTER);
    if (experimentClusters != null) {
      if (config.families() == null) {
        System.err.println("khabar train-ner: --experiment-clusters needs the Arabic features, not --baseline");
        return 1;
      }
      try (java.io.InputStream in = Files.newInputStream(experimentClusters)) {
        clusters = ClusterMap.readTsv(in, clusterWindow);
      } catch (IllegalArgumentException | IOException e) {
        System.err.println("khabar train-ner: " + e.getMessage());
        return 1;
      }
      Set<FeatureFamily> with = EnumSet.copyOf(config.families());
      with.add(FeatureFamily.CLUSTER);
      config = config.withFamilies(with);
      System.out.println("clusters (EXPERIMENT ONLY): " + clusters + " from " + experimentClusters);
    } else if (clusterFamily) {
      System.err.println("khabar train-ner: the cluster feature family needs --experiment-clusters FILE");
      return 1;
    }
    List<NerGazetteer> gazetteers = new ArrayList<>();
    if (!noGazetteers) {
      gazetteers.add(new JdkCountryGazetteer());
      if (!Files.isRegularFile(shared.resolve(UpArabicActors.FILE))) {
        System.err.println("khabar train-ner: " + shared.resolve(UpArabicActors.FILE) + " not found");
        return 1;
      }
      gazetteers.add(new UpArabicActors(shared));
    }
    for (String g : experimentGazetteers) {
      try {
        gazetteers.add(ExperimentGazetteers.load(shared, g));
      } catch (IllegalArgumentException e) {
        System.err.println("khabar train-ner: " + e.getMessage());
        return 1;
      }
    }
    NerLexicon lexicon = NerTrainer.lexicon(gazetteers);
    NerCorpus.Document train90 = NerData.train90(shared);
    NerCorpus.Document dev = NerData.dev(shared);
    System.out.println("config: " + config.describe());
    System.out.println("lexicon: " + lexicon + " gazetteers: " + names(gazetteers));

    if (ablation) {
      ablate(config, lexicon, gazetteers, train90, dev);
      return 0;
    }
    long t0 = System.nanoTime();
    byte[] devModel = trainBytes(train90, config, lexicon);
    long trainSeconds90 = (System.nanoTime() - t0) / 1_000_000_000L;
    NerScores devScores = evaluate(devModel, List.of(dev));
    System.out.println("== dev (model trained on train-90, " + trainSeconds90 + " s, "
        + devModel.length + " bytes)");
    System.out.print(devScores.report());
    System.out.println("dev recall of names seen / not seen (same text and type) in train-90:");
    System.out.print(new NerEvaluator(pipeline(devModel)).recallBySeen(List.of(dev), List.of(train90)));
    NerCalibration calibration = calibrate(devModel, dev);
    System.out.println("confidence calibration fitted on dev: " + calibration + "; dev "
        + calibrationReport(devModel, dev, null) + "; calibrated: " + calibrationReport(devModel, dev, calibration));
    if (devOnly) {
      return 0;
    }

    NerCorpus.Document train = NerData.train(shared);
    t0 = System.nanoTime();
    TokenNameFinderModel full = NerTrainer.train(List.of(train), config, lexicon,
        Map.of(NerCalibration.MANIFEST_ENTRY, calibration.format()));
    long trainSeconds = (System.nanoTime() - t0) / 1_000_000_000L;
    byte[] bytes = NerTrainer.toBytes(full);
    Map<String, NerScores> results = new LinkedHashMap<>();
    results.put("ANERcorp test", evaluate(bytes, List.of(NerData.test(shared))));
    results.put("AQMAR test (20 articles)", evaluate(bytes, NerData.aqmar(shared, "test")));
    results.put("AQMAR all (28 articles)", evaluate(bytes, NerData.aqmar(shared, "all")));
    NerScores shippedDev = evaluate(bytes, List.of(dev));
    for (Map.Entry<String, NerScores> e : results.entrySet()) {
      System.out.println("== " + e.getKey() + " (model trained on the whole train split, " + trainSeconds + " s)");
      System.out.print(e.getValue().report());
    }
    System.out.println("== dev with the model trained on the whole train split (dev was seen in training)");
    System.out.print(shippedDev.report());
    System.out.println();
    System.out.print(table(devScores, results));

    String sha = sha256(bytes);
    if (!shipping) {
      Files.write(out, bytes);
      System.out.println("wrote " + out + " (" + bytes.length + " bytes, sha256 " + sha + ")");
      return 0;
    }
    Files.createDirectories(modelsDir);
    Files.write(modelsDir.resolve(MODEL_FILE), bytes);
    String dataSha1 = NerData.sha1(shared.resolve(NerData.ANERCORP_TRAIN));
    Files.writeString(modelsDir.resolve(CARD_FILE),
        card(config, lexicon, gazetteers, bytes.length, sha, dataSha1, trainSeconds, devScores, results,
            shippedDev), StandardCharsets.UTF_8);
    updateProperties(modelsDir.resolve("models.properties"), sha, dataSha1);
    System.out.println("wrote " + modelsDir.resolve(MODEL_FILE) + " (" + bytes.length + " bytes, sha256 "
        + sha + "), " + CARD_FILE + " and models.properties");
    return 0;
  }

  private static String names(List<NerGazetteer> gazetteers) {
    List<String> n = new ArrayList<>();
    for (NerGazetteer g : gazetteers) {
      n.add(g.getClass().getSimpleName() + g.phrases().keySet());
    }
    return n.toString();
  }

  private void ablate(NerTrainer.Config config, NerLexicon lexicon, List<NerGazetteer> gazetteers,
      NerCorpus.Document train90, NerCorpus.Document dev) throws IOException {
    Set<FeatureFamily> all = config.families();
    if (all == null) {
      throw new IllegalArgumentException("--ablation needs the Arabic features, not --baseline");
    }
    Map<String, NerScores> rows = new LinkedHashMap<>();
    rows.put("all families", evaluate(trainBytes(train90, config, lexicon), List.of(dev)));
    System.out.println("all families: dev F1 " + fmt(rows.get("all families").f1(null)));
    for (FeatureFamily f : all) {
      Set<FeatureFamily> without = EnumSet.copyOf(all);
      without.remove(f);
      NerScores s = evaluate(trainBytes(train90, config.withFamilies(without), lexicon), List.of(dev));
      rows.put("- " + f.key(), s);
      System.out.println("- " + f.key() + ": dev F1 " + fmt(s.f1(null)));
    }
    if (config.consistency()) {
      NerScores s = evaluate(trainBytes(train90, config.withConsistency(false), lexicon), List.of(dev));
      rows.put("- consistency pass", s);
      System.out.println("- consistency pass: dev F1 " + fmt(s.f1(null)));
    }
    if (gazetteers.stream().anyMatch(g -> g instanceof UpArabicActors)) {
      List<NerGazetteer> without = new ArrayList<>(gazetteers);
      without.removeIf(g -> g instanceof UpArabicActors);
      NerScores s = evaluate(trainBytes(train90, config, NerTrainer.lexicon(without)), List.of(dev));
      rows.put("- UniversalPetrarch actors in the gazetteer family", s);
      System.out.println("- UniversalPetrarch actors: dev F1 " + fmt(s.f1(null)));
    }
    boolean dictionary = lexicon.entries().keySet().stream().anyMatch(k -> k.startsWith("dict."));
    for (FeatureFamily f : FeatureFamily.values()) {
      if (all.contains(f) || (f == FeatureFamily.DICT && !dictionary)
          || (f == FeatureFamily.CLUSTER && clusters == null)) {
        continue;
      }
      Set<FeatureFamily> with = EnumSet.copyOf(all);
      with.add(f);
      NerScores s = evaluate(trainBytes(train90, config.withFamilies(with), lexicon), List.of(dev));
      rows.put("+ " + f.key(), s);
      System.out.println("+ " + f.key() + ": dev F1 " + fmt(s.f1(null)));
    }
    double base = rows.get("all families").f1(null);
    StringBuilder sb = new StringBuilder();
    sb.append("| features | PER | LOC | ORG | MISC | overall F1 | change |\n");
    sb.append("|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, NerScores> e : rows.entrySet()) {
      NerScores s = e.getValue();
      sb.append("| ").append(e.getKey()).append(" | ").append(fmt(s.f1("PER"))).append(" | ")
          .append(fmt(s.f1("LOC"))).append(" | ").append(fmt(s.f1("ORG"))).append(" | ")
          .append(fmt(s.f1("MISC"))).append(" | ").append(fmt(s.f1(null))).append(" | ")
          .append(e.getKey().equals("all families") ? "" : String.format(Locale.ROOT, "%+.2f", s.f1(null) - base))
          .append(" |\n");
    }
    System.out.print(sb);
  }

  /** Trains on one document, with the experiment clusters when the configuration has their family. */
  private byte[] trainBytes(NerCorpus.Document doc, NerTrainer.Config config, NerLexicon lexicon)
      throws IOException {
    boolean withClusters = config.families() != null && config.families().contains(FeatureFamily.CLUSTER);
    return NerTrainer.toBytes(NerTrainer.train(List.of(doc), config, lexicon, Map.of(),
        withClusters ? clusters : null));
  }

  /** Fits the confidence map on the dev entities of a model trained without the dev sentences. */
  static NerCalibration calibrate(byte[] model, NerCorpus.Document dev) {
    List<Entity> found = pipeline(model).process(dev.text()).entities();
    java.util.Set<NerCorpus.Chunk> gold = new java.util.HashSet<>(dev.chunks());
    List<NerCorpus.Chunk> chunks = org.khabar.internal.ner.NerScores.toChunks(dev, found);
    double[] raw = new double[found.size()];
    boolean[] correct = new boolean[found.size()];
    for (int k = 0; k < raw.length; k++) {
      raw[k] = found.get(k).confidence();
      correct[k] = gold.contains(chunks.get(k));
    }
    return NerCalibration.fit(raw, correct);
  }

  /**
   * Describes how well entity confidences match the share of right entities: the Brier score and the
   * expected calibration error over ten equal-width confidence bins.
   *
   * @param model the model bytes
   * @param doc gold document
   * @param map a map applied to the model's confidences, or null for as they are
   * @return e.g. {@code "Brier 0.1630, ECE 0.0412 (880 entities)"}
   */
  static String calibrationReport(byte[] model, NerCorpus.Document doc, NerCalibration map) {
    List<Entity> found = pipeline(model).process(doc.text()).entities();
    java.util.Set<NerCorpus.Chunk> gold = new java.util.HashSet<>(doc.chunks());
    List<NerCorpus.Chunk> chunks = org.khabar.internal.ner.NerScores.toChunks(doc, found);
    double brier = 0;
    double[] sumP = new double[10];
    double[] sumY = new double[10];
    int[] count = new int[10];
    for (int k = 0; k < found.size(); k++) {
      double p = map == null ? found.get(k).confidence() : map.apply(found.get(k).confidence());
      double y = gold.contains(chunks.get(k)) ? 1 : 0;
      brier += (p - y) * (p - y);
      int bin = Math.min(9, (int) (p * 10));
      sumP[bin] += p;
      sumY[bin] += y;
      count[bin]++;
    }
    double ece = 0;
    for (int b = 0; b < 10; b++) {
      if (count[b] > 0) {
        ece += Math.abs(sumP[b] - sumY[b]) / found.size();
      }
    }
    return String.format(Locale.ROOT, "Brier %.4f, ECE %.4f (%d entities)", brier / Math.max(1, found.size()), ece,
        found.size());
  }

  /** The model's own entities: the confidence map is fitted on (and applies to) the name finder's only. */
  private static Pipeline pipeline(byte[] model) {
    NerModel m = NerModel.load(new ByteArrayInputStream(model), "trained model");
    return Pipeline.builder().nerModel(m).gazetteerOrganizations(false).build();
  }

  static NerScores evaluate(byte[] model, List<NerCorpus.Document> docs) {
    NerModel m = NerModel.load(new ByteArrayInputStream(model), "trained model");
    Pipeline p = Pipeline.builder().nerModel(m).build();
    return new NerEvaluator(p).evaluate(docs);
  }

  static String table(NerScores dev, Map<String, NerScores> results) {
    StringBuilder sb = new StringBuilder();
    sb.append("| set | PER P/R/F1 | LOC P/R/F1 | ORG P/R/F1 | MISC P/R/F1 | overall P/R/F1 |\n");
    sb.append("|---|---|---|---|---|---|\n");
    row(sb, "ANERcorp dev (last 10% of train; model trained on train-90)", dev);
    for (Map.Entry<String, NerScores> e : results.entrySet()) {
      row(sb, e.getKey(), e.getValue());
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, NerScores s) {
    sb.append("| ").append(name);
    for (String t : new String[] {"PER", "LOC", "ORG", "MISC", null}) {
      sb.append(" | ").append(fmt(s.precision(t))).append(" / ").append(fmt(s.recall(t))).append(" / ")
          .append(t == null ? "**" + fmt(s.f1(t)) + "**" : fmt(s.f1(t)));
    }
    sb.append(" |\n");
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private String card(NerTrainer.Config config, NerLexicon lexicon, List<NerGazetteer> gazetteers, int size,
      String sha, String dataSha1, long trainSeconds, NerScores dev, Map<String, NerScores> results,
      NerScores shippedDev) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Model card: khabar Arabic NER (`").append(MODEL_FILE).append("`)\n\n");
    sb.append("Written by `./khabar train-ner`; do not edit by hand (retrain instead).\n\n");
    sb.append("| field | value |\n|---|---|\n");
    sb.append("| file | `").append(MODEL_FILE).append("` |\n");
    sb.append("| version | ").append(VERSION).append(" |\n");
    sb.append("| size | ").append(size).append(" bytes (")
        .append(String.format(Locale.ROOT, "%.1f", size / 1048576.0)).append(" MiB) |\n");
    sb.append("| sha256 | `").append(sha).append("` |\n");
    sb.append("| OpenNLP | ").append(opennlpVersion()).append(" (`NameFinderME`, `").append(config.algorithm())
        .append("`) |\n");
    sb.append("| licence | CC BY-SA 4.0 (trained on ANERcorp, CC BY-SA 4.0) |\n");
    sb.append("| training data | ANERcorp, CAMeL Lab train split (`").append(NerData.ANERCORP_TRAIN)
        .append("`, sha1 `").append(dataSha1).append("`), all 3,973 sentences |\n");
    sb.append("| command | `./khabar train-ner` (repository root, `../shared` beside it) |\n");
    sb.append("| hyper-parameters | `").append(config.describe()).append("` |\n");
    boolean harvested = config.families() != null && (config.families().contains(FeatureFamily.HARVEST)
        || config.families().contains(FeatureFamily.VOCAB));
    sb.append("| lexicon in the model | ").append(lexicon.size()).append(" phrases: project cue words and given names; ")
        .append("gazetteers ").append(names(gazetteers))
        .append(harvested ? "; names and common words harvested from the ANERcorp train split (CC BY-SA 4.0)" : "")
        .append(" |\n");
    sb.append("| training time | ").append(trainSeconds).append(" s (whole train split, ")
        .append(config.threads()).append(" threads) |\n\n");
    sb.append("## Licence and attribution\n\n");
    sb.append("The model is distributed under CC BY-SA 4.0 "
        + "(https://creativecommons.org/licenses/by-sa/4.0/), the licence of its training data: ANERcorp "
        + "(Benajiba, Rosso & Benedí Ruiz, ANERsys, CICLing 2007), in the CAMeL Lab train/test split "
        + "(Obeid et al., CAMeL Tools, LREC 2020; https://camel.abudhabi.nyu.edu/anercorp/). "
        + "The model holds weights and a word list; no ANERcorp sentence is in it.\n\n");
    if (gazetteers.stream().anyMatch(g -> g instanceof UpArabicActors)) {
      sb.append("The lexicon in the model holds the Arabic actor names of the UniversalPetrarch actor dictionary "
          + "(`actor_dict_ar_v4.txt`, https://github.com/openeventdata/UniversalPetrarch, branch `arabic`, "
          + "commit `a0af422b2e6d4d47263c9eeca3e5b7fac1d9df0e`), under the MIT licence:\n\n");
      sb.append("> Copyright (c) 2016 Open Event Data Alliance\n>\n"
          + "> Permission is hereby granted, free of charge, to any person obtaining a copy of this software and "
          + "associated documentation files (the \"Software\"), to deal in the Software without restriction, "
          + "including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, "
          + "and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, "
          + "subject to the following conditions:\n>\n"
          + "> The above copyright notice and this permission notice shall be included in all copies or "
          + "substantial portions of the Software.\n>\n"
          + "> THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT "
          + "NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND "
          + "NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES "
          + "OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN "
          + "CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n\n");
    }
    sb.append("The other lexicon entries (cue words, given names) are written by the project; the country names "
        + "come from the JDK's Arabic locale data.\n\n");
    sb.append("## Scores (CoNLL exact spans, precision / recall / F1 in %)\n\n");
    sb.append("Scores of the standard pipeline with this model: the name finder, the document consistency pass "
        + "and the organizations of the project gazetteer the name finder missed "
        + "(`Pipeline.Builder.gazetteerOrganizations`, on by default).\n\n");
    sb.append(table(dev, results)).append('\n');
    sb.append("Dev = the last 10% of the train sentences (3,577-3,973); all choices were made on it with a "
        + "model trained on the first 90%. The shipped model is then trained on the whole train split, so it "
        + "has seen the dev sentences:\n\n");
    sb.append("shipped model on dev (seen in training): overall F1 = ").append(fmt(shippedDev.f1(null)))
        .append("\n\n");
    sb.append("Confidence: `Entity.confidence` is the mean of the name finder's token probabilities mapped "
        + "by a logistic function fitted on the dev entities of the train-90 model (stored in the model's "
        + "manifest, `").append(NerCalibration.MANIFEST_ENTRY).append("`).\n\n");
    sb.append("Reproduce: `./khabar eval-ner ").append("../shared/").append(NerData.ANERCORP_TEST)
        .append("` (test); `./khabar eval-ner --aqmar-test ../shared/").append(NerData.AQMAR_DIR)
        .append("` (AQMAR test); `./khabar eval-ner ../shared/").append(NerData.AQMAR_DIR)
        .append("` (AQMAR, all 28).\n");
    return sb.toString();
  }

  static String opennlpVersion() {
    Package p = TokenNameFinderModel.class.getPackage();
    String v = p == null ? null : p.getImplementationVersion();
    return v == null ? opennlp.tools.util.Version.currentVersion().toString() : v;
  }

  private static void updateProperties(Path file, String sha, String dataSha1) throws IOException {
    List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
        : new ArrayList<>();
    lines.removeIf(l -> l.startsWith("ner."));
    lines.add("ner.file=" + MODEL_FILE);
    lines.add("ner.version=" + VERSION);
    lines.add("ner.sha256=" + sha);
    lines.add("ner.opennlp=" + opennlpVersion());
    lines.add("ner.data=ANERcorp CAMeL Lab train split, sha1 " + dataSha1);
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
