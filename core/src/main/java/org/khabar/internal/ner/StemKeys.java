package org.khabar.internal.ner;

import org.khabar.SegmentKind;
import org.khabar.internal.Analysis;
import org.khabar.internal.segment.StemInfo;
import org.khabar.internal.segment.StemLexicon;

/**
 * Reads, for one token of an {@link Analysis}, what the NER features need from the segmenter: the
 * normalized stem (proclitics and the article removed), which clitics were removed, and the keys under
 * which the token is looked up in a {@link NerLexicon}.
 *
 * <p>Everything is a range of {@code a.normBuf} (the {@code ArabicNormalizer.MATCH} level); nothing
 * here builds a String. Stateless and thread-safe.
 */
final class StemKeys {
  /** Clitic bits: conjunction و. */
  static final int CONJ_W = 1;
  /** Conjunction ف. */
  static final int CONJ_F = 2;
  /** Preposition ب. */
  static final int PREP_B = 4;
  /** Preposition ل. */
  static final int PREP_L = 8;
  /** Preposition ك. */
  static final int PREP_K = 16;
  /** Future marker س. */
  static final int FUT = 32;
  /** The article. */
  static final int ART = 64;
  /** An enclitic pronoun. */
  static final int PRON = 128;

  static final char WAW = '\u0648';
  static final char FEH = '\u0641';
  static final char BEH = '\u0628';
  static final char LAM = '\u0644';
  static final char KAF = '\u0643';
  static final char ALEF = '\u0627';

  private static final int K_CONJ = SegmentKind.CONJ.ordinal();
  private static final int K_PREP = SegmentKind.PREP.ordinal();
  private static final int K_FUT = SegmentKind.FUT.ordinal();
  private static final int K_ART = SegmentKind.ART.ordinal();
  private static final int K_PRON = SegmentKind.PRON.ordinal();

  private StemKeys() {}

  /**
   * Returns the index of the token's STEM segment, or -1 when it has none.
   *
   * @param a the segmented analysis
   * @param t the token index
   * @return the segment index or -1
   */
  static int stemSegment(Analysis a, int t) {
    return StemLexicon.stemSegment(a, t);
  }


  /**
   * Returns the clitic bits of a token from its segments.
   *
   * @param a the segmented analysis
   * @param t the token index
   * @return an or of the clitic constants
   */
  static int clitics(Analysis a, int t) {
    int bits = 0;
    for (int g = a.segFirst[t], to = a.segFirst[t + 1]; g < to; g++) {
      int kind = a.segInfo[g] & 0xff;
      char c = a.segNormEnd[g] > a.segNormStart[g] ? a.normBuf[a.segNormStart[g]] : 0;
      if (kind == K_CONJ) {
        bits |= c == FEH ? CONJ_F : CONJ_W;
      } else if (kind == K_PREP) {
        bits |= c == BEH ? PREP_B : c == KAF ? PREP_K : PREP_L;
      } else if (kind == K_FUT) {
        bits |= FUT;
      } else if (kind == K_ART) {
        bits |= ART;
      } else if (kind == K_PRON) {
        bits |= PRON;
      }
    }
    return bits;
  }

  /**
   * Returns a short code for clitic bits, for feature strings ({@code "-"} when none).
   *
   * @param bits clitic bits
   * @return the code
   */
  static String code(int bits) {
    return CODES[bits & 0xff];
  }

  private static final String[] CODES = new String[256];

  static {
    for (int b = 0; b < 256; b++) {
      StringBuilder sb = new StringBuilder(8);
      if ((b & CONJ_W) != 0) {
        sb.append('w');
      }
      if ((b & CONJ_F) != 0) {
        sb.append('f');
      }
      if ((b & PREP_B) != 0) {
        sb.append('b');
      }
      if ((b & PREP_L) != 0) {
        sb.append('l');
      }
      if ((b & PREP_K) != 0) {
        sb.append('k');
      }
      if ((b & FUT) != 0) {
        sb.append('s');
      }
      if ((b & ART) != 0) {
        sb.append('A');
      }
      if ((b & PRON) != 0) {
        sb.append('P');
      }
      CODES[b] = sb.length() == 0 ? "-" : sb.toString();
    }
  }

  /**
   * Looks a token up in a lexicon's word table: first its stem, then (for segmenters that left them
   * attached) the token with a leading conjunction, preposition and article stripped, each candidate
   * without a leading article. The stripped candidates only count when the lexicon holds them, so an
   * unsplit {@code وزير} or {@code لبنان} is found as itself first.
   *
   * @param a the segmented analysis
   * @param t the token index
   * @param words the lexicon's words
   * @return the word id, or -1
   */
  static int lookup(Analysis a, int t, WordTable words) {
    if (words.size() == 0) {
      return -1;
    }
    char[] b = a.normBuf;
    int g = stemSegment(a, t);
    int s = g >= 0 ? a.segNormStart[g] : a.tokNormStart[t];
    int e = g >= 0 ? a.segNormEnd[g] : a.tokNormEnd[t];
    int id = canonical(b, s, e, words);
    if (id >= 0) {
      return id;
    }
    int p = a.tokNormStart[t];
    int end = a.tokNormEnd[t];
    if ((clitics(a, t) & (CONJ_W | CONJ_F | PREP_B | PREP_L | PREP_K | ART)) == 0) {
      // nothing was split: try the proclitics the segmenter may have left on the word
      if (end - p > 3 && (b[p] == WAW || b[p] == FEH)) {
        p++;
        id = canonical(b, p, end, words);
        if (id >= 0) {
          return id;
        }
      }
      if (end - p > 3 && (b[p] == BEH || b[p] == LAM || b[p] == KAF)) {
        boolean lam = b[p] == LAM;
        p++;
        id = canonical(b, p, end, words);
        if (id >= 0) {
          return id;
        }
        if (lam && b[p] == LAM && end - p > 3) {
          // لل: the preposition and the article whose alif is not written
          return canonical(b, p + 1, end, words);
        }
      }
    }
    return -1;
  }

  /**
   * Looks up {@code buf[s, e)} without a leading article (when at least two letters remain).
   *
   * @return the word id or -1
   */
  static int canonical(char[] buf, int s, int e, WordTable words) {
    if (e - s >= 4 && buf[s] == ALEF && buf[s + 1] == LAM) {
      s += 2;
    }
    return e > s ? words.get(buf, s, e - s) : -1;
  }

  /**
   * Returns the canonical start of {@code buf[s, e)}: after a leading article when at least two
   * letters remain.
   *
   * @return the start offset
   */
  static int canonicalStart(char[] buf, int s, int e) {
    return e - s >= 4 && buf[s] == ALEF && buf[s + 1] == LAM ? s + 2 : s;
  }

  /** Lexicon class bits ({@link #lexClass}): a noun or adjective. */
  static final int LX_NOUN = 1;
  /** A verb form. */
  static final int LX_VERB = 2;
  /** A function word. */
  static final int LX_FUNC = 4;
  /** A proper name. */
  static final int LX_NAME = 8;
  /** Not in the lexicon. */
  static final int LX_UNKNOWN = 16;

  /**
   * Returns what the segmenter's stem lexicon knows of the token's stem: an or of
   * {@link #LX_NOUN}, {@link #LX_VERB}, {@link #LX_FUNC}, {@link #LX_NAME}, or {@link #LX_UNKNOWN}
   * when the stem is not in the lexicon. The stem is read from the original text (the lexicon keeps
   * ة, ى and the hamza forms that the MATCH norm unifies), with the segmenter's restorations applied;
   * failing an exact match it is looked up ignoring the hamza of alef.
   *
   * @param a the segmented analysis
   * @param t the token index
   * @param lexicon the stem lexicon
   * @param buf scratch of at least 64 chars
   * @return the class bits
   */
  static int lexClass(Analysis a, int t, StemLexicon lexicon, char[] buf) {
    int bits = lexicon.tokenBits(a, t, buf);
    if (bits == 0) {
      return LX_UNKNOWN;
    }
    int out = 0;
    if ((bits & StemInfo.NOUN) != 0) {
      out |= LX_NOUN;
    }
    if ((bits & StemInfo.VERB) != 0) {
      out |= LX_VERB;
    }
    if ((bits & StemInfo.FUNC) != 0) {
      out |= LX_FUNC;
    }
    if ((bits & StemInfo.NAME) != 0) {
      out |= LX_NAME;
    }
    return out == 0 ? LX_UNKNOWN : out;
  }

  private static final String[] LX_CODES = new String[32];

  static {
    for (int b = 0; b < 32; b++) {
      StringBuilder sb = new StringBuilder(4);
      if ((b & LX_NOUN) != 0) {
        sb.append('N');
      }
      if ((b & LX_VERB) != 0) {
        sb.append('V');
      }
      if ((b & LX_FUNC) != 0) {
        sb.append('F');
      }
      if ((b & LX_NAME) != 0) {
        sb.append('P');
      }
      if ((b & LX_UNKNOWN) != 0) {
        sb.append('U');
      }
      LX_CODES[b] = sb.length() == 0 ? "-" : sb.toString();
    }
  }

  /**
   * Returns a short code for lexicon class bits ({@code N V F P U} in that order, {@code -} for none).
   *
   * @param bits the class bits
   * @return the code
   */
  static String lexCode(int bits) {
    return LX_CODES[bits & 31];
  }
}
