package org.khabar.internal.events;

import java.util.Arrays;
import org.khabar.Entity;
import org.khabar.EntityType;
import org.khabar.SegmentKind;
import org.khabar.TokenKind;
import org.khabar.internal.Analysis;
import org.khabar.internal.gazetteer.Gazetteer;
import org.khabar.internal.gazetteer.GazetteerEntry;
import org.khabar.internal.gazetteer.GazetteerMatches;

/**
 * Per-token facts the argument rules read, computed once per analysis: the proclitics of each Arabic
 * word and where its stem starts (from the segmenter's segments), its word class in the closed lists
 * of {@link Words}, and the entity that covers it.
 *
 * <p>Not thread-safe: per-call scratch state.
 */
final class TokenInfo {
  static final int PUNCT = 1;
  static final int COMMA = 2;
  static final int PREPOSITION = 4;
  static final int PARTICLE = 8;
  static final int TIME = 16;
  static final int TITLE = 32;
  static final int CONJ = 64;
  static final int PREP_B = 128;
  static final int PREP_L = 256;
  static final int ART = 512;
  static final int NEGATOR = 1024;
  static final int COMPLEMENTIZER = 2048;
  static final int QUOTE = 4096;
  static final int NUMBER = 8192;
  static final int LONE_CONJ = 16384;
  static final int DUAL_ANAPHOR = 32768;
  static final int SPORTS = 65536;
  static final int INTENT = 131072;
  static final int FUTURE_ADJ = 262144;
  static final int FUTURE_WORD = 524288;
  static final int MONEY = 1 << 20;
  static final int FUT_VERB = 1 << 21;
  static final int CLAUSE_END = 1 << 22;
  static final int HONORIFIC = 1 << 23;
  static final int NAME_LINK = 1 << 24;
  static final int ADJECTIVE = 1 << 25;
  static final int NISBA = 1 << 26;
  static final int NON_ACTOR = 1 << 27;
  static final int COUNTERPART = 1 << 28;
  static final int ACCUSATIVE = 1 << 29;
  /** A token of a time expression the time finder found (it ends any phrase). */
  static final int TIMEX = 1 << 30;

  private static final int CONJ_SEG = SegmentKind.CONJ.ordinal();
  private static final int PREP_SEG = SegmentKind.PREP.ordinal();
  private static final int FUT_SEG = SegmentKind.FUT.ordinal();
  private static final int ART_SEG = SegmentKind.ART.ordinal();
  private static final int STEM_SEG = SegmentKind.STEM.ordinal();

  int[] flags = new int[256];
  /** Original offset where the word starts after its conjunction and preposition. */
  int[] stemStart = new int[256];
  /** Index of the name covering the token ({@link #nameStart}...), or -1. */
  int[] entity = new int[256];
  int count;

  // ---- names: the NER entities, then the gazetteer's names over tokens no entity covers
  int nameCount;
  private int[] nameStart = new int[16];
  private int[] nameEnd = new int[16];
  private EntityType[] nameType = new EntityType[16];
  /** The gazetteer entry of a gazetteer name, or null for an NER entity. */
  private GazetteerEntry[] nameEntry = new GazetteerEntry[16];
  /** Sentences whose gazetteer names are in: per sentence, 1 when scanned. */
  private byte[] scanned = new byte[32];
  private final GazetteerMatches gazetteerMatches = new GazetteerMatches();
  private final Gazetteer gazetteer;

  /** Marks a token whose facts are computed (the sign bit: computed flags are negative). */
  private static final int DONE = 1 << 31;

  private Analysis a;

  /**
   * Creates the per-worker facts.
   *
   * @param gazetteer the gazetteer whose names stand in for entities where NER found none
   */
  TokenInfo(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Prepares the facts of an analysis. They are computed lazily, token by token, when the rules
   * read them ({@link #get(int)}): the rules look only at the words around a match. The names are
   * the NER entities; {@link #addGazetteerNames(int)} adds the gazetteer's in a sentence.
   */
  void compute(Analysis a) {
    this.a = a;
    int n = a.tokenCount;
    if (flags.length < n) {
      int c = Math.max(n, flags.length * 2);
      flags = new int[c];
      stemStart = new int[c];
      entity = new int[c];
    }
    count = n;
    Arrays.fill(flags, 0, n, 0);
    Arrays.fill(entity, 0, n, -1);
    nameCount = 0;
    if (scanned.length < a.sentenceCount) {
      scanned = new byte[Math.max(a.sentenceCount, scanned.length * 2)];
    }
    Arrays.fill(scanned, 0, a.sentenceCount, (byte) 0);
    for (int i = 0; i < a.entities.size(); i++) {
      Entity e = a.entities.get(i);
      int k = addName(e.start(), e.end(), e.type(), null);
      for (int t = firstTokenEndingAfter(a, e.start()); t < n && a.tokStart[t] < e.end(); t++) {
        entity[t] = k;
      }
    }
  }

  private int addName(int start, int end, EntityType type, GazetteerEntry entry) {
    if (nameCount == nameStart.length) {
      int c = nameCount * 2;
      nameStart = Arrays.copyOf(nameStart, c);
      nameEnd = Arrays.copyOf(nameEnd, c);
      nameType = Arrays.copyOf(nameType, c);
      nameEntry = Arrays.copyOf(nameEntry, c);
    }
    nameStart[nameCount] = start;
    nameEnd[nameCount] = end;
    nameType[nameCount] = type;
    nameEntry[nameCount] = entry;
    return nameCount++;
  }

  /**
   * Adds the gazetteer's names in sentence {@code s} (once per sentence) over the tokens no entity
   * covers: persons, groups, organizations (an institution with its nationality adjective: الحكومة
   * اليمنية) and places. A name the data flags as ambiguous ({@code عون}, {@code الأسد}, {@code صور})
   * counts only after a title or honorific ({@code الرئيس عون}) or when one of its entries was named
   * unambiguously before in the document ({@code ميشال عون ... عون}).
   *
   * @param s the sentence
   */
  void addGazetteerNames(int s) {
    if (scanned[s] != 0) {
      return;
    }
    scanned[s] = 1;
    GazetteerMatches m = gazetteerMatches;
    m.clear();
    gazetteer.findAll(a, a.sentFirstToken[s], a.sentEndToken[s], m);
    for (int i = 0; i < m.size(); i++) {
      java.util.Optional<EntityType> type = m.entityType(i);
      if (type.isEmpty()) {
        continue; // a bare sector noun or nationality adjective names no one
      }
      int first = m.firstToken(i);
      int end = m.endToken(i);
      boolean free = true;
      boolean widens = true; // every entity on its tokens is an NER entity inside it
      int covered = 0;
      int pieces = 0;
      int last = -1;
      for (int t = first; t < end; t++) {
        int k = entity[t];
        if (k >= 0) {
          free = false;
          covered++;
          widens &= fromNer(k) && nameStart[k] >= m.start(i) && nameEnd[k] <= m.end(i);
          if (k != last) {
            pieces++;
            last = k;
          }
        }
      }
      boolean person = type.get() == EntityType.PER && !m.ambiguous(i, 0);
      if (!free && person && !widens && pieces == 1 && entity[first] >= 0 && fromNer(entity[first])
          && m.endToken(i) > m.firstToken(i)) {
        splitCandidate(entity[first], i); // ماكرون ميقاتي: NER's one name over two known ones
      }
      if (!free && type.get() == EntityType.LOC && !m.ambiguous(i, 0) && pieces == 1 && covered == end - first
          && first > 0 && entity[first - 1] == entity[first] && fromNer(entity[first])
          && nameType[entity[first]] == EntityType.PER && nameEnd[entity[first]] == m.end(i)) {
        // سيزور الرئيس الصيني شي جين بينغ موسكو: NER's person ran over the known place after it
        int k = entity[first];
        nameEnd[k] = a.tokEnd[first - 1];
        int place = addName(m.start(i), m.end(i), EntityType.LOC, m.entry(i));
        for (int t = first; t < end; t++) {
          entity[t] = place;
        }
        continue;
      }
      if (!free && !(widens && !m.ambiguous(i, 0) && (covered < end - first || pieces > 1))) {
        // an entity stands there; a known full name wins over NER's pieces of it (هاكان | فيدان،
        // محمد شياع | السوداني، الولايات | المتحدة)
        continue;
      }
      if (m.ambiguous(i, 0) && !(first > 0 && has(first - 1, TITLE | HONORIFIC) || namedBefore(m, i))) {
        continue;
      }
      if (shortLatinNotCapitals(m.start(i), m.end(i))) {
        continue; // Who is not WHO: a Latin acronym counts written in capitals
      }
      int k = addName(m.start(i), m.end(i), type.get(), m.entry(i));
      for (int t = first; t < end; t++) {
        entity[t] = k;
      }
    }
    splitNerNames(m);
  }

  // ---- one NER name over several known person names: the candidates of the current sentence
  private int splitCount;
  private int[] splitName = new int[8];
  private int[] splitMatch = new int[8];

  private void splitCandidate(int name, int match) {
    if (splitCount == splitName.length) {
      splitName = Arrays.copyOf(splitName, splitCount * 2);
      splitMatch = Arrays.copyOf(splitMatch, splitCount * 2);
    }
    splitName[splitCount] = name;
    splitMatch[splitCount] = match;
    splitCount++;
  }

  /**
   * An NER name whose tokens are exactly the tokens of two or more known person names of the
   * gazetteer is those names ({@code وحث ماكرون ميقاتي}: NER's one name, two people).
   */
  private void splitNerNames(GazetteerMatches m) {
    for (int i = 0; i < splitCount; i++) {
      int name = splitName[i];
      if (name < 0) {
        continue;
      }
      int tokens = 0;
      int n = 0;
      for (int j = i; j < splitCount; j++) {
        if (splitName[j] == name) {
          tokens += m.endToken(splitMatch[j]) - m.firstToken(splitMatch[j]);
          n++;
        }
      }
      int nameTokens = 0;
      for (int t = firstTokenEndingAfter(a, nameStart[name]); t < count && a.tokStart[t] < nameEnd[name]; t++) {
        nameTokens++;
      }
      if (n >= 2 && tokens == nameTokens) {
        for (int j = i; j < splitCount; j++) {
          if (splitName[j] == name) {
            int mi = splitMatch[j];
            int k = addName(m.start(mi), m.end(mi), EntityType.PER, m.entry(mi));
            for (int t = m.firstToken(mi); t < m.endToken(mi); t++) {
              entity[t] = k;
            }
            splitName[j] = -1;
          }
        }
      }
    }
    splitCount = 0;
  }

  private boolean shortLatinNotCapitals(int start, int end) {
    if (end - start > 4) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = a.text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return true;
      }
    }
    return false;
  }

  /** Whether an entry of match {@code i} is the entry of a gazetteer name found before it. */
  private boolean namedBefore(GazetteerMatches m, int i) {
    int at = m.start(i);
    for (int k = 0; k < nameCount; k++) {
      GazetteerEntry e = nameEntry[k];
      if (e == null || nameStart[k] >= at) {
        continue;
      }
      for (int j = 0; j < m.entryCount(i); j++) {
        if (m.entry(i, j) == e) {
          return true;
        }
      }
    }
    return false;
  }

  /** The start offset of name {@code k}. */
  int nameStart(int k) {
    return nameStart[k];
  }

  /** The end offset of name {@code k}. */
  int nameEnd(int k) {
    return nameEnd[k];
  }

  /** The entity type of name {@code k}. */
  EntityType nameType(int k) {
    return nameType[k];
  }

  /** The gazetteer entry of name {@code k}, or null for an NER entity. */
  GazetteerEntry nameEntry(int k) {
    return nameEntry[k];
  }

  /** Whether name {@code k} is an NER entity (not a gazetteer name). */
  boolean fromNer(int k) {
    return nameEntry[k] == null;
  }

  /**
   * Returns the facts of a token, computing them on first use.
   *
   * @param t the token, from 0 to the token count - 1
   * @return the flags
   * @throws IndexOutOfBoundsException if {@code t} is not a token of the analysis
   */
  int get(int t) {
    if (t < 0 || t >= count) {
      // the arrays are reused across documents: a read past the last token would see stale facts
      throw new IndexOutOfBoundsException("token " + t + " of " + count);
    }
    int v = flags[t];
    if (v < 0) {
      return v;
    }
    v = DONE | computeToken(t);
    flags[t] = v;
    return v;
  }

  /** Adds flags to a token (computing it first). */
  void add(int t, int f) {
    flags[t] = get(t) | f;
  }

  /** Clears flags of a token (computing it first). */
  void clear(int t, int f) {
    flags[t] = get(t) & ~f;
  }

  /** Returns the original offset where the token starts after its conjunction and preposition. */
  int stem(int t) {
    get(t);
    return stemStart[t];
  }

  private int computeToken(int t) {
    int f = 0;
    int kind = a.tokKind[t];
    stemStart[t] = a.tokStart[t];
    if (kind == TokenKind.PUNCTUATION.ordinal() || kind == TokenKind.SYMBOL.ordinal()) {
      char c = a.text.charAt(a.tokStart[t]);
      if (c == '.' && t > 0 && abbreviation(t - 1)) {
        return HONORIFIC | NAME_LINK; // د. علي: the dot of a title's abbreviation, inside the name
      }
      f |= PUNCT;
      if (c == '\u060C' || c == ',') {
        f |= COMMA;
      } else if (c == '\u00AB' || c == '\u00BB' || c == '"' || c == '\u201C' || c == '\u201D') {
        f |= QUOTE;
      } else if (c == '\u061B' || c == ';' || c == ':' || c == '.' || c == '(' || c == ')') {
        f |= CLAUSE_END;
      }
    } else if (kind == TokenKind.NUMBER.ordinal() || kind == TokenKind.PERCENT.ordinal()
        || kind == TokenKind.DATE.ordinal()) {
      f |= NUMBER;
    } else if (kind == TokenKind.ARABIC.ordinal()) {
      f |= arabic(a, t, a.normBuf);
    }
    return f;
  }

  /** The letter د written alone before a dot: the abbreviation of دكتور. */
  private boolean abbreviation(int t) {
    int s = a.tokNormStart[t];
    return a.tokKind[t] == TokenKind.ARABIC.ordinal() && a.tokNormEnd[t] - s == 1 && a.normBuf[s] == '\u062F'
        && t + 1 < count && a.tokStart[t + 1] == a.tokEnd[t];
  }

  private int arabic(Analysis a, int t, char[] b) {
    int s = a.tokNormStart[t];
    int e = a.tokNormEnd[t];
    int len = e - s;
    int g0 = a.segFirst[t];
    int g1 = a.segFirst[t + 1];
    if (len == 1 && g1 - g0 == 1 && (b[s] == '\u0648' || b[s] == '\u0641')) {
      return LONE_CONJ;
    }
    if (t + 1 < count && abbreviation(t) && a.text.charAt(a.tokStart[t + 1]) == '.') {
      return TITLE | HONORIFIC; // د. علي
    }
    // the segmenter's segments say which clitics the word has; the closed classes are read on the
    // stem segment (after the article: the definite forms the lists give) and on the whole word
    // (fused function words: وقد، بأن)
    int f = 0;
    int stemSeg = g0;
    int stemFrom = s; // start of the word without conjunction and preposition, in normBuf
    for (int g = g0; g < g1; g++) {
      int k = a.segInfo[g] & 0xff;
      if (k == CONJ_SEG) {
        f |= CONJ;
        stemFrom = a.segNormEnd[g];
        stemStart[t] = a.segEnd[g];
      } else if (k == PREP_SEG) {
        f |= b[a.segNormStart[g]] == '\u0644' ? PREP_L : PREP_B;
        stemFrom = a.segNormEnd[g];
        stemStart[t] = a.segEnd[g];
      } else if (k == ART_SEG) {
        f |= ART;
      } else if (k == FUT_SEG) {
        f |= FUT_VERB;
      } else if (k == STEM_SEG) {
        stemSeg = g;
      }
    }
    if (stemFrom < s || stemFrom > e) {
      stemFrom = s; // not expected: the segments' norms lie in the token's chars
    }
    int ss = a.segNormStart[stemSeg];
    int sn = a.segNormEnd[stemSeg] - ss;
    int full = Words.classes(b, s, len);
    int stem = (f & ART) != 0 ? Words.definiteClasses(b, ss, sn) : Words.classes(b, ss, sn);
    int either = full | stem;
    int sl = e - stemFrom;
    if ((either & Words.C_PREPOSITION) != 0) {
      f |= PREPOSITION;
    }
    if ((either & Words.C_PARTICLE) != 0) {
      f |= PARTICLE;
    }
    if ((either & Words.C_NEGATOR) != 0) {
      f |= NEGATOR;
    }
    if ((either & Words.C_COMPLEMENTIZER) != 0) {
      f |= COMPLEMENTIZER;
    }
    if ((either & Words.C_TIME) != 0) {
      f |= TIME;
    }
    if ((stem & Words.C_TITLE) != 0) {
      f |= TITLE;
    }
    if ((stem & Words.C_DUAL_ANAPHOR) != 0) {
      f |= DUAL_ANAPHOR;
    }
    if ((stem & Words.C_SPORTS) != 0) {
      f |= SPORTS;
    }
    if ((either & Words.C_INTENT) != 0) {
      f |= INTENT;
    }
    if ((stem & Words.C_FUTURE_ADJ) != 0) {
      f |= FUTURE_ADJ;
    }
    if ((either & Words.C_FUTURE_WORD) != 0) {
      f |= FUTURE_WORD;
    }
    if ((stem & Words.C_MONEY) != 0) {
      f |= MONEY;
    }
    if ((f & ART) == 0 && sl >= 4 && b[e - 1] == '\u0627' && b[e - 2] != '\u064A' && b[e - 2] != '\u0627'
        && !(b[e - 2] == '\u0643' || b[e - 2] == '\u0646' && b[e - 3] == '\u064A')
        && (either & Words.C_PLACE_IN_A) == 0) {
      f |= ACCUSATIVE; // موظفا، وفدا: the indefinite accusative (not سوريا، أمريكا، فيينا)
    }
    if ((stem & Words.C_NUMBER) != 0) {
      f |= NUMBER;
    }
    if (sl >= 5 && b[stemFrom] == '\u0646' && b[stemFrom + 1] == '\u0638' && (b[stemFrom + 2] == '\u064A'
        || b[stemFrom + 2] == '\u0631')) {
      f |= COUNTERPART; // نظيره، نظيرته، نظراؤه
    }
    if ((stem & Words.C_HONORIFIC) != 0) {
      f |= HONORIFIC;
    }
    if ((stem & Words.C_NAME_LINK) != 0) {
      f |= NAME_LINK;
    }
    if ((stem & Words.C_ADJECTIVE) != 0) {
      f |= ADJECTIVE;
    }
    if ((f & ART) != 0 && sl >= 5 && (b[e - 1] == '\u064A' && a.text.charAt(a.normAlign[e - 1]) != '\u0649'
        || b[e - 1] == '\u0647' && b[e - 2] == '\u064A'
        || (b[e - 1] == '\u0646' || b[e - 1] == '\u062A') && b[e - 3] == '\u064A' && sl >= 7)) {
      f |= NISBA; // السياسية، الأوروبي (not القوى, written with ى)
    }
    if ((stem & Words.C_NON_ACTOR) != 0) {
      f |= NON_ACTOR;
    }
    return f;
  }

  private static int firstTokenEndingAfter(Analysis a, int offset) {
    int lo = 0;
    int hi = a.tokenCount;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a.tokEnd[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  boolean has(int t, int f) {
    return (get(t) & f) != 0;
  }
}
