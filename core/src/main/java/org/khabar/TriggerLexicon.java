package org.khabar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.khabar.internal.events.LexiconEntry;
import org.khabar.internal.events.LexiconParser;

/**
 * The rules that signal events: Arabic verb and verbal-noun lemmas and multi-word phrases, each with
 * a CAMEO code, the frame its actors take and a rule id (reported as {@link Event#ruleId()}).
 *
 * <p>The library ships a standard lexicon ({@link #standard()}); a pipeline uses it unless
 * {@link Pipeline.Builder#triggerLexicon(TriggerLexicon)} says otherwise. To extend it, parse your own
 * rules and combine them: {@code TriggerLexicon.standard().with(TriggerLexicon.parse(reader, "mine"))};
 * to replace it, pass your lexicon alone. Rules are written one per line:
 *
 * <pre>
 * # id          CAMEO  frame          pattern
 * 044.iltaqa    044    joint:obj,مع   V:التقى/يلتقي
 * 041.call      041    joint:ب,مع     V:أجرى/يجري ... [N:اتصال A:هاتفي]
 * 0841.release  0841   dir:عن         V:أفرج/يفرج
 * </pre>
 *
 * <p>Columns are tab-separated; {@code #} starts a comment. A verb is given by its perfect and
 * imperfect third person masculine singular and matches all its persons, numbers, genders, the future
 * prefix and attached pronouns; a noun matches with the article, case, dual and plural endings,
 * proclitics and pronouns; {@code ...} lets words stand between two elements; {@code [ ]} marks the
 * trigger words. The full syntax is that of the standard lexicon's resource
 * {@code org/khabar/internal/events/triggers.tsv}.
 *
 * <p>Immutable and thread-safe. The lexicon is compiled into one automaton by
 * {@link Pipeline.Builder#build()}.
 */
public final class TriggerLexicon {
  private static final String STANDARD_RESOURCE = "/org/khabar/internal/events/triggers.tsv";

  private final String name;
  private final List<LexiconEntry> entries;

  private TriggerLexicon(String name, List<LexiconEntry> entries) {
    this.name = name;
    this.entries = Collections.unmodifiableList(new ArrayList<>(entries));
  }

  /**
   * Returns the standard lexicon shipped with the library.
   *
   * @return the standard lexicon, named {@code standard}
   * @throws IllegalStateException if the shipped resource is missing or malformed (a packaging bug)
   */
  public static TriggerLexicon standard() {
    return Standard.LEXICON;
  }

  /**
   * Returns a lexicon with no rules: a pipeline built with it finds no events and skips the event
   * stage.
   *
   * @return the empty lexicon, named {@code empty}
   */
  public static TriggerLexicon empty() {
    return new TriggerLexicon("empty", List.of());
  }

  /**
   * Parses a lexicon.
   *
   * @param reader the rules, one per line (see the class documentation); read to its end, not closed
   * @param name a name for the lexicon, used in error messages
   * @return the lexicon
   * @throws NullPointerException if an argument is null
   * @throws IOException if the reader fails
   * @throws IllegalArgumentException if a line is malformed: the message names the lexicon and the
   *     line number
   */
  public static TriggerLexicon parse(Reader reader, String name) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(name, "name");
    return new TriggerLexicon(name, LexiconParser.parse(reader, name));
  }

  /**
   * Returns a lexicon with the rules of this one and then those of {@code other}; a rule of
   * {@code other} with the id of a rule of this one replaces it, in its place.
   *
   * @param other the rules to add
   * @return the combined lexicon, named {@code this.name() + "+" + other.name()}
   * @throws NullPointerException if {@code other} is null
   */
  public TriggerLexicon with(TriggerLexicon other) {
    Objects.requireNonNull(other, "other");
    Map<String, LexiconEntry> byId = new LinkedHashMap<>();
    for (LexiconEntry e : entries) {
      byId.put(e.ruleId(), e);
    }
    for (LexiconEntry e : other.entries) {
      byId.put(e.ruleId(), e);
    }
    return new TriggerLexicon(name + "+" + other.name, new ArrayList<>(byId.values()));
  }

  /**
   * Returns the lexicon's name.
   *
   * @return the name given to {@link #parse(Reader, String)}, {@code standard} or {@code empty}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the number of rules.
   *
   * @return the rule count
   */
  public int size() {
    return entries.size();
  }

  /**
   * Returns the rule ids in order.
   *
   * @return an unmodifiable list
   */
  public List<String> ruleIds() {
    List<String> ids = new ArrayList<>(entries.size());
    for (LexiconEntry e : entries) {
      ids.add(e.ruleId());
    }
    return Collections.unmodifiableList(ids);
  }

  List<LexiconEntry> entries() {
    return entries;
  }

  @Override
  public String toString() {
    return "TriggerLexicon[" + name + ", " + entries.size() + " rules]";
  }

  private static final class Standard {
    static final TriggerLexicon LEXICON = load();

    private static TriggerLexicon load() {
      try (InputStream in = TriggerLexicon.class.getResourceAsStream(STANDARD_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("Missing resource " + STANDARD_RESOURCE);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          return new TriggerLexicon("standard", LexiconParser.parse(r, "standard"));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + STANDARD_RESOURCE, e);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("the standard trigger lexicon is malformed: " + e.getMessage(), e);
      }
    }
  }
}
