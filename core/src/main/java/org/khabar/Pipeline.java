package org.khabar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.khabar.internal.Analysis;
import org.khabar.internal.WorkerPool;
import org.khabar.internal.events.EventStage;
import org.khabar.internal.ner.NerEngine;
import org.khabar.internal.segment.CliticSegmenter;
import org.khabar.internal.tokenize.ArabicTokenizer;
import org.khabar.internal.tokenize.SentenceSplitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis pipeline: normalize, tokenize, split sentences, segment clitics, find named entities
 * and extract events from Arabic news text.
 *
 * <p>Build a pipeline once and reuse it for the life of the application:
 *
 * <ol>
 *   <li>configure a {@link Builder} from {@link #builder()} (models, limits);
 *   <li>call {@link Builder#build()}, which loads and checks every model;
 *   <li>call {@link #process(String)} or {@link #process(String, LocalDate)} from any number of
 *       threads.
 * </ol>
 *
 * <p>A pipeline is immutable and thread-safe. Each call borrows a private worker (decoders and scratch
 * buffers) from a bounded pool and returns it in a clean state, so calls never share mutable state
 * and the pool holds at most {@link Builder#poolSize(int)} idle workers.
 *
 * <p>Every span in the returned {@link Document} is a {@code [start, end)} offset into the text exactly
 * as given; the text is never changed.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  /** The default {@link Builder#maxDocumentLength(int)}: 20 million UTF-16 code units. */
  public static final int DEFAULT_MAX_DOCUMENT_LENGTH = 20_000_000;

  private final ArabicTokenizer tokenizer = new ArabicTokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final CliticSegmenter segmenter = new CliticSegmenter();
  private final NerEngine ner;
  private final String nerName;
  private final EventStage events;
  private final String lexiconName;
  private final int maxDocumentLength;
  private final boolean gazetteerOrganizations;
  private final WorkerPool<Worker> pool;

  private Pipeline(Builder b, NerEngine ner, String nerName, EventStage events, String lexiconName) {
    this.ner = ner;
    this.nerName = nerName;
    this.events = events;
    this.lexiconName = lexiconName;
    this.maxDocumentLength = b.maxDocumentLength;
    this.gazetteerOrganizations = b.gazetteerOrganizations;
    this.pool = new WorkerPool<>(b.poolSize, this::newWorker);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no models and default limits
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Analyses a text with no document date (relative time expressions stay unresolved).
   *
   * @param text the text; may be empty
   * @return the analysis; an empty text gives an empty document
   * @throws NullPointerException if {@code text} is null
   * @throws DocumentTooLargeException if the text is longer than the configured maximum
   */
  public Document process(String text) {
    return process(text, null);
  }

  /**
   * Analyses a text, resolving relative time expressions ({@code أمس}, {@code الخميس}) against a
   * document date.
   *
   * @param text the text; may be empty
   * @param documentDate the date the text was published, or null when unknown
   * @return the analysis; an empty text gives an empty document
   * @throws NullPointerException if {@code text} is null
   * @throws DocumentTooLargeException if the text is longer than the configured maximum
   */
  public Document process(String text, LocalDate documentDate) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxDocumentLength) {
      throw new DocumentTooLargeException(text.length(), maxDocumentLength);
    }
    Worker w = pool.acquire();
    Analysis a = w.analysis;
    try {
      a.reset(text, documentDate);
      tokenizer.tokenize(a);
      splitter.split(a);
      segmenter.segment(a);
      if (ner != null) {
        ner.tag(a, w.ner, gazetteerOrganizations);
      }
      if (events != null) {
        events.extract(a, w.events);
      }
      return toDocument(a);
    } finally {
      a.release();
      pool.release(w);
    }
  }

  /**
   * Returns the maximum text length {@link #process(String)} accepts.
   *
   * @return the limit in UTF-16 code units
   */
  public int maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns the name of the NER model in use.
   *
   * @return the resource name, or empty when the pipeline finds no entities
   */
  public java.util.Optional<String> nerModelName() {
    return java.util.Optional.ofNullable(nerName);
  }

  /**
   * Returns the name of the trigger lexicon in use.
   *
   * @return {@code standard}, the name of a parsed lexicon, or {@code empty} when the pipeline finds
   *     no events
   */
  public String triggerLexiconName() {
    return lexiconName;
  }

  private Worker newWorker() {
    return new Worker(ner == null ? null : ner.newSession(), events == null ? null : events.newScratch());
  }

  private static Document toDocument(Analysis a) {
    String text = a.text;
    TokenKind[] kinds = TokenKind.values();
    List<Token> tokens = new ArrayList<>(a.tokenCount);
    for (int t = 0; t < a.tokenCount; t++) {
      int from = a.segFirst[t];
      int to = a.segFirst[t + 1];
      int[] segs = null;
      if (to - from > 1 || (to - from == 1 && a.segInfo[from] != SegmentKind.STEM.ordinal())) {
        segs = new int[(to - from) * 3];
        for (int g = from, k = 0; g < to; g++, k += 3) {
          segs[k] = a.segStart[g];
          segs[k + 1] = a.segEnd[g];
          segs[k + 2] = a.segInfo[g];
        }
      }
      tokens.add(new Token(text, a.tokStart[t], a.tokEnd[t], t, kinds[a.tokKind[t]], segs));
    }
    List<Sentence> sentences = new ArrayList<>(a.sentenceCount);
    for (int s = 0; s < a.sentenceCount; s++) {
      int first = a.sentFirstToken[s];
      int end = a.sentEndToken[s];
      sentences.add(new Sentence(text, a.tokStart[first], a.tokEnd[end - 1], s, first, end));
    }
    return new Document(text, a.date, sentences, tokens, a.entities, a.events);
  }

  /** The per-call state lent to one call at a time. */
  private static final class Worker {
    final Analysis analysis = new Analysis();
    final NerEngine.Session ner;
    final EventStage.Scratch events;

    Worker(NerEngine.Session ner, EventStage.Scratch events) {
      this.ner = ner;
      this.events = events;
    }
  }

  /**
   * Configures and builds a {@link Pipeline}. Each setting may be made once; setters check their
   * argument at once and {@link #build()} loads the models.
   *
   * <p>Not thread-safe; use one builder from one thread.
   */
  public static final class Builder {
    private NerModel nerModel;
    private ModelSource nerSource;
    private int maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private boolean maxDocumentLengthSet;
    private int poolSize = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    private boolean poolSizeSet;
    private TriggerLexicon lexicon;
    private boolean gazetteerOrganizations = true;
    private boolean gazetteerOrganizationsSet;

    private Builder() {}

    /**
     * Sets a loaded NER model. Without one, documents have no entities.
     *
     * @param model the model
     * @return this builder
     * @throws NullPointerException if {@code model} is null
     * @throws IllegalStateException if a NER model was already set
     */
    public Builder nerModel(NerModel model) {
      Objects.requireNonNull(model, "model");
      requireNoNer();
      this.nerModel = model;
      return this;
    }

    /**
     * Sets the source of a NER model, loaded and checked by {@link #build()}.
     *
     * @param source where the model comes from
     * @return this builder
     * @throws NullPointerException if {@code source} is null
     * @throws IllegalStateException if a NER model was already set
     */
    public Builder nerModel(ModelSource source) {
      Objects.requireNonNull(source, "source");
      requireNoNer();
      this.nerSource = source;
      return this;
    }

    /**
     * Sets the longest text {@link Pipeline#process(String)} accepts; longer texts are rejected with
     * a {@link DocumentTooLargeException}, never truncated.
     *
     * @param chars the maximum length in UTF-16 code units, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code chars} is less than 1
     * @throws IllegalStateException if the maximum was already set
     */
    public Builder maxDocumentLength(int chars) {
      if (chars < 1) {
        throw new IllegalArgumentException("maxDocumentLength " + chars + " must be at least 1");
      }
      if (maxDocumentLengthSet) {
        throw new IllegalStateException("maxDocumentLength was already set to " + maxDocumentLength);
      }
      this.maxDocumentLength = chars;
      this.maxDocumentLengthSet = true;
      return this;
    }

    /**
     * Sets how many idle workers the pipeline keeps for reuse (default: twice the number of
     * processors). More concurrent callers are still served; their extra workers are dropped after
     * use.
     *
     * @param size the number of idle workers kept, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code size} is less than 1
     * @throws IllegalStateException if the pool size was already set
     */
    public Builder poolSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("poolSize " + size + " must be at least 1");
      }
      if (poolSizeSet) {
        throw new IllegalStateException("poolSize was already set to " + poolSize);
      }
      this.poolSize = size;
      this.poolSizeSet = true;
      return this;
    }

    /**
     * Sets whether the organizations of the built-in gazetteer that the NER model missed are added as
     * {@link EntityType#ORG} entities (default: true). They carry a confidence of 0.5; names the data
     * marks as ambiguous and institution nouns with a nationality adjective are never added. Without a
     * NER model there are no entities either way. Turn it off to get the model's own entities only
     * (for example to evaluate or calibrate a model).
     *
     * @param add whether to add the missed gazetteer organizations
     * @return this builder
     * @throws IllegalStateException if the setting was already made
     */
    public Builder gazetteerOrganizations(boolean add) {
      if (gazetteerOrganizationsSet) {
        throw new IllegalStateException("gazetteerOrganizations was already set to " + gazetteerOrganizations);
      }
      this.gazetteerOrganizations = add;
      this.gazetteerOrganizationsSet = true;
      return this;
    }

    /**
     * Sets the trigger lexicon of the event stage (default: {@link TriggerLexicon#standard()}). To
     * extend the standard rules pass {@code TriggerLexicon.standard().with(mine)}; to replace them pass
     * your own lexicon; {@link TriggerLexicon#empty()} turns the event stage off.
     *
     * @param lexicon the lexicon, compiled by {@link #build()}
     * @return this builder
     * @throws NullPointerException if {@code lexicon} is null
     * @throws IllegalStateException if a lexicon was already set
     */
    public Builder triggerLexicon(TriggerLexicon lexicon) {
      Objects.requireNonNull(lexicon, "lexicon");
      if (this.lexicon != null) {
        throw new IllegalStateException("trigger lexicon was already set to " + this.lexicon.name());
      }
      this.lexicon = lexicon;
      return this;
    }

    /**
     * Loads the models, compiles the trigger lexicon and builds the pipeline.
     *
     * @return the pipeline
     * @throws ModelLoadException if a model source is missing, damaged or not a model
     */
    public Pipeline build() {
      NerModel model = nerModel;
      if (model == null && nerSource != null) {
        model = NerModel.load(nerSource);
      }
      TriggerLexicon lex = lexicon == null ? TriggerLexicon.standard() : lexicon;
      EventStage stage = lex.size() == 0 ? null : EventStage.compile(lex.entries());
      Pipeline p = new Pipeline(this, model == null ? null : model.engine(),
          model == null ? null : model.name(), stage, lex.name());
      LOG.info("khabar pipeline built (ner: {}, trigger lexicon: {}, {} rules)",
          model == null ? "none" : model.name(), lex.name(), lex.size());
      return p;
    }

    private void requireNoNer() {
      if (nerModel != null || nerSource != null) {
        throw new IllegalStateException("ner model was already set to "
            + (nerModel != null ? nerModel.name() : nerSource.name()));
      }
    }
  }
}
