package org.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.khabar.testing.DocumentAssert;
import org.khabar.testing.Json;

/**
 * Seeded random documents through {@link Pipeline#process}: mixed Arabic with harakat and tatweel,
 * Latin, both digit sets, emoji, ZWJ/ZWNJ, bidi controls, NUL and other controls, unpaired
 * surrogates, newlines. Asserts no exception, the document invariants, the same result twice, and
 * the same result from 4 threads sharing one pipeline. A failure prints the seed and the escaped
 * input; {@code -Dkhabar.seed=N} reruns one seed.
 */
class PipelineRandomTest {
  private static final int DOCS = 600;
  private static final String[] PIECES = {
    // Arabic words, with harakat, tatweel, clitics
    "\u0627\u0644\u0648\u0632\u064A\u0631", "\u0648\u064E\u0642\u064E\u0627\u0644\u064E",
    "\u0627\u0644\u0640\u0640\u0631\u064A\u0627\u0636", "\u0644\u0640", "\u0647\u0640",
    "\u0628\u0627\u0644\u0645\u062F\u0631\u0633\u0629", "\u0633\u064A\u0644\u062A\u0642\u064A",
    "\u0645\u062F\u0631\u0633\u062A\u0647\u0645", "\u0623", "\u0625", "\u0622", "\u0671", "\u0649",
    "\u0629", "\u064E", "\u0651", "\u064B", "\u0640", "\u0670",
    // presentation forms
    "\uFEFB", "\uFDFA", "\uFE8D\uFEDF",
    // digits, separators, percent, dates
    "2017", "\u0662\u0660\u0661\u0667", "\u06F2\u06F5", "3.5", "\u0661\u066B\u0665", "1,000", "%",
    "\u066A", "21/12/2017", "/", "935\u06316", "6:30",
    // Latin, URLs, mail, tags
    "Hello", "U.S.", "Dr", "COVID-19", "http://example.com/a?b=c", "www.spa.gov.sa",
    "a.b@example.org", "#\u0648\u0633\u0645", "@UN", "#",
    // punctuation
    ".", ".", "..", "...", "\u2026", "\u061F", "?!", "!", "\u060C", "\u061B", ":", "\u00AB", "\u00BB",
    "\"", "'", "(", ")", "-", "\u201C", "\u201D",
    // emoji
    "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
    "\uD83C\uDDF8\uD83C\uDDE6", "\u2764\uFE0F", "1\uFE0F\u20E3",
    // invisible and hostile
    "\u200C", "\u200D", "\u200E", "\u200F", "\u202B", "\u202C", "\u2067", "\u2069", "\uFEFF",
    "\u0000", "\u0007", "\u001B", "\u007F", "\uD800", "\uDC00", "\uDBFF", "\uE000", "\u0301",
    // separators
    " ", " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "\u2029"
  };

  private static String randomText(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder();
    int pieces = r.nextInt(80);
    for (int k = 0; k < pieces; k++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  private static long[] seeds() {
    String one = System.getProperty("khabar.seed");
    if (one != null) {
      return new long[] {Long.parseLong(one)};
    }
    long[] seeds = new long[DOCS];
    for (int k = 0; k < DOCS; k++) {
      seeds[k] = 1000 + k;
    }
    return seeds;
  }

  private static Document processChecked(Pipeline p, long seed, String text) {
    try {
      Document d = p.process(text);
      DocumentAssert.checkInvariants(d);
      return d;
    } catch (RuntimeException | AssertionError e) {
      throw new AssertionError("seed " + seed + " (rerun with -Dkhabar.seed=" + seed + "), input \""
          + Json.escape(text) + "\": " + e, e);
    }
  }

  @Test
  void randomDocumentsKeepTheInvariantsAndAreDeterministic() {
    Pipeline p = Pipeline.builder().build();
    for (long seed : seeds()) {
      String text = randomText(seed);
      Document first = processChecked(p, seed, text);
      Document second = processChecked(p, seed, text);
      assertEquals(first, second, "seed " + seed + " input \"" + Json.escape(text) + "\"");
    }
  }

  @Test
  void fourThreadsSharingOnePipelineGiveTheSameResults() throws Exception {
    Pipeline p = Pipeline.builder().poolSize(2).build();
    long[] seeds = seeds();
    List<String> texts = new ArrayList<>();
    List<Document> expected = new ArrayList<>();
    for (long seed : seeds) {
      String text = randomText(seed);
      texts.add(text);
      expected.add(processChecked(p, seed, text));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Document>>> futures = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        final int offset = thread * 37;
        futures.add(pool.submit(() -> {
          // each thread walks the documents from a different place, so calls overlap
          List<Document> out = new ArrayList<>(texts.size());
          for (int k = 0; k < texts.size(); k++) {
            out.add(null);
          }
          for (int j = 0; j < texts.size(); j++) {
            int k = (j + offset) % texts.size();
            out.set(k, processChecked(p, seeds[k], texts.get(k)));
          }
          return out;
        }));
      }
      for (Future<List<Document>> f : futures) {
        List<Document> got = f.get(5, TimeUnit.MINUTES);
        for (int k = 0; k < texts.size(); k++) {
          assertEquals(expected.get(k), got.get(k),
              "seed " + seeds[k] + " input \"" + Json.escape(texts.get(k)) + "\"");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
