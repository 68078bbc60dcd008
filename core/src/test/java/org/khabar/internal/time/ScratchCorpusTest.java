package org.khabar.internal.time;

import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.khabar.internal.Analysis;

class ScratchCorpusTest {
  @Test
  void run() throws Exception {
    Path p = Paths.get(System.getProperty("scratch.in", "/tmp/snn.tsv"));
    if (!Files.exists(p)) return;
    TimeFinder f = TimeFinder.standard();
    TimeMatches m = new TimeMatches();
    StringBuilder out = new StringBuilder();
    Map<String, Integer> kinds = new TreeMap<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(p)) {
      lineNo++;
      int tab = line.indexOf('\t');
      LocalDate d = LocalDate.parse(line.substring(0, tab));
      String text = line.substring(tab + 1);
      Analysis a = TimeTesting.analyze(text, d);
      f.find(a, 0, a.tokenCount, m);
      for (int i = 0; i < m.count(); i++) {
        kinds.merge(m.kind(i).toString(), 1, Integer::sum);
        int s = Math.max(0, m.start(i) - 30), e = Math.min(text.length(), m.end(i) + 20);
        out.append(lineNo).append('|').append(d).append('\t').append(m.kind(i)).append('\t').append(TimeResolver.resolve(m, i, d, false))
           .append('\t').append(text, m.start(i), m.end(i)).append("\t").append(m.start(i)).append(':').append(m.end(i)).append(':').append(TimeResolver.resolve(m, i, d, true)).append(':').append(m.prepositionToken(i)).append("\t").append(text, s, m.start(i)).append('[').append(text, m.start(i), m.end(i)).append(']').append(text, m.end(i), e).append('\n');
      }
    }
    Files.writeString(Paths.get(System.getProperty("scratch.out", "/tmp/snn-out.tsv")), out.toString());
    Files.writeString(Paths.get("/tmp/snn-kinds.txt"), kinds.toString());
  }
}
