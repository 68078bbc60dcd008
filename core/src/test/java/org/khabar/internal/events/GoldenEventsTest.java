package org.khabar.internal.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khabar.Actor;
import org.khabar.Document;
import org.khabar.Event;
import org.khabar.Span;
import org.junit.jupiter.api.Test;

/**
 * Golden-file test over whole stories written for it ({@code golden/events.jsonl}: one story per line,
 * {@code id}, {@code date}, {@code text} and the expected {@code events} in the JSON shape of the
 * command line). Every story is run, every mismatch is collected with its line and a readable diff,
 * and the test fails once. Regenerate only with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenEventsTest {
  private static final Path FILE = Path.of("src/test/resources/golden/events.jsonl");

  @Test
  void storiesGiveTheirGoldenEvents() throws IOException {
    List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    assertFalse(lines.isEmpty(), FILE + " is empty");
    boolean update = Boolean.getBoolean("golden.update");
    List<String> out = new ArrayList<>();
    StringBuilder failures = new StringBuilder();
    int no = 0;
    for (String line : lines) {
      no++;
      if (line.isBlank()) {
        continue;
      }
      String id = Json.stringField(line, "id");
      String date = Json.stringField(line, "date");
      String text = Json.stringField(line, "text");
      Document d = EventTesting.PIPELINE.process(text, date == null ? null : LocalDate.parse(date));
      String actual = render(id, date, text, d);
      out.add(actual);
      if (!actual.equals(line)) {
        failures.append("\n").append(FILE).append(':').append(no).append(" (").append(id).append(")\n")
            .append(diff(Json.events(line), Json.events(actual)));
      }
    }
    if (update) {
      Files.write(FILE, out, StandardCharsets.UTF_8);
      return;
    }
    if (failures.length() > 0) {
      fail("golden events differ (rerun with -Dgolden.update=true to accept):" + failures);
    }
  }

  private static String diff(List<String> expected, List<String> actual) {
    StringBuilder sb = new StringBuilder();
    for (String e : expected) {
      if (!actual.contains(e)) {
        sb.append("  - ").append(e).append('\n');
      }
    }
    for (String a : actual) {
      if (!expected.contains(a)) {
        sb.append("  + ").append(a).append('\n');
      }
    }
    return sb.length() == 0 ? "  (same events, other order or fields)\n" : sb.toString();
  }

  /** The canonical JSON line of a story: the CLI.md event fields (actors with type, country and sector) plus the rule id. */
  static String render(String id, String date, String text, Document d) {
    StringBuilder sb = new StringBuilder();
    sb.append("{\"id\": ").append(Json.quote(id)).append(", \"date\": ")
        .append(date == null ? "null" : Json.quote(date)).append(", \"text\": ").append(Json.quote(text))
        .append(", \"events\": [");
    boolean first = true;
    for (Event e : d.events()) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      sb.append("{\"cameo\": ").append(Json.quote(e.cameo()));
      sb.append(", \"plover\": ").append(e.plover().map(Json::quote).orElse("null"));
      sb.append(", \"trigger\": ").append(span(e.trigger()));
      sb.append(", \"source\": ").append(actors(e.source()));
      sb.append(", \"target\": ").append(actors(e.target()));
      sb.append(", \"location\": ").append(e.location().map(GoldenEventsTest::span).orElse("null"));
      sb.append(", \"time\": ").append(e.time().map(t -> "{\"start\": " + t.start() + ", \"end\": " + t.end()
          + ", \"text\": " + Json.quote(t.text()) + ", \"value\": " + t.value().map(Json::quote).orElse("null")
          + "}").orElse("null"));
      sb.append(", \"negated\": ").append(e.negated());
      sb.append(", \"future\": ").append(e.future());
      sb.append(", \"rule\": ").append(Json.quote(e.ruleId())).append('}');
    }
    return sb.append("]}").toString();
  }

  private static String span(Span s) {
    return "{\"start\": " + s.start() + ", \"end\": " + s.end() + ", \"text\": " + Json.quote(s.text()) + "}";
  }

  private static String actors(List<Actor> l) {
    List<String> parts = new ArrayList<>();
    for (Actor a : l) {
      parts.add("{\"start\": " + a.start() + ", \"end\": " + a.end() + ", \"text\": " + Json.quote(a.text())
          + ", \"type\": " + a.entityType().map(t -> Json.quote(t.name())).orElse("null")
          + ", \"country\": " + a.country().map(Json::quote).orElse("null")
          + ", \"sector\": " + a.sector().map(Json::quote).orElse("null") + "}");
    }
    return "[" + String.join(", ", parts) + "]";
  }

  /** The little JSON this test needs: quoting, one string field, and the event objects of a line. */
  static final class Json {
    private Json() {}

    static String quote(String s) {
      StringBuilder sb = new StringBuilder("\"");
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          sb.append('\\').append(c);
        } else if (c < 0x20) {
          sb.append(String.format("\\u%04x", (int) c));
        } else {
          sb.append(c);
        }
      }
      return sb.append('"').toString();
    }

    static String stringField(String line, String name) {
      String key = "\"" + name + "\": ";
      int i = line.indexOf(key);
      if (i < 0) {
        throw new IllegalArgumentException("no field " + name + " in " + line);
      }
      i += key.length();
      if (line.startsWith("null", i)) {
        return null;
      }
      StringBuilder sb = new StringBuilder();
      for (i = i + 1; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '"') {
          return sb.toString();
        }
        if (c == '\\') {
          char n = line.charAt(++i);
          if (n == 'u') {
            sb.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
            i += 4;
          } else {
            sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
          }
        } else {
          sb.append(c);
        }
      }
      throw new IllegalArgumentException("unterminated string field " + name);
    }

    /** Splits the top-level objects of the {@code events} array (for readable diffs). */
    static List<String> events(String line) {
      List<String> out = new ArrayList<>();
      int i = line.indexOf("\"events\": [");
      if (i < 0) {
        return out;
      }
      i += "\"events\": [".length();
      int depth = 0;
      int start = -1;
      boolean inString = false;
      for (; i < line.length(); i++) {
        char c = line.charAt(i);
        if (inString) {
          if (c == '\\') {
            i++;
          } else if (c == '"') {
            inString = false;
          }
          continue;
        }
        if (c == '"') {
          inString = true;
        } else if (c == '{') {
          if (depth++ == 0) {
            start = i;
          }
        } else if (c == '}') {
          if (--depth == 0) {
            out.add(line.substring(start, i + 1));
          }
        } else if (c == ']' && depth == 0) {
          break;
        }
      }
      return out;
    }
  }
}
