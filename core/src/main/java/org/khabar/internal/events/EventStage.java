package org.khabar.internal.events;

import java.util.List;
import org.khabar.internal.Analysis;
import org.khabar.internal.gazetteer.ActorCoder;
import org.khabar.internal.time.TimeFinder;

/**
 * The event stage of the pipeline: a trigger lexicon compiled once into a {@link TriggerAutomaton},
 * and the per-call work that matches it over an analysis and turns the matches into events.
 *
 * <p>Usage: {@code EventStage stage = EventStage.compile(rules)} at build time (immutable,
 * thread-safe, shared); {@code stage.newScratch()} once per pooled worker; then
 * {@code stage.extract(analysis, scratch)} per call, after the NER stage. Events are appended to
 * {@link Analysis#events} in text order of their triggers.
 */
public final class EventStage {
  private final TriggerAutomaton automaton;
  private final CameoTable cameo = CameoTable.standard();

  private EventStage(TriggerAutomaton automaton) {
    this.automaton = automaton;
  }

  /**
   * Compiles the rules of a lexicon.
   *
   * @param rules the rules in priority order
   * @return the stage
   */
  public static EventStage compile(List<LexiconEntry> rules) {
    return new EventStage(TriggerAutomaton.compile(rules));
  }

  /**
   * Returns the compiled automaton.
   *
   * @return the automaton
   */
  public TriggerAutomaton automaton() {
    return automaton;
  }

  /**
   * Creates the per-call scratch state of one worker.
   *
   * @return new scratch state; not thread-safe
   */
  public Scratch newScratch() {
    return new Scratch(automaton, cameo);
  }

  /**
   * Finds the events of an analysis that has been tokenized, split, segmented and (optionally)
   * tagged with entities.
   *
   * @param a the analysis; its {@code events} list receives the events
   * @param scratch the caller's scratch state
   */
  public void extract(Analysis a, Scratch scratch) {
    scratch.matcher.match(a);
    scratch.extractor.extract(a, scratch.matcher);
  }

  /** Per-call state: the matcher's and the extractor's buffers. Not thread-safe. */
  public static final class Scratch {
    final TriggerMatcher matcher;
    final EventExtractor extractor;

    Scratch(TriggerAutomaton au, CameoTable cameo) {
      this.matcher = new TriggerMatcher(au);
      this.extractor = new EventExtractor(au, cameo, ActorCoder.builtIn(), TimeFinder.standard());
    }
  }
}
