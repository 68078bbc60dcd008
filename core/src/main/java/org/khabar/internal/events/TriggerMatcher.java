package org.khabar.internal.events;

import java.util.Arrays;
import org.khabar.SegmentKind;
import org.khabar.TokenKind;
import org.khabar.internal.Analysis;

/**
 * Runs a {@link TriggerAutomaton} over an analysis in one left-to-right pass: the stem segment of each
 * Arabic token (the segmenter has split off conjunction, preposition, future {@code س}, article and
 * attached pronoun, and restored {@code ة}/{@code ى} before a pronoun) walks the automaton's character
 * trie once, straight from {@code Analysis.normBuf}; the kinds of the token's other segments are the
 * clitic flags that decide which readings of the stem fit (no {@code س} before a perfect, no article
 * on a verb). The element ids read drive a bounded set of partial matches through the element trie
 * (gaps included). Matches never cross a sentence.
 *
 * <p>Not thread-safe: one instance is per-call scratch state, reused by one worker.
 */
public final class TriggerMatcher {
  /** Clitic flag: a conjunction {@code و}/{@code ف}. */
  static final int CONJ = 1 << 16;
  /** Clitic flag: a preposition {@code ب}/{@code ك}. */
  static final int PREP = 1 << 17;
  /** Clitic flag: the preposition {@code ل}. */
  static final int PREP_L = 1 << 18;
  /** Clitic flag: the article. */
  static final int ART = 1 << 19;
  /** Clitic flag: the future prefix {@code س}. */
  static final int FUT = 1 << 20;
  /** Clitic flag: an attached pronoun. */
  static final int PRON = 1 << 21;
  /** Clitic flag: the attached pronoun is {@code ي}, which only nouns take (verbs take {@code ني}). */
  static final int NOUN_PRON = 1 << 22;
  /** Lookup-only flag: a split the matcher makes only before a perfect verb (ف, a two-letter stem). */
  private static final int PERF_ONLY = 1 << 23;

  private static final int ARABIC = TokenKind.ARABIC.ordinal();
  private static final int S_CONJ = SegmentKind.CONJ.ordinal();
  private static final int S_PREP = SegmentKind.PREP.ordinal();
  private static final int S_FUT = SegmentKind.FUT.ordinal();
  private static final int S_ART = SegmentKind.ART.ordinal();
  private static final int S_STEM = SegmentKind.STEM.ordinal();
  private static final int S_PRON = SegmentKind.PRON.ordinal();

  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char LAM = '\u0644';
  private static final char ALEF = '\u0627';
  private static final char SEEN = '\u0633';
  private static final char TEH = '\u062A';
  private static final char HEH = '\u0647';
  private static final char MEEM = '\u0645';
  private static final char NOON = '\u0646';
  private static final char YEH = '\u064A';

  private final TriggerAutomaton au;

  // ---- readings of each token: [readStart[t], readStart[t + 1])
  int[] readStart = new int[257];
  int readCount;
  int[] readElem = new int[256];
  /** Form flags ({@link Forms}) or-ed with clitic flags. */
  int[] readFlags = new int[256];

  // ---- matches: rule and element token positions
  int matchCount;
  int[] matchRule = new int[64];
  int[] matchPos = new int[64 * TriggerAutomaton.MAX_ELEMENTS];

  // ---- threads of the NFA (current and next generation)
  private int thCount;
  private int[] thState = new int[64];
  private int[] thLast = new int[64];
  private int[] thLen = new int[64];
  private int[] thPos = new int[64 * TriggerAutomaton.MAX_ELEMENTS];
  private int nxCount;
  private int[] nxState = new int[64];
  private int[] nxLast = new int[64];
  private int[] nxLen = new int[64];
  private int[] nxPos = new int[64 * TriggerAutomaton.MAX_ELEMENTS];
  private static final int MAX_THREADS = 512;

  /** Sports cue words per sentence of the last analysis (a filter of the event stage). */
  int[] sentSports = new int[32];
  private int currentSentence;

  // ---- lookup scratch
  private final char[] buf = new char[64];
  private final int[] hitElem = new int[64];
  private final int[] hitFlags = new int[64];
  private int hits;


  /**
   * Creates scratch state for one automaton.
   *
   * @param automaton the compiled lexicon
   */
  public TriggerMatcher(TriggerAutomaton automaton) {
    this.au = automaton;
  }

  /**
   * Returns the automaton this matcher runs.
   *
   * @return the automaton
   */
  public TriggerAutomaton automaton() {
    return au;
  }

  /**
   * Finds every match in the analysis (tokenized, split and segmented).
   *
   * @param a the analysis
   * @return the number of matches found
   */
  public int match(Analysis a) {
    readCount = 0;
    matchCount = 0;
    if (readStart.length < a.tokenCount + 1) {
      readStart = new int[Math.max(a.tokenCount + 1, readStart.length * 2)];
    }
    if (sentSports.length < a.sentenceCount) {
      sentSports = new int[Math.max(a.sentenceCount, sentSports.length * 2)];
    }
    for (int s = 0; s < a.sentenceCount; s++) {
      int from = a.sentFirstToken[s];
      int to = a.sentEndToken[s];
      thCount = 0;
      currentSentence = s;
      sentSports[s] = 0;
      for (int t = from; t < to; t++) {
        int before = readCount;
        readStart[t] = before;
        lookup(a, t);
        if (thCount != 0 || readCount != before) {
          step(t); // nothing open and nothing read: no partial match can start or end here
        }
      }
    }
    readStart[a.tokenCount] = readCount;
    return matchCount;
  }

  /**
   * Returns the number of matches of the last {@link #match(Analysis)}.
   *
   * @return the count
   */
  public int matchCount() {
    return matchCount;
  }

  private void step(int t) {
    nxCount = 0;
    int rs = readStart[t];
    int re = readCount;
    // extend live threads, then keep those whose gaps may still be bridged
    for (int i = 0; i < thCount; i++) {
      int st = thState[i];
      int dist = t - thLast[i] - 1;
      for (int e = au.edgeStart[st], ee = au.edgeStart[st + 1]; e < ee; e++) {
        if (dist > au.edgeGap[e]) {
          continue;
        }
        int elem = au.edgeElem[e];
        for (int r = rs; r < re; r++) {
          if (readElem[r] == elem) {
            advance(i, au.edgeNext[e], t);
            break;
          }
        }
      }
      if (t - thLast[i] <= au.maxGapOut[st]) {
        copyToNext(thState[i], thLast[i], thLen[i], thPos, i * TriggerAutomaton.MAX_ELEMENTS);
      }
    }
    for (int r = rs; r < re; r++) {
      int next = au.rootNext[readElem[r]];
      if (next >= 0) {
        advance(-1, next, t);
      }
    }
    // swap generations
    int[] x = thState; thState = nxState; nxState = x;
    x = thLast; thLast = nxLast; nxLast = x;
    x = thLen; thLen = nxLen; nxLen = x;
    x = thPos; thPos = nxPos; nxPos = x;
    thCount = nxCount;
  }

  private void advance(int from, int next, int t) {
    int len = from < 0 ? 0 : thLen[from];
    int base = from < 0 ? 0 : from * TriggerAutomaton.MAX_ELEMENTS;
    for (int f = au.finalStart[next], fe = au.finalStart[next + 1]; f < fe; f++) {
      emit(au.finalRule[f], from, base, len, t);
    }
    if (au.edgeStart[next + 1] > au.edgeStart[next] && len + 1 < TriggerAutomaton.MAX_ELEMENTS
        && nxCount < MAX_THREADS) {
      int k = ensureNext();
      nxState[k] = next;
      nxLast[k] = t;
      nxLen[k] = len + 1;
      int nb = k * TriggerAutomaton.MAX_ELEMENTS;
      if (from >= 0) {
        System.arraycopy(thPos, base, nxPos, nb, len);
      }
      nxPos[nb + len] = t;
    }
  }

  private void copyToNext(int state, int last, int len, int[] pos, int base) {
    if (nxCount >= MAX_THREADS) {
      return;
    }
    int k = ensureNext();
    nxState[k] = state;
    nxLast[k] = last;
    nxLen[k] = len;
    System.arraycopy(pos, base, nxPos, k * TriggerAutomaton.MAX_ELEMENTS, len);
  }

  private int ensureNext() {
    if (nxCount == nxState.length) {
      int n = nxCount * 2;
      nxState = Arrays.copyOf(nxState, n);
      nxLast = Arrays.copyOf(nxLast, n);
      nxLen = Arrays.copyOf(nxLen, n);
      nxPos = Arrays.copyOf(nxPos, n * TriggerAutomaton.MAX_ELEMENTS);
      thState = Arrays.copyOf(thState, n);
      thLast = Arrays.copyOf(thLast, n);
      thLen = Arrays.copyOf(thLen, n);
      thPos = Arrays.copyOf(thPos, n * TriggerAutomaton.MAX_ELEMENTS);
    }
    return nxCount++;
  }

  private void emit(int rule, int from, int base, int len, int t) {
    if (matchCount == matchRule.length) {
      matchRule = Arrays.copyOf(matchRule, matchCount * 2);
      matchPos = Arrays.copyOf(matchPos, matchCount * 2 * TriggerAutomaton.MAX_ELEMENTS);
    }
    int mb = matchCount * TriggerAutomaton.MAX_ELEMENTS;
    if (from >= 0) {
      System.arraycopy(thPos, base, matchPos, mb, len);
    }
    matchPos[mb + len] = t;
    matchRule[matchCount++] = rule;
  }

  // ------------------------------------------------------------------ dictionary lookup

  /**
   * Reads token {@code t}: the stem segment's normalized chars (the segmenter has split off the
   * clitics and restored ة/ى before a pronoun) walk the stem trie once; the kinds of the other
   * segments are the clitic flags. Two gaps of the segmenter are bridged here, and only when the
   * stem itself is no trigger form: a hamza seat or a plural verb's alif changed before a pronoun
   * ({@code لقائهما}, {@code التقوه}), and a conjunction the segmenter left on a word its lexicon
   * lists whole ({@code ودعا} read as a dual of ودع, {@code ووقع}).
   */
  private void lookup(Analysis a, int t) {
    if (a.tokKind[t] != ARABIC) {
      return;
    }
    int g0 = a.segFirst[t];
    int g1 = a.segFirst[t + 1];
    int stem = g0;
    int clitics = 0;
    if (g1 - g0 > 1) {
      stem = -1;
      for (int g = g0; g < g1; g++) {
        int kind = a.segInfo[g] & 0xff;
        if (kind == S_STEM) {
          stem = g;
        } else if (kind == S_CONJ) {
          clitics |= CONJ;
        } else if (kind == S_PREP) {
          clitics |= a.normBuf[a.segNormStart[g]] == LAM ? PREP_L : PREP;
        } else if (kind == S_FUT) {
          clitics |= FUT;
        } else if (kind == S_ART) {
          clitics |= ART;
        } else if (kind == S_PRON) {
          clitics |= PRON;
          if (a.segNormEnd[g] - a.segNormStart[g] == 1 && a.normBuf[a.segNormStart[g]] == YEH) {
            clitics |= NOUN_PRON; // ي: a noun's pronoun (a verb takes ني)
          }
        }
      }
      if (stem < 0) {
        return;
      }
    }
    char[] b = a.normBuf;
    int s = a.segNormStart[stem];
    int e = a.segNormEnd[stem];
    if (e - s < au.minLen) {
      return;
    }
    int[] trie = thCount == 0 ? au.startTrie0 : au.trie;
    int[] trieForm = thCount == 0 ? au.startTrieForm0 : au.trieForm;
    firstLast = thCount == 0 ? au.startFirstLast : au.firstLast;
    hits = 0;
    int form = probe(trie, trieForm, b, s, e);
    if (form >= 0) {
      if (au.sportsForm[form]) {
        sentSports[currentSentence]++;
      }
      if (e - s <= 5 && Words.NEVER_TRIGGERS.contains(b, s, e - s)
          && !hasHamza(a.text, a.segStart[stem], a.segEnd[stem])) {
        return; // هنا، هناك: adverbs, not هنأ
      }
      hit(form, clitics);
    }
    if (hits == 0 && (clitics & PRON) != 0) {
      restoredBeforePronoun(trie, trieForm, b, s, e, clitics);
    }
    if (hits == 0 && g1 - g0 == 1 && e - s >= 3) {
      unsplit(a, trie, trieForm, b, s, e);
    }
    for (int i = 0; i < hits; i++) {
      addReading(hitElem[i], hitFlags[i]);
    }
  }

  /**
   * The clitics the segmenter leaves on a word whose letters its lexicon lists whole: a conjunction
   * ({@code ودعا} read as a dual of ودع, {@code ووقع}), the future prefix ({@code سيلتقيان}) and a
   * third-person pronoun ({@code أسفه} read as a verb). Only these: the first- and second-person
   * pronouns, the prepositions and the article stay as the segmenter read them ({@code شكري},
   * {@code الحق} and {@code كلم} are words, not شكر + ي، ال + حق، ك + لم), and {@code ف}, or a
   * conjunction before two letters, is split only off a perfect verb ({@code فدعا} and {@code وشن},
   * not {@code فيصل}).
   */
  private void unsplit(Analysis a, int[] trie, int[] trieForm, char[] b, int s, int e) {
    int conj = b[s] == WAW ? CONJ : b[s] == FEH ? CONJ | PERF_ONLY : 0;
    int p = conj != 0 ? s + 1 : s;
    // the attached pronoun ه ها هم هما هن by the letters alone (a written ة is checked only when a
    // stem could end before it)
    int pron = 0;
    char z = b[e - 1];
    char y = b[e - 2];
    if (z == HEH) {
      pron = 1;
    } else if ((z == ALEF || z == MEEM || z == NOON) && y == HEH) {
      pron = 2;
    } else if (z == ALEF && y == MEEM && e - s >= 5 && b[e - 3] == HEH) {
      pron = 3;
    }
    boolean fut = b[p] == SEEN && e - p >= 5 && isImperfectPrefix(b[p + 1]);
    if (conj == 0 && pron == 0 && !fut) {
      return; // most words: no clitic letter at either end
    }
    for (int pass = 0; pass < 2; pass++) {
      int from = pass == 0 ? p : p + 1;
      int clitics = pass == 0 ? conj : conj | FUT;
      if (pass == 1 && !fut) {
        break;
      }
      if (from != s && e - from >= 2) {
        int f = probe(trie, trieForm, b, from, e);
        if (f >= 0) {
          hit(f, e - from == 2 ? clitics | PERF_ONLY : clitics); // وشن: a doubled verb
        }
      }
      if (pron > 0 && e - pron - from >= 2) {
        int f = probe(trie, trieForm, b, from, e - pron);
        if (f >= 0 && (pron > 1 || a.text.charAt(a.normAlign[e - 1]) != '\u0629')) {
          hit(f, clitics | PRON);
        } else if (f < 0 && (pron > 1 || a.text.charAt(a.normAlign[e - 1]) != '\u0629')) {
          restoredBeforePronoun(trie, trieForm, b, from, e - pron, clitics | PRON);
        }
      }
      if (hits > 0) {
        return;
      }
    }
  }

  private static boolean isImperfectPrefix(char c) {
    return c == YEH || c == TEH || c == NOON || c == ALEF;
  }

  /** The first/last letter table in use for the current token (see {@link TriggerAutomaton}). */
  private boolean[] firstLast;

  /**
   * Looks up {@code b[s, e)}: rejected at once when its length or its first and last letters fit no
   * stem (most words), else walked through the trie.
   */
  private int probe(int[] trie, int[] trieForm, char[] b, int s, int e) {
    int len = e - s;
    if (len < au.minLen || len > au.maxLen || !firstLast[TriggerAutomaton.shape(b, s, e)]) {
      return -1;
    }
    return walk(trie, trieForm, b, s, e);
  }

  /** Walks the stem trie over {@code b[s, e)}: the form spelled exactly so, or -1. */
  private static int walk(int[] trie, int[] trieForm, char[] b, int s, int e) {
    int st = 0;
    for (int i = s; i < e; i++) {
      int c = TriggerAutomaton.code(b[i]);
      if (c == 0) {
        return -1;
      }
      st = trie[st * TriggerAutomaton.ALPHABET + c];
      if (st == 0) {
        return -1;
      }
    }
    return trieForm[st];
  }

  /**
   * A stem before a pronoun whose spelling the pronoun changed and the segmenter's norm keeps: the
   * hamza's seat ({@code لقائ} + {@code هما} is لقاء) and a plural verb's dropped alif ({@code التقو}
   * + {@code ه} is التقوا).
   */
  private void restoredBeforePronoun(int[] trie, int[] trieForm, char[] b, int s, int e, int clitics) {
    int len = e - s;
    if (len < 2 || len + 1 > buf.length) {
      return;
    }
    char last = b[e - 1];
    char restored = last == TEH ? HEH : last == ALEF ? YEH : last == '\u0626' || last == '\u0624' ? '\u0621'
        : last == WAW ? ALEF : 0;
    int rlen = last == WAW ? len + 1 : len;
    if (restored == 0 || rlen < au.minLen || rlen > au.maxLen
        || !firstLast[(Math.min(rlen, 15) << 12) | (TriggerAutomaton.bucket(b[s]) << 6) | TriggerAutomaton.bucket(restored)]) {
      return; // no stem of that shape
    }
    if (last == TEH || last == ALEF) {
      // ة written ت and ى written ا before a pronoun, for stems the matcher splits itself
      System.arraycopy(b, s, buf, 0, len);
      buf[len - 1] = last == TEH ? HEH : YEH;
      int f = probe(trie, trieForm, buf, 0, len);
      if (f >= 0) {
        hit(f, clitics);
      }
    } else if (last == '\u0626' || last == '\u0624') {
      System.arraycopy(b, s, buf, 0, len);
      buf[len - 1] = '\u0621';
      int f = probe(trie, trieForm, buf, 0, len);
      if (f >= 0) {
        hit(f, clitics);
      }
    } else if (last == WAW) {
      System.arraycopy(b, s, buf, 0, len);
      buf[len] = ALEF;
      int f = probe(trie, trieForm, buf, 0, len + 1);
      if (f >= 0) {
        hit(f, clitics);
      }
    }
  }

  private void addReading(int elem, int flags) {
    if (readCount == readElem.length) {
      readElem = Arrays.copyOf(readElem, readCount * 2);
      readFlags = Arrays.copyOf(readFlags, readCount * 2);
    }
    readElem[readCount] = elem;
    readFlags[readCount] = flags;
    readCount++;
  }

  private static boolean hasHamza(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\u0623' || c == '\u0621' || c == '\u0624' || c == '\u0626') {
        return true;
      }
    }
    return false;
  }

  private void hit(int form, int clitics) {
    for (int i = au.formElemStart[form], ie = au.formElemStart[form + 1]; i < ie; i++) {
      int ff = au.formFlags[i];
      if (!compatible(ff, clitics)) {
        continue;
      }
      if (hits < hitElem.length) {
        hitElem[hits] = au.formElem[i];
        hitFlags[hits] = ff | (clitics & ~PERF_ONLY);
        hits++;
      }
    }
  }

  private static boolean compatible(int form, int clitics) {
    if ((clitics & FUT) != 0 && (form & Forms.IMPF) == 0) {
      return false;
    }
    if ((form & Forms.NEEDS_ART) != 0 && (clitics & ART) == 0) {
      return false; // W:النار is the noun with its article
    }
    if ((clitics & PERF_ONLY) != 0 && (form & Forms.PERF) == 0) {
      return false; // ف on a word the segmenter kept whole: a narrated perfect (فدعا), not فيصل
    }
    if ((clitics & NOUN_PRON) != 0 && (form & (Forms.NOUN | Forms.ADJ)) == 0) {
      return false;
    }
    if ((clitics & PREP_L) != 0 && (form & Forms.VERB) != 0 && (form & Forms.IMPF) == 0
        && (form & (Forms.NOUN | Forms.ADJ | Forms.WORD)) == 0) {
      return false; // لبحث: ل goes with an imperfect verb (لنبحث) or a noun, never a perfect
    }
    if ((clitics & (ART | PREP)) != 0 && (form & Forms.VERB) != 0 && (form & (Forms.NOUN | Forms.ADJ | Forms.WORD)) == 0) {
      return false;
    }
    return true;
  }
}
