package org.khabar.examples.cli;

import java.util.List;
import org.khabar.Actor;
import org.khabar.Document;
import org.khabar.Entity;
import org.khabar.Event;
import org.khabar.Segment;
import org.khabar.Sentence;
import org.khabar.Token;

/**
 * Writes a document in the CoNLL-style format of {@code ./khabar analyze --format conll}: one token
 * per line, eight tab-separated columns, a blank line after each sentence.
 *
 * <pre>
 * # doc_id = ID
 * # sent_id = ID-1
 * # text = the sentence text (line breaks and tabs shown as spaces, unpaired surrogates as U+FFFD)
 * INDEX  TOKEN  NORM  SEGMENTS  NER  EVENT  START  END
 * </pre>
 *
 * <ol>
 *   <li>INDEX: the token's number in its sentence, from 1;
 *   <li>TOKEN, NORM: the token text and its normalized form ({@code _} when empty); a control or
 *       line-separator character or an unpaired surrogate is written as {@code \\uXXXX};
 *   <li>SEGMENTS: the clitic segments as {@code text/KIND} joined by {@code +}
 *       ({@code و/CONJ+ال/ART+سلام/STEM});
 *   <li>NER: {@code B-TYPE} on the token where an entity starts, {@code I-TYPE} on the following
 *       tokens it covers, {@code O} elsewhere;
 *   <li>EVENT: marks {@code N:ROLE[:CAMEO]} joined by {@code |} ({@code _} when none), N being the
 *       event's number in the document from 1 and ROLE one of TRIGGER (with the CAMEO code),
 *       SOURCE, TARGET, LOCATION, TIME;
 *   <li>START, END: the token's character offsets in the original text (end exclusive).
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class ConllWriter {
  private ConllWriter() {}

  /**
   * Appends a document.
   *
   * @param out where to write
   * @param id the document id
   * @param d the document
   */
  public static void write(StringBuilder out, String id, Document d) {
    out.append("# doc_id = ").append(oneLine(id)).append('\n');
    List<Token> tokens = d.tokens();
    List<Entity> entities = d.entities();
    List<Event> events = d.events();
    int ent = 0;
    for (Sentence s : d.sentences()) {
      out.append("# sent_id = ").append(oneLine(id)).append('-').append(s.index() + 1).append('\n');
      out.append("# text = ").append(oneLine(s.text())).append('\n');
      for (int t = s.firstToken(); t < s.endToken(); t++) {
        Token tok = tokens.get(t);
        out.append(t - s.firstToken() + 1).append('\t');
        field(out, tok.text());
        out.append('\t');
        field(out, tok.norm());
        out.append('\t');
        List<Segment> segs = tok.segments();
        for (int k = 0; k < segs.size(); k++) {
          if (k > 0) {
            out.append('+');
          }
          field(out, segs.get(k).text());
          out.append('/').append(segs.get(k).kind().name());
        }
        out.append('\t');
        while (ent < entities.size() && entities.get(ent).end() <= tok.start()) {
          ent++;
        }
        Entity e = ent < entities.size() ? entities.get(ent) : null;
        if (e != null && e.start() < tok.end() && e.end() > tok.start()) {
          out.append(e.start() >= tok.start() ? "B-" : "I-").append(e.type().name());
        } else {
          out.append('O');
        }
        out.append('\t');
        eventMarks(out, events, tok);
        out.append('\t').append(tok.start()).append('\t').append(tok.end()).append('\n');
      }
      out.append('\n');
    }
  }

  private static void eventMarks(StringBuilder out, List<Event> events, Token tok) {
    int before = out.length();
    for (int k = 0; k < events.size(); k++) {
      Event e = events.get(k);
      if (overlaps(e.trigger().start(), e.trigger().end(), tok)) {
        mark(out, before, k, "TRIGGER").append(':').append(e.cameo());
      }
      for (Actor a : e.source()) {
        if (overlaps(a.start(), a.end(), tok)) {
          mark(out, before, k, "SOURCE");
          break;
        }
      }
      for (Actor a : e.target()) {
        if (overlaps(a.start(), a.end(), tok)) {
          mark(out, before, k, "TARGET");
          break;
        }
      }
      if (e.location().isPresent() && overlaps(e.location().get().start(), e.location().get().end(), tok)) {
        mark(out, before, k, "LOCATION");
      }
      if (e.time().isPresent() && overlaps(e.time().get().start(), e.time().get().end(), tok)) {
        mark(out, before, k, "TIME");
      }
    }
    if (out.length() == before) {
      out.append('_');
    }
  }

  private static StringBuilder mark(StringBuilder out, int before, int k, String role) {
    if (out.length() > before) {
      out.append('|');
    }
    return out.append(k + 1).append(':').append(role);
  }

  private static boolean overlaps(int start, int end, Token tok) {
    return start < tok.end() && end > tok.start();
  }

  private static void field(StringBuilder out, String s) {
    if (s.isEmpty()) {
      out.append('_');
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029'
          || unpairedSurrogate(s, i)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
  }

  private static String oneLine(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029' ? ' '
          : unpairedSurrogate(s, i) ? '\uFFFD' : c);
    }
    return b.toString();
  }

  /** Whether the char at {@code i} is a surrogate without its pair (UTF-8 cannot carry it). */
  private static boolean unpairedSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
