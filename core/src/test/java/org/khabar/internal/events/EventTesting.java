package org.khabar.internal.events;

import java.util.ArrayList;
import java.util.List;
import org.khabar.Actor;
import org.khabar.Document;
import org.khabar.Event;
import org.khabar.Pipeline;

/** Test helpers: a pipeline without NER and a compact, offset-exact rendering of events. */
final class EventTesting {
  static final Pipeline PIPELINE = Pipeline.builder().build();

  private EventTesting() {}

  /**
   * Renders every event as {@code cameo trigger@start-end S=[..] T=[..] L=.. flags rule}; checks that
   * every span's text equals the document text at its offsets.
   */
  static List<String> describe(Document d) {
    return describe(d.text(), d.events());
  }

  static List<String> describe(String text, List<Event> events) {
    List<String> out = new ArrayList<>();
    for (Event e : events) {
      check(text, e.trigger().start(), e.trigger().end(), e.trigger().text());
      StringBuilder sb = new StringBuilder();
      sb.append(e.cameo()).append(' ').append(e.trigger().text()).append('@').append(e.trigger().start())
          .append('-').append(e.trigger().end());
      sb.append(" S=").append(actors(text, e.source()));
      sb.append(" T=").append(actors(text, e.target()));
      e.location().ifPresent(l -> {
        check(text, l.start(), l.end(), l.text());
        sb.append(" L=").append(l.text()).append('@').append(l.start()).append('-').append(l.end());
      });
      if (e.negated()) {
        sb.append(" NEG");
      }
      if (e.future()) {
        sb.append(" FUT");
      }
      sb.append(' ').append(e.ruleId());
      out.add(sb.toString());
    }
    return out;
  }

  static List<String> events(String text) {
    return describe(PIPELINE.process(text));
  }

  /** The document date of {@link #full(String)}: Saturday 18 May 2024. */
  static final java.time.LocalDate DATE = java.time.LocalDate.of(2024, 5, 18);

  /**
   * Like {@link #events(String)} with the document date {@link #DATE}, each actor with its country
   * and sector ({@code الوزير@6-12/EGY/GOV}) and the time with its value ({@code TM=أمس@23-26=2024-05-17}).
   */
  static List<String> full(String text) {
    return full(PIPELINE.process(text, DATE));
  }

  static List<String> full(Document d) {
    String text = d.text();
    List<String> out = new ArrayList<>();
    for (Event e : d.events()) {
      check(text, e.trigger().start(), e.trigger().end(), e.trigger().text());
      StringBuilder sb = new StringBuilder();
      sb.append(e.cameo()).append(' ').append(e.trigger().text()).append('@').append(e.trigger().start())
          .append('-').append(e.trigger().end());
      sb.append(" S=").append(coded(text, e.source()));
      sb.append(" T=").append(coded(text, e.target()));
      e.location().ifPresent(l -> {
        check(text, l.start(), l.end(), l.text());
        sb.append(" L=").append(l.text()).append('@').append(l.start()).append('-').append(l.end());
      });
      e.time().ifPresent(t -> {
        check(text, t.start(), t.end(), t.text());
        sb.append(" TM=").append(t.text()).append('@').append(t.start()).append('-').append(t.end()).append('=')
            .append(t.value().orElse("null"));
      });
      if (e.negated()) {
        sb.append(" NEG");
      }
      if (e.future()) {
        sb.append(" FUT");
      }
      sb.append(' ').append(e.ruleId());
      out.add(sb.toString());
    }
    return out;
  }

  private static String coded(String text, List<Actor> l) {
    List<String> s = new ArrayList<>();
    for (Actor a : l) {
      check(text, a.start(), a.end(), a.text());
      s.add(a.text() + "@" + a.start() + "-" + a.end() + a.country().map(c -> "/" + c).orElse("")
          + a.sector().map(c -> "/" + c).orElse(""));
    }
    return "[" + String.join(", ", s) + "]";
  }

  private static String actors(String text, List<Actor> l) {
    List<String> s = new ArrayList<>();
    for (Actor a : l) {
      check(text, a.start(), a.end(), a.text());
      s.add(a.text() + "@" + a.start() + "-" + a.end());
    }
    return "[" + String.join(", ", s) + "]";
  }

  private static void check(String text, int start, int end, String covered) {
    if (start < 0 || end > text.length() || start > end || !text.substring(start, end).equals(covered)) {
      throw new AssertionError("span [" + start + ", " + end + ") '" + covered + "' does not fit the text");
    }
  }
}
