package org.khabar.internal.segment;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.Document;
import org.khabar.Pipeline;
import org.khabar.Segment;
import org.khabar.Token;

/**
 * Runs the segmenter golden file {@code src/test/resources/golden/segmenter.jsonl}: per line an input
 * text, a note saying what it checks, and the expected tokens with their segments (offsets, text,
 * norm, kind), in the JSON shape of the command line. Every case runs; all mismatches are reported
 * together with their line numbers, then the test fails once.
 *
 * <p>Regenerate the expected tokens (after reviewing the change) with
 * {@code mvn -pl core test -Dtest=SegmenterGoldenTest -Dgolden.update=true}; texts and notes are
 * kept.
 */
class SegmenterGoldenTest {
  private static final Path FILE = Paths.get("src", "test", "resources", "golden", "segmenter.jsonl");

  @Test
  void goldenFile() throws IOException {
    Pipeline pipeline = Pipeline.builder().build();
    List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    boolean update = Boolean.getBoolean("golden.update");
    List<String> out = new ArrayList<>();
    List<String> mismatches = new ArrayList<>();
    int cases = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        out.add(line);
        continue;
      }
      cases++;
      @SuppressWarnings("unchecked")
      Map<String, Object> c = (Map<String, Object>) MiniJson.parse(line);
      String text = (String) c.get("text");
      Object actual = tokens(pipeline.process(text));
      Object expected = c.get("tokens");
      String a = MiniJson.write(actual);
      String e = MiniJson.write(expected);
      if (!a.equals(e)) {
        mismatches.add("line " + (i + 1) + " (" + c.get("note") + ") '" + text + "'\n  expected: " + e
            + "\n  actual:   " + a);
      }
      Map<String, Object> updated = new LinkedHashMap<>();
      updated.put("text", text);
      updated.put("note", c.get("note"));
      updated.put("tokens", actual);
      out.add(MiniJson.write(updated));
    }
    if (update) {
      Files.write(FILE, out, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(cases >= 50, "the golden file holds only " + cases + " cases");
    if (!mismatches.isEmpty()) {
      fail(mismatches.size() + " of " + cases + " golden cases differ (regenerate with "
          + "-Dgolden.update=true after review):\n" + String.join("\n", mismatches));
    }
  }

  private static List<Object> tokens(Document d) {
    List<Object> tokens = new ArrayList<>();
    for (Token t : d.tokens()) {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("start", (long) t.start());
      tm.put("end", (long) t.end());
      tm.put("text", t.text());
      List<Object> segs = new ArrayList<>();
      for (Segment s : t.segments()) {
        Map<String, Object> sm = new LinkedHashMap<>();
        sm.put("start", (long) s.start());
        sm.put("end", (long) s.end());
        sm.put("text", s.text());
        sm.put("norm", s.norm());
        sm.put("kind", s.kind().name());
        segs.add(sm);
      }
      tm.put("segments", segs);
      tokens.add(tm);
    }
    return tokens;
  }

  /** A minimal JSON reader and writer for the golden files (objects, arrays, strings, integers). */
  static final class MiniJson {
    private final String s;
    private int p;

    private MiniJson(String s) {
      this.s = s;
    }

    static Object parse(String s) {
      MiniJson j = new MiniJson(s);
      Object v = j.value();
      j.ws();
      if (j.p != s.length()) {
        throw new IllegalArgumentException("trailing characters at " + j.p);
      }
      return v;
    }

    private void ws() {
      while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
        p++;
      }
    }

    private Object value() {
      ws();
      char c = s.charAt(p);
      if (c == '{') {
        Map<String, Object> m = new LinkedHashMap<>();
        p++;
        ws();
        if (s.charAt(p) == '}') {
          p++;
          return m;
        }
        while (true) {
          ws();
          String k = string();
          ws();
          expect(':');
          m.put(k, value());
          ws();
          if (s.charAt(p) == ',') {
            p++;
          } else {
            expect('}');
            return m;
          }
        }
      }
      if (c == '[') {
        List<Object> l = new ArrayList<>();
        p++;
        ws();
        if (s.charAt(p) == ']') {
          p++;
          return l;
        }
        while (true) {
          l.add(value());
          ws();
          if (s.charAt(p) == ',') {
            p++;
          } else {
            expect(']');
            return l;
          }
        }
      }
      if (c == '"') {
        return string();
      }
      if (s.startsWith("null", p)) {
        p += 4;
        return null;
      }
      int start = p;
      while (p < s.length() && (Character.isDigit(s.charAt(p)) || s.charAt(p) == '-')) {
        p++;
      }
      if (start == p) {
        throw new IllegalArgumentException("unexpected '" + c + "' at " + p);
      }
      return Long.parseLong(s.substring(start, p));
    }

    private void expect(char c) {
      if (s.charAt(p) != c) {
        throw new IllegalArgumentException("expected '" + c + "' at " + p);
      }
      p++;
    }

    private String string() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (true) {
        char c = s.charAt(p++);
        if (c == '"') {
          return sb.toString();
        }
        if (c == '\\') {
          char e = s.charAt(p++);
          switch (e) {
            case 'n':
              sb.append('\n');
              break;
            case 't':
              sb.append('\t');
              break;
            case 'r':
              sb.append('\r');
              break;
            case 'u':
              sb.append((char) Integer.parseInt(s.substring(p, p + 4), 16));
              p += 4;
              break;
            default:
              sb.append(e);
              break;
          }
        } else {
          sb.append(c);
        }
      }
    }

    static String write(Object v) {
      StringBuilder sb = new StringBuilder();
      write(v, sb);
      return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(Object v, StringBuilder sb) {
      if (v == null) {
        sb.append("null");
      } else if (v instanceof String) {
        sb.append('"');
        String str = (String) v;
        for (int i = 0; i < str.length(); i++) {
          char c = str.charAt(i);
          if (c == '"' || c == '\\') {
            sb.append('\\').append(c);
          } else if (c < 0x20 || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
              || c == 0xFEFF) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
        sb.append('"');
      } else if (v instanceof Map) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) {
          if (!first) {
            sb.append(", ");
          }
          first = false;
          write(e.getKey(), sb);
          sb.append(": ");
          write(e.getValue(), sb);
        }
        sb.append('}');
      } else if (v instanceof List) {
        sb.append('[');
        boolean first = true;
        for (Object o : (List<Object>) v) {
          if (!first) {
            sb.append(", ");
          }
          first = false;
          write(o, sb);
        }
        sb.append(']');
      } else {
        sb.append(v);
      }
    }
  }
}
