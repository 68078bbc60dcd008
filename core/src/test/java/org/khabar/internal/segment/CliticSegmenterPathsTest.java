package org.khabar.internal.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.khabar.internal.Analysis;
import org.khabar.internal.tokenize.ArabicTokenizer;

/**
 * The segmenter's fast path (one pass per token from a window of the text, the word cache, batched
 * writes) against its general path ({@link CliticSegmenter#segmentGeneral}: every token normalized
 * and analysed from the text char by char, with an empty cache): every array of the analysis must
 * be equal, normalized buffer included.
 */
class CliticSegmenterPathsTest {
  private static final CliticSegmenter SEGMENTER = new CliticSegmenter();
  private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

  /** Words and pieces of words: clitics, long words, spellings, marks, other scripts. */
  private static final String[] PIECES = {
    "وقال", "فقال", "بمدرسة", "لمدرسة", "كرئيس", "سيلتقي", "الكتاب", "للسلطة", "بالسيارة",
    "وبالمدرسة", "مدرسته", "مستواه", "عليه", "جمعوها", "أبناؤه", "أبنائه", "فيه", "وهم", "كما",
    "لذلك", "وزير", "كازاخستان", "لافروف", "يمكننا", "كتابهما", "والكوبالت", "وترامب", "لأوباما",
    "واشنطن", "ولاية", "ببغداد", "والاستراتيجيات", "وبمسؤولياتهم", "فسيكتبونها",
    "والديمقراطيةوالاستقلالية", "الأمم", "إعلان", "آخر", "ٱلله", "مستشفى", "مدرسة", "عليهم",
    "و", "ف", "ب", "ل", "ك", "س", "ال", "لل", "ه", "ها", "هم", "هما", "نا", "ني", "ي", "كم", "ة",
    "ى", "ت", "ا", "أ", "إ", "آ", "ؤ", "ئ", "ء",
    "\u064E", "\u0651", "\u0650", "\u0640", "\u200C", "\u200D", "\u200F",
    "\uFEFB", "\uFEF7", "\uFEDF", "\uFE8D", "\uFE94", "\uFDF2",
    "\u06CC", "\u06A9", "\u067E", "\u0660\u0661", "12", "abc", "Reuters", "،", "؟", "«", "»", ".",
    "-", "%", "\uD83D\uDE00", "\uD83D", "\n",
  };

  @Test
  void fastPathEqualsGeneralPathOnRandomWords() {
    long seed = 20261129L;
    Random r = new Random(seed);
    Analysis fast = new Analysis(); // reused, as a pooled worker reuses it
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      int words = 1 + r.nextInt(12);
      for (int w = 0; w < words; w++) {
        int parts = 1 + r.nextInt(3);
        for (int p = 0; p < parts; p++) {
          sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        sb.append(r.nextInt(8) == 0 ? "" : " ");
      }
      assertSamePaths(fast, sb.toString(), "seed " + seed + ", case " + i);
    }
  }

  @Test
  void fastPathEqualsGeneralPathOnLongTexts() {
    // longer than the window and the batch: the window is refilled and batches are flushed
    long seed = 7L;
    Random r = new Random(seed);
    Analysis fast = new Analysis();
    for (int i = 0; i < 5; i++) {
      StringBuilder sb = new StringBuilder();
      while (sb.length() < 40_000) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
        sb.append(r.nextInt(3) == 0 ? PIECES[r.nextInt(PIECES.length)] : "");
        sb.append(' ');
      }
      assertSamePaths(fast, sb.toString(), "seed " + seed + ", text " + i);
    }
  }

  @Test
  void fastPathEqualsGeneralPathOnATokenLongerThanTheWindow() {
    String word = "\u0648\u0628\u0627\u0644".repeat(CliticSegmenter.Scratch.WINDOW / 3);
    assertSamePaths(new Analysis(), "قال " + word + " والكتاب", "a long token");
  }

  @Test
  void everyShapeGivesBackItsReading() {
    int mids = 6;
    for (int conj = 0; conj <= 1; conj++) {
      for (int mid = 0; mid < mids; mid++) {
        for (int art = 0; art <= 1; art++) {
          for (int pronLen = 0; pronLen <= 3; pronLen++) {
            for (int restore : new int[] {0, SegmentNorms.RESTORE_TEH_MARBUTA,
                SegmentNorms.RESTORE_ALEF_MAKSURA}) {
              if (conj == 0 && mid == 0 && art == 0 && pronLen == 0) {
                continue; // the whole word: no shape but 0
              }
              CliticSegmenter.Scratch s = new CliticSegmenter.Scratch(SEGMENTER);
              s.conj = conj;
              s.mid = mid;
              s.art = art;
              s.stemStart = conj + (mid == 0 ? 0 : mid == 5 ? 2 : 1) + 2 * art;
              s.pronLen = pronLen;
              s.restore = restore;
              int reading = s.pack();
              assertEquals(reading, CliticSegmenter.readingOf(CliticSegmenter.shapeOf(reading)),
                  "conj " + conj + " mid " + mid + " art " + art + " pron " + pronLen + " restore "
                      + restore);
            }
          }
        }
      }
    }
    assertEquals(CliticSegmenter.Scratch.DONE, CliticSegmenter.readingOf(0));
  }

  private static void assertSamePaths(Analysis fast, String text, String what) {
    fast.reset(text, null);
    TOKENIZER.tokenize(fast);
    SEGMENTER.segment(fast);
    Analysis general = new Analysis();
    general.reset(text, null);
    TOKENIZER.tokenize(general);
    SEGMENTER.segmentGeneral(general);
    try {
      assertEquals(general.tokenCount, fast.tokenCount, "tokens");
      assertEquals(general.segCount, fast.segCount, "segments");
      assertEquals(general.normLength, fast.normLength, "norm length");
      int t = general.tokenCount;
      int g = general.segCount;
      int n = general.normLength;
      assertEquals(Arrays.toString(Arrays.copyOf(general.segFirst, t + 1)),
          Arrays.toString(Arrays.copyOf(fast.segFirst, t + 1)), "segFirst");
      assertEquals(Arrays.toString(Arrays.copyOf(general.tokNormStart, t)),
          Arrays.toString(Arrays.copyOf(fast.tokNormStart, t)), "tokNormStart");
      assertEquals(Arrays.toString(Arrays.copyOf(general.tokNormEnd, t)),
          Arrays.toString(Arrays.copyOf(fast.tokNormEnd, t)), "tokNormEnd");
      assertEquals(Arrays.toString(Arrays.copyOf(general.segStart, g)),
          Arrays.toString(Arrays.copyOf(fast.segStart, g)), "segStart");
      assertEquals(Arrays.toString(Arrays.copyOf(general.segEnd, g)),
          Arrays.toString(Arrays.copyOf(fast.segEnd, g)), "segEnd");
      assertEquals(Arrays.toString(Arrays.copyOf(general.segInfo, g)),
          Arrays.toString(Arrays.copyOf(fast.segInfo, g)), "segInfo");
      assertEquals(Arrays.toString(Arrays.copyOf(general.segNormStart, g)),
          Arrays.toString(Arrays.copyOf(fast.segNormStart, g)), "segNormStart");
      assertEquals(Arrays.toString(Arrays.copyOf(general.segNormEnd, g)),
          Arrays.toString(Arrays.copyOf(fast.segNormEnd, g)), "segNormEnd");
      assertEquals(new String(general.normBuf, 0, n), new String(fast.normBuf, 0, n), "normBuf");
      assertEquals(Arrays.toString(Arrays.copyOf(general.normAlign, n)),
          Arrays.toString(Arrays.copyOf(fast.normAlign, n)), "normAlign");
    } catch (AssertionError e) {
      // the seed reproduces a long input; print the start of it
      String shown = text.length() > 200 ? text.substring(0, 200) : text;
      fail(what + ", input (" + text.length() + " chars) '" + shown.codePoints()
          .mapToObj(c -> String.format("\\u%04x", c)).collect(Collectors.joining()) + "': "
          + e.getMessage(), e);
    }
  }
}
