package org.khabar.internal.segment;

import java.util.Objects;
import org.khabar.SegmentKind;
import org.khabar.TokenKind;
import org.khabar.internal.Analysis;
import org.khabar.internal.WorkerPool;
import org.khabar.internal.normalize.ArabicNormalizer;

/**
 * Splits each Arabic token into clitic segments, per the project's scheme: {@code [CONJ] [PREP | FUT]
 * [ART] STEM [PRON]} ({@code وبمدرستهم = و + ب + مدرست + هم}), each segment a span of the original
 * text, and fills the {@link ArabicNormalizer#MATCH}-level normalized forms of every token and segment.
 *
 * <p>How a word is split: every reading of the word as proclitics + stem + pronoun that the letters
 * allow is scored; a reading needs its stem in the {@link StemLexicon} with a part of speech and
 * clitic bits that fit (the future marker only before an imperfect verb, the article never with a
 * pronoun, a preposition not before a verb...). Readings with fewer clitics score higher, so a word
 * the lexicon knows whole ({@code وزير}, {@code بحث}, {@code لبنان}) stays whole; a split that leaves
 * a closed-class function word ({@code وهم = و + هم}, {@code فيه = في + ه}) outscores a rare whole
 * word. A word the lexicon cannot read at all is split only at a definite article
 * ({@code والكابيتول = و + ال + كابيتول}). Fused words ({@code كما}, {@code لذلك}) are never split.
 *
 * <p>Segment offsets: harakat and tatweel inside a word stay in the segment they follow; the
 * segments of a token cover it with no gap or overlap. The stem's norm restores {@code ة} written
 * {@code ت} before a pronoun and {@code ى} written {@code ا} or {@code ي}; the article after
 * {@code ل} has text {@code ل} and norm {@code ال} (see {@link SegmentNorms}).
 *
 * <p>Immutable and thread-safe: the lexicon is shared, scratch state lives in each call.
 */
public final class CliticSegmenter {
  private static final int CONJ = SegmentKind.CONJ.ordinal();
  private static final int PREP = SegmentKind.PREP.ordinal();
  private static final int FUT = SegmentKind.FUT.ordinal();
  private static final int ART = SegmentKind.ART.ordinal();
  private static final int STEM = SegmentKind.STEM.ordinal();
  private static final int PRON = SegmentKind.PRON.ordinal();
  private static final int ARABIC = TokenKind.ARABIC.ordinal();

  /** Tokens longer than this (in letters) are not analysed: no Arabic word is that long. */
  static final int MAX_WORD = 40;

  static final char ALEF = '\u0627';
  static final char BEH = '\u0628';
  static final char TEH_MARBUTA = '\u0629';
  static final char TEH = '\u062A';
  static final char SEEN = '\u0633';
  static final char FEH = '\u0641';
  static final char KAF = '\u0643';
  static final char LAM = '\u0644';
  static final char MEEM = '\u0645';
  static final char NOON = '\u0646';
  static final char HEH = '\u0647';
  static final char WAW = '\u0648';
  static final char ALEF_MAKSURA = '\u0649';
  static final char YEH = '\u064A';
  static final char HAMZA = '\u0621';
  static final char WAW_HAMZA = '\u0624';
  static final char YEH_HAMZA = '\u0626';

  /**
   * The attached pronouns ه ها هم هما هن ك كم كن ي نا ني: third person and نا first, then the
   * first and second person ones, which news writes less.
   */
  private static final char[][] PRONOUNS = {
    {HEH, MEEM, ALEF}, {HEH, MEEM}, {HEH, ALEF}, {HEH, NOON}, {NOON, ALEF}, {HEH},
    {KAF, MEEM}, {KAF, NOON}, {NOON, YEH}, {KAF}, {YEH},
  };

  // proclitic "middle" slot: what follows the optional conjunction
  private static final int MID_NONE = 0;
  private static final int MID_B = 1;
  private static final int MID_K = 2;
  private static final int MID_L = 3;
  private static final int MID_S = 4;
  /** ل followed by the article written without its alif: للسلطة. */
  private static final int MID_LL = 5;

  /**
   * The pronouns (هما هم ها نا ني) that, after an imperfect verb, can only be its object: an
   * imperfect form does not end in them as an inflection.
   */
  private static final boolean[] OBJECT_AFTER_IMPERFECT = {
    true, true, true, false, true, false, false, false, true, false, false,
  };
  /** Pronouns from this index of {@link #PRONOUNS} on are rarer in news. */
  private static final int FIRST_RARE_PRONOUN = 6;

  // scores: a reading with a known stem scores BASE_KNOWN minus the cost of its clitics, minus
  // penalties, plus bonuses and the stem's length (the longer stem wins a tie)
  static final int BASE_KNOWN = 1000;
  static final int BASE_UNKNOWN_ART = 500;
  static final int BASE_UNKNOWN_CONJ = 450;
  static final int BASE_UNKNOWN = 400;
  static final int COST_CONJ = 100;
  static final int COST_PREP = 100;
  static final int COST_FUT = 100;
  static final int COST_ART = 50;
  static final int COST_PRON = 100;
  static final int COST_PRON_RARE = 120;
  static final int BONUS_FUNC = 150;
  static final int BONUS_IMPF_PRONOUN = 150;
  static final int COST_ACC = 60;
  static final int COST_LOOSE = 110;
  static final int COST_SPELLING = 30;
  /** A known word read whole although it starts with وو: a rare form-III passive (ووفد، ووقع). */
  static final int COST_DOUBLE_WAW = 110;
  static final int MIN_UNKNOWN_STEM = 2;
  static final int MIN_UNKNOWN_CONJ_STEM = 3;

  private final StemLexicon lexicon;
  private final int maxFuncLength;
  /** Per-call scratch state, each with a cache of analysed words, lent to one call at a time. */
  private final WorkerPool<Scratch> scratches =
      new WorkerPool<>(Math.max(2, Runtime.getRuntime().availableProcessors()),
          () -> new Scratch(this));

  /** Creates a segmenter over the {@linkplain StemLexicon#standard() standard lexicon}. */
  public CliticSegmenter() {
    this(StemLexicon.standard());
  }

  /**
   * Creates a segmenter over a given lexicon.
   *
   * @param lexicon the stems
   * @throws NullPointerException if {@code lexicon} is null
   */
  public CliticSegmenter(StemLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.maxFuncLength = lexicon.maxFuncLength();
  }

  /**
   * Returns the lexicon in use.
   *
   * @return the stems
   */
  public StemLexicon lexicon() {
    return lexicon;
  }

  /**
   * Segments every token of the analysis and fills the normalized forms of tokens and segments.
   *
   * @param a the analysis, tokenized
   */
  public void segment(Analysis a) {
    Scratch s = scratches.acquire();
    try {
      run(a, s);
    } finally {
      scratches.release(s);
    }
  }

  /**
   * Segments every token through the general path alone, with a scratch of its own (an empty
   * cache): each token normalized and analysed from the text char by char, its segments appended
   * one at a time. Slower than {@link #segment} and equal to it in every array of the analysis,
   * normalized buffer included; tests compare the two.
   *
   * @param a the analysis, tokenized
   */
  void segmentGeneral(Analysis a) {
    Scratch s = new Scratch(this);
    String text = a.text;
    for (int t = 0; t < a.tokenCount; t++) {
      int start = a.tokStart[t];
      int end = a.tokEnd[t];
      a.beginSegments(t);
      int from = a.normLength;
      int n = analyzeSlow(a, t, text, start, end, s);
      int to = a.normLength;
      a.tokNormStart[t] = from;
      a.tokNormEnd[t] = to;
      if (n <= 1) {
        a.addSegment(start, end, STEM);
        a.segNormStart[a.segCount - 1] = from;
        a.segNormEnd[a.segCount - 1] = to;
      } else {
        int k0 = from;
        for (int k = 0; k < n; k++) {
          int flags = s.outFlags[k];
          a.addSegment(s.outStart[k], s.outEnd[k], s.outKind[k] | flags << 8);
          int seg = a.segCount - 1;
          int k1 = k0;
          while (k1 < to && a.normAlign[k1] < s.outEnd[k]) {
            k1++;
          }
          if (flags == 0) {
            a.segNormStart[seg] = k0;
            a.segNormEnd[seg] = k1;
          } else {
            int need = a.normLength + (k1 - k0) + 2;
            if (need > a.normBuf.length) {
              growNorm(a, need);
            }
            a.segNormStart[seg] = a.normLength;
            a.normLength = appendFlaggedNorm(a.normBuf, a.normAlign, a.normLength, k0, k1,
                s.outStart[k], flags);
            a.segNormEnd[seg] = a.normLength;
          }
          k0 = k1;
        }
      }
      a.endSegments(t);
    }
  }

  /**
   * The token loop. A token whose chars all normalize one to one with no char removed, and, for an
   * Arabic word, whose letters are plain (U+0621–U+064A) and at most {@link Scratch#CACHE_MAX_LEN},
   * is read once from the scratch's window of the text: its MATCH norm, its key-form letters and its
   * cache key come from one pass; other tokens go through {@link #analyzeCareful} or
   * {@link #analyzeSlow}. The token norm bounds and the segments of up to {@link Scratch#BATCH}
   * tokens are collected in the scratch and copied into the analysis' arrays a batch at a time
   * (writing eight arrays a token at a time costs more than the rest of the loop); the norm chars
   * go straight into the analysis.
   */
  private void run(Analysis a, Scratch s) {
    final String text = a.text;
    final int tokens = a.tokenCount;
    if (tokens == 0) {
      return;
    }
    if (a.segFirst.length < tokens + 1) {
      a.segFirst = java.util.Arrays.copyOf(a.segFirst, Math.max(tokens + 1, a.segFirst.length * 2));
    }
    s.winStart = 0;
    s.winEnd = -1;
    final int[] tokStart = a.tokStart;
    final int[] tokEnd = a.tokEnd;
    final byte[] tokKind = a.tokKind;
    final char[] win = s.win;
    final int[] bTokNormStart = s.batTokNormStart;
    final int[] bTokNormEnd = s.batTokNormEnd;
    final int[] bSegFirst = s.batSegFirst;
    final int[] segStart = s.batSegStart;
    final int[] segEnd = s.batSegEnd;
    final int[] segInfo = s.batSegInfo;
    final int[] segNormStart = s.batSegNormStart;
    final int[] segNormEnd = s.batSegNormEnd;
    int sc = a.segCount;
    int nl = a.normLength;
    char[] nb = a.normBuf;
    int[] na = a.normAlign;
    int t = 0;
    while (t < tokens) {
      final int t0 = t;
      final int batchEnd = Math.min(tokens, t0 + Scratch.BATCH);
      int k = 0; // segments of this batch so far
      for (; t < batchEnd; t++) {
        final int start = tokStart[t];
        final int end = tokEnd[t];
        final int len = end - start;
        bSegFirst[t - t0] = sc + k;
        // room for the token's norm and its flagged segment norms
        if (nl + 2 * len + 4 > nb.length) {
          growNorm(a, nl + 2 * len + 4);
          nb = a.normBuf;
          na = a.normAlign;
        }
        final int from = nl;
        final boolean arabic = tokKind[t] == ARABIC;
        int acc;
        long k0 = 0;
        long k1 = 0;
        int base = 0;
        if (len > 0 && (start >= s.winStart && end <= s.winEnd || s.fill(text, start, end))) {
          base = start - s.winStart;
          acc = 0;
          // do-while loops: a counted for loop costs more set-up than a token has chars
          if (arabic && len <= Scratch.CACHE_MAX_LEN) {
            int p = base;
            int q = from;
            final int pEnd = base + len;
            do {
              int e = FAST[win[p++]];
              acc |= e;
              nb[q] = (char) e;
              na[q] = start - from + q;
              q++;
              // the cache key: six bits a letter shifted in, the last nine letters in k0
              k1 = k1 << 6 | k0 >>> (Scratch.SHORT_KEY_BITS - 6);
              k0 = (k0 << 6 & Scratch.SHORT_KEY_MASK) | (e >>> 16 & 63);
            } while (p < pEnd);
            acc &= F_IGNORABLE | F_SLOW | F_NO_KEY;
          } else if (!arabic) {
            int p = base;
            int q = from;
            final int pEnd = base + len;
            do {
              int e = FAST[win[p++]];
              acc |= e;
              nb[q] = (char) e;
              na[q] = start - from + q;
              q++;
            } while (p < pEnd);
            acc &= F_IGNORABLE | F_SLOW;
          } else {
            acc = F_SLOW;
          }
        } else {
          acc = F_SLOW;
        }
        if (acc != 0) {
          // the general paths: normalize into the analysis, segments into the scratch's output
          a.normLength = from;
          int n = analyzeCareful(a, t, start, end, s);
          if (n < 0) {
            n = analyzeSlow(a, t, text, start, end, s);
          }
          final int to = a.normLength;
          bTokNormStart[t - t0] = from;
          bTokNormEnd[t - t0] = to;
          nl = to;
          if (nl + (to - from) + 4 > a.normBuf.length) {
            growNorm(a, nl + (to - from) + 4);
          }
          nb = a.normBuf;
          na = a.normAlign;
          if (n <= 1) {
            segStart[k] = start;
            segEnd[k] = end;
            segInfo[k] = STEM;
            segNormStart[k] = from;
            segNormEnd[k] = to;
            k++;
            continue;
          }
          int q0 = from;
          for (int j = 0; j < n; j++) {
            int flags = s.outFlags[j];
            int segEndOffset = s.outEnd[j];
            segStart[k] = s.outStart[j];
            segEnd[k] = segEndOffset;
            segInfo[k] = s.outKind[j] | flags << 8;
            // the segment's share of the token's norm: the chars that come from inside it
            int q1 = q0;
            while (q1 < to && na[q1] < segEndOffset) {
              q1++;
            }
            if (flags == 0) {
              segNormStart[k] = q0;
              segNormEnd[k] = q1;
            } else {
              segNormStart[k] = nl;
              nl = appendFlaggedNorm(nb, na, nl, q0, q1, s.outStart[j], flags);
              segNormEnd[k] = nl;
            }
            k++;
            q0 = q1;
          }
          continue;
        }
        nl = from + len;
        bTokNormStart[t - t0] = from;
        bTokNormEnd[t - t0] = nl;
        int v = 0;
        if (arabic && len >= 2
            && (CLITIC_START[(FAST[win[base]] >>> 10 & 0xFC0) | (FAST[win[base + 1]] >>> 16 & 63)]
                | CLITIC_END[(int) k0 & 0xFFF]) != 0) {
          // a word that neither starts with a proclitic (و ف ب ك ل س ال) nor ends with a pronoun
          // has no reading but the whole word; others are looked up in the cache, read on a miss
          s.key0 = k0;
          s.key1 = k1;
          v = s.cacheGet();
          if (v == 0) {
            s.loadKeys(win, base, start, len);
            v = read(s, len);
            s.cachePut(v);
          }
        }
        if ((v & Scratch.SPLIT) == 0) {
          segStart[k] = start;
          segEnd[k] = end;
          segInfo[k] = STEM;
          segNormStart[k] = from;
          segNormEnd[k] = nl;
          k++;
          continue;
        }
        // the reading's segments; with one letter per char, letter b is at start + b and from + b
        int b = 0;
        if ((v & (1 << 2)) != 0) { // conjunction
          segStart[k] = start;
          segEnd[k] = start + 1;
          segInfo[k] = CONJ;
          segNormStart[k] = from;
          segNormEnd[k] = from + 1;
          k++;
          b = 1;
        }
        int mid = (v >>> 3) & 7;
        if (mid == MID_LL) {
          segStart[k] = start + b;
          segEnd[k] = start + b + 1;
          segInfo[k] = PREP;
          segNormStart[k] = from + b;
          segNormEnd[k] = from + b + 1;
          k++;
          segStart[k] = start + b + 1;
          segEnd[k] = start + b + 2;
          segInfo[k] = ART | SegmentNorms.ART_AFTER_LAM << 8;
          segNormStart[k] = nl;
          nb[nl] = ALEF;
          na[nl++] = start + b + 1;
          nb[nl] = LAM;
          na[nl++] = start + b + 1;
          segNormEnd[k] = nl;
          k++;
          b += 2;
        } else if (mid != MID_NONE) {
          segStart[k] = start + b;
          segEnd[k] = start + b + 1;
          segInfo[k] = mid == MID_S ? FUT : PREP;
          segNormStart[k] = from + b;
          segNormEnd[k] = from + b + 1;
          k++;
          b++;
        }
        if ((v & (1 << 6)) != 0) { // article
          segStart[k] = start + b;
          segEnd[k] = start + b + 2;
          segInfo[k] = ART;
          segNormStart[k] = from + b;
          segNormEnd[k] = from + b + 2;
          k++;
          b += 2;
        }
        int pronLen = (v >>> 13) & 7;
        int stemEnd = len - pronLen;
        int restore = (v >>> 16) & 7;
        segStart[k] = start + b;
        segEnd[k] = start + stemEnd;
        segInfo[k] = STEM | restore << 8;
        if (restore == 0) {
          segNormStart[k] = from + b;
          segNormEnd[k] = from + stemEnd;
        } else {
          segNormStart[k] = nl;
          nl = appendFlaggedNorm(nb, na, nl, from + b, from + stemEnd, start + b, restore);
          segNormEnd[k] = nl;
        }
        k++;
        if (pronLen > 0) {
          segStart[k] = start + stemEnd;
          segEnd[k] = end;
          segInfo[k] = PRON;
          segNormStart[k] = from + stemEnd;
          segNormEnd[k] = from + len;
          k++;
        }
      }
      flush(a, s, t0, t - t0, sc, k);
      sc += k;
    }
    a.segFirst[tokens] = sc;
    a.segCount = sc;
    a.normLength = nl;
  }

  /**
   * Copies a batch of {@code count} tokens from {@code t0} and their {@code segs} segments from
   * {@code sc} into the analysis' arrays, growing the segment arrays as needed.
   */
  private static void flush(Analysis a, Scratch s, int t0, int count, int sc, int segs) {
    if (sc + segs > a.segStart.length) {
      ensureRoom(a, 0, sc + segs);
    }
    System.arraycopy(s.batSegFirst, 0, a.segFirst, t0, count);
    System.arraycopy(s.batTokNormStart, 0, a.tokNormStart, t0, count);
    System.arraycopy(s.batTokNormEnd, 0, a.tokNormEnd, t0, count);
    System.arraycopy(s.batSegStart, 0, a.segStart, sc, segs);
    System.arraycopy(s.batSegEnd, 0, a.segEnd, sc, segs);
    System.arraycopy(s.batSegInfo, 0, a.segInfo, sc, segs);
    System.arraycopy(s.batSegNormStart, 0, a.segNormStart, sc, segs);
    System.arraycopy(s.batSegNormEnd, 0, a.segNormEnd, sc, segs);
  }

  /**
   * Appends the norm of a segment whose flags change it, from the token's norm chars {@code [from,
   * to)}: the article after ل becomes ال (both chars at the segment's offset {@code start}), a
   * stem's last letter becomes ة or ى (at the MATCH level: ه and ي). Returns the new norm length.
   */
  private static int appendFlaggedNorm(char[] nb, int[] na, int nl, int from, int to, int start,
      int flags) {
    if ((flags & SegmentNorms.ART_AFTER_LAM) != 0) {
      nb[nl] = ALEF;
      na[nl++] = start;
      nb[nl] = LAM;
      na[nl++] = start;
      return nl;
    }
    for (int q = from; q < to; q++) {
      char c = nb[q];
      if (q == to - 1) {
        if ((flags & SegmentNorms.RESTORE_TEH_MARBUTA) != 0) {
          c = HEH; // ة at the MATCH level
        } else if ((flags & SegmentNorms.RESTORE_ALEF_MAKSURA) != 0) {
          c = YEH; // ى at the MATCH level
        }
      }
      nb[nl] = c;
      na[nl++] = na[q];
    }
    return nl;
  }

  /**
   * The shape of a packed reading (see {@link Scratch#pack}): its conjunction, middle proclitic,
   * article, pronoun length and restored letter, which with the word's length fix its segments; 0
   * for a word that stays whole. Ten bits.
   */
  static int shapeOf(int v) {
    return (v >>> 2) & 0x1F | ((v >>> 13) & 7) << 5 | ((v >>> 17) & 3) << 8;
  }

  /**
   * Returns the packed reading of a shape, the inverse of {@link #shapeOf} on every reading
   * {@link #read} gives.
   */
  static int readingOf(int shape) {
    return SHAPE_READING[shape];
  }

  /** The packed reading of each shape (the stem starts after the proclitics). */
  private static final int[] SHAPE_READING = new int[1 << 10];

  static {
    for (int shape = 0; shape < SHAPE_READING.length; shape++) {
      int conj = shape & 1;
      int mid = (shape >>> 1) & 7;
      int art = (shape >>> 4) & 1;
      int pronLen = (shape >>> 5) & 7;
      int restoreCode = (shape >>> 8) & 3;
      int restore = restoreCode == 1 ? SegmentNorms.RESTORE_TEH_MARBUTA
          : restoreCode == 2 ? SegmentNorms.RESTORE_ALEF_MAKSURA : 0;
      int stemStart = conj + (mid == MID_NONE ? 0 : mid == MID_LL ? 2 : 1) + 2 * art;
      SHAPE_READING[shape] = conj == 0 && mid == MID_NONE && art == 0 && pronLen == 0
          ? Scratch.DONE
          : Scratch.DONE | Scratch.SPLIT | conj << 2 | mid << 3 | art << 6 | stemStart << 7
              | pronLen << 13 | restore << 16;
    }
  }

  /** Grows the analysis' buffers to hold {@code norm} normalized chars and {@code segs} segments. */
  private static void ensureRoom(Analysis a, int norm, int segs) {
    if (norm > a.normBuf.length) {
      growNorm(a, norm);
    }
    if (segs > a.segStart.length) {
      int n = Math.max(segs, a.segStart.length * 2);
      a.segStart = java.util.Arrays.copyOf(a.segStart, n);
      a.segEnd = java.util.Arrays.copyOf(a.segEnd, n);
      a.segInfo = java.util.Arrays.copyOf(a.segInfo, n);
      a.segNormStart = java.util.Arrays.copyOf(a.segNormStart, n);
      a.segNormEnd = java.util.Arrays.copyOf(a.segNormEnd, n);
    }
  }

  /**
   * Normalizes one token whose chars all lie in U+0000–U+06FF and normalize to at most one char
   * each (harakat and tatweel removed) into the analysis' norm buffer, from the scratch's window,
   * and analyses it into the scratch's output. Returns the number of segments written (0 or 1: the
   * word stays whole), or -1, having written nothing, for a token that needs {@link #analyzeSlow}.
   */
  private int analyzeCareful(Analysis a, int t, int start, int end, Scratch s) {
    if (start < s.winStart || end > s.winEnd) {
      if (!s.fill(a.text, start, end)) {
        return -1;
      }
    }
    final char[] src = s.win;
    final int base = start - s.winStart;
    final int len = end - start;
    final int from = a.normLength;
    if (from + len > a.normBuf.length) {
      growNorm(a, from + len);
    }
    final char[] nb = a.normBuf;
    final int[] na = a.normAlign;
    int to = from;
    int n = 0;
    if (a.tokKind[t] != ARABIC) {
      for (int i = 0; i < len; i++) {
        char c = src[base + i];
        if (c > LAST_FAST) {
          return -1;
        }
        int e = INFO[c];
        if (e == INFO_SLOW) {
          return -1;
        }
        if (e != INFO_IGNORABLE) {
          nb[to] = (char) e;
          na[to++] = start + i;
        }
      }
    } else {
      final char[] w = s.w;
      final int[] pos = s.pos;
      int lastLetter = 0;
      for (int i = 0; i < len; i++) {
        char c = src[base + i];
        if (c > LAST_FAST) {
          return -1;
        }
        int e = INFO[c];
        if (e == INFO_SLOW) {
          return -1;
        }
        if (e == INFO_IGNORABLE) {
          continue;
        }
        lastLetter = i;
        nb[to] = (char) e;
        na[to++] = start + i;
        if (n < MAX_WORD) {
          w[n] = (char) (e >>> 16);
          pos[n] = start + i;
        }
        n++;
      }
      // as analyze(): the first char as written and the last letter tell a word that cannot have a
      // clitic; then the loaded letters
      if (!isProcliticLetter(StemLexicon.keyChar(src[base]))
          && !isPronounEnd(StemLexicon.keyChar(src[base + lastLetter]))) {
        n = 0;
      } else if (n > MAX_WORD) {
        n = 0;
      } else {
        s.n = n;
        n = analyzeLoaded(s, n, start, end);
      }
    }
    a.normLength = to;
    return n;
  }

  /** Grows the analysis' normalized buffers to hold at least {@code need} chars. */
  private static void growNorm(Analysis a, int need) {
    int cap = Math.max(need, 2 * a.normBuf.length);
    a.normBuf = java.util.Arrays.copyOf(a.normBuf, cap);
    a.normAlign = java.util.Arrays.copyOf(a.normAlign, cap);
  }

  /**
   * Normalizes one token through the general path (any char, presentation forms included) into the
   * analysis' norm buffer and analyses it into the scratch's output; returns the number of segments
   * written (0 or 1: the token stays whole).
   */
  private int analyzeSlow(Analysis a, int t, String text, int start, int end, Scratch s) {
    ArabicNormalizer.appendNormalized(text, start, end, ArabicNormalizer.MATCH, a);
    return a.tokKind[t] == ARABIC ? analyze(text, start, end, s) : 0;
  }

  /** The last char {@link #analyzeCareful} handles; others take {@link #analyzeSlow}. */
  private static final char LAST_FAST = '\u06FF';
  /** {@link #INFO} of a char that the normalizer removes. */
  private static final int INFO_IGNORABLE = 0;
  /** {@link #INFO} of a char {@link #analyzeCareful} does not handle. */
  private static final int INFO_SLOW = -1;
  /**
   * Per char up to {@link #LAST_FAST}: the key-form char ({@link StemLexicon#keyChar}) in the high
   * half and the {@link ArabicNormalizer#MATCH} norm in the low half, {@link #INFO_IGNORABLE} for a
   * char both remove, {@link #INFO_SLOW} for a char that does not normalize to exactly one char.
   * Computed once from the normalizer's and the lexicon's own per-char rules.
   */
  private static final int[] INFO = new int[LAST_FAST + 1];

  /** {@link #FAST}: the normalizer removes the char. */
  private static final int F_IGNORABLE = 1 << 24;
  /** {@link #FAST}: the char does not normalize to exactly one char. */
  private static final int F_SLOW = 1 << 25;
  /** {@link #FAST}: the char's key form is not a letter U+0621–U+064A. */
  private static final int F_NO_KEY = 1 << 26;
  /**
   * Per char, for {@link #run}: the {@link ArabicNormalizer#MATCH} norm in bits 0–15, the key form
   * minus U+0620 in bits 16–21 (when it is a letter U+0621–U+064A: the cache's six-bit code), and
   * the flags {@link #F_IGNORABLE}, {@link #F_SLOW}, {@link #F_NO_KEY}; {@link #F_SLOW} for every
   * char past {@link #LAST_FAST}. Computed once from the normalizer's and the lexicon's own per-char
   * rules, like {@link #INFO}.
   */
  private static final int[] FAST = new int[Character.MAX_VALUE + 1];
  /**
   * Per pair of six-bit letter codes (first letter times 64 plus second): 1 when a word starting so
   * may start with a proclitic: و ف ب ك ل س, or the article ال.
   */
  private static final byte[] CLITIC_START = new byte[64 * 64];
  /**
   * Per pair of six-bit letter codes (last but one letter times 64 plus last): 1 when a word ending
   * so may end with a pronoun of {@link #PRONOUNS} (its last two letters, or its last letter).
   */
  private static final byte[] CLITIC_END = new byte[64 * 64];

  static {
    java.util.Arrays.fill(FAST, F_SLOW);
    for (int f = 1; f <= 0x2A; f++) {
      for (int g = 1; g <= 0x2A; g++) {
        char c = (char) (0x0620 + f);
        char d = (char) (0x0620 + g);
        boolean start = c == WAW || c == FEH || c == BEH || c == KAF || c == LAM || c == SEEN
            || c == ALEF && d == LAM;
        boolean end = false;
        for (char[] pr : PRONOUNS) {
          end |= pr[pr.length - 1] == d && (pr.length == 1 || pr[pr.length - 2] == c);
        }
        CLITIC_START[f << 6 | g] = (byte) (start ? 1 : 0);
        CLITIC_END[f << 6 | g] = (byte) (end ? 1 : 0);
      }
    }
    for (int c = 0; c <= LAST_FAST; c++) {
      char ch = (char) c;
      String norm = ArabicNormalizer.normalize(String.valueOf(ch), ArabicNormalizer.MATCH);
      boolean ignorable = ArabicNormalizer.isIgnorable(ch);
      if (ignorable && norm.isEmpty()) {
        INFO[c] = INFO_IGNORABLE;
        FAST[c] = F_IGNORABLE;
      } else if (!ignorable && norm.length() == 1 && !ArabicNormalizer.isPresentationForm(ch)
          && norm.charAt(0) != 0) {
        char key = StemLexicon.keyChar(ch);
        INFO[c] = key << 16 | norm.charAt(0);
        int code = key - 0x0620;
        FAST[c] = norm.charAt(0) | (code >= 1 && code <= 0x2A ? code << 16 : F_NO_KEY);
      } else {
        INFO[c] = INFO_SLOW;
        FAST[c] = F_SLOW;
      }
    }
  }

  private static final char FIRST_PRESENTATION = '\uFB50';
  /**
   * The key form ({@link StemLexicon#normalizeKey}) of each presentation form from
   * {@link #FIRST_PRESENTATION} on (null for a char that is none), computed once: loading a word
   * builds no string.
   */
  private static final char[][] PRESENTATION_KEYS = new char['\uFEFF' - FIRST_PRESENTATION][];

  static {
    for (int c = FIRST_PRESENTATION; c < '\uFEFF'; c++) {
      if (ArabicNormalizer.isPresentationForm((char) c)) {
        PRESENTATION_KEYS[c - FIRST_PRESENTATION] =
            StemLexicon.normalizeKey(String.valueOf((char) c)).toCharArray();
      }
    }
  }

  /**
   * Analyses one word of the text into the scratch's output arrays.
   *
   * @param text the text
   * @param start the word's start offset
   * @param end the word's end offset
   * @param s the scratch state
   * @return the number of segments written (0 or 1: the word is one stem)
   */
  int analyze(CharSequence text, int start, int end, Scratch s) {
    // a word that neither starts with a proclitic letter nor ends like a pronoun has no reading but
    // the whole word: tell from its first and last letters before normalizing it
    char first = text.charAt(start);
    int last = end - 1;
    while (last > start && ArabicNormalizer.isIgnorable(text.charAt(last))) {
      last--;
    }
    if (!ArabicNormalizer.isPresentationForm(first) && !isProcliticLetter(StemLexicon.keyChar(first))
        && !ArabicNormalizer.isPresentationForm(text.charAt(last))
        && !isPronounEnd(StemLexicon.keyChar(text.charAt(last)))) {
      return 0;
    }
    int n = s.load(text, start, end);
    return analyzeLoaded(s, n, start, end);
  }

  /**
   * Analyses the word loaded in the scratch ({@code n} key-form letters with their offsets) into
   * its output arrays, through the cache.
   *
   * @return the number of segments written (0 or 1: the word is one stem)
   */
  private int analyzeLoaded(Scratch s, int n, int start, int end) {
    if (n < 2 || n > MAX_WORD) {
      return 0;
    }
    char[] w = s.w;
    if (!isProcliticLetter(w[0]) && !isPronounEnd(w[n - 1])) {
      return 0;
    }
    int cached;
    if (s.packKey(n)) {
      cached = s.cacheGet();
      if (cached == 0) {
        cached = read(s, n);
        s.cachePut(cached);
      }
    } else {
      cached = read(s, n);
    }
    if ((cached & Scratch.SPLIT) == 0) {
      return 0;
    }
    s.unpack(cached);
    return s.emit(start, end);
  }

  private static boolean isProcliticLetter(char c) {
    return c == WAW || c == FEH || c == BEH || c == LAM || c == KAF || c == SEEN || c == ALEF;
  }

  private static boolean isPronounEnd(char c) {
    return c == HEH || c == ALEF || c == MEEM || c == NOON || c == KAF || c == YEH;
  }

  /** Finds the best reading of the word in the scratch; returns it packed (see {@link Scratch#pack}). */
  private int read(Scratch s, int n) {
    s.prepareLoose();
    char[] w = s.w;
    // a word the lexicon marks as fused is never split
    int whole = find(s, 0, n, NO_CHANGE);
    if ((whole & StemInfo.FUSED) != 0) {
      return Scratch.DONE;
    }
    s.wholeBits = whole;
    s.bestScore = Integer.MIN_VALUE;
    // enumerate proclitic prefixes: [و|ف] [ب|ك|ل|س|لل] [ال]
    for (int conj = 0; conj <= 1; conj++) {
      if (conj == 1 && w[0] != WAW && w[0] != FEH) {
        break;
      }
      int p0 = conj;
      for (int mid = MID_NONE; mid <= MID_LL; mid++) {
        int p1 = p0;
        if (mid != MID_NONE) {
          if (p0 >= n) {
            break;
          }
          char c = w[p0];
          switch (mid) {
            case MID_B:
              if (c != BEH) {
                continue;
              }
              break;
            case MID_K:
              if (c != KAF) {
                continue;
              }
              break;
            case MID_L:
              if (c != LAM) {
                continue;
              }
              break;
            case MID_S:
              if (c != SEEN) {
                continue;
              }
              break;
            default: // MID_LL
              if (c != LAM || p0 + 1 >= n || w[p0 + 1] != LAM) {
                continue;
              }
              p1++;
              break;
          }
          p1++;
        }
        for (int art = 0; art <= 1; art++) {
          int p2 = p1;
          if (art == 1) {
            if (mid == MID_LL || mid == MID_S || p1 + 1 >= n || w[p1] != ALEF || w[p1 + 1] != LAM) {
              break;
            }
            p2 += 2;
          }
          // enumerate the pronoun: none, then each that ends the word
          tryReading(s, n, conj, mid, art, p2, -1);
          if (art == 0) {
            for (int p = 0; p < PRONOUNS.length; p++) {
              char[] pr = PRONOUNS[p];
              if (n - p2 > pr.length && endsWith(w, n, pr)) {
                tryReading(s, n, conj, mid, art, p2, p);
              }
            }
          }
        }
      }
    }
    if (s.bestScore == Integer.MIN_VALUE) {
      return Scratch.DONE;
    }
    return s.pack();
  }

  private static boolean endsWith(char[] w, int n, char[] suffix) {
    int off = n - suffix.length;
    for (int i = 0; i < suffix.length; i++) {
      if (w[off + i] != suffix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Scores one reading and keeps it when it beats the best so far. */
  private void tryReading(Scratch s, int n, int conj, int mid, int art, int stemStart, int pron) {
    int pronLen = pron < 0 ? 0 : PRONOUNS[pron].length;
    int stemEnd = n - pronLen;
    int stemLen = stemEnd - stemStart;
    if (stemLen < 1) {
      return;
    }
    // skip the lookups of a reading that cannot beat the best so far, whatever its stem
    int bound = BASE_KNOWN + stemLen - cliticCost(conj, mid, art, pron);
    if (stemLen <= maxFuncLength) {
      bound += BONUS_FUNC + (stemLen == 1 ? COST_PRON : 0);
    }
    if (pron >= 0 && OBJECT_AFTER_IMPERFECT[pron]) {
      bound += BONUS_IMPF_PRONOUN;
    }
    if (bound <= s.bestScore && s.bestScore >= BASE_UNKNOWN_ART) {
      return;
    }
    char[] w = s.w;
    int restore = 0;
    int spellingCost = 0;
    int bits = find(s, stemStart, stemLen, NO_CHANGE);
    int looseCost = s.loose ? COST_LOOSE : 0;
    if (pron >= 0) {
      char last = w[stemEnd - 1];
      if (last == TEH) {
        // ة written ت before a pronoun: مدرسته (a verb's own ت, as in ساعدته, stays)
        int b = find(s, stemStart, stemLen, TEH_MARBUTA);
        int bl = s.loose ? COST_LOOSE : 0;
        if (b != 0 && (bits == 0 || (b & StemInfo.NOUN) != 0 && (bits & StemInfo.NOUN) == 0)) {
          bits = b;
          looseCost = bl;
          restore = SegmentNorms.RESTORE_TEH_MARBUTA;
        }
      } else if (last == ALEF || last == YEH) {
        // ى written ا or ي before a pronoun: مستواه، عليه
        int b = find(s, stemStart, stemLen, ALEF_MAKSURA);
        int bl = s.loose ? COST_LOOSE : 0;
        if (b != 0 && (bits == 0 || (b & StemInfo.FUNC) != 0 && (bits & StemInfo.FUNC) == 0)) {
          bits = b;
          looseCost = bl;
          restore = SegmentNorms.RESTORE_ALEF_MAKSURA;
        }
      } else if (bits == 0 && last == WAW) {
        // the alif of a verb's plural ending is dropped before a pronoun: جمعوها
        bits = find(s, stemStart, stemLen, APPEND_ALEF);
        looseCost = s.loose ? COST_LOOSE : 0;
      } else if (bits == 0 && (last == WAW_HAMZA || last == YEH_HAMZA)) {
        // the hamza changes its seat before a pronoun: أبناؤه، أبنائه
        bits = find(s, stemStart, stemLen, HAMZA);
        looseCost = s.loose ? COST_LOOSE : 0;
      }
    } else if (bits == 0 && stemLen >= 2) {
      // ى and ي confused at the end of a word
      char last = w[stemEnd - 1];
      if (last == YEH || last == ALEF_MAKSURA) {
        bits = find(s, stemStart, stemLen, last == YEH ? ALEF_MAKSURA : YEH);
        looseCost = s.loose ? COST_LOOSE : 0;
        spellingCost = COST_SPELLING;
      }
    }
    int score;
    if (bits != 0 && (stemLen >= 2 || isPrepositionStem(w, stemStart, stemLen, pron))) {
      int penalty = compatibility(bits, conj, mid, art, pron);
      if (penalty < 0) {
        return;
      }
      score = BASE_KNOWN - penalty - spellingCost - looseCost + stemLen;
      if (stemStart == 0 && stemLen >= 3 && w[0] == WAW && w[1] == WAW
          && (bits & (StemInfo.NAME | StemInfo.FUNC)) == 0) {
        // Arabic words do not start with two waws save form-III passives (ووفد، ووقع، ووصل), which
        // news hardly uses: the first و is the conjunction on a و-initial word (وفد، وقع، وصل)
        score -= COST_DOUBLE_WAW;
      }
      if ((bits & StemInfo.FUNC) != 0) {
        if (penalty > 0) {
          return; // a function word's clitics are listed exactly
        }
        score += BONUS_FUNC;
      }
      score -= cliticCost(conj, mid, art, pron);
      if (stemLen == 1 && pron < FIRST_RARE_PRONOUN) {
        // ل and ب cannot stand alone: with a third-person pronoun they are one word (وله = و + له)
        score += COST_PRON;
      }
      if (pron >= 0 && OBJECT_AFTER_IMPERFECT[pron] && stemLen >= 3
          && (s.wholeBits & StemInfo.POS_MASK) == StemInfo.VERB_IMPF
          && (bits & StemInfo.VERB_IMPF) != 0) {
        // an imperfect verb cannot end in نا/ني/ها/هم as an inflection: the whole-word reading
        // (hunspell lists such forms) loses to verb + pronoun (يمكننا = يمكن + نا)
        score += BONUS_IMPF_PRONOUN;
      }
    } else if (pron < 0 && (art == 1 || mid == MID_LL) && stemLen >= MIN_UNKNOWN_STEM) {
      // an unknown word after the article: والكوبالت
      score = BASE_UNKNOWN_ART - 10 * (conj + (mid != MID_NONE ? 1 : 0));
    } else if (pron < 0 && art == 0 && stemLen >= MIN_UNKNOWN_CONJ_STEM
        && isCliticBeforeUnknown(w, conj, mid, stemStart)) {
      // the conjunction before an unknown word (وترامب) and a preposition before an unknown word
      // spelled with a hamza on its alif (لأوباما)
      score = BASE_UNKNOWN_CONJ - 10 * (conj + (mid != MID_NONE ? 1 : 0));
    } else if (stemStart == 0 && pron < 0) {
      score = BASE_UNKNOWN;
    } else {
      return;
    }
    if (score > s.bestScore) {
      s.bestScore = score;
      s.conj = conj;
      s.mid = mid;
      s.art = art;
      s.stemStart = stemStart;
      s.pronLen = pronLen;
      s.restore = restore;
    }
  }

  private static int cliticCost(int conj, int mid, int art, int pron) {
    int cost = conj * COST_CONJ + art * COST_ART;
    if (mid == MID_S) {
      cost += COST_FUT;
    } else if (mid == MID_LL) {
      cost += COST_PREP + COST_ART;
    } else if (mid != MID_NONE) {
      cost += COST_PREP;
    }
    if (pron >= 0) {
      cost += pron < FIRST_RARE_PRONOUN ? COST_PRON : COST_PRON_RARE;
    }
    return cost;
  }

  /**
   * Whether clitics may be split off a word the lexicon does not know: the conjunction و before a
   * remainder that does not start with و, ي or bare ا (foreign names do: ويلز، واتس), or one
   * preposition ب ل ك, optionally after و, before a remainder spelled with a hamza on its alif.
   */
  private static boolean isCliticBeforeUnknown(char[] w, int conj, int mid, int stemStart) {
    char first = w[stemStart];
    if (mid == MID_NONE) {
      return conj == 1 && w[0] == WAW && first != WAW && first != YEH && first != ALEF;
    }
    return (mid == MID_B || mid == MID_L || mid == MID_K) && (conj == 0 || w[0] == WAW)
        && StemLexicon.isHamzaAlef(first);
  }

  /** A one-letter stem is only a preposition before a pronoun: له، بها. */
  private static boolean isPrepositionStem(char[] w, int off, int len, int pron) {
    return len == 1 && pron >= 0 && (w[off] == LAM || w[off] == BEH);
  }

  /**
   * Returns the cost of the clitics a stem does not list as accepted, or -1 when the reading is
   * impossible for its part of speech.
   */
  private static int compatibility(int bits, int conj, int mid, int art, int pron) {
    boolean nominal = (bits & (StemInfo.NOUN | StemInfo.NAME | StemInfo.FUNC)) != 0;
    boolean nameOnly = (bits & StemInfo.POS_MASK) == StemInfo.NAME;
    boolean impf = (bits & StemInfo.VERB_IMPF) != 0;
    int cost = 0;
    if (art == 1 || mid == MID_LL) {
      if (pron >= 0 || !nominal) {
        return -1;
      }
      if ((bits & StemInfo.ACC_ART) == 0) {
        cost += COST_ACC;
      }
    }
    switch (mid) {
      case MID_S:
        if (!impf) {
          return -1;
        }
        if ((bits & StemInfo.ACC_FUT) == 0) {
          cost += COST_ACC;
        }
        break;
      case MID_L:
        if (!nominal && !impf) {
          return -1;
        }
        if ((bits & (StemInfo.ACC_PREP | StemInfo.ACC_LAM)) == 0) {
          cost += COST_ACC;
        }
        break;
      case MID_B:
      case MID_K:
        if (!nominal || mid == MID_K && nameOnly) {
          return -1; // ك before a proper name is rare: كلاين is a name, not ك + لاين
        }
        if ((bits & StemInfo.ACC_PREP) == 0) {
          cost += COST_ACC;
        }
        break;
      default:
        break;
    }
    if (pron >= 0) {
      if (nameOnly) {
        return -1; // a proper name takes no pronoun: نيكولاي is not نيكولا + ي
      }
      if ((bits & StemInfo.ACC_PRON) == 0) {
        cost += COST_ACC;
      }
      char[] p = PRONOUNS[pron];
      if (p.length == 1 && p[0] == YEH && !nominal) {
        return -1; // the possessive ي follows a noun or a preposition; a verb takes ني
      }
      if (p.length == 2 && p[0] == NOON && p[1] == YEH
          && (bits & (StemInfo.VERB | StemInfo.FUNC)) == 0) {
        return -1; // ني follows a verb or a particle (إنني), not a noun
      }
    }
    if (conj == 1 && (bits & StemInfo.ACC_CONJ) == 0) {
      cost += COST_ACC;
    }
    return cost;
  }

  private static final char NO_CHANGE = 0;
  private static final char APPEND_ALEF = 1;

  /**
   * Looks a stem up, exactly and then ignoring the hamza of alef ({@link Scratch#loose} tells
   * which matched), with its last letter replaced ({@code change} a letter), an alif appended
   * ({@link #APPEND_ALEF}) or as written ({@link #NO_CHANGE}).
   */
  private int find(Scratch s, int off, int len, char change) {
    char[] w = s.w;
    char[] lw = s.lw;
    s.loose = false;
    int b;
    if (change == NO_CHANGE) {
      b = lexicon.lookup(w, off, len);
      if (b == 0 && s.hasAlef(off, len)) {
        b = lexicon.lookupLoose(lw, off, len);
        s.loose = b != 0;
      }
      return b;
    }
    if (change == APPEND_ALEF) {
      char[] tmp = s.tmp;
      System.arraycopy(w, off, tmp, 0, len);
      tmp[len] = ALEF;
      b = lexicon.lookup(tmp, 0, len + 1);
      if (b == 0 && s.hasAlef(off, len)) {
        System.arraycopy(lw, off, tmp, 0, len);
        b = lexicon.lookupLoose(tmp, 0, len + 1);
        s.loose = b != 0;
      }
      return b;
    }
    int last = off + len - 1;
    char saved = w[last];
    char savedLoose = lw[last];
    w[last] = change;
    lw[last] = change;
    b = lexicon.lookup(w, off, len);
    if (b == 0 && s.hasAlef(off, len)) {
      b = lexicon.lookupLoose(lw, off, len);
      s.loose = b != 0;
    }
    w[last] = saved;
    lw[last] = savedLoose;
    return b;
  }

  /** Per-call scratch state: the normalized word, its alignment and the best reading. */
  static final class Scratch {
    /** A packed reading: analysed (always set, so 0 means no entry). */
    static final int DONE = 1;
    /** A packed reading: the word is split (else it stays whole). */
    static final int SPLIT = 2;
    /** The letters of a word the short cache holds: nine, six bits each. */
    static final int SHORT_KEY_BITS = 54;
    static final long SHORT_KEY_MASK = (1L << SHORT_KEY_BITS) - 1;
    /** The short cache: 8,192 sets of eight one-long slots (64 bytes a set, 512 KB). */
    static final int SHORT_SETS_BITS = 13;
    static final int SHORT_WAYS = 8;
    /** The long cache: 2,048 sets of four two-long slots (64 bytes a set, 128 KB). */
    static final int LONG_SETS_BITS = 11;
    static final int LONG_WAYS = 4;
    /** The tokens {@link CliticSegmenter#run} collects before copying them into the analysis. */
    static final int BATCH = 256;
    final int[] batTokNormStart = new int[BATCH];
    final int[] batTokNormEnd = new int[BATCH];
    final int[] batSegFirst = new int[BATCH];
    final int[] batSegStart = new int[BATCH * 6];
    final int[] batSegEnd = new int[BATCH * 6];
    final int[] batSegInfo = new int[BATCH * 6];
    final int[] batSegNormStart = new int[BATCH * 6];
    final int[] batSegNormEnd = new int[BATCH * 6];
    /** The chars of the text a window holds. */
    static final int WINDOW = 1 << 13;
    /** Words longer than this are analysed every time. */
    static final int CACHE_MAX_LEN = 16;
    /** The bits of a long slot's second long that hold its first letters; the shape is above. */
    static final int KEY1_BITS = 42;
    static final long KEY1_MASK = (1L << KEY1_BITS) - 1;

    final CliticSegmenter owner;
    /**
     * The cache of analysed words of up to nine letters, eight-way set-associative: per slot one
     * long, the letters (six bits each, the last letter lowest; 0 = empty) in its low 54 bits and
     * the reading's
     * {@linkplain CliticSegmenter#shapeOf shape} above them; in each set the most recently used
     * slot comes first.
     */
    final long[] shortCache = new long[(1 << SHORT_SETS_BITS) * SHORT_WAYS];
    /**
     * The cache of analysed words of 10 to 16 letters, four-way set-associative: per slot two longs,
     * the first holding the last nine letters, the second the letters before them in its low 42
     * bits and the reading's shape above them.
     */
    final long[] longCache = new long[(1 << LONG_SETS_BITS) * LONG_WAYS * 2];

    long key0;
    long key1;
    /** A window of the text: {@code win[0, winEnd - winStart)} holds {@code text[winStart, winEnd)}. */
    final char[] win = new char[WINDOW];
    int winStart;
    int winEnd;

    char[] w = new char[64];
    /** {@link #w} with the alef variants unified, for loose lookups. */
    char[] lw = new char[64];
    int[] pos = new int[65];
    /** Per letter: whether it is an alef of any form (a loose lookup can differ from an exact one). */
    boolean[] alef = new boolean[64];
    /** Set by each lookup: whether it matched only ignoring hamzas. */
    boolean loose;
    char[] tmp = new char[MAX_WORD + 2];
    int n;

    int bestScore;
    /** The lexicon bits of the whole word. */
    int wholeBits;
    int conj;
    int mid;
    int art;
    int stemStart;
    int pronLen;
    int restore;

    final int[] outStart = new int[6];
    final int[] outEnd = new int[6];
    final int[] outKind = new int[6];
    final int[] outFlags = new int[6];

    Scratch(CliticSegmenter owner) {
      this.owner = owner;
    }

    /** Whether {@code w[off, off + len)} holds an alef of any form. */
    boolean hasAlef(int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (alef[i]) {
          return true;
        }
      }
      return false;
    }

    /**
     * Packs the word in {@link #w} into {@link #key0} and {@link #key1}; returns false when it
     * cannot be cached (too long, or a letter outside U+0621–U+064A).
     */
    boolean packKey(int len) {
      if (len > CACHE_MAX_LEN) {
        return false;
      }
      long k0 = 0;
      long k1 = 0;
      for (int i = 0; i < len; i++) {
        int code = w[i] - 0x0620;
        if (code < 1 || code > 0x2A) {
          return false;
        }
        k1 = k1 << 6 | k0 >>> (SHORT_KEY_BITS - 6);
        k0 = (k0 << 6 & SHORT_KEY_MASK) | code;
      }
      key0 = k0;
      key1 = k1;
      return true;
    }

    /**
     * Returns the cached reading of the packed word ({@link #key0}, {@link #key1}), or 0, keeping
     * its set in LRU order.
     */
    int cacheGet() {
      if (key1 == 0) {
        final long[] c = shortCache;
        final long k = key0;
        final int set = shortSet(k);
        for (int i = set; i < set + SHORT_WAYS; i++) {
          long e = c[i];
          if ((e & SHORT_KEY_MASK) == k) {
            // move to the front
            for (int j = i; j > set; j--) {
              c[j] = c[j - 1];
            }
            c[set] = e;
            return SHAPE_READING[(int) (e >>> SHORT_KEY_BITS)];
          }
        }
        return 0;
      }
      final long[] c = longCache;
      final long k0 = key0;
      final long k1 = key1;
      final int set = longSet(k0, k1);
      for (int i = set; i < set + 2 * LONG_WAYS; i += 2) {
        if (c[i] == k0 && (c[i + 1] & KEY1_MASK) == k1) {
          long v = c[i + 1];
          for (int j = i; j > set; j -= 2) {
            c[j] = c[j - 2];
            c[j + 1] = c[j - 1];
          }
          c[set] = k0;
          c[set + 1] = v;
          return SHAPE_READING[(int) (v >>> KEY1_BITS)];
        }
      }
      return 0;
    }

    /** Puts the packed word with its reading first in its set, dropping the least recently used. */
    void cachePut(int reading) {
      long shape = shapeOf(reading);
      if (key1 == 0) {
        final long[] c = shortCache;
        final int set = shortSet(key0);
        for (int j = set + SHORT_WAYS - 1; j > set; j--) {
          c[j] = c[j - 1];
        }
        c[set] = key0 | shape << SHORT_KEY_BITS;
        return;
      }
      final long[] c = longCache;
      final int set = longSet(key0, key1);
      System.arraycopy(c, set, c, set + 2, 2 * LONG_WAYS - 2);
      c[set] = key0;
      c[set + 1] = key1 | shape << KEY1_BITS;
    }

    private static int shortSet(long k) {
      return (int) ((k * 0x9E3779B97F4A7C15L) >>> (64 - SHORT_SETS_BITS)) * SHORT_WAYS;
    }

    private static int longSet(long k0, long k1) {
      long h = k0 * 0x9E3779B97F4A7C15L ^ k1 * 0xC2B2AE3D27D4EB4FL;
      return (int) (h >>> (64 - LONG_SETS_BITS)) * (2 * LONG_WAYS);
    }

    /**
     * Makes the window hold {@code text[start, end)}, from {@code start} on; returns false when the
     * token is longer than the window.
     */
    boolean fill(String text, int start, int end) {
      if (end - start > win.length) {
        return false;
      }
      int to = Math.min(text.length(), start + win.length);
      text.getChars(start, to, win, 0);
      winStart = start;
      winEnd = to;
      return true;
    }

    /** Packs the best reading. */
    int pack() {
      if (conj == 0 && mid == MID_NONE && art == 0 && pronLen == 0) {
        return DONE;
      }
      return DONE | SPLIT | conj << 2 | mid << 3 | art << 6 | stemStart << 7 | pronLen << 13
          | restore << 16;
    }

    void unpack(int v) {
      conj = (v >>> 2) & 1;
      mid = (v >>> 3) & 7;
      art = (v >>> 6) & 1;
      stemStart = (v >>> 7) & 63;
      pronLen = (v >>> 13) & 7;
      restore = (v >>> 16) & 7;
    }

    /** Loads the key-normalized letters of {@code text[start, end)} with their offsets. */
    int load(CharSequence text, int start, int end) {
      int k = 0;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (ArabicNormalizer.isIgnorable(c)) {
          continue;
        }
        if (ArabicNormalizer.isPresentationForm(c)) {
          for (char d : PRESENTATION_KEYS[c - FIRST_PRESENTATION]) {
            k = put(k, d, i);
          }
          continue;
        }
        k = put(k, StemLexicon.keyChar(c), i);
      }
      n = k;
      return k;
    }

    /**
     * Loads a word whose chars {@code src[base, base + len)} are each one plain letter (no char
     * removed, none expanded), at text offset {@code start}: its key-form letters and offsets.
     */
    void loadKeys(char[] src, int base, int start, int len) {
      for (int i = 0; i < len; i++) {
        w[i] = StemLexicon.keyChar(src[base + i]);
        pos[i] = start + i;
      }
      n = len;
    }

    /** Fills {@link #lw} and {@link #alef} for the loaded word (needed only to analyse it). */
    void prepareLoose() {
      if (alef.length < n) {
        alef = new boolean[w.length];
        lw = new char[w.length];
      }
      for (int i = 0; i < n; i++) {
        char c = w[i];
        boolean hamza = StemLexicon.isHamzaAlef(c);
        alef[i] = hamza || c == ALEF;
        lw[i] = hamza ? ALEF : c;
      }
    }

    private int put(int k, char c, int origin) {
      if (k + 1 >= w.length) {
        w = java.util.Arrays.copyOf(w, w.length * 2);
        pos = java.util.Arrays.copyOf(pos, w.length + 1);
      }
      w[k] = c;
      pos[k] = origin;
      return k + 1;
    }

    /** Writes the best reading's segments as original offsets; returns their count. */
    int emit(int start, int end) {
      int count = 0;
      int b = 0;
      if (conj == 1) {
        count = put(count, b, b + 1, CONJ, 0);
        b++;
      }
      if (mid == MID_LL) {
        count = put(count, b, b + 1, PREP, 0);
        count = put(count, b + 1, b + 2, ART, SegmentNorms.ART_AFTER_LAM);
        b += 2;
      } else if (mid != MID_NONE) {
        count = put(count, b, b + 1, mid == MID_S ? FUT : PREP, 0);
        b++;
      }
      if (art == 1) {
        count = put(count, b, b + 2, ART, 0);
        b += 2;
      }
      count = put(count, b, n - pronLen, STEM, restore);
      if (pronLen > 0) {
        count = put(count, n - pronLen, n, PRON, 0);
      }
      // map letter boundaries to original offsets; a boundary inside one original char (a
      // presentation-form ligature) cannot be represented: keep the word whole
      for (int k = 1; k < count; k++) {
        int cut = outStart[k];
        if (pos[cut] == pos[cut - 1]) {
          return 0; // both letters come from one original char
        }
      }
      for (int k = 0; k < count; k++) {
        int s = outStart[k] == 0 ? start : pos[outStart[k]];
        int e = outEnd[k] == n ? end : pos[outEnd[k]];
        if (e <= s) {
          return 0;
        }
        outStart[k] = s;
        outEnd[k] = e;
      }
      return count;
    }

    private int put(int k, int s, int e, int kind, int flags) {
      outStart[k] = s;
      outEnd[k] = e;
      outKind[k] = kind;
      outFlags[k] = flags;
      return k + 1;
    }
  }
}
