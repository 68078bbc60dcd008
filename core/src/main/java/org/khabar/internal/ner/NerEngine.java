package org.khabar.internal.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.ext.ExtensionLoader;
import org.khabar.Entity;
import org.khabar.EntityType;
import org.khabar.SegmentKind;
import org.khabar.internal.Analysis;
import org.khabar.internal.gazetteer.Gazetteer;
import org.khabar.internal.gazetteer.GazetteerEntry;
import org.khabar.internal.gazetteer.GazetteerMatches;
import org.khabar.internal.segment.SegmentNorms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loaded NER model: the thread-safe OpenNLP {@link TokenNameFinderModel}, and the code that runs a
 * per-call {@link NameFinderME} over the analysis' sentences and turns token-index spans into
 * character-offset entities, with attached proclitics trimmed (the entity {@code لأوباما} is
 * reported as {@code أوباما}; the article stays: {@code والولايات المتحدة} gives
 * {@code الولايات المتحدة}).
 *
 * <p>Thread-safe; each call uses its own {@link Session}, whose name finder keeps the document's
 * adaptive data (previous decisions) until {@link #tag} clears it in a {@code finally}.
 */
public final class NerEngine {
  /** The package OpenNLP must be allowed to instantiate feature generators and artifacts from. */
  static final String PACKAGE = "org.khabar.internal.ner";

  static {
    allowExtensions();
  }

  /** The model manifest entry that switches the document-level name consistency pass on. */
  public static final String CONSISTENCY_ENTRY = "khabar.ner.consistency";
  /** The model artifact holding the first-stage model of a two-stage model ({@link FeatureFamily#DOC}). */
  public static final String STAGE1_KEY = "khabar-ner-stage1.nerstage";

  /**
   * The model manifest entry recording the project gazetteer the {@link FeatureFamily#PROJECT}
   * features were trained with ({@link #gazetteerFingerprint()}).
   */
  public static final String GAZETTEER_ENTRY = "khabar.ner.projectGazetteer";

  private static final Logger LOG = LoggerFactory.getLogger(NerEngine.class);

  /**
   * The longest run of tokens the name finder decodes at once: longer sentences (a scraped line of
   * words without punctuation) are decoded in pieces of this many tokens, so that decoding time stays
   * linear in the text (the beam search's hypotheses carry their outcomes, O(n) per token). The longest
   * sentence of ANERcorp and AQMAR, as the library splits them, has 217 tokens; a name cut by a piece's
   * end is found as two names or not at all.
   */
  static final int MAX_SPAN_TOKENS = 400;

  private final TokenNameFinderModel model;
  private final boolean consistency;
  private final NerEngine stage1;
  private final NerCalibration calibration;

  private NerEngine(TokenNameFinderModel model) throws IOException {
    this.model = model;
    this.consistency = Boolean.parseBoolean(model.getManifestProperty(CONSISTENCY_ENTRY));
    Object first = model.getArtifact(STAGE1_KEY);
    this.stage1 = first instanceof StageModel ? load(((StageModel) first).bytes()) : null;
    String gaz = model.getManifestProperty(GAZETTEER_ENTRY);
    if (gaz != null && !gaz.equals(gazetteerFingerprint())) {
      LOG.warn("the NER model was trained with another version of the project gazetteer ({}, now {}): "
          + "its gazetteer features may fire differently; retrain the model", gaz, gazetteerFingerprint());
    }
    String cal = model.getManifestProperty(NerCalibration.MANIFEST_ENTRY);
    try {
      this.calibration = cal == null ? null : NerCalibration.parse(cal);
    } catch (IllegalArgumentException e) {
      throw new IOException("the NER model's manifest entry " + NerCalibration.MANIFEST_ENTRY + " is malformed", e);
    }
    // fail at load, not at the first call, when the model's feature generators cannot be created
    // (an unknown feature version, a missing lexicon artifact)
    model.getFactory().createContextGenerator();
  }

  /**
   * Returns a fingerprint of the built-in project gazetteer: its entry count and a hash of its entry ids,
   * kinds and normalized names.
   *
   * @return e.g. {@code 1480:5f3a9c21}
   */
  public static String gazetteerFingerprint() {
    Gazetteer g = Gazetteer.builtIn();
    int h = 1;
    for (GazetteerEntry e : g.entries()) {
      h = 31 * h + e.id().hashCode();
      h = 31 * h + e.kind().name().hashCode();
    }
    for (String name : g.names()) {
      h = 31 * h + name.hashCode();
    }
    return g.entryCount() + ":" + Integer.toHexString(h);
  }

  /**
   * Allows OpenNLP to instantiate this package's feature generator factory and lexicon serializer
   * by name (OpenNLP 2.5.11 only loads extensions from registered packages). Idempotent.
   */
  static void allowExtensions() {
    ExtensionLoader.registerAllowedPackage(PACKAGE);
  }

  /**
   * Reads a model from its bytes.
   *
   * @param bytes the serialized OpenNLP model
   * @return the engine
   * @throws IOException if the bytes are not a valid model
   * @throws RuntimeException if the model's feature generators cannot be created (OpenNLP's
   *     {@code FeatureGeneratorCreationError}, for example a model of another feature version)
   */
  public static NerEngine load(byte[] bytes) throws IOException {
    allowExtensions();
    return new NerEngine(new DecodingModel(new ByteArrayInputStream(bytes)));
  }

  /**
   * Wraps a model already in memory (training and tests).
   *
   * @param model the model
   * @return the engine
   */
  public static NerEngine of(TokenNameFinderModel model) {
    try {
      return new NerEngine(Objects.requireNonNull(model, "model"));
    } catch (IOException e) {
      throw new IllegalArgumentException("the model's first-stage model cannot be read", e);
    }
  }

  /**
   * Returns the first-stage engine of a two-stage model.
   *
   * @return the first stage, or null for a one-stage model
   */
  NerEngine stage1() {
    return stage1;
  }

  /**
   * Returns the wrapped model.
   *
   * @return the OpenNLP model
   */
  public TokenNameFinderModel model() {
    return model;
  }

  /**
   * Creates the per-call state: a name finder of its own, whose Arabic feature generators read the
   * caller's segmented analysis.
   *
   * @return a new session
   */
  public Session newSession() {
    NerFeatureContext ctx = new NerFeatureContext();
    NameFinderME finder = NerFeatureContext.bind(ctx, () -> new NameFinderME(model));
    return new Session(finder, ctx, stage1 == null ? null : stage1.newSession());
  }

  /** Per-call state; not thread-safe. */
  public static final class Session {
    private final NameFinderME finder;
    private final NerFeatureContext ctx;
    private final Session stage1;
    private int[] labels = new int[256];
    private final GazetteerMatches gazetteerMatches = new GazetteerMatches();

    Session(NameFinderME finder, NerFeatureContext ctx, Session stage1) {
      this.finder = finder;
      this.ctx = ctx;
      this.stage1 = stage1;
    }

    /** Clears the adaptive data kept between sentences of one document. */
    public void clear() {
      finder.clearAdaptiveData();
      ctx.release();
      if (stage1 != null) {
        stage1.clear();
      }
    }
  }

  /**
   * Labels the tokens of the analysis' sentences (all, or those {@code mask} selects) with this model,
   * without the consistency pass, then clears the session's document state.
   *
   * @param a the segmented analysis
   * @param session a session of this engine
   * @param mask per sentence whether to label it, or null for all
   * @param out per token the {@link DocMemory#code label code}, at least {@code a.tokenCount} long;
   *     tokens of unlabelled sentences are left as they are
   */
  void label(Analysis a, Session session, boolean[] mask, int[] out) {
    try {
      for (int s = 0; s < a.sentenceCount; s++) {
        if (mask != null && !mask[s]) {
          continue;
        }
        for (int first = a.sentFirstToken[s]; first < a.sentEndToken[s]; first += MAX_SPAN_TOKENS) {
          labelSpan(a, session, first, Math.min(a.sentEndToken[s], first + MAX_SPAN_TOKENS), out);
        }
      }
    } finally {
      session.clear();
    }
  }

  /** Labels tokens {@code first..end-1} (one sentence, or one piece of a very long one). */
  private void labelSpan(Analysis a, Session session, int first, int end, int[] out) {
    String[] words = words(a, first, end);
    session.ctx.prepare(a, first, end, words);
    java.util.Arrays.fill(out, first, end, 0);
    if (stage1 != null) {
      throw new IllegalStateException("a first-stage model is itself two-stage");
    }
    for (Span sp : session.finder.find(words)) {
      EntityType type = typeOf(sp.getType());
      if (type == null) {
        continue;
      }
      for (int k = sp.getStart(); k < sp.getEnd(); k++) {
        out[first + k] = 1 + type.ordinal() * 2 + (k == sp.getStart() ? 0 : 1);
      }
    }
  }

  /** Finds the entities of tokens {@code first..end-1} (one sentence, or one piece of a very long one). */
  private void tagSpan(Analysis a, Session session, int first, int end, List<int[]> entityTokens) {
    String[] words = words(a, first, end);
    session.ctx.prepare(a, first, end, words);
    Span[] spans = session.finder.find(words);
    double[] probs = session.finder.probs(spans);
    for (int k = 0; k < spans.length; k++) {
      Span sp = spans[k];
      EntityType type = typeOf(sp.getType());
      if (type == null) {
        throw new IllegalStateException("NER model predicted unknown type '" + sp.getType() + "'");
      }
      int startTok = first + sp.getStart();
      int endTok = first + sp.getEnd() - 1;
      int start = stemStart(a, startTok);
      int stop = a.tokEnd[endTok];
      if (start < 0 || start >= stop || stop > a.text.length()) {
        throw new IllegalStateException("NER span [" + start + ", " + stop + ") of tokens "
            + startTok + ".." + endTok + " cannot be mapped into a text of length " + a.text.length());
      }
      a.entities.add(new Entity(start, stop, type, a.text.substring(start, stop),
          Math.max(0.0, Math.min(1.0, probs[k]))));
      entityTokens.add(new int[] {startTok, endTok + 1});
    }
  }

  private static String[] words(Analysis a, int first, int end) {
    // a new array per sentence: OpenNLP's feature cache and our context key on its identity
    String[] words = new String[end - first];
    for (int i = 0; i < words.length; i++) {
      words[i] = a.text.substring(a.tokStart[first + i], a.tokEnd[first + i]);
    }
    return words;
  }

  /**
   * Finds the entities as {@link #tag(Analysis, Session, boolean)} does, adding the gazetteer's
   * organizations the model missed.
   *
   * @param a the analysis, tokenized, split and segmented
   * @param session the caller's session
   */
  public void tag(Analysis a, Session session) {
    tag(a, session, true);
  }

  /**
   * Finds the entities of every sentence of the analysis and appends them to its entity list, then
   * clears the session's document state.
   *
   * @param a the analysis, tokenized, split and segmented
   * @param session the caller's session
   * @param gazetteerOrganizations whether to add the gazetteer's organizations the model missed
   *     ({@link GazetteerBackfill})
   * @throws IllegalStateException if the model predicts a type that is not an {@link EntityType}, or
   *     a span cannot be mapped to offsets (a bug)
   */
  public void tag(Analysis a, Session session, boolean gazetteerOrganizations) {
    List<int[]> entityTokens = new ArrayList<>();
    try {
      if (stage1 != null) {
        if (session.labels.length < a.tokenCount) {
          session.labels = new int[Math.max(a.tokenCount, session.labels.length * 2)];
        }
        stage1.label(a, session.stage1, null, session.labels);
        session.ctx.doc().fill(a, session.labels);
      }
      for (int s = 0; s < a.sentenceCount; s++) {
        for (int first = a.sentFirstToken[s]; first < a.sentEndToken[s]; first += MAX_SPAN_TOKENS) {
          tagSpan(a, session, first, Math.min(a.sentEndToken[s], first + MAX_SPAN_TOKENS), entityTokens);
        }
      }
      if (consistency) {
        NameConsistency.apply(a, entityTokens);
      }
      if (calibration != null) {
        for (int k = 0; k < a.entities.size(); k++) {
          Entity e = a.entities.get(k);
          a.entities.set(k, new Entity(e.start(), e.end(), e.type(), e.text(), calibration.apply(e.confidence())));
        }
      }
      if (gazetteerOrganizations) {
        GazetteerBackfill.apply(a, session.gazetteerMatches);
      }
    } finally {
      session.clear();
    }
  }

  /**
   * Returns where an entity starting at token {@code tok} starts: after the token's conjunction and
   * preposition proclitics. A written article stays ({@code والولايات} gives {@code الولايات}); the
   * article after {@code ل}, whose alif is not written, goes with the preposition ({@code للسعودية}
   * gives {@code سعودية}, not {@code لسعودية}).
   *
   * @param a the segmented analysis
   * @param tok the token index
   * @return the start offset
   */
  static int stemStart(Analysis a, int tok) {
    int from = a.segFirst[tok];
    int to = a.segFirst[tok + 1];
    for (int g = from; g < to; g++) {
      int kind = a.segInfo[g] & 0xff;
      if (kind == SegmentKind.CONJ.ordinal() || kind == SegmentKind.PREP.ordinal()) {
        continue;
      }
      if (kind == SegmentKind.ART.ordinal() && ((a.segInfo[g] >>> 8) & SegmentNorms.ART_AFTER_LAM) != 0
          && g + 1 < to) {
        continue;
      }
      return a.segStart[g];
    }
    return a.tokStart[tok];
  }

  /**
   * Maps a model's type name to an entity type.
   *
   * @param type the type name (ANERcorp's PERS is PER)
   * @return the type, or null when unknown
   */
  static EntityType typeOf(String type) {
    if (type == null) {
      return null;
    }
    switch (type) {
      case "PER":
      case "PERS":
        return EntityType.PER;
      case "LOC":
        return EntityType.LOC;
      case "ORG":
        return EntityType.ORG;
      case "MISC":
        return EntityType.MISC;
      default:
        return null;
    }
  }
}
