package org.khabar.internal.ner;

import java.util.function.Supplier;
import org.khabar.internal.Analysis;

/**
 * What connects a caller that has already tokenized and segmented a sentence with the
 * {@link ArabicFeatureGenerator} that OpenNLP created inside a {@code NameFinderME}.
 *
 * <p>OpenNLP creates feature generators from the model's descriptor and hands them only token
 * strings. A {@link NerEngine.Session} therefore creates its context first and {@linkplain #bind binds}
 * it to the current thread while it constructs its {@code NameFinderME}; the generators created in
 * that constructor pick the context up. Before each {@code find(tokens)} the session
 * {@linkplain #prepare prepares} the sentence from its analysis (the segmenter's stems are read, not
 * recomputed). A generator that finds no prepared sentence for the tokens it is given (because it was
 * created outside a binding, or by OpenNLP's own training code) prepares them itself from the strings.
 *
 * <p>Not thread-safe: one context per name finder, used by one thread at a time. The binding is set
 * and removed around one constructor call, so no thread-local state outlives it.
 */
final class NerFeatureContext {
  private static final ThreadLocal<NerFeatureContext> BINDING = new ThreadLocal<>();

  private final NerSentence prepared = new NerSentence();
  private final NerSentence own = new NerSentence();

  private DocMemory doc;

  /**
   * Returns the document memory of the second stage, created on first use.
   *
   * @return the memory
   */
  DocMemory doc() {
    if (doc == null) {
      doc = new DocMemory();
    }
    return doc;
  }

  /**
   * Returns the document memory if it holds labels of this analysis.
   *
   * @param a the analysis of the current sentence
   * @return the memory, or null
   */
  DocMemory docFor(Analysis a) {
    return doc != null && doc.a == a && a != null ? doc : null;
  }

  /** During training only: the harvested-names lexicon to use instead of the model's (cross-fold). */
  NerLexicon harvestOverride;

  /**
   * Runs {@code creator} with this context bound to the current thread, so that the feature
   * generators it creates share this context.
   *
   * @param <T> the created type
   * @param ctx the context
   * @param creator creates the name finder (or the context generator)
   * @return what {@code creator} returned
   */
  static <T> T bind(NerFeatureContext ctx, Supplier<T> creator) {
    NerFeatureContext previous = BINDING.get();
    BINDING.set(ctx);
    try {
      return creator.get();
    } finally {
      if (previous == null) {
        BINDING.remove();
      } else {
        BINDING.set(previous);
      }
    }
  }

  /**
   * Returns the context bound to the current thread, or a new private one.
   *
   * @return the context for a generator being created
   */
  static NerFeatureContext boundOrNew() {
    NerFeatureContext c = BINDING.get();
    return c != null ? c : new NerFeatureContext();
  }

  /**
   * Prepares the next sentence from the caller's analysis.
   *
   * @param a the segmented analysis
   * @param first the first token index
   * @param end the exclusive end token index
   * @param tokens the strings that will be given to OpenNLP (identity is checked)
   */
  void prepare(Analysis a, int first, int end, String[] tokens) {
    prepared.prepare(a, first, end, tokens);
  }

  /**
   * Returns the prepared sentence for these tokens, preparing it from the strings when no caller did.
   *
   * @param tokens the tokens OpenNLP passes to the generator
   * @return the sentence
   */
  NerSentence sentence(String[] tokens) {
    if (prepared.tokens == tokens) {
      return prepared;
    }
    if (own.tokens != tokens) {
      own.prepareFromTokens(tokens);
    }
    return own;
  }

  /** Drops references to the last document. */
  void release() {
    prepared.release();
    own.release();
    if (doc != null) {
      doc.release();
    }
  }
}
