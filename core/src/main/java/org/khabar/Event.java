package org.khabar;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A diplomatic or political event reported in a document: who did what to whom, where and when,
 * coded with CAMEO and PLOVER (see the project's {@code EVENTS.md}).
 *
 * <p>Immutable and thread-safe; the actor lists are unmodifiable.
 *
 * @param cameo the CAMEO code, 2 to 4 digits ({@code 044}, {@code 0841})
 * @param plover the PLOVER type derived from the code, empty for statements (CAMEO 01)
 * @param trigger the word or phrase that signals the event
 * @param source the actors who act (all parties of a joint event)
 * @param target the actors acted on or with
 * @param location where the event happened, when the clause says so
 * @param time when the event happened, when the clause says so
 * @param negated true when the text says the event did not happen
 * @param future true for announced or planned events
 * @param confidence a score in {@code [0, 1]}
 * @param ruleId the id of the lexicon rule that produced the event
 */
public record Event(
    String cameo,
    Optional<String> plover,
    Span trigger,
    List<Actor> source,
    List<Actor> target,
    Optional<Span> location,
    Optional<TimeExpression> time,
    boolean negated,
    boolean future,
    double confidence,
    String ruleId) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param cameo see the record component {@code cameo}
   * @param plover see the record component {@code plover}
   * @param trigger see the record component {@code trigger}
   * @param source see the record component {@code source}
   * @param target see the record component {@code target}
   * @param location see the record component {@code location}
   * @param time see the record component {@code time}
   * @param negated see the record component {@code negated}
   * @param future see the record component {@code future}
   * @param confidence see the record component {@code confidence}
   * @param ruleId see the record component {@code ruleId}
   * @throws IllegalArgumentException if a span is invalid, a text does not fit its span or a value
   *     is out of range
   * @throws NullPointerException if a component is null
   */
  public Event {
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(plover, "plover");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(ruleId, "ruleId");
    source = List.copyOf(Objects.requireNonNull(source, "source"));
    target = List.copyOf(Objects.requireNonNull(target, "target"));
    if (cameo.length() < 2 || cameo.length() > 4 || !cameo.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("cameo code '" + cameo + "' is not 2 to 4 digits");
    }
    Checks.confidence(confidence);
  }

  /**
   * Returns the CAMEO root: the first two digits of the code.
   *
   * @return the root code, for example {@code 04} for {@code 044}
   */
  public String cameoRoot() {
    return cameo.substring(0, 2);
  }
}
