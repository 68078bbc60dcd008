package org.khabar.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.khabar.Actor;
import org.khabar.Document;
import org.khabar.Entity;
import org.khabar.Event;
import org.khabar.Segment;
import org.khabar.Sentence;
import org.khabar.Span;
import org.khabar.TimeExpression;
import org.khabar.Token;

/**
 * Writes one {@link Document} as the JSON object of the public contract ({@code CLI.md}, "The JSON of
 * one document"). Field names there are never renamed or dropped; the fields added here are
 * {@code date} (when the document has one), token {@code kind}, actor {@code type}, {@code country}
 * and {@code sector}, and event {@code rule}.
 *
 * <p>Every {@code start}/{@code end} is a UTF-16 offset into the original text, end exclusive.
 * Confidences are rounded to two decimals. Stateless and thread-safe.
 */
public final class JsonDocumentWriter {
  private JsonDocumentWriter() {}

  /**
   * Writes a document.
   *
   * @param g the generator, positioned where a value may start
   * @param id the document id
   * @param d the document
   * @param includeTokens write {@code tokens} with their norms and segments
   * @param includeText write {@code text}, the original text
   * @throws IOException if the generator cannot write
   */
  public static void write(JsonGenerator g, String id, Document d, boolean includeTokens,
      boolean includeText) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", id);
    if (includeText) {
      g.writeStringField("text", d.text());
    }
    if (d.date().isPresent()) {
      g.writeStringField("date", d.date().get().toString());
    }
    g.writeArrayFieldStart("sentences");
    for (Sentence s : d.sentences()) {
      g.writeStartObject();
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (includeTokens) {
      g.writeArrayFieldStart("tokens");
      for (Token t : d.tokens()) {
        g.writeStartObject();
        g.writeNumberField("start", t.start());
        g.writeNumberField("end", t.end());
        g.writeStringField("text", t.text());
        g.writeStringField("norm", t.norm());
        g.writeStringField("kind", t.kind().name());
        g.writeArrayFieldStart("segments");
        for (Segment s : t.segments()) {
          g.writeStartObject();
          g.writeNumberField("start", s.start());
          g.writeNumberField("end", s.end());
          g.writeStringField("text", s.text());
          g.writeStringField("norm", s.norm());
          g.writeStringField("kind", s.kind().name());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("entities");
    for (Entity e : d.entities()) {
      g.writeStartObject();
      g.writeStringField("type", e.type().name());
      g.writeNumberField("start", e.start());
      g.writeNumberField("end", e.end());
      g.writeStringField("text", e.text());
      g.writeNumberField("confidence", round2(e.confidence()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("events");
    for (Event e : d.events()) {
      writeEvent(g, e);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeEvent(JsonGenerator g, Event e) throws IOException {
    g.writeStartObject();
    g.writeStringField("cameo", e.cameo());
    writeOptionalString(g, "plover", e.plover());
    g.writeFieldName("trigger");
    writeSpan(g, e.trigger());
    g.writeFieldName("source");
    writeActors(g, e.source());
    g.writeFieldName("target");
    writeActors(g, e.target());
    g.writeFieldName("location");
    if (e.location().isPresent()) {
      writeSpan(g, e.location().get());
    } else {
      g.writeNull();
    }
    g.writeFieldName("time");
    if (e.time().isPresent()) {
      TimeExpression t = e.time().get();
      g.writeStartObject();
      g.writeNumberField("start", t.start());
      g.writeNumberField("end", t.end());
      g.writeStringField("text", t.text());
      writeOptionalString(g, "value", t.value());
      g.writeEndObject();
    } else {
      g.writeNull();
    }
    g.writeBooleanField("negated", e.negated());
    g.writeBooleanField("future", e.future());
    g.writeNumberField("confidence", round2(e.confidence()));
    g.writeStringField("rule", e.ruleId());
    g.writeEndObject();
  }

  private static void writeSpan(JsonGenerator g, Span s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeStringField("text", s.text());
    g.writeEndObject();
  }

  private static void writeActors(JsonGenerator g, List<Actor> actors) throws IOException {
    g.writeStartArray();
    for (Actor a : actors) {
      g.writeStartObject();
      g.writeNumberField("start", a.start());
      g.writeNumberField("end", a.end());
      g.writeStringField("text", a.text());
      writeOptionalString(g, "type", a.entityType().map(Enum::name));
      writeOptionalString(g, "country", a.country());
      writeOptionalString(g, "sector", a.sector());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeOptionalString(JsonGenerator g, String field, Optional<String> v)
      throws IOException {
    if (v.isPresent()) {
      g.writeStringField(field, v.get());
    } else {
      g.writeNullField(field);
    }
  }

  static double round2(double x) {
    return Math.round(x * 100.0) / 100.0;
  }
}
