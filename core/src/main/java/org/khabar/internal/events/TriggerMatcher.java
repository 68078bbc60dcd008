package org.khabar.internal.events;

import java.util.Arrays;
import org.khabar.SegmentKind;
import org.khabar.TokenKind;
import org.khabar.internal.Analysis;

/**
 * Runs a {@link TriggerAutomaton} over an analysis in one left-to-right pass: each Arabic token is
 * reduced to its clitic-free stem (conjunction, preposition, future {@code س}, article and attached
 * pronoun removed, with {@code ة}/{@code ى}/hamza restored before a pronoun), the stem is looked up in
 * the automaton's dictionary by {@code (char[], offset, length)}, and the element ids it realizes
 * drive a bounded set of partial matches through the element trie (gaps included). Matches never
 * cross a sentence.
 *
 * <p>The segmenter's segments are used when a token has more than one; a token left as one segment
 * is stripped here, trying the readings with the fewest clitics first.
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

  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char KAF = '\u0643';
  private static final char LAM = '\u0644';
  private static final char ALEF = '\u0627';
  private static final char SEEN = '\u0633';
  private static final char TEH = '\u062A';
  private static final char HEH = '\u0647';
  private static final char YEH = '\u064A';
  private static final char MEEM = '\u0645';
  private static final char NOON = '\u0646';

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
  private int sportsDepth;

  // ---- lookup scratch
  private final char[] buf = new char[64];
  private final int[] hitElem = new int[64];
  private final int[] hitFlags = new int[64];
  private final int[] hitDepth = new int[64];
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

  private void lookup(Analysis a, int t) {
    if (a.tokKind[t] != TokenKind.ARABIC.ordinal()) {
      return;
    }
    hits = 0;
    sportsDepth = Integer.MAX_VALUE;
    int g0 = a.segFirst[t];
    int g1 = a.segFirst[t + 1];
    if (g1 - g0 > 1) {
      lookupSegments(a, g0, g1);
    } else {
      int s = a.tokNormStart[t];
      int e = a.tokNormEnd[t];
      if (e - s <= 6 && a.normBuf[e - 1] != HEH && Words.NEVER_TRIGGERS.contains(a.normBuf, s, e - s)
          && !hasHamza(a.text, a.tokStart[t], a.tokEnd[t])) {
        return; // هنا، هناك: adverbs, not هنأ
      }
      // ة normalizes to ه: only then does the original letter tell a noun ending from a pronoun
      boolean tehMarbuta = e > s && a.normBuf[e - 1] == HEH && a.text.charAt(a.normAlign[e - 1]) == '\u0629';
      lookupStripped(a.normBuf, s, e, tehMarbuta);
    }
    if (sportsDepth != Integer.MAX_VALUE) {
      sentSports[currentSentence]++;
    }
    if (hits > 0) {
      int best = Integer.MAX_VALUE;
      for (int i = 0; i < hits; i++) {
        best = Math.min(best, hitDepth[i]);
      }
      for (int i = 0; i < hits; i++) {
        if (hitDepth[i] == best) {
          addReading(hitElem[i], hitFlags[i]);
        }
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

  private void lookupSegments(Analysis a, int g0, int g1) {
    int clitics = 0;
    int stem = -1;
    for (int g = g0; g < g1; g++) {
      int kind = a.segInfo[g] & 0xff;
      if (kind == SegmentKind.CONJ.ordinal()) {
        clitics |= CONJ;
      } else if (kind == SegmentKind.PREP.ordinal()) {
        clitics |= a.normBuf[a.segNormStart[g]] == LAM ? PREP_L : PREP;
      } else if (kind == SegmentKind.FUT.ordinal()) {
        clitics |= FUT;
      } else if (kind == SegmentKind.ART.ordinal()) {
        clitics |= ART;
      } else if (kind == SegmentKind.PRON.ordinal()) {
        clitics |= PRON;
      } else if (kind == SegmentKind.STEM.ordinal()) {
        stem = g;
      }
    }
    if (stem >= 0) {
      probe(a.normBuf, a.segNormStart[stem], a.segNormEnd[stem] - a.segNormStart[stem], clitics, 0);
    }
  }

  // ---- the word being looked up (fallback path): its chars, end, and its pronoun endings, computed
  //      only when a walk gets near the end of the word
  private char[] wb;
  private int ws;
  private int we;
  private boolean wTeh;
  private int sufMask;
  private boolean nounPron;
  private int[] wTrie;
  private int[] wTrieForm;

  private void lookupStripped(char[] b, int s, int e, boolean tehMarbuta) {
    int len = e - s;
    if (len < 2) {
      return;
    }
    int[] trieNow = thCount == 0 ? au.startTrie0 : au.trie;
    char c0 = b[s];
    if (c0 != WAW && c0 != FEH && c0 != BEH && c0 != KAF && c0 != LAM && c0 != SEEN && c0 != ALEF
        && trieNow[TriggerAutomaton.code(c0)] == 0) {
      return; // no proclitic can start the word and no stem starts with its first letter
    }
    wb = b;
    ws = s;
    we = e;
    wTeh = tehMarbuta;
    sufMask = -1;
    // while no partial match is open only the stems that start a pattern matter
    wTrie = thCount == 0 ? au.startTrie0 : au.trie;
    wTrieForm = thCount == 0 ? au.startTrieForm0 : au.trieForm;
    walk(s, 0, 0);
    boolean conj = (b[s] == WAW || b[s] == FEH) && len >= 3 && !(b[s] == WAW && isProtected(b, s, len));
    if (conj) {
      walk(s + 1, CONJ, 1);
      prefixes(s + 1, CONJ, 1);
    }
    prefixes(s, 0, 0);
  }

  /** Walks the readings after a preposition, the future prefix or the article at {@code o}. */
  private void prefixes(int o, int f, int d) {
    char[] b = wb;
    int e = we;
    if (e - o < 3) {
      return;
    }
    char c = b[o];
    char c1 = b[o + 1];
    if (c == SEEN) {
      walk(o + 1, f | FUT, d + 1);
    } else if (c == BEH || c == KAF) {
      walk(o + 1, f | PREP, d + 1);
      if (c1 == ALEF && b[o + 2] == LAM && e - o > 4) {
        walk(o + 3, f | PREP | ART, d + 2);
      }
    } else if (c == LAM) {
      walk(o + 1, f | PREP_L, d + 1);
      if (c1 == LAM && e - o > 3) {
        walk(o + 2, f | PREP_L | ART, d + 2);
      }
    } else if (c == ALEF && c1 == LAM && e - o > 3) {
      walk(o + 2, f | ART, d + 1);
    }
  }

  /** The attached pronouns the word may end in, by length: ه ها هم هما هن ك كم كما نا ني ي. */
  private int suffixes() {
    if (sufMask >= 0) {
      return sufMask;
    }
    char[] b = wb;
    int e = we;
    int len = e - ws;
    int m = 0;
    char z = b[e - 1];
    char y = len >= 2 ? b[e - 2] : 0;
    char x = len >= 3 ? b[e - 3] : 0;
    switch (z) {
      case HEH:
        if (!wTeh) {
          m |= 1 << 1; // a word ending in ة: a noun's ending, not the pronoun ه
        }
        break;
      case ALEF:
        if (y == HEH || y == NOON) {
          m |= 1 << 2;
        } else if (y == MEEM && (x == HEH || x == KAF)) {
          m |= 1 << 3;
        }
        break;
      case MEEM:
      case NOON:
        if (y == HEH || y == KAF && z == MEEM) {
          m |= 1 << 2;
        }
        break;
      case YEH:
        m |= 1 << 1;
        if (y == NOON) {
          m |= 1 << 2;
        }
        break;
      case KAF:
        m |= 1 << 1;
        break;
      default:
        break;
    }
    if (len < 4) {
      m &= ~(1 << 3) & ~(1 << 2);
    }
    if (len < 3) {
      m = 0;
    }
    nounPron = (m & 2) != 0 && z == YEH;
    sufMask = m;
    return m;
  }

  /** Walks the stem trie from {@code from}: every stem that ends the word, or ends before a pronoun. */
  private void walk(int from, int pre, int depth) {
    char[] b = wb;
    int e = we;
    int[] trie = wTrie;
    int[] trieForm = wTrieForm;
    int alpha = TriggerAutomaton.ALPHABET;
    int st = 0;
    for (int i = from; i < e; i++) {
      int c = TriggerAutomaton.code(b[i]);
      int rest = e - i - 1; // chars left after b[i]
      // a stem ending before a pronoun whose last letter changed when the pronoun was attached:
      // ت for ة, ا for ى, ئ/ؤ for ء
      if (rest >= 1 && rest <= 3 && i > from && (suffixes() & (1 << rest)) != 0) {
        char last = b[i];
        char restored = last == TEH ? HEH : last == ALEF ? YEH : last == '\u0626' || last == '\u0624' ? '\u0621' : 0;
        if (restored != 0) {
          int rs = trie[st * alpha + TriggerAutomaton.code(restored)];
          if (rs != 0 && trieForm[rs] >= 0) {
            hit(trieForm[rs], pre | PRON | (rest == 1 && nounPron ? NOUN_PRON : 0), depth + 1);
          }
        }
      }
      if (c == 0) {
        return;
      }
      st = trie[st * alpha + c];
      if (st == 0) {
        return;
      }
      int form = trieForm[st];
      if (rest == 0) {
        if (form >= 0) {
          hit(form, pre, depth);
        }
      } else if (rest <= 3 && (suffixes() & (1 << rest)) != 0) {
        int f = pre | PRON | (rest == 1 && nounPron ? NOUN_PRON : 0);
        if (form >= 0) {
          hit(form, f, depth + 1);
        }
        if (b[i] == WAW) { // التقوه: the alif of وا drops before a pronoun
          int ws2 = trie[st * alpha + TriggerAutomaton.code(ALEF)];
          if (ws2 != 0 && trieForm[ws2] >= 0) {
            hit(trieForm[ws2], f, depth + 1);
          }
        }
      }
    }
  }

  private void hit(int form, int clitics, int depth) {
    if (au.sportsForm[form] && depth < sportsDepth) {
      sportsDepth = depth;
    }
    for (int i = au.formElemStart[form], ie = au.formElemStart[form + 1]; i < ie; i++) {
      int ff = au.formFlags[i];
      if (!compatible(ff, clitics)) {
        continue;
      }
      if (hits < hitElem.length) {
        hitElem[hits] = au.formElem[i];
        hitFlags[hits] = ff | clitics;
        hitDepth[hits] = depth;
        hits++;
      }
    }
  }

  /** Words whose first letter و belongs to the stem although the rest is a trigger form (وزارة). */
  private static final char[][] PROTECTED = {
    "\u0648\u0632\u0627\u0631".toCharArray(), // وزار
    "\u0648\u0632\u064A\u0631".toCharArray(), // وزير
    "\u0648\u0632\u0631\u0627".toCharArray(), // وزرا
  };

  private static boolean isProtected(char[] b, int s, int len) {
    for (char[] p : PROTECTED) {
      if (len >= p.length && endsWith(b, s, p.length, p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWith(char[] b, int from, int len, char[] suffix) {
    int o = from + len - suffix.length;
    for (int i = 0; i < suffix.length; i++) {
      if (b[o + i] != suffix[i]) {
        return false;
      }
    }
    return true;
  }

  private void probe(char[] b, int off, int len, int clitics, int depth) {
    if (len < au.minLen || len > au.maxLen
        || !au.firstLast[TriggerAutomaton.bucket(b[off]) * 64 + TriggerAutomaton.bucket(b[off + len - 1])]) {
      return;
    }
    int f = au.forms.indexOf(b, off, len);
    if (f < 0) {
      return;
    }
    if (au.sportsForm[f] && depth < sportsDepth) {
      sportsDepth = depth;
    }
    for (int i = au.formElemStart[f], ie = au.formElemStart[f + 1]; i < ie; i++) {
      int ff = au.formFlags[i];
      if (!compatible(ff, clitics)) {
        continue;
      }
      if (hits < hitElem.length) {
        hitElem[hits] = au.formElem[i];
        hitFlags[hits] = ff | clitics;
        hitDepth[hits] = depth;
        hits++;
      }
    }
  }

  private static boolean compatible(int form, int clitics) {
    if ((clitics & FUT) != 0 && (form & Forms.IMPF) == 0) {
      return false;
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
