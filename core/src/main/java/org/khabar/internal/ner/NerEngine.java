package org.khabar.internal.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Objects;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.khabar.Entity;
import org.khabar.EntityType;
import org.khabar.SegmentKind;
import org.khabar.internal.Analysis;

/**
 * A loaded NER model: the thread-safe OpenNLP {@link TokenNameFinderModel}, and the code that runs a
 * per-call {@link NameFinderME} over the analysis' sentences and turns token-index spans into
 * character-offset entities, with attached proclitics trimmed.
 *
 * <p>Thread-safe; each call uses its own {@link Session}.
 */
public final class NerEngine {
  private final TokenNameFinderModel model;

  private NerEngine(TokenNameFinderModel model) {
    this.model = model;
  }

  /**
   * Reads a model from its bytes.
   *
   * @param bytes the serialized OpenNLP model
   * @return the engine
   * @throws IOException if the bytes are not a valid model
   */
  public static NerEngine load(byte[] bytes) throws IOException {
    return new NerEngine(new TokenNameFinderModel(new ByteArrayInputStream(bytes)));
  }

  /**
   * Wraps a model already in memory (training and tests).
   *
   * @param model the model
   * @return the engine
   */
  public static NerEngine of(TokenNameFinderModel model) {
    return new NerEngine(Objects.requireNonNull(model, "model"));
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
   * Creates the per-call state: a name finder of its own.
   *
   * @return a new session
   */
  public Session newSession() {
    return new Session(new NameFinderME(model));
  }

  /** Per-call state; not thread-safe. */
  public static final class Session {
    private final NameFinderME finder;

    Session(NameFinderME finder) {
      this.finder = finder;
    }

    /** Clears the adaptive data kept between sentences of one document. */
    public void clear() {
      finder.clearAdaptiveData();
    }
  }

  /**
   * Finds the entities of every sentence of the analysis and appends them to its entity list.
   *
   * @param a the analysis, tokenized, split and segmented
   * @param session the caller's session
   */
  public void tag(Analysis a, Session session) {
    try {
      for (int s = 0; s < a.sentenceCount; s++) {
        int first = a.sentFirstToken[s];
        int n = a.sentEndToken[s] - first;
        if (n == 0) {
          continue;
        }
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
          words[i] = a.text.substring(a.tokStart[first + i], a.tokEnd[first + i]);
        }
        Span[] spans = session.finder.find(words);
        double[] probs = session.finder.probs(spans);
        for (int k = 0; k < spans.length; k++) {
          Span sp = spans[k];
          int startTok = first + sp.getStart();
          int endTok = first + sp.getEnd() - 1;
          int start = stemStart(a, startTok);
          int end = a.tokEnd[endTok];
          EntityType type = typeOf(sp.getType());
          if (type == null || start >= end) {
            continue;
          }
          a.entities.add(new Entity(start, end, type, a.text.substring(start, end),
              Math.max(0.0, Math.min(1.0, probs[k]))));
        }
      }
    } finally {
      session.clear();
    }
  }

  /** The start of the first token without its conjunction and preposition proclitics. */
  static int stemStart(Analysis a, int tok) {
    int from = a.segFirst[tok];
    int to = a.segFirst[tok + 1];
    for (int g = from; g < to; g++) {
      int kind = a.segInfo[g] & 0xff;
      if (kind != SegmentKind.CONJ.ordinal() && kind != SegmentKind.PREP.ordinal()) {
        return a.segStart[g];
      }
    }
    return a.tokStart[tok];
  }

  static EntityType typeOf(String type) {
    if (type == null) {
      return null;
    }
    switch (type) {
      case "PER":
      case "PERS":
      case "person":
        return EntityType.PER;
      case "LOC":
      case "location":
        return EntityType.LOC;
      case "ORG":
      case "organization":
        return EntityType.ORG;
      case "MISC":
      case "misc":
        return EntityType.MISC;
      default:
        return null;
    }
  }
}
