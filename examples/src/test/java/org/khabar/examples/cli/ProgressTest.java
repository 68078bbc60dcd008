package org.khabar.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** Progress lines and bar: what they say and when they appear. */
class ProgressTest {
  private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(buf, true, UTF_8);

  private String text() {
    return buf.toString(UTF_8);
  }

  @Test
  void plainLinesNameDocumentsMegabytesRateAndTimeLeft() {
    Progress p = new Progress(err, Progress.Mode.lines, false, 10_000_000, 0);
    p.update(1234, 2_500_000);
    p.finish(5000, 10_000_000, 3);
    String[] lines = text().split("\n");
    assertEquals(2, lines.length, text());
    assertTrue(lines[0].matches("khabar: 1,234 documents, 2\\.5 of 10\\.0 MB \\(25%\\), [0-9,]+ documents/s, "
        + "[0-9.]+ MB/s, [0-9:.]+( s)? left"), lines[0]);
    assertTrue(lines[1].matches("khabar: done: 5,000 documents, 10\\.0 MB, [0-9,]+ documents/s, [0-9.]+ MB/s, "
        + "[0-9:.]+( s)?, 3 rejected"), lines[1]);
  }

  @Test
  void unknownSizeShowsNoShareNorTimeLeft() {
    Progress p = new Progress(err, Progress.Mode.lines, false, -1, 0);
    p.update(10, 1_000_000);
    assertTrue(text().matches("khabar: 10 documents, 1\\.0 MB, [0-9,]+ documents/s, [0-9.]+ MB/s\n"), text());
  }

  @Test
  void barIsRedrawnInPlaceAndEndedByTheSummary() {
    Progress p = new Progress(err, Progress.Mode.bar, true, 4_000_000);
    p.update(1, 2_000_000);
    p.finish(2, 4_000_000, 0);
    String t = text();
    assertTrue(t.startsWith("\rkhabar: [##########..........] 1 documents, 2.0 of 4.0 MB (50%)"), t);
    assertTrue(t.contains("\rkhabar: done: 2 documents, 4.0 MB"), t);
    assertTrue(t.endsWith("\n") && t.indexOf('\n') == t.length() - 1, "one line end, at the end: " + t);
  }

  @Test
  void autoStaysQuietForSmallQuickRunsAndOffNeverPrints() {
    Progress auto = new Progress(err, Progress.Mode.auto, false, 1000);
    auto.update(1, 1000);
    auto.finish(1, 1000, 0);
    Progress off = new Progress(err, Progress.Mode.off, true, 100_000_000);
    off.update(1, 1000);
    off.finish(1, 1000, 0);
    assertEquals("", text());
  }

  @Test
  void autoShowsBigInputsFromTheStartOnATerminal() {
    Progress p = new Progress(err, Progress.Mode.auto, true, Progress.AUTO_MIN_BYTES);
    p.update(1, 1000);
    assertTrue(text().startsWith("\rkhabar: [....................] 1 documents"), text());
  }

  @Test
  void durationsAreShortSecondsOrMinutes() {
    assertEquals("3.2 s", Progress.duration(3.21));
    assertEquals("0:42", Progress.duration(42));
    assertEquals("2:05", Progress.duration(125));
    assertEquals("1:01:01", Progress.duration(3661));
  }
}
