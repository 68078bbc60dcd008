package org.khabar.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.khabar.Document;
import org.khabar.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * Seeded random texts built from trigger words, clitics, names, harakat, tatweel, digits, Latin,
 * punctuation and emoji: no exception, every span fits the text (checked by {@link EventTesting}),
 * the same result twice, and the same result from threads sharing one pipeline.
 */
class EventRobustnessTest {
  private static final String[] PIECES = {
    "التقى", "والتقت", "سيلتقيان", "التقاه", "الوزير", "نظيره", "بحث", "مع", "في", "إلى", "عن", "دعا",
    "الإفراج", "أطلق", "سراح", "لم", "لن", "لا", "دون", "رفض", "نفى", "أن", "إن", "قال", "وأكد", "مؤكدا",
    "اتصالا", "هاتفيا", "عقد", "اجتماعا", "قمة", "الجانبان", "وقف", "إطلاق", "النار", "من", "المقرر",
    "الأسبوع", "المقبل", "،", ".", "«", "»", "\"", "وقّع", "زيارة", "بزيارته", "أُطلق", "كـــانون", "١٠",
    "2024", "%", "Reuters", "😀", "\u200C", "\u064E", "\u0640", "\n", "؟", "(", ")", "و", "ب", "لل", "ال",
    "عبد", "الله", "بن", "قطع", "العلاقات", "فرض", "عقوبات", "على", "غارات", "جوية", "منتخب", "الشوط",
  };

  private static String randomText(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + r.nextInt(60);
    for (int i = 0; i < n; i++) {
      String p = PIECES[r.nextInt(PIECES.length)];
      if (r.nextInt(8) == 0 && sb.length() > 0) {
        sb.append(p); // glue to the previous word: clitic-like sequences
      } else {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(p);
      }
    }
    return sb.toString();
  }

  @Test
  void randomTextsAreSafeAndDeterministic() {
    long seed = 20240531L;
    Random r = new Random(seed);
    // one worker: every call reuses the same scratch arrays, so a read past the current document's
    // tokens would see what the long document before it left there
    Pipeline p = Pipeline.builder().poolSize(1).build();
    StringBuilder poison = new StringBuilder();
    Random pr = new Random(99);
    while (poison.length() < 20_000) {
      poison.append(randomText(pr)).append(' ');
    }
    String longDoc = poison.toString();
    for (int i = 0; i < 3000; i++) {
      String text = randomText(r);
      try {
        List<String> first = EventTesting.describe(p.process(text));
        p.process(longDoc);
        assertEquals(first, EventTesting.describe(p.process(text)));
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("seed " + seed + ", case " + i + ", text: "
            + text.replace("\n", "\\n"), e);
      }
    }
  }

  /** A verb that ends the text: the rules never read a token past the last one. */
  @Test
  void aTriggerEndingTheTextHasNoArguments() {
    assertEquals(List.of("044 التقى@5-10 S=[الوزير@0-6] T=[] 044.iltaqa").size(),
        EventTesting.events("الوزير التقى").size());
    assertEquals(List.of("051 هنأه@0-4 S=[] T=[] 051.hannaa"), EventTesting.events("هنأه"));
    assertEquals(List.of("051 هنأه@0-4 S=[] T=[] 051.hannaa"), EventTesting.events("هنأه."));
  }

  /**
   * One sentence of a million characters, full of triggers and with no punctuation: every rule that
   * looks back or ahead is bounded, so the call stays linear (a quadratic rule would not finish).
   */
  @Test
  @org.junit.jupiter.api.Timeout(120)
  void aHugeSentenceStaysLinear() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1_000_000) {
      sb.append("التقى الوزير نظيره وبحث معه العلاقات ودعا الطرفين إلى الحوار وأكد أن الجانبين سيوقعان اتفاقا ");
    }
    String text = sb.toString();
    org.khabar.Document d = EventTesting.PIPELINE.process(text);
    assertEquals(1, d.sentences().size());
    List<String> events = EventTesting.describe(d);
    org.junit.jupiter.api.Assertions.assertTrue(events.size() > 10_000, "events: " + events.size());
    assertEquals("044 التقى@0-5 S=[الوزير@6-12] T=[نظيره@13-18] 044.iltaqa", events.get(0));
  }

  @Test
  void threadsSharingOnePipelineAgree() throws Exception {
    Random r = new Random(7);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      texts.add(randomText(r));
    }
    Pipeline p = Pipeline.builder().poolSize(2).build();
    List<List<String>> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(EventTesting.describe(p.process(t)));
    }
    ExecutorService ex = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<String>>>> fs = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        fs.add(ex.submit(() -> {
          List<List<String>> got = new ArrayList<>();
          for (String t : texts) {
            Document d = p.process(t);
            got.add(EventTesting.describe(d));
          }
          return got;
        }));
      }
      for (Future<List<List<String>>> f : fs) {
        assertEquals(expected, f.get());
      }
    } finally {
      ex.shutdownNow();
    }
  }
}
