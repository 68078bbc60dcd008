package org.khabar.internal.tokenize;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.khabar.TokenKind;
import org.khabar.internal.Analysis;
import org.khabar.internal.normalize.ArabicNormalizer;
import org.khabar.testing.Json;

/**
 * Runs the golden files of the text layer ({@code src/test/resources/golden/normalizer.jsonl},
 * {@code tokenizer.jsonl}, {@code splitter.jsonl}): each line holds an input and its expected output
 * with exact offsets, in the shape of the library's JSON. Every case runs; all mismatches are
 * collected with file, line number, case name and a readable diff, and the test fails once.
 *
 * <p>Regenerate with {@code -Dgolden.update=true} (rewrites the files under {@code src/test} from
 * the current output; review the diff before committing). A line may hold only the input fields
 * ({@code name}, {@code text}, and {@code level} for the normalizer) to add a new case.
 */
class TextLayerGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final TokenKind[] KINDS = TokenKind.values();
  private final ArabicTokenizer tokenizer = new ArabicTokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void normalizer() throws IOException {
    run("normalizer.jsonl", 35, this::normalize);
  }

  @Test
  void tokenizer() throws IOException {
    run("tokenizer.jsonl", 55, this::tokenize);
  }

  @Test
  void splitter() throws IOException {
    run("splitter.jsonl", 30, this::split);
  }

  // ---------------------------------------------------------------- the three stages

  private Map<String, Object> normalize(Map<String, Object> in) {
    String text = (String) in.get("text");
    String level = (String) in.get("level");
    int flags = flags(level);
    Analysis a = new Analysis();
    a.reset(text, null);
    ArabicNormalizer.appendNormalized(text, 0, text.length(), flags, a);
    String norm = new String(a.normBuf, 0, a.normLength);
    List<Object> align = new ArrayList<>();
    for (int k = 0; k < a.normLength; k++) {
      align.add((long) a.normAlign[k]);
    }
    // the other entry points must agree with the aligned one
    String viaString = ArabicNormalizer.normalize(text, flags);
    char[] buf = new char[ArabicNormalizer.maxNormalizedLength(text.length()) + 1];
    text.getChars(0, text.length(), buf, 0);
    String inPlace = new String(buf, 0, ArabicNormalizer.normalize(buf, text.length(), flags));
    Map<String, Object> out = head(in);
    out.put("level", level);
    out.put("norm", norm);
    out.put("align", align);
    if (!viaString.equals(norm) || !inPlace.equals(norm)) {
      out.put("disagreement", "normalize(String) gave \"" + Json.escape(viaString)
          + "\", in place gave \"" + Json.escape(inPlace) + "\"");
    }
    return out;
  }

  private static int flags(String level) {
    int flags = 0;
    for (String f : level.split("\\|")) {
      switch (f) {
        case "BASE":
          break;
        case "TOKEN":
          flags |= ArabicNormalizer.TOKEN;
          break;
        case "MATCH":
          flags |= ArabicNormalizer.MATCH;
          break;
        case "ALEF":
          flags |= ArabicNormalizer.ALEF;
          break;
        case "YEH":
          flags |= ArabicNormalizer.YEH;
          break;
        case "TEH_MARBUTA":
          flags |= ArabicNormalizer.TEH_MARBUTA;
          break;
        case "DIGITS":
          flags |= ArabicNormalizer.DIGITS;
          break;
        default:
          throw new IllegalArgumentException("unknown level flag " + f);
      }
    }
    return flags;
  }

  private Map<String, Object> tokenize(Map<String, Object> in) {
    String text = (String) in.get("text");
    Analysis a = new Analysis();
    a.reset(text, null);
    tokenizer.tokenize(a);
    List<Object> tokens = new ArrayList<>();
    for (int t = 0; t < a.tokenCount; t++) {
      Map<String, Object> tok = new LinkedHashMap<>();
      tok.put("start", (long) a.tokStart[t]);
      tok.put("end", (long) a.tokEnd[t]);
      tok.put("text", text.substring(a.tokStart[t], a.tokEnd[t]));
      tok.put("kind", KINDS[a.tokKind[t]].name());
      tokens.add(tok);
    }
    Map<String, Object> out = head(in);
    out.put("tokens", tokens);
    return out;
  }

  private Map<String, Object> split(Map<String, Object> in) {
    String text = (String) in.get("text");
    Analysis a = new Analysis();
    a.reset(text, null);
    tokenizer.tokenize(a);
    splitter.split(a);
    List<Object> sentences = new ArrayList<>();
    for (int s = 0; s < a.sentenceCount; s++) {
      int start = a.tokStart[a.sentFirstToken[s]];
      int end = a.tokEnd[a.sentEndToken[s] - 1];
      Map<String, Object> sent = new LinkedHashMap<>();
      sent.put("start", (long) start);
      sent.put("end", (long) end);
      sent.put("text", text.substring(start, end));
      sentences.add(sent);
    }
    Map<String, Object> out = head(in);
    out.put("sentences", sentences);
    return out;
  }

  private static Map<String, Object> head(Map<String, Object> in) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", Objects.requireNonNull(in.get("name"), "every case needs a name"));
    out.put("text", Objects.requireNonNull(in.get("text"), "every case needs a text"));
    return out;
  }

  // ---------------------------------------------------------------- runner

  private static void run(String file, int minCases,
      Function<Map<String, Object>, Map<String, Object>> stage) throws IOException {
    List<String> lines;
    try (InputStream in = TextLayerGoldenTest.class.getResourceAsStream("/golden/" + file)) {
      Objects.requireNonNull(in, "Missing test resource /golden/" + file);
      lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
    }
    List<String> out = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (int k = 0; k < lines.size(); k++) {
      String line = lines.get(k);
      if (line.isBlank()) {
        continue;
      }
      cases++;
      @SuppressWarnings("unchecked")
      Map<String, Object> expected = (Map<String, Object>) Json.parse(line);
      Map<String, Object> actual = stage.apply(expected);
      String actualLine = Json.write(actual);
      out.add(actualLine);
      if (!actualLine.equals(Json.write(expected))) {
        failures.add(file + ":" + (k + 1) + " [" + expected.get("name") + "]\n"
            + diff(expected, actual));
      }
    }
    if (UPDATE) {
      Path src = Paths.get(System.getProperty("basedir", "."), "src/test/resources/golden", file);
      Files.writeString(src, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
      return;
    }
    assertTrue(cases >= minCases, file + " holds " + cases + " cases, expected at least " + minCases);
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + cases + " cases in " + file
          + " differ (regenerate with -Dgolden.update=true only after checking the diff):\n\n"
          + String.join("\n", failures));
    }
  }

  /** A field-by-field diff; lists are compared element by element as lines (- expected, + actual). */
  private static String diff(Map<String, Object> expected, Map<String, Object> actual) {
    StringBuilder sb = new StringBuilder();
    sb.append("  text: \"").append(Json.escape(String.valueOf(expected.get("text")))).append("\"\n");
    List<String> keys = new ArrayList<>(expected.keySet());
    for (String key : actual.keySet()) {
      if (!keys.contains(key)) {
        keys.add(key);
      }
    }
    for (String key : keys) {
      Object e = expected.get(key);
      Object a = actual.get(key);
      if (Json.write(e).equals(Json.write(a))) {
        continue;
      }
      if (e instanceof List && a instanceof List) {
        sb.append("  ").append(key).append(":\n");
        lineDiff(rows((List<?>) e), rows((List<?>) a), sb);
      } else {
        sb.append("  ").append(key).append(": expected ").append(Json.write(e))
            .append("\n  ").append(key).append(":   actual ").append(Json.write(a)).append('\n');
      }
    }
    return sb.toString();
  }

  private static List<String> rows(List<?> list) {
    List<String> rows = new ArrayList<>();
    for (Object o : list) {
      rows.add(Json.write(o));
    }
    return rows;
  }

  /** Longest-common-subsequence diff of two short row lists. */
  private static void lineDiff(List<String> e, List<String> a, StringBuilder sb) {
    int[][] lcs = new int[e.size() + 1][a.size() + 1];
    for (int i = e.size() - 1; i >= 0; i--) {
      for (int j = a.size() - 1; j >= 0; j--) {
        lcs[i][j] = e.get(i).equals(a.get(j))
            ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < e.size() || j < a.size()) {
      if (i < e.size() && j < a.size() && e.get(i).equals(a.get(j))) {
        sb.append("      ").append(e.get(i)).append('\n');
        i++;
        j++;
      } else if (j < a.size() && (i == e.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        sb.append("    + ").append(a.get(j)).append('\n');
        j++;
      } else {
        sb.append("    - ").append(e.get(i)).append('\n');
        i++;
      }
    }
  }
}
