package org.khabar.internal.time;

import java.time.LocalDate;
import org.khabar.internal.Analysis;
import org.khabar.internal.segment.CliticSegmenter;
import org.khabar.internal.tokenize.ArabicTokenizer;
import org.khabar.internal.tokenize.SentenceSplitter;

/** Builds analyses the way the pipeline does, up to the segmenter, for the time tests. */
final class TimeTesting {
  private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final CliticSegmenter SEGMENTER = new CliticSegmenter();

  private TimeTesting() {}

  static Analysis analyze(String text, LocalDate date) {
    Analysis a = new Analysis();
    a.reset(text, date);
    TOKENIZER.tokenize(a);
    SPLITTER.split(a);
    SEGMENTER.segment(a);
    return a;
  }

  /** One match as {@code start:end:text:KIND:value}, value resolved for a past event. */
  static String describe(Analysis a, TimeMatches m, int i, boolean future) {
    return m.start(i) + ":" + m.end(i) + ":" + a.text.substring(m.start(i), m.end(i)) + ":"
        + m.kind(i) + ":" + TimeResolver.resolve(m, i, a.date, future);
  }
}
