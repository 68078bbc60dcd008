package org.khabar.internal.gazetteer;

import java.time.LocalDate;
import org.khabar.internal.Analysis;
import org.khabar.internal.segment.CliticSegmenter;
import org.khabar.internal.tokenize.ArabicTokenizer;
import org.khabar.internal.tokenize.SentenceSplitter;

/** Runs the stages the gazetteer needs (tokenizer, sentence splitter, segmenter) on a text. */
final class GazetteerTestSupport {
  private GazetteerTestSupport() {}

  static Analysis analyse(String text) {
    return analyse(text, null);
  }

  static Analysis analyse(String text, LocalDate date) {
    Analysis a = new Analysis();
    a.reset(text, date);
    new ArabicTokenizer().tokenize(a);
    new SentenceSplitter().split(a);
    new CliticSegmenter().segment(a);
    return a;
  }

  /** Renders the matches as "text[start,end)=id" joined by "; ". */
  static String render(Analysis a, GazetteerMatches m) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < m.size(); i++) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(a.text, m.start(i), m.end(i)).append('[').append(m.start(i)).append(',')
          .append(m.end(i)).append(")=").append(m.entry(i).id());
    }
    return sb.toString();
  }

  static String find(Gazetteer g, String text) {
    Analysis a = analyse(text);
    GazetteerMatches m = new GazetteerMatches();
    g.findAll(a, m);
    return render(a, m);
  }
}
