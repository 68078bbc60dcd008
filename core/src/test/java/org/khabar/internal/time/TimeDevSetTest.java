package org.khabar.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.internal.Analysis;
import org.khabar.testing.SharedData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the finder over every document of the events dev set and scores the gold event times: span
 * match (a found expression with exactly the gold offsets) and value (that expression resolved with
 * the gold event's future flag equals the gold value). The dev set may be tuned on; the floors
 * asserted here are the figures reached, so a regression fails.
 */
class TimeDevSetTest {
  private static final Logger LOG = LoggerFactory.getLogger(TimeDevSetTest.class);

  /** Floors under the measured figures on dev (73/73 spans, 73/73 values when written). */
  static final double SPAN_FLOOR = 0.95;
  static final double VALUE_FLOOR = 0.95;

  @Test
  @SuppressWarnings("unchecked")
  void goldEventTimes() throws IOException {
    Path dev = SharedData.require("data/events-dev/dev.jsonl");
    TimeFinder finder = TimeFinder.standard();
    TimeMatches m = new TimeMatches();
    int gold = 0;
    int spanOk = 0;
    int valueOk = 0;
    int found = 0;
    int foundInGold = 0;
    List<String> misses = new ArrayList<>();
    List<String> extras = new ArrayList<>();
    for (String line : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      Map<String, Object> doc = (Map<String, Object>) MiniJson.parse(line);
      String id = (String) doc.get("id");
      String text = (String) doc.get("text");
      LocalDate date = LocalDate.parse((String) doc.get("date"));
      Analysis a = TimeTesting.analyze(text, date);
      List<int[]> spans = new ArrayList<>();
      List<Integer> owner = new ArrayList<>();
      List<TimeMatches> all = new ArrayList<>();
      // the event layer looks at one sentence at a time
      List<String> described = new ArrayList<>();
      List<int[]> foundSpans = new ArrayList<>();
      List<String[]> foundValues = new ArrayList<>();
      for (int s = 0; s < a.sentenceCount; s++) {
        finder.find(a, a.sentFirstToken[s], a.sentEndToken[s], m);
        for (int i = 0; i < m.count(); i++) {
          foundSpans.add(new int[] {m.start(i), m.end(i)});
          foundValues.add(new String[] {TimeResolver.resolve(m, i, date, false),
              TimeResolver.resolve(m, i, date, true)});
          described.add(TimeTesting.describe(a, m, i, false));
        }
      }
      found += foundSpans.size();
      boolean[] used = new boolean[foundSpans.size()];
      for (Object eo : (List<Object>) doc.get("events")) {
        Map<String, Object> ev = (Map<String, Object>) eo;
        Map<String, Object> t = (Map<String, Object>) ev.get("time");
        if (t == null) {
          continue;
        }
        gold++;
        int gs = ((Long) t.get("start")).intValue();
        int ge = ((Long) t.get("end")).intValue();
        String gv = (String) t.get("value");
        boolean future = Boolean.TRUE.equals(ev.get("future"));
        int hit = -1;
        for (int k = 0; k < foundSpans.size(); k++) {
          if (foundSpans.get(k)[0] == gs && foundSpans.get(k)[1] == ge) {
            hit = k;
          }
        }
        if (hit < 0) {
          misses.add(id + " span " + gs + ":" + ge + " '" + t.get("text") + "' not found; found "
              + described);
          continue;
        }
        used[hit] = true;
        spanOk++;
        String v = foundValues.get(hit)[future ? 1 : 0];
        if (java.util.Objects.equals(v, gv)) {
          valueOk++;
        } else {
          misses.add(id + " value of '" + t.get("text") + "' (" + date + ", future " + future
              + "): gold " + gv + ", got " + v);
        }
      }
      for (int k = 0; k < used.length; k++) {
        if (used[k]) {
          foundInGold++;
        } else {
          extras.add(id + " " + described.get(k));
        }
      }
    }
    double span = (double) spanOk / gold;
    double value = (double) valueOk / gold;
    LOG.info("events-dev gold event times: {}; span match {}/{} = {}; value {}/{} = {}", gold, spanOk,
        gold, String.format("%.3f", span), valueOk, gold, String.format("%.3f", value));
    LOG.info("found {} expressions, {} on a gold event time, {} elsewhere", found, foundInGold,
        found - foundInGold);
    for (String s : misses) {
      LOG.info("miss: {}", s);
    }
    for (String s : extras) {
      LOG.info("not a gold event time: {}", s);
    }
    assertEquals(73, gold, "gold event times in dev.jsonl");
    assertTrue(span >= SPAN_FLOOR, "span match " + span + " < " + SPAN_FLOOR);
    assertTrue(value >= VALUE_FLOOR, "value accuracy " + value + " < " + VALUE_FLOOR);
  }
}
