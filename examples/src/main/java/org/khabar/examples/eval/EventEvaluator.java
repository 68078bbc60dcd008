package org.khabar.examples.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khabar.Actor;
import org.khabar.Document;
import org.khabar.Event;
import org.khabar.Pipeline;

/**
 * Scores the event layer against gold annotation in the format of the events dev set (one JSON
 * document per line: {@code id}, {@code date}, {@code text}, {@code events} with {@code cameo},
 * {@code trigger}, {@code source}, {@code target}, {@code location}, {@code time}, {@code negated},
 * {@code future}).
 *
 * <p>Metrics (defined in {@code docs/events.md}):
 *
 * <ul>
 *   <li>events: a predicted and a gold event match when they have the same CAMEO root and their
 *       triggers overlap; matching is one-to-one (same exact code first, then larger overlap);
 *       precision, recall, F1, and the share of matched pairs with the exact code;
 *   <li>actors, over matched pairs: directed events compare sources with sources and targets with
 *       targets; joint events (04 but 042/043, 057, 06, 0871) compare the union of their parties as
 *       one set; a predicted actor matches a gold actor when their spans overlap, one-to-one (an
 *       exact-span variant is printed too);
 *   <li>location recall over matched pairs with a gold location (overlap); time-value accuracy over
 *       matched pairs with a gold time (equal values); negated and future accuracy over matched pairs.
 * </ul>
 *
 * <p>Not thread-safe; one evaluation at a time.
 */
public final class EventEvaluator {
  private final Pipeline pipeline;

  private int gold;
  private int predicted;
  private int matched;
  private int exactCode;
  private final int[] actors = new int[3];
  private final int[] actorsExact = new int[3];
  private int locGold;
  private int locHit;
  private int timeGold;
  private int timeHit;
  /** Matched pairs with a predicted location, and those whose gold location it overlaps. */
  private int locPredicted;
  private int locRight;
  /** Matched pairs with a predicted time, and those whose gold time has the same value. */
  private int timePredicted;
  private int timeRight;
  private int negRight;
  private int futRight;
  private int negGold;
  private int negFound;
  private int futGold;
  private int futFound;
  private int documents;
  private final List<String> details = new ArrayList<>();

  /**
   * Creates an evaluator.
   *
   * @param pipeline the pipeline whose events are scored
   */
  public EventEvaluator(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** A gold or predicted span. */
  record S(int start, int end, String text) {
    boolean overlaps(S o) {
      return start < o.end && o.start < end;
    }

    int overlap(S o) {
      return Math.min(end, o.end) - Math.max(start, o.start);
    }
  }

  /** A gold event. */
  record G(String cameo, S trigger, List<S> source, List<S> target, S location, S time, String timeValue,
      boolean negated, boolean future) {}

  /**
   * Scores every document of a JSONL file.
   *
   * @param file the gold file
   * @throws IOException if the file cannot be read or a line is not valid gold JSON (the message names
   *     the line)
   */
  public void evaluate(Path file) throws IOException {
    JsonFactory f = new JsonFactory();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank()) {
          continue;
        }
        try (JsonParser p = f.createParser(line)) {
          evaluateDocument(p, file.getFileName() + ":" + no);
        } catch (IOException | RuntimeException e) {
          throw new IOException(file + " line " + no + ": " + e.getMessage(), e);
        }
      }
    }
  }

  private void evaluateDocument(JsonParser p, String where) throws IOException {
    String id = null;
    String text = null;
    LocalDate date = null;
    List<G> events = new ArrayList<>();
    expect(p, JsonToken.START_OBJECT);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "id":
          id = p.getText();
          break;
        case "text":
          text = p.getText();
          break;
        case "date":
          date = p.currentToken() == JsonToken.VALUE_NULL ? null : LocalDate.parse(p.getText());
          break;
        case "events":
          expectCurrent(p, JsonToken.START_ARRAY);
          while (p.nextToken() == JsonToken.START_OBJECT) {
            events.add(readEvent(p));
          }
          break;
        default:
          p.skipChildren();
      }
    }
    if (text == null) {
      throw new IOException("document has no text");
    }
    Document d = pipeline.process(text, date);
    score(id == null ? where : id, d, events);
  }

  private static G readEvent(JsonParser p) throws IOException {
    String cameo = null;
    S trigger = null;
    List<S> source = List.of();
    List<S> target = List.of();
    S location = null;
    S time = null;
    String value = null;
    boolean negated = false;
    boolean future = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "cameo":
          cameo = p.getText();
          break;
        case "trigger":
          trigger = readSpan(p);
          break;
        case "source":
          source = readSpans(p);
          break;
        case "target":
          target = readSpans(p);
          break;
        case "location":
          location = p.currentToken() == JsonToken.VALUE_NULL ? null : readSpan(p);
          break;
        case "time":
          if (p.currentToken() != JsonToken.VALUE_NULL) {
            String[] v = new String[1];
            time = readSpan(p, v);
            value = v[0];
          }
          break;
        case "negated":
          negated = p.getBooleanValue();
          break;
        case "future":
          future = p.getBooleanValue();
          break;
        default:
          p.skipChildren();
      }
    }
    if (cameo == null || trigger == null) {
      throw new IOException("an event lacks cameo or trigger");
    }
    return new G(cameo, trigger, source, target, location, time, value, negated, future);
  }

  private static List<S> readSpans(JsonParser p) throws IOException {
    expectCurrent(p, JsonToken.START_ARRAY);
    List<S> l = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      l.add(readSpanBody(p, null));
    }
    return l;
  }

  private static S readSpan(JsonParser p) throws IOException {
    return readSpan(p, null);
  }

  private static S readSpan(JsonParser p, String[] value) throws IOException {
    expectCurrent(p, JsonToken.START_OBJECT);
    return readSpanBody(p, value);
  }

  private static S readSpanBody(JsonParser p, String[] value) throws IOException {
    int start = -1;
    int end = -1;
    String text = "";
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "start":
          start = p.getIntValue();
          break;
        case "end":
          end = p.getIntValue();
          break;
        case "text":
          text = p.getText();
          break;
        case "value":
          if (value != null) {
            value[0] = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText();
          }
          break;
        default:
          p.skipChildren();
      }
    }
    if (start < 0 || end < start) {
      throw new IOException("span with bad offsets [" + start + ", " + end + ")");
    }
    return new S(start, end, text);
  }

  private static void expect(JsonParser p, JsonToken t) throws IOException {
    if (p.nextToken() != t) {
      throw new IOException("expected " + t + " but found " + p.currentToken());
    }
  }

  private static void expectCurrent(JsonParser p, JsonToken t) throws IOException {
    if (p.currentToken() != t) {
      throw new IOException("expected " + t + " but found " + p.currentToken());
    }
  }

  /**
   * Returns whether the parties of events with this code are compared as one set.
   *
   * @param code a CAMEO code
   * @return true for joint events: 04 (but 042 and 043), 057, 06 and 0871
   */
  public static boolean isJoint(String code) {
    return code.startsWith("04") && !code.equals("042") && !code.equals("043")
        || code.equals("057") || code.startsWith("06") || code.equals("0871");
  }

  private void score(String id, Document d, List<G> golds) {
    documents++;
    List<Event> preds = d.events();
    gold += golds.size();
    predicted += preds.size();
    boolean[] gUsed = new boolean[golds.size()];
    boolean[] pUsed = new boolean[preds.size()];
    // one-to-one: exact code first, then the largest trigger overlap
    for (int pass = 0; pass < 2; pass++) {
      while (true) {
        int bg = -1;
        int bp = -1;
        int best = 0;
        for (int i = 0; i < golds.size(); i++) {
          if (gUsed[i]) {
            continue;
          }
          G g = golds.get(i);
          for (int j = 0; j < preds.size(); j++) {
            if (pUsed[j]) {
              continue;
            }
            Event e = preds.get(j);
            if (!e.cameoRoot().equals(g.cameo.substring(0, 2)) || pass == 0 && !e.cameo().equals(g.cameo)) {
              continue;
            }
            S pt = new S(e.trigger().start(), e.trigger().end(), e.trigger().text());
            if (!pt.overlaps(g.trigger)) {
              continue;
            }
            int ov = pt.overlap(g.trigger);
            if (ov > best) {
              best = ov;
              bg = i;
              bp = j;
            }
          }
        }
        if (bg < 0) {
          break;
        }
        gUsed[bg] = true;
        pUsed[bp] = true;
        pair(id, d, golds.get(bg), preds.get(bp));
      }
    }
    for (int i = 0; i < golds.size(); i++) {
      if (!gUsed[i]) {
        G g = golds.get(i);
        details.add(id + "\tMISS\t" + g.cameo + "\t" + g.trigger.text + "\tS=" + texts(g.source) + "\tT="
            + texts(g.target));
      }
    }
    for (int j = 0; j < preds.size(); j++) {
      if (!pUsed[j]) {
        Event e = preds.get(j);
        details.add(id + "\tFALSE\t" + e.cameo() + "\t" + e.trigger().text() + "\tS=" + actorTexts(e.source())
            + "\tT=" + actorTexts(e.target()) + "\t" + e.ruleId());
      }
    }
  }

  private void pair(String id, Document d, G g, Event e) {
    matched++;
    if (e.cameo().equals(g.cameo)) {
      exactCode++;
    } else {
      details.add(id + "\tCODE\t" + g.cameo + "\t" + g.trigger.text + "\tpred=" + e.cameo() + "\t" + e.ruleId());
    }
    List<S> ps = spans(e.source());
    List<S> pt = spans(e.target());
    int[] before = actors.clone();
    if (isJoint(g.cameo)) {
      List<S> gu = new ArrayList<>(g.source);
      gu.addAll(g.target);
      List<S> pu = new ArrayList<>(ps);
      pu.addAll(pt);
      compare(gu, pu, false, actors);
      compare(gu, pu, true, actorsExact);
    } else {
      compare(g.source, ps, false, actors);
      compare(g.target, pt, false, actors);
      compare(g.source, ps, true, actorsExact);
      compare(g.target, pt, true, actorsExact);
    }
    if (actors[0] - before[0] != actors[2] - before[2] || actors[0] - before[0] != actors[1] - before[1]) {
      details.add(id + "\tACTORS\t" + g.cameo + "\t" + g.trigger.text + "\tgold S=" + texts(g.source) + " T="
          + texts(g.target) + "\tpred S=" + actorTexts(e.source()) + " T=" + actorTexts(e.target()) + "\t" + e.ruleId());
    }
    boolean locOk = g.location != null && e.location().isPresent()
        && new S(e.location().get().start(), e.location().get().end(), "").overlaps(g.location);
    if (g.location != null) {
      locGold++;
      locHit += locOk ? 1 : 0;
    }
    if (e.location().isPresent()) {
      locPredicted++;
      locRight += locOk ? 1 : 0;
    }
    if (!locOk && (g.location != null || e.location().isPresent())) {
      details.add(id + "\tLOCATION\t" + g.cameo + "\t" + g.trigger.text + "\tgold=" + (g.location == null ? "-"
          : g.location.text) + "\tpred=" + e.location().map(l -> l.text()).orElse("-"));
    }
    boolean timeOk = g.time != null && e.time().isPresent()
        && java.util.Objects.equals(e.time().get().value().orElse(null), g.timeValue);
    if (g.time != null) {
      timeGold++;
      timeHit += timeOk ? 1 : 0;
    }
    if (e.time().isPresent()) {
      timePredicted++;
      timeRight += timeOk ? 1 : 0;
    }
    if (!timeOk && (g.time != null || e.time().isPresent())) {
      details.add(id + "\tTIME\t" + g.cameo + "\t" + g.trigger.text + "\tgold=" + (g.time == null ? "-"
          : g.time.text + "=" + g.timeValue) + "\tpred=" + e.time().map(t -> t.text() + "=" + t.value().orElse(null))
          .orElse("-"));
    }
    if (e.negated() == g.negated) {
      negRight++;
    } else {
      details.add(id + "\tNEGATED\t" + g.cameo + "\t" + g.trigger.text + "\tgold=" + g.negated);
    }
    if (e.future() == g.future) {
      futRight++;
    } else {
      details.add(id + "\tFUTURE\t" + g.cameo + "\t" + g.trigger.text + "\tgold=" + g.future);
    }
    if (g.negated) {
      negGold++;
      if (e.negated()) {
        negFound++;
      }
    }
    if (g.future) {
      futGold++;
      if (e.future()) {
        futFound++;
      }
    }
  }

  /** Adds one-to-one matches of two actor sets to {tp, predicted, gold}. */
  private static void compare(List<S> gold, List<S> pred, boolean exact, int[] acc) {
    acc[1] += pred.size();
    acc[2] += gold.size();
    boolean[] used = new boolean[pred.size()];
    // greedy by overlap size
    boolean[] gUsed = new boolean[gold.size()];
    while (true) {
      int bi = -1;
      int bj = -1;
      int best = 0;
      for (int i = 0; i < gold.size(); i++) {
        if (gUsed[i]) {
          continue;
        }
        for (int j = 0; j < pred.size(); j++) {
          if (used[j]) {
            continue;
          }
          S g = gold.get(i);
          S p = pred.get(j);
          boolean ok = exact ? g.start == p.start && g.end == p.end : g.overlaps(p);
          int ov = ok ? Math.max(1, g.overlap(p)) : 0;
          if (ov > best) {
            best = ov;
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0) {
        break;
      }
      gUsed[bi] = true;
      used[bj] = true;
      acc[0]++;
    }
  }

  private static List<S> spans(List<Actor> l) {
    List<S> out = new ArrayList<>(l.size());
    for (Actor a : l) {
      out.add(new S(a.start(), a.end(), a.text()));
    }
    return out;
  }

  private static String texts(List<S> l) {
    List<String> t = new ArrayList<>();
    for (S s : l) {
      t.add(s.text);
    }
    return String.join(",", t);
  }

  private static String actorTexts(List<Actor> l) {
    List<String> t = new ArrayList<>();
    for (Actor a : l) {
      t.add(a.text());
    }
    return String.join(",", t);
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /**
   * Returns the event F1 of what was evaluated.
   *
   * @return F1 in [0, 1]
   */
  public double eventF1() {
    return f1(ratio(matched, predicted), ratio(matched, gold));
  }

  /**
   * Returns the actor F1 (overlapping spans, over matched events).
   *
   * @return F1 in [0, 1]
   */
  public double actorF1() {
    return f1(ratio(actors[0], actors[1]), ratio(actors[0], actors[2]));
  }

  /**
   * Prints the per-event mismatches (missed, false, wrong actors, wrong flags), one per line.
   *
   * @param out where to print
   */
  public void printDetails(PrintStream out) {
    for (String s : details) {
      out.println(s);
    }
  }

  /**
   * Prints the report; its last line is {@code event F1 = NN.NN} (percent).
   *
   * @param out where to print
   */
  public void printReport(PrintStream out) {
    double p = ratio(matched, predicted);
    double r = ratio(matched, gold);
    out.printf(Locale.ROOT, "documents: %d, gold events: %d, predicted events: %d, matched: %d%n",
        documents, gold, predicted, matched);
    out.printf(Locale.ROOT, "event precision = %.2f, recall = %.2f%n", 100 * p, 100 * r);
    out.printf(Locale.ROOT, "exact CAMEO code (of matched) = %.2f%n", 100 * ratio(exactCode, matched));
    double ap = ratio(actors[0], actors[1]);
    double ar = ratio(actors[0], actors[2]);
    out.printf(Locale.ROOT, "actor precision = %.2f, recall = %.2f, F1 = %.2f (overlapping spans; %d gold, %d predicted, %d matched)%n",
        100 * ap, 100 * ar, 100 * f1(ap, ar), actors[2], actors[1], actors[0]);
    double ep = ratio(actorsExact[0], actorsExact[1]);
    double er = ratio(actorsExact[0], actorsExact[2]);
    out.printf(Locale.ROOT, "actor F1, exact spans = %.2f%n", 100 * f1(ep, er));
    out.printf(Locale.ROOT, "location recall = %.2f (%d of %d); precision = %.2f (%d of %d predicted)%n",
        100 * ratio(locHit, locGold), locHit, locGold, 100 * ratio(locRight, locPredicted), locRight, locPredicted);
    out.printf(Locale.ROOT, "time-value accuracy = %.2f (%d of %d); precision = %.2f (%d of %d predicted)%n",
        100 * ratio(timeHit, timeGold), timeHit, timeGold, 100 * ratio(timeRight, timePredicted), timeRight,
        timePredicted);
    out.printf(Locale.ROOT, "negated accuracy = %.2f (gold negated found: %d of %d)%n",
        100 * ratio(negRight, matched), negFound, negGold);
    out.printf(Locale.ROOT, "future accuracy = %.2f (gold future found: %d of %d)%n",
        100 * ratio(futRight, matched), futFound, futGold);
    out.printf(Locale.ROOT, "event F1 = %.2f%n", 100 * f1(p, r));
  }
}
