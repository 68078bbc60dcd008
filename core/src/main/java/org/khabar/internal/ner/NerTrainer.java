package org.khabar.internal.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.EventModelSequenceTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.khabar.TokenKind;
import org.khabar.internal.Analysis;
import org.khabar.internal.segment.CliticSegmenter;
import org.khabar.internal.tokenize.ArabicTokenizer;
import org.khabar.internal.tokenize.SentenceSplitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the NER model from gold documents.
 *
 * <p>Each gold document's text ({@link NerCorpus.Document#text()}) goes through the library's own
 * tokenizer, sentence splitter and clitic segmenter, exactly as {@code Pipeline.process} does, so the
 * model is trained on the tokens and stems it will see. Gold entities (whole whitespace tokens) are
 * projected onto those tokens, leading and trailing punctuation tokens left out. Training events are
 * generated with the model's own context generator from the prepared analysis (the fast path of
 * {@link NerFeatureContext}), then a maxent (GIS or L-BFGS) or perceptron model is trained.
 *
 * <p>Harvested names ({@link FeatureFamily#HARVEST}): the names of the training data are a lexicon of
 * the model. So that the feature does not fire on every training entity, the training sentences are
 * cut into blocks of {@value #HARVEST_BLOCK} sentences, the blocks dealt to {@link Config#folds} folds
 * in an order shuffled with {@link Config#seed}, and each fold's events see only the names of the
 * other folds; the shipped lexicon holds all names.
 *
 * <p>Training is deterministic for a given configuration and data. Stateless and thread-safe.
 */
public final class NerTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(NerTrainer.class);

  /** The model artifact holding gazetteer and cue phrases. */
  public static final String LEXICON_KEY = "khabar-ner-lexicon.nerlex";
  /** The model artifact holding harvested names. */
  public static final String HARVEST_KEY = "khabar-ner-harvest.nerlex";
  /** The model artifact holding word clusters (experimental models only, {@link FeatureFamily#CLUSTER}). */
  public static final String CLUSTERS_KEY = "khabar-ner-clusters.nerclusters";
  /** The harvest-lexicon category of common words (outside names) of the training data. */
  static final String VOCAB_CATEGORY = "vocab.common";
  /** How often a word must occur outside names to count as common. */
  static final int VOCAB_MIN_COUNT = 2;
  /** Sentences per harvesting block. */
  static final int HARVEST_BLOCK = 25;

  static {
    NerEngine.allowExtensions();
  }

  /** The feature families of the default configuration. */
  public static final Set<FeatureFamily> DEFAULT_FAMILIES = Collections.unmodifiableSet(EnumSet.of(
      FeatureFamily.NORM, FeatureFamily.STEM, FeatureFamily.CLITIC, FeatureFamily.AFFIX, FeatureFamily.SHAPE,
      FeatureFamily.WINDOW, FeatureFamily.BIGRAM, FeatureFamily.GAZETTEER, FeatureFamily.CUE,
      FeatureFamily.LEXICON, FeatureFamily.TRANSLIT, FeatureFamily.PROJECT, FeatureFamily.HEADS));

  private NerTrainer() {}

  /**
   * A training configuration: learner, decoding and features. Immutable; {@code with*} return copies.
   *
   * @param algorithm OpenNLP trainer: {@code MAXENT} (GIS), {@code MAXENT_QN} (L-BFGS),
   *     {@code PERCEPTRON}, {@code PERCEPTRON_SEQUENCE} (OpenNLP's structured perceptron over whole
   *     sentences) or {@code SEQ_PERCEPTRON} (ours, {@link SequencePerceptronTrainer}; no dropout)
   * @param iterations training iterations
   * @param cutoff minimum feature count
   * @param beam beam size for decoding
   * @param codec {@code BIO} or {@code BILOU}
   * @param l2 the L2 cost (MAXENT_QN only)
   * @param threads training threads (at most 2 on shared machines)
   * @param families the Arabic feature families, or null for OpenNLP's default feature generators
   *     (the baseline)
   * @param prefix the longest stem prefix feature
   * @param suffix the longest stem suffix feature
   * @param folds folds for cross-fold name harvesting
   * @param seed the seed that deals harvesting blocks to folds
   * @param otherBias subtracted, after training, from the weight of the always-present bias feature for
   *     the outcome "no entity": a recall/precision trade-off chosen on dev (0 leaves the model as trained)
   * @param predMode the previous-outcome features: {@code opennlp} (OpenNLP's: previous outcome, with
   *     the token, with its class, and the outcome before), {@code outcomes} (the two previous outcomes)
   *     or {@code shape} (the two previous outcomes, together, and the previous with the token class)
   * @param consistency whether the model's engine runs the document-level name consistency pass
   *     ({@link NameConsistency}) after tagging
   * @param dropout the share of name tokens whose training event is repeated without the features of
   *     the word itself (form, stem, stem bigrams, harvested names, previous outcome with the token):
   *     the model then learns to find names from their context and shape, as it must for names it never
   *     saw (0 for none; the repeats are chosen with {@code seed})
   */
  public record Config(String algorithm, int iterations, int cutoff, int beam, String codec, double l2,
      int threads, Set<FeatureFamily> families, int prefix, int suffix, int folds, long seed, double otherBias,
      String predMode, boolean consistency, double dropout) {

    /**
     * Checks the values.
     *
     * @param algorithm see the record component
     * @param iterations see the record component
     * @param cutoff see the record component
     * @param beam see the record component
     * @param codec see the record component
     * @param l2 see the record component
     * @param threads see the record component
     * @param families see the record component
     * @param prefix see the record component
     * @param suffix see the record component
     * @param folds see the record component
     * @param seed see the record component
     * @param otherBias see the record component
     * @param predMode see the record component
     * @param consistency see the record component
     * @param dropout see the record component
     * @throws IllegalArgumentException if a value is out of range or unknown
     */
    public Config {
      Objects.requireNonNull(algorithm, "algorithm");
      Objects.requireNonNull(codec, "codec");
      Objects.requireNonNull(predMode, "predMode");
      if (!predMode.equals(NerContextGenerator.MODE_OPENNLP) && !predMode.equals(NerContextGenerator.MODE_OUTCOMES)
          && !predMode.equals(NerContextGenerator.MODE_SHAPE)) {
        throw new IllegalArgumentException("predMode '" + predMode + "' is not opennlp, outcomes or shape");
      }
      if (!algorithm.equals("MAXENT") && !algorithm.equals("MAXENT_QN") && !algorithm.equals("PERCEPTRON")
          && !algorithm.equals("PERCEPTRON_SEQUENCE") && !algorithm.equals("LOGISTIC")
          && !algorithm.equals("SEQ_PERCEPTRON")) {
        throw new IllegalArgumentException("algorithm '" + algorithm
            + "' is not MAXENT, MAXENT_QN, PERCEPTRON, PERCEPTRON_SEQUENCE, SEQ_PERCEPTRON or LOGISTIC");
      }
      if (algorithm.equals("SEQ_PERCEPTRON") && dropout > 0) {
        throw new IllegalArgumentException("SEQ_PERCEPTRON does not support dropout");
      }
      if (!codec.equals("BIO") && !codec.equals("BILOU")) {
        throw new IllegalArgumentException("codec '" + codec + "' is not BIO or BILOU");
      }
      if (!(dropout >= 0 && dropout <= 1)) {
        throw new IllegalArgumentException("dropout " + dropout + " is not in [0, 1]");
      }
      if (iterations < 1 || cutoff < 0 || beam < 1 || threads < 1 || folds < 2 || l2 < 0 || otherBias < 0
          || prefix < 0 || prefix > 5 || suffix < 0 || suffix > 5) {
        throw new IllegalArgumentException("out of range: iterations " + iterations + " (>= 1), cutoff "
            + cutoff + " (>= 0), beam " + beam + " (>= 1), threads " + threads + " (>= 1), folds " + folds
            + " (>= 2), l2 " + l2 + " (>= 0), otherBias " + otherBias + " (>= 0), prefix " + prefix
            + " and suffix " + suffix + " (0..5)");
      }
      families = families == null ? null : Collections.unmodifiableSet(
          families.isEmpty() ? EnumSet.noneOf(FeatureFamily.class) : EnumSet.copyOf(families));
    }

    /**
     * Returns the default configuration, chosen on the dev split (see {@code docs/ner.md}): OpenNLP's
     * perceptron, 100 iterations, no cutoff, beam 3, BIO, the families {@link #DEFAULT_FAMILIES}, the
     * consistency pass.
     *
     * @return the default configuration
     */
    public static Config defaults() {
      return new Config("PERCEPTRON", 100, 0, 3, "BIO", 1.0, 2, DEFAULT_FAMILIES, 3, 4, 10, 42L,
          0.0, NerContextGenerator.MODE_OPENNLP, true, 0.0);
    }

    /**
     * Returns a copy with other feature families (null: OpenNLP's default generators).
     *
     * @param f the families
     * @return the copy
     */
    public Config withFamilies(Set<FeatureFamily> f) {
      return new Config(algorithm, iterations, cutoff, beam, codec, l2, threads, f, prefix, suffix, folds,
          seed, otherBias, predMode, consistency, dropout);
    }

    /**
     * Returns a copy with another learner.
     *
     * @param alg the algorithm
     * @param iter the iterations
     * @param cut the cutoff
     * @return the copy
     */
    public Config withLearner(String alg, int iter, int cut) {
      return new Config(alg, iter, cut, beam, codec, l2, threads, families, prefix, suffix, folds,
          seed, otherBias, predMode, consistency, dropout);
    }

    /**
     * Returns a copy with another beam size.
     *
     * @param b the beam size
     * @return the copy
     */
    public Config withBeam(int b) {
      return new Config(algorithm, iterations, cutoff, b, codec, l2, threads, families, prefix, suffix, folds,
          seed, otherBias, predMode, consistency, dropout);
    }

    /**
     * Returns a copy with another codec.
     *
     * @param c BIO or BILOU
     * @return the copy
     */
    public Config withCodec(String c) {
      return new Config(algorithm, iterations, cutoff, beam, c, l2, threads, families, prefix, suffix, folds,
          seed, otherBias, predMode, consistency, dropout);
    }

    /**
     * Returns a copy with another L2 cost.
     *
     * @param cost the cost
     * @return the copy
     */
    public Config withL2(double cost) {
      return new Config(algorithm, iterations, cutoff, beam, codec, cost, threads, families, prefix, suffix, folds,
          seed, otherBias, predMode, consistency, dropout);
    }

    /**
     * Returns a copy with other affix lengths.
     *
     * @param p the longest prefix
     * @param s the longest suffix
     * @return the copy
     */
    public Config withAffixes(int p, int s) {
      return new Config(algorithm, iterations, cutoff, beam, codec, l2, threads, families, p, s, folds,
          seed, otherBias, predMode, consistency, dropout);
    }

    /**
     * Returns a copy with another bias against the outcome "no entity".
     *
     * @param b the bias
     * @return the copy
     */
    public Config withOtherBias(double b) {
      return new Config(algorithm, iterations, cutoff, beam, codec, l2, threads, families, prefix, suffix, folds,
          seed, b, predMode, consistency, dropout);
    }

    /**
     * Returns a copy with other previous-outcome features.
     *
     * @param mode opennlp, outcomes or shape
     * @return the copy
     */
    public Config withPredMode(String mode) {
      return new Config(algorithm, iterations, cutoff, beam, codec, l2, threads, families, prefix, suffix, folds,
          seed, otherBias, mode, consistency, dropout);
    }

    /**
     * Returns a copy with or without the consistency pass.
     *
     * @param on whether the pass runs
     * @return the copy
     */
    public Config withConsistency(boolean on) {
      return new Config(algorithm, iterations, cutoff, beam, codec, l2, threads, families, prefix, suffix, folds,
          seed, otherBias, predMode, on, dropout);
    }

    /**
     * Returns a copy with another share of name events repeated without word features.
     *
     * @param d the share, in [0, 1]
     * @return the copy
     */
    public Config withDropout(double d) {
      return new Config(algorithm, iterations, cutoff, beam, codec, l2, threads, families, prefix, suffix, folds,
          seed, otherBias, predMode, consistency, d);
    }

    /**
     * Returns a copy with another number of training threads.
     *
     * @param t the threads
     * @return the copy
     */
    public Config withThreads(int t) {
      return new Config(algorithm, iterations, cutoff, beam, codec, l2, t, families, prefix, suffix, folds,
          seed, otherBias, predMode, consistency, dropout);
    }

    /**
     * Describes the configuration in one line.
     *
     * @return e.g. {@code MAXENT iterations=100 cutoff=2 beam=3 codec=BIO features=norm,stem,...}
     */
    public String describe() {
      StringBuilder sb = new StringBuilder(algorithm).append(" iterations=").append(iterations)
          .append(" cutoff=").append(cutoff).append(" beam=").append(beam).append(" codec=").append(codec);
      if (algorithm.equals("MAXENT_QN") || algorithm.equals("LOGISTIC")) {
        sb.append(" l2=").append(l2);
      }
      if (otherBias != 0) {
        sb.append(" otherBias=").append(otherBias);
      }
      if (!predMode.equals(NerContextGenerator.MODE_OPENNLP)) {
        sb.append(" pred=").append(predMode);
      }
      if (families == null) {
        sb.append(" features=opennlp-default");
      } else {
        sb.append(" features=").append(FeatureFamily.format(families)).append(" prefix=").append(prefix)
            .append(" suffix=").append(suffix);
        if (families.contains(FeatureFamily.HARVEST) || families.contains(FeatureFamily.VOCAB)) {
          sb.append(" folds=").append(folds).append(" seed=").append(seed);
        }
      }
      if (dropout > 0) {
        sb.append(" dropout=").append(dropout).append(" seed=").append(seed);
      }
      return sb.append(" consistency=").append(consistency).toString();
    }
  }

  /**
   * Builds the fixed lexicon of a model: the project's cue words and the given gazetteers.
   *
   * @param gazetteers gazetteer sources whose phrases go under {@code gaz.}
   * @return the lexicon
   */
  public static NerLexicon lexicon(List<? extends NerGazetteer> gazetteers) {
    Map<String, List<String>> m = new TreeMap<>();
    for (Map.Entry<String, List<String>> e : CueWords.phrases().entrySet()) {
      m.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(e.getValue());
    }
    for (NerGazetteer g : gazetteers) {
      for (Map.Entry<String, List<String>> e : g.phrases().entrySet()) {
        String cat = e.getKey().equals("DICT") ? "dict.words" : "gaz." + e.getKey();
        m.computeIfAbsent(cat, k -> new ArrayList<>()).addAll(e.getValue());
      }
    }
    return NerLexicon.of(m);
  }

  /**
   * Trains a model.
   *
   * @param docs the gold training documents (adaptive data is cleared between documents)
   * @param config the configuration
   * @param lexicon gazetteer and cue phrases (used by the Arabic features)
   * @return the model
   * @throws IOException if OpenNLP's training fails
   */
  public static TokenNameFinderModel train(List<NerCorpus.Document> docs, Config config, NerLexicon lexicon)
      throws IOException {
    return train(docs, config, lexicon, Map.of());
  }

  /**
   * Trains a model with extra manifest entries (for example {@link NerCalibration#MANIFEST_ENTRY}).
   *
   * @param docs the gold training documents (adaptive data is cleared between documents)
   * @param config the configuration
   * @param lexicon gazetteer and cue phrases (used by the Arabic features)
   * @param manifest entries added to the model's manifest
   * @return the model
   * @throws IOException if OpenNLP's training fails
   */
  public static TokenNameFinderModel train(List<NerCorpus.Document> docs, Config config, NerLexicon lexicon,
      Map<String, String> manifest) throws IOException {
    return train(docs, config, lexicon, manifest, null);
  }

  /**
   * Trains a model with word clusters (EXPERIMENTS ONLY: the project's cluster files derive from
   * non-shippable text, so such a model is never shipped).
   *
   * @param docs the gold training documents (adaptive data is cleared between documents)
   * @param config the configuration; its families must contain {@link FeatureFamily#CLUSTER} exactly
   *     when {@code clusters} is given
   * @param lexicon gazetteer and cue phrases (used by the Arabic features)
   * @param manifest entries added to the model's manifest
   * @param clusters the word clusters stored in the model, or null for none
   * @return the model
   * @throws IOException if OpenNLP's training fails
   * @throws IllegalArgumentException if the cluster family and the clusters do not go together
   */
  public static TokenNameFinderModel train(List<NerCorpus.Document> docs, Config config, NerLexicon lexicon,
      Map<String, String> manifest, ClusterMap clusters) throws IOException {
    boolean family = config.families() != null && config.families().contains(FeatureFamily.CLUSTER);
    if (family != (clusters != null)) {
      throw new IllegalArgumentException(family ? "the cluster feature family needs a cluster map"
          : "a cluster map was given but the cluster feature family is off");
    }
    Objects.requireNonNull(docs, "docs");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(lexicon, "lexicon");
    long t0 = System.nanoTime();
    List<Prepared> prepared = new ArrayList<>(docs.size());
    for (NerCorpus.Document d : docs) {
      prepared.add(prepare(d));
    }
    TokenNameFinderModel model;
    if (config.families() != null && config.families().contains(FeatureFamily.DOC)) {
      model = trainTwoStage(prepared, docs, config, lexicon, manifest, clusters);
    } else {
      model = trainPrepared(prepared, docs, config, lexicon, null, null, null, manifest, clusters);
    }
    LOG.info("NER model trained in {} s: {}", (System.nanoTime() - t0) / 1_000_000_000L, config.describe());
    return model;
  }

  /** Folds of the first stage's jackknife: each fold's labels come from a model that did not see it. */
  static final int STAGE1_FOLDS = 5;

  /**
   * Trains a two-stage model: the first stage (the configuration without {@link FeatureFamily#DOC})
   * labels every training sentence in a {@value #STAGE1_FOLDS}-fold jackknife (contiguous blocks of
   * sentences, each labelled by a model trained on the others), the second stage is trained with the
   * document features of those labels, and the first stage trained on everything is stored in the
   * second's model.
   */
  private static TokenNameFinderModel trainTwoStage(List<Prepared> prepared, List<NerCorpus.Document> docs,
      Config config, NerLexicon lexicon, Map<String, String> extra, ClusterMap clusters) throws IOException {
    Set<FeatureFamily> firstFamilies = EnumSet.copyOf(config.families());
    firstFamilies.remove(FeatureFamily.DOC);
    Config first = config.withFamilies(firstFamilies).withConsistency(false);
    int[][] labels = new int[prepared.size()][];
    for (int d = 0; d < prepared.size(); d++) {
      labels[d] = new int[Math.max(1, prepared.get(d).analysis.tokenCount)];
    }
    for (int k = 0; k < STAGE1_FOLDS; k++) {
      boolean[][] train = new boolean[prepared.size()][];
      boolean[][] held = new boolean[prepared.size()][];
      for (int d = 0; d < prepared.size(); d++) {
        int n = prepared.get(d).analysis.sentenceCount;
        train[d] = new boolean[n];
        held[d] = new boolean[n];
        for (int s = 0; s < n; s++) {
          boolean out = (int) ((long) s * STAGE1_FOLDS / n) == k;
          held[d][s] = out;
          train[d][s] = !out;
        }
      }
      NerEngine engine = NerEngine.of(trainPrepared(prepared, docs, first, lexicon, train, null, null, Map.of(),
          clusters));
      NerEngine.Session session = engine.newSession();
      for (int d = 0; d < prepared.size(); d++) {
        engine.label(prepared.get(d).analysis, session, held[d], labels[d]);
      }
    }
    byte[] firstBytes = toBytes(trainPrepared(prepared, docs, first, lexicon, null, null, null, Map.of(),
        clusters));
    return trainPrepared(prepared, docs, config, lexicon, null, labels, new StageModel(firstBytes), extra,
        clusters);
  }

  /**
   * Trains one model on prepared documents.
   *
   * @param include per document and pipeline sentence whether to train on it, or null for all
   * @param docLabels per document the first-stage label codes of its tokens (second stage), or null
   * @param stage1 the first-stage model to store, or null
   * @param extra entries added to the manifest
   * @param clusters the word clusters, or null
   */
  private static TokenNameFinderModel trainPrepared(List<Prepared> prepared, List<NerCorpus.Document> docs,
      Config config, NerLexicon lexicon, boolean[][] include, int[][] docLabels, StageModel stage1,
      Map<String, String> extra, ClusterMap clusters) throws IOException {
    boolean arabic = config.families() != null;
    boolean vocabulary = arabic && config.families().contains(FeatureFamily.VOCAB);
    boolean harvesting = arabic && (config.families().contains(FeatureFamily.HARVEST) || vocabulary);
    Map<String, Object> resources = new HashMap<>();
    NerLexicon[] foldLexicons = null;
    int[][] sentenceFold = null;
    if (stage1 != null) {
      resources.put(NerEngine.STAGE1_KEY, stage1);
    }
    if (arabic) {
      resources.put(LEXICON_KEY, lexicon);
      if (config.families().contains(FeatureFamily.CLUSTER)) {
        resources.put(CLUSTERS_KEY, Objects.requireNonNull(clusters, "clusters"));
      }
      if (harvesting) {
        sentenceFold = folds(docs, config.folds(), config.seed());
        foldLexicons = new NerLexicon[config.folds()];
        for (int f = 0; f < config.folds(); f++) {
          foldLexicons[f] = harvest(prepared, sentenceFold, f, vocabulary);
        }
        resources.put(HARVEST_KEY, harvest(prepared, sentenceFold, -1, vocabulary));
      }
    }
    byte[] descriptor = arabic ? descriptor(config).getBytes(StandardCharsets.UTF_8) : null;
    SequenceCodec<String> codec = config.codec().equals("BILOU") ? new BilouCodec() : new BioCodec();
    TokenNameFinderFactory factory = arabic
        ? new KhabarNameFinderFactory(descriptor, resources, codec, config.predMode())
        : new TokenNameFinderFactory(descriptor, resources, codec);
    NerFeatureContext ctx = new NerFeatureContext();
    NameContextGenerator cg = NerFeatureContext.bind(ctx, factory::createContextGenerator);

    boolean sequence = config.algorithm().equals("PERCEPTRON_SEQUENCE");
    SequencePerceptronTrainer seqPerceptron = config.algorithm().equals("SEQ_PERCEPTRON")
        ? new SequencePerceptronTrainer(SequencePerceptronTrainer.outcomes(codec, docs),
            codec.createSequenceValidator(), config.beam(), config.iterations(), config.cutoff(), config.seed(),
            SequencePerceptronTrainer.FULL, false)
        : null;
    Random dropout = arabic && config.dropout() > 0 ? new Random(config.seed()) : null;
    List<Event> events = new ArrayList<>();
    List<NerSequenceStream.Item> items = new ArrayList<>();
    for (int di = 0; di < prepared.size(); di++) {
      Prepared p = prepared.get(di);
      cg.clearAdaptiveData();
      Analysis a = p.analysis;
      if (docLabels != null) {
        ctx.doc().fill(a, docLabels[di]);
      }
      boolean docStart = true;
      for (int s = 0; s < a.sentenceCount; s++) {
        if (include != null && !include[di][s]) {
          continue;
        }
        int first = a.sentFirstToken[s];
        int end = a.sentEndToken[s];
        int n = end - first;
        if (n == 0) {
          continue;
        }
        String[] tokens = new String[n];
        for (int i = 0; i < n; i++) {
          tokens[i] = a.text.substring(a.tokStart[first + i], a.tokEnd[first + i]);
        }
        NerLexicon foldHarvest = harvesting ? foldLexicons[sentenceFold[di][p.goldSentenceOfToken(first)]] : null;
        String[] outcomes = codec.encode(p.names[s], n);
        if (sequence) {
          items.add(new NerSequenceStream.Item(a, first, end, tokens, outcomes, docStart, foldHarvest));
          docStart = false;
          continue;
        }
        ctx.prepare(a, first, end, tokens);
        ctx.harvestOverride = foldHarvest;
        if (seqPerceptron != null) {
          seqPerceptron.add(cg, tokens, outcomes);
        }
        for (int i = 0; seqPerceptron == null && i < n; i++) {
          String[] context = cg.getContext(i, tokens, outcomes, null);
          events.add(new Event(outcomes[i], context));
          if (dropout != null && !outcomes[i].equals(BioCodec.OTHER) && dropout.nextDouble() < config.dropout()) {
            events.add(new Event(outcomes[i], withoutWord(context)));
          }
        }
        cg.updateAdaptiveData(tokens, outcomes);
      }
      if (!sequence) {
        ctx.release();
      }
    }
    LOG.debug("NER training: {} events from {} documents", events.size(), docs.size());

    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, config.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, config.threads());
    params.put("DataIndexer", "OnePass");
    params.put("PrintMessages", false);
    if (config.algorithm().equals("MAXENT_QN")) {
      params.put("L1Cost", 0.0);
      params.put("L2Cost", config.l2());
      params.put("MaxFctEval", config.iterations());
    }
    Map<String, String> manifest = new LinkedHashMap<>();
    if (arabic) {
      manifest.put(KhabarNameFinderFactory.PRED_MODE_ENTRY, config.predMode());
    }
    manifest.put(NerEngine.CONSISTENCY_ENTRY, Boolean.toString(config.consistency()));
    MaxentModel maxent;
    if (sequence) {
      EventModelSequenceTrainer<NerSequenceStream.Item> trainer =
          TrainerFactory.getEventModelSequenceTrainer(params, manifest);
      maxent = trainer.train(new NerSequenceStream(items, cg, ctx, codec.createSequenceValidator(),
          config.beam()));
      ctx.release();
    } else if (seqPerceptron != null) {
      maxent = seqPerceptron.train();
      manifest.put("Training-Algorithm", "khabar SEQ_PERCEPTRON (structured averaged perceptron)");
    } else if (config.algorithm().equals("LOGISTIC")) {
      maxent = new LogisticTrainer(config.l2(), config.iterations(), 1e-6, 1e-3).train(events, config.cutoff());
      manifest.put("Training-Algorithm", "khabar L2 logistic regression (L-BFGS)");
    } else {
      EventTrainer trainer = TrainerFactory.getEventTrainer(params, manifest);
      maxent = trainer.train(new CollectionObjectStream<>(events));
    }
    ctx.harvestOverride = null;
    if (config.otherBias() != 0) {
      biasAgainstOther(maxent, config.otherBias());
    }
    manifest.put("khabar.ner.config", config.describe());
    if (arabic && config.families().contains(FeatureFamily.PROJECT)) {
      manifest.put(NerEngine.GAZETTEER_ENTRY, NerEngine.gazetteerFingerprint());
    }
    manifest.putAll(extra);
    return new TokenNameFinderModel("ar", maxent, config.beam(), descriptor, resources, manifest, codec, factory);
  }

  /** The prefixes of the features of the word itself, which {@link Config#dropout} leaves out. */
  private static final String[] WORD_FEATURES = {"n=", "s=", "b-=", "b+=", "h=", "pow="};

  /** Returns the context without the features of the word itself. */
  static String[] withoutWord(String[] context) {
    List<String> kept = new ArrayList<>(context.length);
    for (String f : context) {
      boolean word = false;
      for (String p : WORD_FEATURES) {
        if (f.startsWith(p)) {
          word = true;
          break;
        }
      }
      if (!word) {
        kept.add(f);
      }
    }
    return kept.toArray(new String[0]);
  }

  /**
   * Lowers the weight of the bias feature {@code def} (present in every context) for the outcome
   * {@code other}, in place: every token's score for "no entity" drops by {@code bias}.
   *
   * @param model a trained OpenNLP model (GIS or perceptron)
   * @param bias the amount to subtract
   * @throws IllegalStateException if the model has no bias feature
   */
  @SuppressWarnings("unchecked")
  static void biasAgainstOther(MaxentModel model, double bias) {
    if (!(model instanceof AbstractModel)) {
      throw new IllegalStateException("cannot bias a " + model.getClass().getName());
    }
    Object[] data = ((AbstractModel) model).getDataStructures();
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    Context def = pmap.get("def");
    int other = model.getIndex(BioCodec.OTHER);
    if (def == null || other < 0) {
      throw new IllegalStateException("the model has no 'def' feature or no '" + BioCodec.OTHER + "' outcome");
    }
    int[] outcomes = def.getOutcomes();
    double[] params = def.getParameters();
    for (int k = 0; k < outcomes.length; k++) {
      if (outcomes[k] == other) {
        params[k] -= bias;
        return;
      }
    }
    int[] o2 = java.util.Arrays.copyOf(outcomes, outcomes.length + 1);
    double[] p2 = java.util.Arrays.copyOf(params, params.length + 1);
    o2[outcomes.length] = other;
    p2[params.length] = -bias;
    Context replacement = new Context(o2, p2);
    pmap.put("def", replacement);
    Context[] all = (Context[]) data[0];
    for (int i = 0; i < all.length; i++) {
      if (all[i] == def) {
        all[i] = replacement;
      }
    }
  }

  /**
   * Serializes a model, canonically (see {@link #canonical(byte[])}): the same model gives the same bytes.
   *
   * @param model the model
   * @return its bytes
   * @throws IOException if serialization fails
   */
  public static byte[] toBytes(TokenNameFinderModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    model.serialize(out);
    return canonical(out.toByteArray());
  }

  /** The modification time of every entry of a canonical model package. */
  static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  /**
   * Rewrites an OpenNLP model package so that it depends on the model only, not on when it was written:
   * every zip entry gets {@link #ENTRY_TIME}, and the manifest loses OpenNLP's {@code Timestamp} entry
   * and the date comment of {@link Properties#store} and lists its entries sorted.
   *
   * @param zip the package as OpenNLP wrote it
   * @return the canonical package
   * @throws IOException if the package cannot be read
   */
  static byte[] canonical(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals("manifest.properties")) {
          data = canonicalManifest(data);
        }
        ZipEntry c = new ZipEntry(e.getName());
        c.setTimeLocal(ENTRY_TIME);
        z.putNextEntry(c);
        z.write(data);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] canonicalManifest(byte[] data) throws IOException {
    Properties p = new Properties();
    p.load(new ByteArrayInputStream(data));
    p.remove("Timestamp");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    p.store(b, null);
    List<String> lines = new ArrayList<>();
    for (String line : b.toString(StandardCharsets.ISO_8859_1).split("\r?\n")) {
      if (!line.isEmpty() && line.charAt(0) != '#') {
        lines.add(line);
      }
    }
    Collections.sort(lines);
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * Returns the feature descriptor of an Arabic configuration.
   *
   * @param c the configuration (families not null)
   * @return the XML
   */
  static String descriptor(Config c) {
    StringBuilder sb = new StringBuilder();
    sb.append("<featureGenerators cache=\"true\" name=\"khabar-ner\">\n");
    sb.append("  <generator class=\"").append(ArabicFeatureGeneratorFactory.class.getName()).append("\">\n");
    sb.append("    <int name=\"version\">").append(ArabicFeatureGenerator.VERSION).append("</int>\n");
    sb.append("    <str name=\"families\">").append(FeatureFamily.format(c.families())).append("</str>\n");
    sb.append("    <int name=\"prefix\">").append(c.prefix()).append("</int>\n");
    sb.append("    <int name=\"suffix\">").append(c.suffix()).append("</int>\n");
    sb.append("    <str name=\"lexicon\">").append(LEXICON_KEY).append("</str>\n");
    if (c.families().contains(FeatureFamily.HARVEST) || c.families().contains(FeatureFamily.VOCAB)) {
      sb.append("    <str name=\"harvest\">").append(HARVEST_KEY).append("</str>\n");
    }
    if (c.families().contains(FeatureFamily.CLUSTER)) {
      sb.append("    <str name=\"clusters\">").append(CLUSTERS_KEY).append("</str>\n");
    }
    sb.append("  </generator>\n");
    sb.append("</featureGenerators>\n");
    return sb.toString();
  }

  /**
   * Deals blocks of {@value #HARVEST_BLOCK} gold sentences to folds, in an order shuffled with the
   * seed.
   *
   * @return per document, per gold sentence, its fold
   */
  static int[][] folds(List<NerCorpus.Document> docs, int folds, long seed) {
    List<int[]> blocks = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      int n = docs.get(d).sentences().size();
      for (int s = 0; s < n; s += HARVEST_BLOCK) {
        blocks.add(new int[] {d, s, Math.min(n, s + HARVEST_BLOCK)});
      }
    }
    Collections.shuffle(blocks, new Random(seed));
    int[][] out = new int[docs.size()][];
    for (int d = 0; d < docs.size(); d++) {
      out[d] = new int[docs.get(d).sentences().size()];
    }
    for (int b = 0; b < blocks.size(); b++) {
      int[] blk = blocks.get(b);
      for (int s = blk[1]; s < blk[2]; s++) {
        out[blk[0]][s] = b % folds;
      }
    }
    return out;
  }

  /**
   * Harvests the gold names (proclitics trimmed by the segmenter) of all sentences not in a fold.
   *
   * @param fold the fold left out, or -1 for none
   * @param vocabulary whether to add the common words ({@link #VOCAB_CATEGORY})
   */
  static NerLexicon harvest(List<Prepared> prepared, int[][] sentenceFold, int fold, boolean vocabulary) {
    Map<String, TreeSet<String>> m = new TreeMap<>();
    for (int d = 0; d < prepared.size(); d++) {
      Prepared p = prepared.get(d);
      NerCorpus.Document doc = p.doc;
      for (NerCorpus.Chunk c : doc.chunks()) {
        int sentence = p.goldSentenceOfGoldToken(c.first());
        if (fold >= 0 && sentenceFold[d][sentence] == fold) {
          continue;
        }
        int start = doc.tokenStart(c.first());
        int firstTok = p.firstPipelineToken(c.first());
        if (firstTok >= 0) {
          start = NerEngine.stemStart(p.analysis, firstTok);
        }
        String phrase = doc.text().substring(start, doc.tokenEnd(c.end() - 1));
        if (phrase.length() >= 2) {
          m.computeIfAbsent("harvest." + c.type(), k -> new TreeSet<>()).add(phrase);
        }
      }
    }
    if (vocabulary) {
      // common words: Arabic words outside names seen at least VOCAB_MIN_COUNT times
      Map<String, Integer> counts = new HashMap<>();
      for (int d = 0; d < prepared.size(); d++) {
        Prepared p = prepared.get(d);
        Analysis a = p.analysis;
        for (int t = 0; t < a.tokenCount; t++) {
          if (p.inName[t] || a.tokKind[t] != TokenKind.ARABIC.ordinal()) {
            continue;
          }
          if (fold >= 0 && sentenceFold[d][p.goldSentenceOfToken(t)] == fold) {
            continue;
          }
          int start = NerEngine.stemStart(a, t);
          if (a.tokEnd[t] - start >= 2) {
            counts.merge(a.text.substring(start, a.tokEnd[t]), 1, Integer::sum);
          }
        }
      }
      TreeSet<String> common = new TreeSet<>();
      counts.forEach((w, n) -> {
        if (n >= VOCAB_MIN_COUNT) {
          common.add(w);
        }
      });
      m.put(VOCAB_CATEGORY, common);
    }
    return NerLexicon.of(m);
  }

  /**
   * Runs the pipeline's tokenizer, sentence splitter and segmenter over a gold document and projects
   * the gold entities onto its tokens.
   *
   * @param doc the gold document
   * @return the prepared document
   */
  static Prepared prepare(NerCorpus.Document doc) {
    Analysis a = new Analysis();
    a.reset(doc.text(), null);
    new ArabicTokenizer().tokenize(a);
    new SentenceSplitter().split(a);
    new CliticSegmenter().segment(a);
    return new Prepared(doc, a);
  }

  /** A gold document analysed by the pipeline stages, with the gold names on its tokens. */
  static final class Prepared {
    private static final int PUNCT = TokenKind.PUNCTUATION.ordinal();

    final NerCorpus.Document doc;
    final Analysis analysis;
    /** Per pipeline token, the gold token it lies in. */
    final int[] goldToken;
    /** Per gold token, the first pipeline token in it, or -1. */
    final int[] firstPipeline;
    /** Per gold token, its sentence. */
    final int[] goldSentence;
    /** Per pipeline sentence, the names as sentence-relative token spans. */
    final Span[][] names;
    /** Per pipeline token, whether it lies in a gold name's gold tokens. */
    final boolean[] inName;

    Prepared(NerCorpus.Document doc, Analysis a) {
      this.doc = doc;
      this.analysis = a;
      int gn = doc.tokenCount();
      goldToken = new int[a.tokenCount];
      firstPipeline = new int[gn];
      java.util.Arrays.fill(firstPipeline, -1);
      for (int t = 0; t < a.tokenCount; t++) {
        int g = doc.tokenAt(a.tokStart[t]);
        goldToken[t] = g;
        if (firstPipeline[g] < 0) {
          firstPipeline[g] = t;
        }
      }
      goldSentence = new int[gn];
      for (int s = 0, n = doc.sentences().size(); s < n; s++) {
        for (int g = doc.sentenceFirstToken(s); g < doc.sentenceFirstToken(s + 1); g++) {
          goldSentence[g] = s;
        }
      }
      // the chunk each pipeline token belongs to (-1: none), punctuation at the edges left out
      int[] chunkOf = new int[a.tokenCount];
      java.util.Arrays.fill(chunkOf, -1);
      List<NerCorpus.Chunk> chunks = doc.chunks();
      for (int c = 0; c < chunks.size(); c++) {
        NerCorpus.Chunk ch = chunks.get(c);
        int from = -1;
        int to = -1;
        for (int g = ch.first(); g < ch.end(); g++) {
          if (firstPipeline[g] < 0) {
            continue;
          }
          for (int t = firstPipeline[g]; t < a.tokenCount && goldToken[t] == g; t++) {
            if (from < 0) {
              from = t;
            }
            to = t + 1;
          }
        }
        while (from >= 0 && from < to && a.tokKind[from] == PUNCT) {
          from++;
        }
        while (from >= 0 && to > from && a.tokKind[to - 1] == PUNCT) {
          to--;
        }
        for (int t = from; from >= 0 && t < to; t++) {
          chunkOf[t] = c;
        }
      }
      inName = new boolean[a.tokenCount];
      for (NerCorpus.Chunk ch : chunks) {
        for (int g = ch.first(); g < ch.end(); g++) {
          for (int t = firstPipeline[g]; t >= 0 && t < a.tokenCount && goldToken[t] == g; t++) {
            inName[t] = true;
          }
        }
      }
      names = new Span[a.sentenceCount][];
      for (int s = 0; s < a.sentenceCount; s++) {
        int first = a.sentFirstToken[s];
        int end = a.sentEndToken[s];
        List<Span> spans = new ArrayList<>();
        int t = first;
        while (t < end) {
          int c = chunkOf[t];
          if (c < 0) {
            t++;
            continue;
          }
          int u = t + 1;
          while (u < end && chunkOf[u] == c) {
            u++;
          }
          spans.add(new Span(t - first, u - first, chunks.get(c).type()));
          t = u;
        }
        names[s] = spans.toArray(new Span[0]);
      }
    }

    int goldSentenceOfToken(int pipelineToken) {
      return goldSentence[goldToken[pipelineToken]];
    }

    int goldSentenceOfGoldToken(int goldTok) {
      return goldSentence[goldTok];
    }

    int firstPipelineToken(int goldTok) {
      return firstPipeline[goldTok];
    }
  }

  /**
   * Returns a summary of a configuration's training data, for logs.
   *
   * @param docs the documents
   * @return tokens, sentences and entities per type
   */
  public static String summary(List<NerCorpus.Document> docs) {
    int tokens = 0;
    int sentences = 0;
    Map<String, Integer> types = new TreeMap<>();
    for (NerCorpus.Document d : docs) {
      tokens += d.tokenCount();
      sentences += d.sentences().size();
      for (NerCorpus.Chunk c : d.chunks()) {
        types.merge(c.type(), 1, Integer::sum);
      }
    }
    return String.format(Locale.ROOT, "%d sentences, %d tokens, entities %s", sentences, tokens, types);
  }
}
