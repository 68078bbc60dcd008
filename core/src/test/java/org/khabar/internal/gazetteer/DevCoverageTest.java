package org.khabar.internal.gazetteer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.khabar.internal.Analysis;
import org.khabar.testing.SharedData;

/**
 * How much of the events development set's gold entities (PER/LOC/ORG) the gazetteer alone finds
 * with the exact span and type, and how many of its typed matches are gold. A floor, not a target:
 * the gazetteer is a NER feature; the figures guard against a data or matcher regression.
 */
class DevCoverageTest {
  private static final Pattern TEXT = Pattern.compile("\"text\": \"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern ENTITY = Pattern.compile(
      "\\{\"text\": \"(?:[^\"\\\\]|\\\\.)*\", \"type\": \"(PER|LOC|ORG)\", \"start\": (\\d+), \"end\": (\\d+)\\}");

  @Test
  void exactSpanRecallAndPrecisionOnTheDevSet() throws IOException {
    Path p = SharedData.require("data/events-dev/dev.jsonl");
    Gazetteer g = Gazetteer.builtIn();
    int gold = 0;
    int found = 0;
    int right = 0;
    for (String line : Files.readAllLines(p)) {
      Matcher tm = TEXT.matcher(line);
      assertTrue(tm.find(), line);
      String text = tm.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
      Set<String> golds = new HashSet<>();
      Matcher em = ENTITY.matcher(line.substring(line.indexOf("\"entities\"")));
      while (em.find()) {
        golds.add(em.group(2) + ":" + em.group(3) + ":" + em.group(1));
      }
      gold += golds.size();
      Analysis a = GazetteerTestSupport.analyse(text);
      List<GazetteerMatch> ms = g.find(a);
      for (GazetteerMatch m : ms) {
        if (m.entityType().isPresent()) {
          found++;
          if (golds.contains(m.start() + ":" + m.end() + ":" + m.entityType().get())) {
            right++;
          }
        }
      }
    }
    double recall = (double) right / gold;
    double precision = (double) right / found;
    String figures = "gold " + gold + ", found " + found + ", right " + right;
    assertTrue(gold == 515, figures);
    assertTrue(recall >= 0.85, "recall " + recall + ": " + figures);
    assertTrue(precision >= 0.93, "precision " + precision + ": " + figures);
  }
}
