package org.khabar.examples.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on standard error for long runs: documents, MB, documents/s, MB/s and, when the input
 * size is known, the share done and the time left. On a terminal a bar redrawn in place (at most four
 * times a second); otherwise a plain line every five seconds. Shown from the start when the input is
 * known to be at least {@link #AUTO_MIN_BYTES} bytes, otherwise once the run has lasted two seconds;
 * a summary line ends it when anything was shown.
 *
 * <p>Not thread-safe: called from the thread that writes the output.
 */
final class Progress {
  /** Inputs at least this large show progress from the start (4 MB). */
  static final long AUTO_MIN_BYTES = 4L << 20;

  /** When to show progress. */
  enum Mode {
    /** Decide from the input size and run time; bar on a terminal, lines elsewhere. */
    auto,
    /** Always, as a bar redrawn in place. */
    bar,
    /** Always, as plain lines every few seconds. */
    lines,
    /** Never. */
    off
  }

  private final PrintStream err;
  private final boolean bar;
  private final boolean enabled;
  private final boolean forced;
  private final long totalBytes;
  private final long startNanos;
  private final long firstAfterNanos;
  private final long intervalNanos;
  private long lastNanos;
  private boolean shown;
  private int lastWidth;

  Progress(PrintStream err, Mode mode, boolean terminal, long totalBytes) {
    this(err, mode, terminal, totalBytes, -1);
  }

  /** As above, with the interval between plain lines in milliseconds (tests), or -1 for the default. */
  Progress(PrintStream err, Mode mode, boolean terminal, long totalBytes, long lineIntervalMillis) {
    this.err = err;
    this.enabled = mode != Mode.off;
    this.forced = mode == Mode.bar || mode == Mode.lines;
    this.bar = mode == Mode.bar || (mode == Mode.auto && terminal);
    this.totalBytes = totalBytes;
    this.startNanos = System.nanoTime();
    boolean eager = mode == Mode.bar || mode == Mode.lines || totalBytes >= AUTO_MIN_BYTES;
    this.firstAfterNanos = eager ? 0 : 2_000_000_000L;
    this.intervalNanos = bar ? 250_000_000L
        : lineIntervalMillis >= 0 ? lineIntervalMillis * 1_000_000L : 5_000_000_000L;
    this.lastNanos = startNanos;
  }

  /**
   * Reports the state, printing when it is time to.
   *
   * @param docs documents done (analysed or rejected)
   * @param bytes input bytes consumed
   */
  void update(long docs, long bytes) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (!shown) {
      long firstAt = bar ? firstAfterNanos : Math.max(firstAfterNanos, intervalNanos);
      if (now - startNanos < firstAt) {
        return;
      }
    } else if (now - lastNanos < intervalNanos) {
      return;
    }
    lastNanos = now;
    shown = true;
    String line = line(docs, bytes, now, false);
    if (bar) {
      StringBuilder b = new StringBuilder("\r").append(line);
      for (int i = line.length(); i < lastWidth; i++) {
        b.append(' ');
      }
      lastWidth = line.length();
      err.print(b);
    } else {
      err.println(line);
    }
    err.flush();
  }

  /**
   * Ends the progress display with a summary line, when anything was shown or progress was asked
   * for explicitly ({@code bar} or {@code lines}).
   *
   * @param docs documents done
   * @param bytes bytes consumed
   * @param errors documents rejected
   */
  void finish(long docs, long bytes, long errors) {
    if (!shown && !forced) {
      return;
    }
    long now = System.nanoTime();
    String line = line(docs, bytes, now, true) + (errors > 0 ? ", " + errors + " rejected" : "");
    if (bar) {
      StringBuilder b = new StringBuilder("\r").append(line);
      for (int i = line.length(); i < lastWidth; i++) {
        b.append(' ');
      }
      err.println(b);
    } else {
      err.println(line);
    }
    err.flush();
  }

  /** Ends the bar line without a summary (before an error message or on a closed pipe). */
  void interrupt() {
    if (shown && bar) {
      err.println();
      err.flush();
    }
  }

  String line(long docs, long bytes, long now, boolean done) {
    double secs = Math.max(1e-9, (now - startNanos) / 1e9);
    double mb = bytes / 1e6;
    StringBuilder b = new StringBuilder("khabar: ");
    if (done) {
      b.append("done: ");
    }
    if (bar && !done && totalBytes > 0) {
      int width = 20;
      int filled = (int) Math.min(width, width * bytes / totalBytes);
      b.append('[');
      for (int i = 0; i < width; i++) {
        b.append(i < filled ? '#' : '.');
      }
      b.append("] ");
    }
    b.append(String.format(Locale.ROOT, "%,d documents, %.1f", docs, mb));
    if (totalBytes > 0 && !done) {
      b.append(String.format(Locale.ROOT, " of %.1f MB (%d%%)", totalBytes / 1e6,
          Math.min(100, 100 * bytes / totalBytes)));
    } else {
      b.append(" MB");
    }
    b.append(String.format(Locale.ROOT, ", %,.0f documents/s, %.2f MB/s", docs / secs, mb / secs));
    if (done) {
      b.append(", ").append(duration(secs));
    } else if (totalBytes > 0 && bytes > 0) {
      double left = secs * (totalBytes - bytes) / bytes;
      b.append(", ").append(duration(left)).append(" left");
    }
    return b.toString();
  }

  static String duration(double secs) {
    long s = Math.round(secs);
    if (s < 60 && secs < 10) {
      return String.format(Locale.ROOT, "%.1f s", secs);
    }
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
