package org.khabar.internal.events;

import java.util.List;
import java.util.Objects;

/**
 * One parsed rule of a trigger lexicon: a pattern of word elements (with optional gaps) that signals
 * an event of one CAMEO code, with the argument frame the event takes and behaviour flags.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleId the rule id, unique in a lexicon (reported as {@code Event.ruleId()})
 * @param cameo the CAMEO code
 * @param frame how to find the event's actors
 * @param elements the pattern's elements in order
 * @param flags behaviour flags ({@code FLAG_*})
 * @param source the name of the lexicon the rule comes from
 * @param line the 1-based line of the rule in that lexicon
 */
public record LexiconEntry(
    String ruleId, String cameo, Frame frame, List<Element> elements, int flags, String source, int line) {

  /** The event's content (a following trigger in its clause) is asked for, not reported: absorbed. */
  public static final int ABSORB = 1;
  /** The event's content is refused or denied: reported negated, with this event's source. */
  public static final int NEGATE_CONTENT = 2;
  /** The event is performative ({@code أعلن قطع}): dropped when a nominal trigger is its object. */
  public static final int PERFORMATIVE = 4;
  /** A cue only: its content becomes future and it is not an event itself ({@code قرر}). */
  public static final int FUTURE_CONTENT = 8;
  /** The content's events are future (the terms of an agreement). */
  public static final int TERMS = 16;
  /** An event noun that needs a reporting context (a light verb, a date, an actor) to count. */
  public static final int NEEDS_CONTEXT = 32;
  /** The event is its own negation cue ({@code غاب}): negated, the met party is the subject. */
  public static final int ABSENCE = 64;
  /** A cancellation ({@code ألغى}): the cancelled event (its object) is negated. */
  public static final int CANCEL = 128;
  /** The actor must be named as an official (a title or a person): {@code وصل الوزير}, not {@code وصلت الشاحنات}. */
  public static final int OFFICIAL = 256;
  /** A blocking pattern: it claims its words and yields no event ({@code مؤتمر صحفي}). */
  public static final int BLOCK = 512;
  /**
   * A verbal noun that is an event only in a purpose clause ({@code جلسة لبحث الأزمة}); elsewhere it
   * names an activity ({@code البحث العلمي}).
   */
  public static final int PURPOSE = 1024;
  /** A noun of patronage that is an event only as {@code برعاية} or {@code تحت رعاية} (not لرعاية الأيتام). */
  public static final int AUSPICES = 2048;
  /** An attack verb whose subject must be armed (forces, aircraft, gunmen), not an audience's aim. */
  public static final int ARMED = 4096;
  /** Set by the parser: the pattern has a verb element. */
  public static final int HAS_VERB = 1 << 16;

  /**
   * Creates the value.
   *
   * @param ruleId see the record component
   * @param cameo see the record component
   * @param frame see the record component
   * @param elements see the record component
   * @param flags see the record component
   * @param source see the record component
   * @param line see the record component
   * @throws NullPointerException if a component is null
   */
  public LexiconEntry {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(source, "source");
    elements = List.copyOf(elements);
  }

  /**
   * One word of a pattern.
   *
   * @param kind {@code V} verb, {@code N} noun, {@code A} adjective or participle, {@code W} literal
   *     word
   * @param lemmas the lemma forms as written in the lexicon (for a verb: perfect, imperfect, then
   *     extra surface forms)
   * @param gapBefore how many words may stand between the previous element and this one
   * @param trigger whether this element is part of the trigger span
   */
  public record Element(char kind, List<String> lemmas, int gapBefore, boolean trigger) {
    /**
     * Creates the value.
     *
     * @param kind see the record component
     * @param lemmas see the record component
     * @param gapBefore see the record component
     * @param trigger see the record component
     */
    public Element {
      lemmas = List.copyOf(lemmas);
    }

    /**
     * Returns the key identifying the element's word set (kind and lemmas).
     *
     * @return a string key
     */
    public String key() {
      return kind + ":" + String.join("/", lemmas);
    }
  }

  /**
   * How the actors of an event are found.
   *
   * @param joint whether the event is joint (its parties are all sources, a counterpart is a target)
   * @param statement whether it is a statement (the speaker is the source, no target)
   * @param targets where the target stands: {@code obj} for the direct object, or prepositions
   *     ({@code مع}, {@code إلى}, {@code ب}, {@code عن}, {@code على} ...); empty for no target
   * @param sources where the source of an event noun stands when no verb states it: {@code gen}
   *     for the noun phrase right after it ({@code برعاية الأمم المتحدة}), or a preposition
   *     ({@code بطلب من مصر})
   */
  public record Frame(boolean joint, boolean statement, List<String> targets, List<String> sources) {
    /**
     * Creates the value.
     *
     * @param joint see the record component
     * @param statement see the record component
     * @param targets see the record component
     * @param sources see the record component
     */
    public Frame {
      targets = List.copyOf(targets);
      sources = List.copyOf(sources);
    }
  }
}
