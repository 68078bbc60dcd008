package org.khabar.internal.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.khabar.Actor;
import org.khabar.EntityType;
import org.khabar.Event;
import org.khabar.Span;
import org.khabar.TimeExpression;
import org.khabar.internal.Analysis;
import org.khabar.internal.gazetteer.ActorCode;
import org.khabar.internal.gazetteer.ActorCoder;
import org.khabar.internal.gazetteer.GazetteerEntry;
import org.khabar.internal.gazetteer.GazetteerMatches;
import org.khabar.internal.segment.StemInfo;
import org.khabar.internal.segment.StemLexicon;
import org.khabar.internal.time.TimeFinder;
import org.khabar.internal.time.TimeMatches;
import org.khabar.internal.time.TimeResolver;

/**
 * Turns trigger matches into events: resolves overlapping matches, finds each event's actors
 * (subject before or after the verb, pronoun and dual anaphors, objects and prepositional targets,
 * coordinated parties), its location, negation and futurity, applies the rules between events
 * (appeals and demands absorb their content, refusals negate it, performative announcements are the
 * act itself, cancellations and absences negate), merges repeated mentions, and writes the events
 * into the analysis.
 *
 * <p>Not thread-safe: per-call scratch state owned by one worker.
 */
final class EventExtractor {
  private static final int E = TriggerAutomaton.MAX_ELEMENTS;
  private static final int MAX_NP = 12;
  /** How many events back the antecedent and merge rules look (keeps a call linear in the text). */
  private static final int BACK = 40;
  /** How many words a clause-scope scan reads. */
  private static final int SCOPE = 60;
  // normalized function words the rules test
  private static final String W0 = Words.norm("أرفع");
  private static final String W1 = Words.norm("أول");
  private static final String W2 = Words.norm("أي");
  private static final String W3 = Words.norm("إثر");
  private static final String W4 = Words.norm("بعد");
  private static final String W5 = Words.norm("بين");
  private static final String W6 = Words.norm("خلال");
  private static final String W7 = Words.norm("عقب");
  private static final String W8 = Words.norm("على");
  private static final String W9 = Words.norm("عن");
  private static final String W10 = Words.norm("في");
  private static final String W11 = Words.norm("قد");
  private static final String W12 = Words.norm("من");
  private static final String W13 = Words.norm("هامش");
  private static final String W14 = Words.norm("حيث");
  private static final String W15 = Words.norm("عبر");
  private static final String W16 = Words.norm("تحت");
  private static final String W17 = Words.norm("بمثابة");
  private static final String W18 = Words.norm("إلى");
  private static final String W19 = Words.norm("لدى");
  private static final String W20 = Words.norm("اسم");

  private final TriggerAutomaton au;
  private final CameoTable cameo;
  private final ActorCoder coder;
  private final TokenInfo info;
  private final TimeFinder timeFinder;
  /** Time matches per sentence with events, pooled: {@code sentTimes[s]} indexes the buffer or is -1. */
  private final List<TimeMatches> timeBuffers = new ArrayList<>();
  private int timeBuffersUsed;
  private int[] sentTimes = new int[32];
  private final GazetteerMatches coderScratch = new GazetteerMatches();
  /** The segmentation lexicon, read for word classes (an imperfect verb, a common noun). */
  private final StemLexicon stems = StemLexicon.standard();
  private final char[] stemBuf = new char[64];
  /** Actor codes of the current call by phrase token range ({@code first << 32 | end}). */
  private final java.util.Map<Long, ActorCode> codes = new java.util.HashMap<>();
  /** For each token: the candidate whose match claimed it, or -1. */
  private int[] claimedBy = new int[256];
  private final List<Cand> cands = new ArrayList<>();
  /** The analysis of the current call (for the rules that walk the candidates only). */
  private Analysis cur;

  EventExtractor(TriggerAutomaton au, CameoTable cameo, ActorCoder coder, TimeFinder timeFinder) {
    this.au = au;
    this.cameo = cameo;
    this.coder = coder;
    this.info = new TokenInfo(coder.gazetteer());
    this.timeFinder = timeFinder;
    java.util.Map<String, List<String>> byVerb = new java.util.HashMap<>();
    for (LexiconEntry r : au.rules) {
      List<LexiconEntry.Element> es = r.elements();
      if ((r.flags() & LexiconEntry.BLOCK) != 0 && es.size() == 2 && es.get(0).kind() == 'V'
          && es.get(1).kind() == 'W' && es.get(1).gapBefore() == 0) {
        for (String w : es.get(1).lemmas()) {
          byVerb.computeIfAbsent(es.get(0).key(), k -> new ArrayList<>()).add(Words.norm(w));
        }
      }
    }
    for (LexiconEntry r : au.rules) {
      for (LexiconEntry.Element e : r.elements()) {
        List<String> ws = e.kind() == 'V' && (r.flags() & LexiconEntry.BLOCK) == 0 ? byVerb.get(e.key()) : null;
        if (ws != null) {
          blockedAfterSubject.put(r, ws);
        }
      }
    }
  }

  /**
   * Per rule with a verb: the words a blocking rule {@code V W:word} on the same verb forbids right
   * after it ({@code علق على} comments, it does not suspend). They forbid it after the verb's subject
   * as well ({@code لم تعلق السلطات على}).
   */
  private final java.util.Map<LexiconEntry, List<String>> blockedAfterSubject = new java.util.IdentityHashMap<>();

  /** One event being built. */
  static final class Cand {
    LexiconEntry rule;
    String code;
    int[] pos;
    int trigFirst;
    int trigLast;
    int trigStart;
    int trigEnd;
    int pred;
    char predKind;
    int predFlags;
    int sentence;
    boolean negated;
    boolean future;
    boolean passive;
    boolean dropped;
    boolean absorbed;
    boolean explicitSource;
    List<int[]> src = new ArrayList<>();
    List<int[]> tgt = new ArrayList<>();
    int[] loc;
    boolean tgtFromPrep;
    boolean aidArrival;
    /** The event this one was merged into as a later mention of the same occurrence, or null. */
    Cand mergedInto;
    /** The time expression of the event's clause, or null. */
    TimeExpression time;
    /** The token after the subject that follows the verb, or the verb's next token. */
    int subjEnd = -1;
    /** Whether this appeal, demand or threat absorbed an event as its content. */
    boolean absorbs;

    boolean nominal() {
      return predKind != 'V';
    }

    int first() {
      return pos[0];
    }

    int last() {
      return pos[pos.length - 1];
    }
  }

  void extract(Analysis a, TriggerMatcher m) {
    cands.clear();
    cur = a;
    if (m.matchCount == 0) {
      return;
    }
    info.compute(a);
    mergeReadingClitics(a, m);
    buildCandidates(a, m);
    if (cands.isEmpty()) {
      return;
    }
    boolean material = false;
    if (sentTimes.length < a.sentenceCount) {
      sentTimes = new int[Math.max(a.sentenceCount, sentTimes.length * 2)];
    }
    java.util.Arrays.fill(sentTimes, 0, a.sentenceCount, -2);
    timeBuffersUsed = 0;
    for (Cand c : cands) {
      c.sentence = sentenceOf(a, c.pred);
      material |= !c.code.startsWith("01");
    }
    boolean sportsDoc = false;
    if (material) {
      int docSports = 0;
      for (int s = 0; s < a.sentenceCount && docSports < 3; s++) {
        docSports += m.sentSports[s];
      }
      sportsDoc = docSports >= 3;
    }
    for (int i = 0; i < cands.size(); i++) {
      Cand c = cands.get(i);
      if ((sportsDoc || m.sentSports[c.sentence] >= 2)
          && !c.code.startsWith("01")) {
        c.dropped = true;
      }
    }
    for (Cand c : cands) {
      if ((c.rule.flags() & LexiconEntry.BLOCK) != 0) {
        c.dropped = true;
      }
      // ف + verb starts a clause; inside a phrase (الأمير فيصل) the word is a name
      if (c.predKind == 'V' && (c.predFlags & TriggerMatcher.CONJ) != 0 && a.normBuf[a.tokNormStart[c.pred]] == '\u0641'
          && c.pred > 0 && !info.has(c.pred - 1, TokenInfo.PUNCT) && a.sentFirstToken[sentenceOf(a, c.pred)] != c.pred) {
        c.dropped = true;
        for (int p : c.pos) {
          claimedBy[p] = -1;
          info.clear(p, TokenInfo.CONJ | TokenInfo.PREP_B | TokenInfo.PREP_L);
          info.stemStart[p] = a.tokStart[p];
        }
      }
    }
    for (Cand c : cands) {
      if (!c.dropped) {
        // the names and times of a sentence are read only where an event still stands
        info.addGazetteerNames(c.sentence);
        findTimes(a, c.sentence);
        negationAndFuture(a, m, c);
      }
    }
    for (int i = 1; i < cands.size(); i++) {
      Cand c = cands.get(i);
      Cand p = cands.get(i - 1);
      // a purpose clause (لتقديم المساعدات) shares the futurity of the act it serves
      if (!c.dropped && c.nominal() && (purposeNoun(a, c.first()) || purposeBefore(a, c.first()))
          && p.sentence == c.sentence && p.future && !p.dropped) {
        c.future = true; // and بهدف، بغية، سعيا إلى، من أجل (التوصل إلى) هدنة
      }
    }
    for (Cand c : cands) {
      if (c.dropped) {
        continue;
      }
      // أي خرق للهدنة: a hypothetical act, not a reported one
      if (!c.negated && c.first() > 0 && isWord(a, c.first() - 1, W2)) {
        c.dropped = true;
      }
      // قد تهاجم، قد يلتقي: a possibility, not a reported act (قد التقى, with the perfect, is one)
      if (c.predKind == 'V' && c.pred == c.first() && c.first() > 0 && isQad(a, c.first() - 1)
          && imperfect(a, c.pred, false)) {
        c.dropped = true;
      }
      // سيهدد: a predicted consequence, not a threat made
      if (c.code.startsWith("13") && c.future && c.predKind == 'V') {
        c.dropped = true;
      }
    }
    for (int i = 0; i < cands.size(); i++) {
      Cand c = cands.get(i);
      if (!c.dropped) {
        arguments(a, m, c, i);
      }
    }
    clauseSubjects(a);
    relations(a);
    merge(a);
    context(a);
    times(a);
    codes.clear();
    for (Cand c : cands) {
      if (!c.dropped) {
        a.events.add(toEvent(a, c));
      }
    }
  }

  /**
   * Whether an event noun at {@code t} is a purpose clause: ل on it (لبحث), or on the light verbal
   * noun before it (لإجراء محادثات، لعقد اجتماع).
   */
  private boolean purposeNoun(Analysis a, int t) {
    if (info.has(t, TokenInfo.PREP_L) && !info.has(t, TokenInfo.ART)) {
      return true;
    }
    return t > a.sentFirstToken[sentenceOf(a, t)] && info.has(t - 1, TokenInfo.PREP_L)
        && !info.has(t - 1, TokenInfo.ART) && isIn(a, t - 1, Words.LIGHT_NOUNS);
  }

  /** Whether a purpose word (بهدف، بغية، سعيا، أجل) stands at most three words before {@code t}, no comma between. */
  private boolean purposeBefore(Analysis a, int t) {
    int s0 = a.sentFirstToken[sentenceOf(a, t)];
    for (int k = t - 1; k >= s0 && k >= t - 3; k--) {
      if (info.has(k, TokenInfo.PUNCT)) {
        return false;
      }
      if (isIn(a, k, Words.PURPOSE_WORDS)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ candidates

  private void mergeReadingClitics(Analysis a, TriggerMatcher m) {
    for (int t = 0; t < a.tokenCount; t++) {
      int rs = m.readStart[t];
      int re = m.readStart[t + 1];
      if (re <= rs) {
        continue;
      }
      int f = m.readFlags[rs];
      if ((f & (TriggerMatcher.CONJ | TriggerMatcher.PREP | TriggerMatcher.PREP_L)) == 0
          && (info.get(t) & (TokenInfo.CONJ | TokenInfo.PREP_B | TokenInfo.PREP_L)) != 0) {
        // the lexicon read the whole word (وقعت، وصل): its first letter is no clitic
        info.clear(t, TokenInfo.CONJ | TokenInfo.PREP_B | TokenInfo.PREP_L);
        info.stemStart[t] = a.tokStart[t];
      }
      int add = 0;
      if ((f & TriggerMatcher.CONJ) != 0) {
        add |= TokenInfo.CONJ;
      }
      if ((f & TriggerMatcher.PREP) != 0) {
        add |= TokenInfo.PREP_B;
      }
      if ((f & TriggerMatcher.PREP_L) != 0) {
        add |= TokenInfo.PREP_L;
      }
      if ((f & TriggerMatcher.ART) != 0) {
        add |= TokenInfo.ART;
      }
      if ((add & (TokenInfo.CONJ | TokenInfo.PREP_B | TokenInfo.PREP_L)) != 0
          && (info.get(t) & (TokenInfo.CONJ | TokenInfo.PREP_B | TokenInfo.PREP_L)) == 0) {
        int skip = Integer.bitCount(add & (TokenInfo.CONJ | TokenInfo.PREP_B | TokenInfo.PREP_L));
        int k = a.tokNormStart[t] + skip;
        if (k < a.tokNormEnd[t]) {
          info.stemStart[t] = a.normAlign[k];
        }
      }
      info.add(t, add);
    }
  }

  private void buildCandidates(Analysis a, TriggerMatcher m) {
    int n = m.matchCount;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> {
      int lx = au.rules.get(m.matchRule[x]).elements().size();
      int ly = au.rules.get(m.matchRule[y]).elements().size();
      if (lx != ly) {
        return ly - lx;
      }
      int sx = m.matchPos[x * E + lx - 1] - m.matchPos[x * E];
      int sy = m.matchPos[y * E + ly - 1] - m.matchPos[y * E];
      if (sx != sy) {
        return sx - sy;
      }
      boolean vx = hasVerb(au.rules.get(m.matchRule[x]));
      boolean vy = hasVerb(au.rules.get(m.matchRule[y]));
      if (vx != vy) {
        return vx ? -1 : 1;
      }
      if (m.matchPos[x * E] != m.matchPos[y * E]) {
        return m.matchPos[x * E] - m.matchPos[y * E];
      }
      return m.matchRule[x] - m.matchRule[y];
    });
    if (claimedBy.length < a.tokenCount) {
      claimedBy = new int[Math.max(a.tokenCount, claimedBy.length * 2)];
    }
    java.util.Arrays.fill(claimedBy, 0, a.tokenCount, -1);
    List<Cand> accepted = new ArrayList<>();
    for (int oi = 0; oi < n; oi++) {
      int mi = order[oi];
      LexiconEntry rule = au.rules.get(m.matchRule[mi]);
      int len = rule.elements().size();
      boolean free = true;
      for (int k = 0; k < len; k++) {
        if (claimedBy[m.matchPos[mi * E + k]] >= 0) {
          free = false;
          break;
        }
      }
      if (!free) {
        continue;
      }
      if (lightVerbAdjunct(a, rule, m, mi)) {
        continue; // أجرى ... خلال زيارته: the noun after خلال is no object of أجرى
      }
      if (rule.elements().get(0).kind() == 'V') {
        int v = m.matchPos[mi * E];
        if (v > 0 && (info.has(v - 1, TokenInfo.PREPOSITION) || isWord(a, v - 1, W2))
            && !info.has(v - 1, TokenInfo.PUNCT)) {
          continue; // في خرق جديد: after a preposition the word is a noun
        }
        if (len == 1 && dualOrAccusative(a, m, v)) {
          continue; // طلبا خاصا، قصفا عنيفا: an indefinite accusative noun, not a dual verb
        }
      }
      if ((rule.flags() & LexiconEntry.PURPOSE) != 0 && !info.has(m.matchPos[mi * E], TokenInfo.PREP_L)) {
        continue; // البحث العلمي: the noun is an event only in a purpose clause (لبحث الأزمة)
      }
      if ((rule.flags() & LexiconEntry.AUSPICES) != 0 && !auspices(a, m.matchPos[mi * E])) {
        continue; // لرعاية الأيتام: care, not patronage (برعاية الأمم المتحدة)
      }
      boolean characterization = characterized(a, m.matchPos[mi * E]);
      if (rule.elements().get(0).kind() == 'V' && onlyJussive(m, m.matchPos[mi * E])
          && !jussiveParticle(a, m.matchPos[mi * E])) {
        continue; // تعز is a city; لم يلتق is the verb
      }
      if (rule.elements().get(0).kind() == 'N') {
        int n0 = m.matchPos[mi * E];
        if (n0 > 0 && info.has(n0, TokenInfo.ART) && !info.has(n0, TokenInfo.CONJ | TokenInfo.PREP_B | TokenInfo.PREP_L)
            && isIn(a, n0 - 1, Words.NAMING_HEADS) && !info.has(n0 - 1, TokenInfo.ART)) {
          continue; // قاعة الاجتماعات، ملف المفاوضات: a kind of event, no occurrence
        }
      }
      if (rule.elements().get(0).kind() == 'N' && len == 1) {
        int n0 = m.matchPos[mi * E];
        if (n0 + 1 < a.tokenCount && info.has(n0 + 1, TokenInfo.NUMBER) && !info.has(n0, TokenInfo.ART)
            && (m.readFlags[m.readStart[n0]] & TriggerMatcher.PRON) == 0 && sentenceOf(a, n0 + 1) == sentenceOf(a, n0)) {
          continue; // لقاء 1.79 دولار: "in return for" a sum, not a meeting
        }
      }
      Cand c = new Cand();
      c.rule = rule;
      c.code = rule.cameo();
      c.pos = new int[len];
      for (int k = 0; k < len; k++) {
        c.pos[k] = m.matchPos[mi * E + k];
        claimedBy[c.pos[k]] = accepted.size();
      }
      // the trigger span: the bracketed elements, else the whole match when contiguous, else its head
      int tf = -1;
      int tl = -1;
      for (int k = 0; k < len; k++) {
        if (rule.elements().get(k).trigger()) {
          if (tf < 0) {
            tf = c.pos[k];
          }
          tl = c.pos[k];
        }
      }
      if (tf < 0) {
        boolean contiguous = true;
        for (int k = 1; k < len; k++) {
          if (c.pos[k] != c.pos[k - 1] + 1) {
            contiguous = false;
          }
        }
        tf = c.pos[0];
        tl = contiguous ? c.pos[len - 1] : c.pos[0];
      }
      c.trigFirst = tf;
      c.trigLast = tl;
      c.trigStart = info.stem(tf);
      c.trigEnd = a.tokEnd[tl];
      // the predicate: the verb of the pattern if there is one, else its first element
      c.pred = c.pos[0];
      c.predKind = rule.elements().get(0).kind();
      for (int k = 0; k < len; k++) {
        if (rule.elements().get(k).kind() == 'V') {
          c.pred = c.pos[k];
          c.predKind = 'V';
          break;
        }
      }
      if (c.predKind == 'W') {
        for (int k = 0; k < len; k++) {
          char kk = rule.elements().get(k).kind();
          if (kk != 'W') {
            c.pred = c.pos[k];
            c.predKind = kk;
            break;
          }
        }
      }
      c.predFlags = readingFlags(m, c.pred, rule, c.predKind);
      c.passive = c.predKind == 'V' && isPassive(a, c.pred);
      // يعتبر خرقا للهدنة، بمثابة خرق: a characterization (the speaker's 11x), not an act; it keeps
      // its words, so the truce in it is no event either
      c.dropped = characterization;
      accepted.add(c);
    }
    accepted.sort((x, y) -> x.trigStart != y.trigStart ? x.trigStart - y.trigStart : x.first() - y.first());
    cands.addAll(accepted);
    for (int t = 0; t < a.tokenCount; t++) {
      claimedBy[t] = -1;
    }
    for (int i = 0; i < cands.size(); i++) {
      for (int p : cands.get(i).pos) {
        claimedBy[p] = i;
      }
    }
  }

  /** Whether a noun of patronage stands as برعاية or تحت رعاية. */
  private boolean auspices(Analysis a, int t) {
    return info.has(t, TokenInfo.PREP_B) || t > 0 && isWord(a, t - 1, W16);
  }

  /** An indefinite accusative noun after a verb that characterizes (يعتبر خرقا), or a noun after بمثابة. */
  private boolean characterized(Analysis a, int t) {
    if (t == 0 || info.has(t, TokenInfo.ART) || !isIn(a, t - 1, Words.EVALUATIVE)) {
      return false;
    }
    return info.has(t, TokenInfo.ACCUSATIVE) || isWord(a, t - 1, W17);
  }

  /** Whether every verb reading of token {@code t} is a short (jussive) imperfect. */
  private static boolean onlyJussive(TriggerMatcher m, int t) {
    boolean jussive = false;
    for (int r = m.readStart[t]; r < m.readStart[t + 1]; r++) {
      int f = m.readFlags[r];
      if ((f & Forms.VERB) != 0) {
        if ((f & Forms.JUSSIVE) == 0) {
          return false;
        }
        jussive = true;
      }
    }
    return jussive;
  }

  /** لم، لا (and ولم، فلا) before the verb, or the ل of command on it. */
  private boolean jussiveParticle(Analysis a, int t) {
    return info.has(t, TokenInfo.PREP_L) || t > 0 && info.has(t - 1, TokenInfo.NEGATOR);
  }

  /**
   * A sound verb's dual perfect (طلبا، قصفا) spells the indefinite accusative of its verbal noun: when
   * an indefinite accusative adjective follows, the word is the noun.
   */
  private boolean dualOrAccusative(Analysis a, TriggerMatcher m, int v) {
    int e = a.tokNormEnd[v];
    if (e - a.tokNormStart[v] < 3 || a.normBuf[e - 1] != '\u0627' || v + 1 >= a.tokenCount
        || sentenceOf(a, v + 1) != sentenceOf(a, v)) {
      return false;
    }
    boolean dual = false;
    for (int r = m.readStart[v]; r < m.readStart[v + 1]; r++) {
      int f = m.readFlags[r];
      if ((f & Forms.VERB) != 0 && (f & Forms.PERF) != 0 && (f & Forms.PLURAL_SUBJECT) != 0) {
        dual = true;
      }
    }
    return dual && info.has(v + 1, TokenInfo.ACCUSATIVE) && !info.has(v + 1, TokenInfo.ART)
        && claimedBy[v + 1] < 0;
  }

  private boolean lightVerbAdjunct(Analysis a, LexiconEntry rule, TriggerMatcher m, int mi) {
    if (rule.elements().get(0).kind() != 'V' || rule.elements().size() < 2) {
      return false;
    }
    LexiconEntry.Element e = rule.elements().get(1);
    int t = m.matchPos[mi * E + 1];
    return e.kind() == 'N' && e.gapBefore() > 0 && t > m.matchPos[mi * E] + 1
        && (info.has(t - 1, TokenInfo.PREPOSITION) || info.has(t, TokenInfo.PREPOSITION));
  }

  private static boolean hasVerb(LexiconEntry r) {
    return (r.flags() & LexiconEntry.HAS_VERB) != 0;
  }

  /** The flags of the token's reading that realizes an element of the wanted kind. */
  private int readingFlags(TriggerMatcher m, int t, LexiconEntry rule, char kind) {
    int want = kind == 'V' ? Forms.VERB : kind == 'N' ? Forms.NOUN : kind == 'A' ? Forms.ADJ : Forms.WORD;
    int any = 0;
    for (int r = m.readStart[t]; r < m.readStart[t + 1]; r++) {
      int f = m.readFlags[r];
      if ((f & want) != 0) {
        return f;
      }
      any = f;
    }
    return any;
  }

  /** A damma on the first letters of a verb written with vowels marks the passive (أُطلق، ستُعقد). */
  private static boolean isPassive(Analysis a, int t) {
    String s = a.text;
    int letters = 0;
    for (int i = a.tokStart[t]; i < a.tokEnd[t]; i++) {
      char c = s.charAt(i);
      if (c == '\u064F') {
        return letters <= 3;
      }
      if (c >= '\u0621' && c <= '\u064A') {
        letters++;
        if (letters > 3) {
          return false;
        }
      }
    }
    return false;
  }

  private static int sentenceOf(Analysis a, int t) {
    int lo = 0;
    int hi = a.sentenceCount - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (a.sentFirstToken[mid] <= t) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  // ------------------------------------------------------------------ negation and future

  private void negationAndFuture(Analysis a, TriggerMatcher m, Cand c) {
    int f = c.first();
    int s0 = a.sentFirstToken[c.sentence];
    boolean ruleNeg = c.rule.elements().get(0).kind() == 'W' && info.has(f, TokenInfo.NEGATOR);
    if ((c.rule.flags() & LexiconEntry.ABSENCE) != 0) {
      c.negated = true;
    }
    if (!ruleNeg) {
      // a negator right before, or with light words between (لم يصدر أي رد)
      for (int k = f - 1, bridged = 0; k >= s0 && bridged <= 2; k--) {
        if (info.has(k, TokenInfo.NEGATOR) && !isStillVerb(a, k + 1)) {
          c.negated = true;
          if (isLan(a, k)) {
            c.future = true;
          }
          break;
        }
        if (Words.NEGATING_NOUNS.contains(a.normBuf, a.tokNormStart[k], a.tokNormEnd[k] - a.tokNormStart[k])) {
          c.negated = true;
          break;
        }
        if (a.tokNormEnd[k] - a.tokNormStart[k] == 2 && a.normBuf[a.tokNormStart[k]] == '\u0645'
            && a.normBuf[a.tokNormStart[k] + 1] == '\u0646' && k + 1 < a.tokenCount
            && Words.NEGATING_NOUNS.contains(a.normBuf, a.tokNormStart[k + 1], a.tokNormEnd[k + 1] - a.tokNormStart[k + 1])) {
          break;
        }
        if (!Words.NEGATION_BRIDGE.contains(a.normBuf, a.tokNormStart[k], a.tokNormEnd[k] - a.tokNormStart[k])) {
          break;
        }
        bridged++;
      }
    }
    // future: the future prefix, سوف, a future verb governing the noun, a plan or intent cue
    if ((c.predFlags & TriggerMatcher.FUT) != 0 || info.has(c.pred, TokenInfo.FUT_VERB) && !c.nominal()) {
      c.future = true;
    }
    for (int k = f - 1; k >= Math.max(s0, f - 2); k--) {
      if (info.has(k, TokenInfo.FUTURE_WORD)) {
        c.future = true;
      }
      if (c.nominal() && info.has(k, TokenInfo.FUT_VERB) && claimedBy[k] < 0) {
        c.future = true;
      }
      if (info.has(k, TokenInfo.PUNCT)) {
        break;
      }
    }
    if (c.nominal()) {
      for (int k = c.last() + 1; k < Math.min(a.tokenCount, c.last() + 4); k++) {
        if (info.has(k, TokenInfo.PUNCT) || claimedBy[k] >= 0) {
          break;
        }
        if (info.has(k, TokenInfo.FUTURE_ADJ)) {
          c.future = true;
          break;
        }
      }
    }
    for (int k = f - 1; k >= s0 && k >= f - 14; k--) {
      if (info.has(k, TokenInfo.PUNCT)) {
        break;
      }
      if (claimedBy[k] >= 0 && cands.get(claimedBy[k]).predKind == 'V' && cands.get(claimedBy[k]).pred == k) {
        break;
      }
      if (info.has(k, TokenInfo.INTENT)) {
        boolean pastPlan = k > s0 && Words.PAST_AUX.contains(a.normBuf, a.tokNormStart[k - 1],
            a.tokNormEnd[k - 1] - a.tokNormStart[k - 1])
            || k > s0 + 1 && Words.PAST_AUX.contains(a.normBuf, a.tokNormStart[k - 2],
            a.tokNormEnd[k - 2] - a.tokNormStart[k - 2]);
        if (!pastPlan) {
          c.future = true;
        }
        break;
      }
    }
  }

  private static boolean isLan(Analysis a, int k) {
    int s = a.tokNormStart[k];
    int len = a.tokNormEnd[k] - s;
    return len >= 2 && a.normBuf[s + len - 2] == '\u0644' && a.normBuf[s + len - 1] == '\u0646';
  }

  /** {@code لا تزال}: "still", not a negation of what follows. */
  private static boolean isStillVerb(Analysis a, int t) {
    if (t >= a.tokenCount) {
      return false;
    }
    int s = a.tokNormStart[t];
    int len = a.tokNormEnd[t] - s;
    return len == 4 && a.normBuf[s + 1] == '\u0632' && a.normBuf[s + 2] == '\u0627' && a.normBuf[s + 3] == '\u0644';
  }

  // ------------------------------------------------------------------ arguments

  private void arguments(Analysis a, TriggerMatcher m, Cand c, int index) {
    int sEnd = a.sentEndToken[c.sentence];
    Cand prev = previous(index);
    LexiconEntry.Frame frame = c.rule.frame();
    int after = c.pred + 1;
    if (c.predKind == 'V') {
      int subjEnd = after;
      boolean pronSubject = (c.predFlags & Forms.PLURAL_SUBJECT) != 0;
      int[] pre = preverbalSubject(a, c);
      List<int[]> subject = new ArrayList<>();
      Cand clause = previousClause(index);
      int i0 = skipAdverbials(a, after, sEnd);
      if (pre != null) {
        if (!startsWithTrigger(pre[0])) {
          subject.addAll(actors(a, pre[0], pre[1], prev));
        }
        c.explicitSource = true;
      } else if (pronounBeforeVerb(a, c) && clause != null) {
        // أعلن الطرفان أنهما سيلتقيان: the pronoun on أنّ is the subject, the clause above's
        subject.addAll(clause.src);
        c.explicitSource = true;
      } else if (pronSubject && coordinatedAny(a, c, clause)) {
        subject.addAll(clause.src); // وأعرب الوزراء ... وطالبوا
      } else if (pronSubject) {
        Cand pp = partiesAntecedent(index);
        if (pp != null) {
          subject.addAll(parties(pp));
        }
      } else if (coordinated(a, c, clause) && !(i0 < sEnd && info.has(i0, TokenInfo.DUAL_ANAPHOR))
          && !(!frame.joint() && !frame.targets().contains("obj") && i0 == after && i0 < sEnd
              && startsNp(a, i0) && !startsWithTrigger(i0)
              && (info.has(i0, TokenInfo.ART) || info.entity[i0] >= 0))) {
        // ، ودعا القوى السياسية: a verb coordinated with the last one keeps its subject (a verb that
        // takes no direct object has its own after it: ونددت الأمم المتحدة بالحادث)
        subject.addAll(clause.src);
      } else if (pronounBeforeVerb(a, c) && clause != null) {
        // أعلن غريفيث أنه سيزور: the pronoun on أنّ is the subject, the speaker of the clause above
        subject.addAll(clause.src);
        c.explicitSource = true;
      } else {
        boolean own = i0 < sEnd && claimedBy[i0] >= 0 && cands.get(claimedBy[i0]) == c && !ownNoun(c, i0);
        int end = i0 >= sEnd || info.has(i0, TokenInfo.QUOTE) || own ? i0 : chunk(a, i0, sEnd, c);
        if (end > i0) {
          int[] issuer = issuer(a, i0, end, sEnd, c);
          if (issuer != null) {
            subject.addAll(actors(a, issuer[0], issuer[1], partiesAntecedent(index))); // بيان صادر عن الجيش
            end = issuer[1];
          } else if (!startsWithTrigger(i0)) {
            subject.addAll(actors(a, i0, end, partiesAntecedent(index)));
          }
          subjEnd = end;
          c.explicitSource = true;
          if (blockedAfterSubject(a, c, end, sEnd)) {
            c.dropped = true;
            return;
          }
        } else if (clause != null && clause.sentence >= c.sentence - 1) {
          subject.addAll(clause.src);
        }
      }
      c.subjEnd = subjEnd;
      if (c.passive) {
        targets(a, c, frame, Math.max(subjEnd, c.last() + 1), sEnd, prev, false);
        if (c.tgt.isEmpty()) {
          c.tgt.addAll(subject);
        }
      } else {
        c.src.addAll(subject);
        if ((c.rule.flags() & LexiconEntry.OFFICIAL) != 0 && !official(a, c, subject)) {
          c.dropped = true;
          return;
        }
        if ((c.rule.flags() & LexiconEntry.ARMED) != 0 && c.explicitSource && !subject.isEmpty()
            && !armed(a, subject)) {
          c.dropped = true; // يستهدف البرنامج الطلاب: an aim, not an attack
          return;
        }
        targets(a, c, frame, Math.max(subjEnd, c.last() + 1), sEnd, prev, pronSubject && pre == null);
      }
    } else {
      boolean possessive = (c.predFlags & TriggerMatcher.PRON) != 0;
      int[] preA = c.predKind == 'A' ? preverbalSubject(a, c) : null;
      if (preA != null && !startsWithTrigger(preA[0])) {
        // إن بلاده مستعدة للحوار: the subject of a nominal clause before its predicate adjective
        c.src.addAll(actors(a, preA[0], preA[1], prev));
        c.explicitSource = true;
      } else if (c.predKind == 'A') {
        Cand clause = previousClause(index);
        Cand speaker = clause == null ? null : speakerAbove(index, clause);
        if (speaker != null) {
          clause = speaker; // قال الناطق إن بكين ستفرض ...، مؤكدا: the speaker goes on, not the content's subject
        }
        Cand above = clause != null ? clause : prev;
        if (above != null && info.has(c.first(), TokenInfo.ART) && complementizerBetween(above.pred, c.first())) {
          // اعتقلت ... بعد أن خرج المحتجون للمطالبة: a definite noun of the clause after أن
        } else if (clause != null && clause.sentence == c.sentence) {
          c.src.addAll(clause.src);
        } else if (prev != null && prev.sentence == c.sentence) {
          c.src.addAll(prev.src);
        }
      } else if (possessive && prev != null) {
        if (isDualPronoun(a, c.pred)) {
          c.src.addAll(parties(prev));
        } else {
          c.src.addAll(prev.src);
        }
      }
      if (c.src.isEmpty() && c.predKind == 'N') {
        int k = c.first() - 1;
        int s0 = a.sentFirstToken[c.sentence];
        int np = 0;
        while (k >= s0 && np < 6 && isNpToken(a, k) && claimedBy[k] < 0 && !info.has(k, TokenInfo.INTENT)) {
          k--;
          np++;
        }
        if (k >= s0 && np > 0 && info.has(k, TokenInfo.INTENT)) {
          c.src.addAll(actors(a, k + 1, c.first(), prev));
          c.explicitSource = true;
        }
      }
      // a control or circumstantial construction carries the subject over (دون التوصل إلى اتفاق)
      if (c.src.isEmpty() && c.first() > a.sentFirstToken[c.sentence]
          && Words.NEGATING_NOUNS.contains(a.normBuf, a.tokNormStart[c.first() - 1],
              a.tokNormEnd[c.first() - 1] - a.tokNormStart[c.first() - 1])
          && prev != null && prev.sentence == c.sentence) {
        c.src.addAll(frame.joint() ? prev.src : prev.src);
        if (frame.joint()) {
          c.tgt.addAll(prev.tgt);
        }
      }
      // a subject standing in the gap of a phrase (إطلاق واشنطن سراح)
      int g = c.pos.length > 1 ? c.pos[0] + 1 : -1;
      if (g > 0 && c.pos[1] > g && c.src.isEmpty()
          && (info.entity[g] >= 0 || info.has(g, TokenInfo.TITLE) || isAgentNoun(a, g) || !info.has(g, TokenInfo.ART)
              && !info.has(g, TokenInfo.PREPOSITION | TokenInfo.PUNCT | TokenInfo.TIME) && c.pos[1] == g + 1
              // وقف دائم لإطلاق النار: the genitive with ل follows an adjective, not a subject
              && !info.has(c.pos[1], TokenInfo.PREP_L))) {
        int end = chunk(a, c.pos[0] + 1, c.pos[1], c);
        if (end > c.pos[0] + 1) {
          c.src.addAll(actors(a, c.pos[0] + 1, end, prev));
        }
      }
      int from = c.last() + 1;
      if (c.predKind == 'A') {
        from = c.pred + 1;
      }
      if (c.src.isEmpty() && c.predKind == 'N') {
        from = nominalSource(a, c, frame, from, sEnd, prev);
      }
      targets(a, c, frame, from, sEnd, prev, false);
    }
    if (c.code.startsWith("02") && !c.tgt.isEmpty() && isAllah(a, firstTokenAt(a, c.tgt.get(0)[0]))) {
      c.dropped = true; // داعيا الله: a prayer, not an appeal
      return;
    }
    if (c.aidArrival && !c.tgt.isEmpty()) {
      int[] t0 = c.tgt.get(0); // وصلت فرق الإنقاذ إلى مراكش: where the aid arrived
      c.loc = new int[] {t0[0], t0[1], t0[2]};
      c.tgt.clear();
    }
    if (c.code.startsWith("07") && c.loc == null) {
      c.loc = crossing(a, c); // عبر معبر باب الهوى: the crossing before the destination
    }
    if ((c.code.equals("042") || c.code.startsWith("07") || c.code.startsWith("08")) && c.tgtFromPrep
        && c.loc == null && !c.tgt.isEmpty()) {
      // the place a visit or aid goes to, and the place forces withdraw from, is where it happens
      // (a place visited as the object, زار الوزير بغداد, is the target only, as the annotation has it)
      int[] t0 = c.tgt.get(0);
      boolean place = t0[2] >= 0 ? info.nameType(t0[2]) == EntityType.LOC : c.code.equals("042");
      if (place && !c.code.startsWith("073") && c.code.startsWith("07")) {
        place = false;
      }
      if (place) {
        c.loc = new int[] {t0[0], t0[1], t0[2]};
        if (c.code.startsWith("08")) {
          c.tgt.remove(0); // انسحاب القوات من أفغانستان: a place withdrawn from is no party
        }
      }
    }
    if (c.loc == null) {
      c.loc = location(a, c);
    }
  }

  /** Whether a blocking rule's word follows the subject after the verb (see {@link #blockedAfterSubject}). */
  private boolean blockedAfterSubject(Analysis a, Cand c, int t, int sEnd) {
    List<String> ws = t >= sEnd ? null : blockedAfterSubject.get(c.rule);
    if (ws != null) {
      for (String w : ws) {
        if (isWord(a, t, w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The source of an event noun: its genitive ({@code برعاية الأمم المتحدة}) or a preposition. */
  private int nominalSource(Analysis a, Cand c, LexiconEntry.Frame frame, int from, int sEnd, Cand prev) {
    for (String place : frame.sources()) {
      if (place.equals("gen")) {
        // the genitive names the agent when it is a name or a person's title (برعاية الأمم المتحدة,
        // زيارة وفد إسرائيلي), not an adjective (زيارة تضامنية)
        if (from < sEnd && (c.predFlags & TriggerMatcher.PRON) == 0
            && (info.entity[from] >= 0 || info.has(from, TokenInfo.TITLE) || isAgentNoun(a, from))) {
          int end = chunk(a, from, sEnd, c);
          if (end > from && !startsWithTrigger(from)) {
            c.src.addAll(actors(a, from, end, prev));
            return end;
          }
        }
      } else {
        List<int[]> saved = new ArrayList<>(c.tgt);
        c.tgt.clear();
        prepositionTarget(a, c, place, from, Math.min(sEnd, from + 3), prev);
        c.src.addAll(c.tgt);
        c.tgt.clear();
        c.tgt.addAll(saved);
        c.tgtFromPrep = false;
      }
    }
    return from;
  }

  /**
   * Whether the stated subject of a movement verb (وصل، توجه) can make a visit: not a quantity or a
   * vehicle. Aid teams and convoys that arrive deliver aid: the event becomes 073.
   */
  private boolean official(Analysis a, Cand c, List<int[]> subject) {
    if (subject.isEmpty() || !c.explicitSource) {
      return false;
    }
    int[] s = subject.get(0);
    if (s[2] >= 0) {
      return info.nameType(s[2]) != EntityType.LOC;
    }
    int head = firstTokenAt(a, s[0]);
    if (head < 0 || info.has(head, TokenInfo.NUMBER)) {
      return false;
    }
    int hs = a.tokNormStart[head];
    int hl = a.tokNormEnd[head] - hs;
    if (Words.VEHICLES.contains(a.normBuf, hs, hl)) {
      return false;
    }
    if (Words.AID_CARRIERS.contains(a.normBuf, hs, hl)) {
      c.code = "073";
      c.src.clear();
      c.src.addAll(subject);
      c.aidArrival = true;
      return true;
    }
    // يصل سعر الإعلان إلى: a visit is made by an official, a delegation or a body, named by a title
    // or an entity; a bare noun arrives somewhere but does not visit
    return info.has(head, TokenInfo.TITLE | TokenInfo.HONORIFIC) || isAgentNoun(a, head) || isDelegation(a, head);
  }

  /**
   * Whether a stated subject can attack: forces, aircraft, gunmen, armed groups by their head noun, a
   * state or group by its name, or an actor the gazetteer codes as military, police, rebel or
   * insurgent.
   */
  private boolean armed(Analysis a, List<int[]> subject) {
    for (int[] s : subject) {
      if (s[2] >= 0 && info.nameType(s[2]) != EntityType.PER) {
        return true; // إسرائيل، حزب الله، الجيش الإسرائيلي
      }
      int head = firstTokenAt(a, s[0]);
      if (head >= 0 && isIn(a, head, Words.ARMED_HEADS)) {
        return true;
      }
      if (s.length >= 5) {
        ActorCode code = coder.code(a, s[3], s[4], coderScratch);
        String sec = code.sector().orElse("");
        if (sec.equals("MIL") || sec.equals("REB") || sec.equals("UAF") || sec.equals("COP")
            || sec.equals("SPY") || sec.equals("IMG")) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isDelegation(Analysis a, int t) {
    int st = a.tokNormStart[t] + ((info.get(t) & (TokenInfo.CONJ)) != 0 ? 1 : 0);
    int len = a.tokNormEnd[t] - st;
    return Words.DELEGATIONS.contains(a.normBuf, st, len);
  }

  private boolean isAgentNoun(Analysis a, int t) {
    int st = a.tokNormStart[t];
    int len = a.tokNormEnd[t] - st;
    return Words.AGENT_NOUNS.contains(a.normBuf, st, len);
  }

  private static int firstTokenAt(Analysis a, int offset) {
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
    return lo < a.tokenCount ? lo : -1;
  }

  /**
   * The last verbal event (a verb or a participle) before this one, in this sentence or the one
   * before; a dropped reading and a verb of a relative clause (الهجوم الذي استهدف مسجدا، ودعت) are
   * no clause a later verb continues.
   */
  private Cand previousClause(int index) {
    Cand c = cands.get(index);
    for (int j = index - 1; j >= 0 && j >= index - BACK; j--) {
      Cand p = cands.get(j);
      if (p.sentence < c.sentence - 1) {
        return null;
      }
      if (!p.nominal() && (p.rule.flags() & LexiconEntry.BLOCK) == 0 && !p.src.isEmpty() && !p.dropped
          && !(p.predKind == 'V' && relativeVerb(p.pred))) {
        return p;
      }
    }
    return null;
  }

  /**
   * The speech act whose reported content (after إن/أن) holds {@code clause}, in the same sentence,
   * or null: a circumstantial participle after the content continues the speaker.
   */
  private Cand speakerAbove(int index, Cand clause) {
    Cand c = cands.get(index);
    for (int j = index - 1; j >= 0 && j >= index - BACK; j--) {
      Cand q = cands.get(j);
      if (q.sentence != c.sentence) {
        return null;
      }
      if (q != clause && q.pred < clause.pred && q.predKind == 'V' && !q.dropped && !q.src.isEmpty()
          && q.code.startsWith("01") && complementizerBetween(q.pred, clause.first())) {
        return q;
      }
    }
    return null;
  }

  /** Whether the verb at {@code t} opens a relative clause (الذي استهدف، التي وقعها). */
  private boolean relativeVerb(int t) {
    return t > 0 && isIn(cur, t - 1, Words.RELATIVES);
  }

  /** The last event with two or more parties: what الجانبان or a dual verb refers to. */
  private Cand partiesAntecedent(int index) {
    Cand c = cands.get(index);
    for (int j = index - 1; j >= 0 && j >= index - BACK; j--) {
      Cand p = cands.get(j);
      if (p.sentence < c.sentence - 2) {
        return null;
      }
      if (p.src.size() + p.tgt.size() >= 2) {
        return p;
      }
    }
    return null;
  }

  /** The index of the first candidate (in text order) whose trigger starts at or after token {@code t}. */
  private int firstCandFrom(int t) {
    int lo = 0;
    int hi = cands.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cands.get(mid).first() < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The last event before token {@code t} with two or more parties (within two sentences). */
  private Cand partiesBefore(Analysis a, int t) {
    int sent = sentenceOf(a, t);
    int lo = firstCandFrom(t);
    for (int j = lo - 1; j >= 0 && j >= lo - BACK; j--) {
      Cand p = cands.get(j);
      if (p.sentence < sent - 2) {
        return null;
      }
      if (p.last() < t && p.src.size() + p.tgt.size() >= 2) {
        return p;
      }
    }
    return null;
  }

  /** A و-verb in the same sentence as a verb with a stated subject. */
  private boolean coordinatedAny(Analysis a, Cand c, Cand clause) {
    return clause != null && clause.sentence == c.sentence && clause.explicitSource
        && (c.predFlags & TriggerMatcher.CONJ) != 0 && a.normBuf[a.tokNormStart[c.pred]] == '\u0648';
  }

  /** A و-verb in the same sentence as the verb before it, with no new subject: the same subject. */
  private boolean coordinated(Analysis a, Cand c, Cand clause) {
    if (clause == null || clause.sentence != c.sentence || !clause.explicitSource
        || (c.predFlags & TriggerMatcher.CONJ) == 0 || a.normBuf[a.tokNormStart[c.pred]] != '\u0648') {
      return false;
    }
    // واستقبله الملك: with the object in a pronoun, the noun after the verb is its subject; not an
    // indefinite noun (واعتبرتها بادرة إيجابية: the predicate of the object)
    int n = c.pred + 1;
    boolean indefiniteNext = n < a.sentEndToken[c.sentence] && info.entity[n] < 0
        && !info.has(n, TokenInfo.ART | TokenInfo.TITLE | TokenInfo.PUNCT | TokenInfo.NUMBER)
        && a.tokKind[n] == org.khabar.TokenKind.ARABIC.ordinal() && !isAgentNoun(a, n);
    return c.pred > a.sentFirstToken[c.sentence] && ((c.predFlags & TriggerMatcher.PRON) == 0 || indefiniteNext);
  }

  /**
   * Event nouns with no source that hang on a verb of their sentence take its subject: a possessive
   * (خلال زيارته لطهران → the visitor who held the talks) or a purpose clause (جلسة لبحث، لاستئناف).
   */
  private void clauseSubjects(Analysis a) {
    for (int ci = 0; ci < cands.size(); ci++) {
      Cand c = cands.get(ci);
      if (c.dropped || !c.src.isEmpty() || c.predKind != 'N') {
        continue;
      }
      boolean possessive = (c.predFlags & TriggerMatcher.PRON) != 0;
      boolean purpose = purposeNoun(a, c.first());
      if (!possessive && !purpose) {
        continue;
      }
      Cand best = null;
      for (int vi = Math.max(0, ci - BACK); vi < Math.min(cands.size(), ci + BACK); vi++) {
        Cand v = cands.get(vi);
        if (v != c && !v.dropped && v.sentence == c.sentence && !v.nominal() && v.pred < c.first()
            && !v.src.isEmpty() && (best == null || v.pred > best.pred)) {
          best = v;
        }
        if (v != c && !v.dropped && v.sentence == c.sentence && v.predKind == 'V' && v.rule.elements().size() > 1
            && v.pred < c.first() && v.last() > c.last() && !v.src.isEmpty()) {
          best = v; // a light verb whose pattern spans the noun (أجرى ... خلال زيارته ... محادثات)
          break;
        }
      }
      if (best != null && purpose && complementizerBetween(best.pred, c.first())) {
        best = null; // اعتقلت ... بعد أن خرج المحتجون للمطالبة: the purpose of the clause after أن
      }
      if (best != null) {
        c.src.addAll(best.src);
      }
    }
  }

  private Cand previous(int index) {
    for (int j = index - 1; j >= 0 && j >= index - BACK; j--) {
      Cand p = cands.get(j);
      if (!p.dropped && (!p.src.isEmpty() || !p.tgt.isEmpty())) {
        return p;
      }
    }
    return null;
  }

  private static List<int[]> parties(Cand p) {
    if (p.code.equals("045") && p.tgt.size() >= 2) {
      return new ArrayList<>(p.tgt); // توسطت عمان بين واشنطن وطهران ... الطرفان: the mediated parties
    }
    List<int[]> l = new ArrayList<>(p.src);
    for (int[] t : p.tgt) {
      if (!contains(l, t)) {
        l.add(t);
      }
    }
    return l;
  }

  private static boolean contains(List<int[]> l, int[] x) {
    for (int[] y : l) {
      if (y[0] == x[0] && y[1] == x[1]) {
        return true;
      }
    }
    return false;
  }

  private boolean isDualPronoun(Analysis a, int t) {
    int e = a.tokNormEnd[t];
    return e - a.tokNormStart[t] > 4 && a.normBuf[e - 3] == '\u0647' && a.normBuf[e - 2] == '\u0645'
        && a.normBuf[e - 1] == '\u0627'
        || e - a.tokNormStart[t] > 4 && a.normBuf[e - 2] == '\u0647' && a.normBuf[e - 1] == '\u0645';
  }

  private boolean startsWithTrigger(int t) {
    return claimedBy[t] >= 0 && !ownNoun(cands.get(claimedBy[t]), t);
  }

  /**
   * Whether the verb's subject is the pronoun attached to the complementizer right before it
   * ({@code أنه سيزور}, {@code إنها قد وقعت}).
   */
  private boolean pronounBeforeVerb(Analysis a, Cand c) {
    int p = c.first() - 1;
    int s0 = a.sentFirstToken[c.sentence];
    if (p >= s0 && isWord(a, p, W11)) {
      p--; // أنه قد
    }
    if (p < s0 || !info.has(p, TokenInfo.COMPLEMENTIZER)) {
      return false;
    }
    int g1 = a.segFirst[p + 1];
    return g1 - a.segFirst[p] > 1 && (a.segInfo[g1 - 1] & 0xff) == org.khabar.SegmentKind.PRON.ordinal();
  }

  /** An NP between a complementizer (أن، إن) or the sentence start and the verb. */
  private int[] preverbalSubject(Analysis a, Cand c) {
    int p = c.first();
    int s0 = a.sentFirstToken[c.sentence];
    for (int k = 0; k < 2 && p - 1 >= s0; k++) {
      if (isWord(a, p - 1, W11) || info.has(p - 1, TokenInfo.FUTURE_WORD)
          || info.has(p - 1, TokenInfo.NEGATOR) && !info.has(p - 1, TokenInfo.CONJ)) {
        p--; // كانت السلطات قد اعتقلت؛ أن الطرفين سوف يستأنفان، لم يتفقا، لن يشاركوا
      } else {
        break;
      }
    }
    int j = p - 1;
    int n = 0;
    while (j >= s0 && n < 8 && isNpToken(a, j) && !info.has(j, TokenInfo.TIME) && claimedBy[j] < 0) {
      j--;
      n++;
    }
    if (n == 0) {
      return null;
    }
    if (j < s0 && !(info.has(j + 1, TokenInfo.ART | TokenInfo.DUAL_ANAPHOR | TokenInfo.NUMBER)
        || info.entity[j + 1] >= 0)) {
      return null; // a sentence opens with a verb far more often than with a bare noun
    }
    if (j < s0 || info.has(j, TokenInfo.COMPLEMENTIZER)
        || Words.CLAUSE_OPENERS.contains(a.normBuf, a.tokNormStart[j], a.tokNormEnd[j] - a.tokNormStart[j])
        || Words.PAST_AUX.contains(a.normBuf, a.tokNormStart[j], a.tokNormEnd[j] - a.tokNormStart[j])) {
      return new int[] {j + 1, p};
    }
    return null;
  }

  private boolean isNpToken(Analysis a, int t) {
    int f = info.get(t);
    if ((f & (TokenInfo.PUNCT | TokenInfo.PREPOSITION | TokenInfo.PARTICLE | TokenInfo.NEGATOR
        | TokenInfo.COMPLEMENTIZER | TokenInfo.LONE_CONJ | TokenInfo.INTENT | TokenInfo.FUTURE_WORD)) != 0) {
      return (f & TokenInfo.LONE_CONJ) != 0 || (f & TokenInfo.QUOTE) != 0;
    }
    return (f & TokenInfo.NUMBER) != 0 || a.tokKind[t] == org.khabar.TokenKind.ARABIC.ordinal()
        || a.tokKind[t] == org.khabar.TokenKind.LATIN.ordinal();
  }

  /** Skips time words and comma-delimited adverbials ({@code ، الخميس،} / {@code ، مساء الجمعة بالقاهرة،}). */
  private int skipAdverbials(Analysis a, int i, int end) {
    if (i < end && i > 0 && claimedBy[i - 1] >= 0 && cands.get(claimedBy[i - 1]).pred == i - 1
        && cands.get(claimedBy[i - 1]).predKind == 'V' && pronounPreposition(a, i)) {
      i++; // أفرجت عنهم إيران، توسطت فيها قطر: a pronoun's preposition before the subject
    }
    while (i < end) {
      if (info.has(i, TokenInfo.TIME) && info.entity[i] < 0) {
        i++;
        continue;
      }
      int e = info.entity[i];
      if (e >= 0 && info.has(i, TokenInfo.PREP_B) && info.nameType(e) == EntityType.LOC) {
        while (i < end && info.entity[i] == e) {
          i++; // بالقاهرة: a place adverbial
        }
        continue;
      }
      if (info.has(i, TokenInfo.PREPOSITION) && i + 1 < end && info.has(i + 1, TokenInfo.TIME)
          && info.entity[i + 1] < 0) {
        i += 2; // في أيار الماضي، خلال الأسبوع
        continue;
      }
      if (info.has(i, TokenInfo.COMMA)) {
        int j = i + 1;
        boolean pp = false;
        int n = 0;
        while (j < end && !info.has(j, TokenInfo.COMMA) && n < 8) {
          int f = info.get(j);
          if ((f & (TokenInfo.TIME | TokenInfo.NUMBER)) != 0) {
            // fine
          } else if ((f & TokenInfo.PREPOSITION) != 0 || (f & (TokenInfo.PREP_B)) != 0) {
            pp = true;
          } else if (!pp) {
            break;
          }
          if (claimedBy[j] >= 0) {
            break;
          }
          j++;
          n++;
        }
        if (j < end && info.has(j, TokenInfo.COMMA) && n > 0) {
          i = j + 1;
          continue;
        }
        return i;
      }
      return i;
    }
    return i;
  }

  /** A preposition carrying an attached pronoun: عنهم، فيها، معه، له. */
  private boolean pronounPreposition(Analysis a, int t) {
    int g0 = a.segFirst[t];
    int g1 = a.segFirst[t + 1];
    return g1 - g0 >= 2 && (a.segInfo[g1 - 1] & 0xff) == org.khabar.SegmentKind.PRON.ordinal()
        && info.has(t, TokenInfo.PREPOSITION) && !info.has(t, TokenInfo.PUNCT);
  }

  /**
   * The end (exclusive) of the noun phrase starting at {@code i}, or {@code i} when none starts
   * there.
   */
  private int chunk(Analysis a, int i, int limit, Cand c) {
    int t = i;
    while (t < limit && info.has(t, TokenInfo.QUOTE)) {
      t++;
    }
    if (t >= limit || !startsNp(a, t)) {
      return i;
    }
    int n = 0;
    int u = t + 1;
    boolean afterConj = false;
    while (u < limit && n < MAX_NP) {
      int f = info.get(u);
      if ((f & TokenInfo.LONE_CONJ) != 0) {
        afterConj = true;
        u++;
        continue;
      }
      if ((f & TokenInfo.QUOTE) != 0) {
        if (afterConj) {
          u++;
          continue;
        }
        // a quoted name inside the phrase continues it only when it closes right after a word
        break;
      }
      if (n == 0 && u == t + 1 && (f & TokenInfo.PREP_B) != 0 && stemIs(a, u, W20) && isIn(a, t, Words.SPOKESMEN)
          && u + 1 < limit && startsNp(a, u + 1)) {
        u++; // الناطق باسم الخارجية الصينية: the body a spokesman speaks for is in the phrase
        afterConj = true;
        continue;
      }
      if (n == 0 && u == t + 1 && (f & TokenInfo.PREPOSITION) != 0 && isDelegation(a, t)
          && (isWord(a, u, W12) || isWord(a, u, W9)) && u + 1 < limit && startsNp(a, u + 1)) {
        u++; // وفد من طالبان، ممثلين عن الصين
        afterConj = true;
        continue;
      }
      if ((f & TokenInfo.PREP_B) != 0 || isWord(a, u, W10) || isWord(a, u, W18) || isWord(a, u, W19)) {
        int k = officeArea(a, t, u, limit);
        if (k > u) {
          n += k - u; // مدير التعليم بمنطقة الباحة سعيد بن محمد: the office's area, then its holder
          u = k;
          afterConj = true; // the holder's name goes on the phrase
          continue;
        }
      }
      if ((f & (TokenInfo.PUNCT | TokenInfo.PREPOSITION | TokenInfo.PARTICLE | TokenInfo.NEGATOR
          | TokenInfo.COMPLEMENTIZER | TokenInfo.INTENT | TokenInfo.FUTURE_WORD | TokenInfo.FUT_VERB)) != 0
          && (info.entity[u] < 0 || info.entity[u] == info.entity[u - 1] && (f & TokenInfo.PUNCT) != 0)
          && !(info.has(u - 1, TokenInfo.HONORIFIC | TokenInfo.NAME_LINK) && nameLookalike(a, u))) {
        break; // a closed-class word, unless a name's (بان كي مون، د. علي، الشيخ علي)
      }
      if ((f & TokenInfo.TIME) != 0 && info.entity[u] < 0
          && ((f & TokenInfo.TIMEX) != 0 || !info.has(u - 1, TokenInfo.HONORIFIC | TokenInfo.NAME_LINK))) {
        break; // a time word, unless a name's (الشيخ جمعة); a time expression always
      }
      if ((f & TokenInfo.PREP_B) != 0
          || (f & TokenInfo.PREP_L) != 0 && (f & TokenInfo.ART) == 0 && !genitiveLam(a, t, u)) {
        break; // بالقاهرة، لطهران: a prepositional phrase (للأمم المتحدة, a genitive, goes on)
      }
      if (claimedBy[u] >= 0) {
        break;
      }
      if (!afterConj && (f & TokenInfo.CONJ) == 0 && newPhraseStarts(a, t, u)) {
        break;
      }
      afterConj = false;
      u++;
      n++;
    }
    // trim a trailing quote or lone conjunction
    while (u > t + 1 && (info.has(u - 1, TokenInfo.QUOTE) || info.has(u - 1, TokenInfo.LONE_CONJ))) {
      u--;
    }
    return u;
  }

  /**
   * The area or body of an office inside a title phrase that names no one yet and is followed by
   * the holder's name: {@code مدير التعليم بمنطقة الباحة سعيد بن محمد}, {@code الممثل الأعلى في
   * الاتحاد الأوروبي جوزيب بوريل}, {@code المبعوث الأممي إلى اليمن هانس غروندبرغ}; {@code محافظ جازان
   * في الرياض} is not (no name follows). Returns the token after the area when the name follows it,
   * else {@code u}.
   */
  private int officeArea(Analysis a, int t, int u, int limit) {
    if (!titleHeaded(t) || named(t, u) || apposedName(a, t, u) >= 0) {
      return u;
    }
    int p = info.has(u, TokenInfo.PREP_B) ? u : u + 1; // بمنطقة / في منطقة
    if (p >= limit) {
      return u;
    }
    int k;
    if (info.entity[p] >= 0 && info.nameType(info.entity[p]) != EntityType.PER) {
      k = p;
      while (k < limit && info.entity[k] == info.entity[p]) {
        k++;
      }
    } else if (isIn(a, p, Words.ADMIN_HEADS) && p + 1 < limit) {
      k = p + 2; // the unit's name: one word
    } else {
      return u;
    }
    if (k < limit && info.has(k, TokenInfo.HONORIFIC)) {
      return k; // بجازان الشيخ أحمد
    }
    if (k >= limit || a.tokKind[k] != org.khabar.TokenKind.ARABIC.ordinal()
        || info.has(k, TokenInfo.ART | TokenInfo.TITLE | TokenInfo.PUNCT | TokenInfo.PREPOSITION
            | TokenInfo.PARTICLE | TokenInfo.TIME | TokenInfo.CONJ | TokenInfo.PREP_B | TokenInfo.PREP_L
            | TokenInfo.NUMBER | TokenInfo.ACCUSATIVE) || claimedBy[k] >= 0) {
      return u;
    }
    return k;
  }

  /**
   * The ل of possession after an office: {@code الأمين العام لمجلس التعاون}, {@code المبعوث الخاص
   * لسوريا}. The phrase so far is headed by a title or a body, its last word is definite, and the
   * word after ل is no time or abstract noun.
   */
  private boolean genitiveLam(Analysis a, int from, int u) {
    if (!info.has(u - 1, TokenInfo.ART | TokenInfo.TITLE) || info.has(u, TokenInfo.TIME | TokenInfo.NON_ACTOR)
        || claimedBy[u] >= 0) {
      return false;
    }
    for (int k = from; k < u; k++) {
      if (info.has(k, TokenInfo.TITLE) || isAgentNoun(a, k)) {
        return true;
      }
    }
    return false;
  }

  /** A noun element of the event's own pattern outside its trigger (طائرات in قصفت طائرات). */
  private boolean ownNoun(Cand c, int t) {
    if (c == null || claimedBy[t] < 0 || cands.get(claimedBy[t]) != c) {
      return false;
    }
    for (int k = 0; k < c.pos.length; k++) {
      if (c.pos[k] == t) {
        LexiconEntry.Element e = c.rule.elements().get(k);
        return e.kind() == 'N' && !e.trigger() && t != c.pred && k > 0
            && c.rule.elements().stream().anyMatch(LexiconEntry.Element::trigger);
      }
    }
    return false;
  }

  private boolean startsNp(Analysis a, int t) {
    int f = info.get(t);
    if ((f & TokenInfo.PARTICLE) != 0 && t + 1 < info.count && info.has(t + 1, TokenInfo.ART)
        && !info.has(t + 1, TokenInfo.PUNCT | TokenInfo.PREP_B | TokenInfo.PREP_L) && isIn(a, t, Words.QUANTIFIERS)) {
      return true; // طالبت جميع الأطراف: a quantifier heads the phrase
    }
    if ((f & (TokenInfo.PUNCT | TokenInfo.PREPOSITION | TokenInfo.PARTICLE | TokenInfo.NEGATOR
        | TokenInfo.COMPLEMENTIZER | TokenInfo.LONE_CONJ | TokenInfo.INTENT | TokenInfo.FUTURE_WORD
        | TokenInfo.FUT_VERB)) != 0) {
      return false;
    }
    if ((f & TokenInfo.TIME) != 0 && info.entity[t] < 0) {
      return false;
    }
    if ((f & (TokenInfo.PREP_B | TokenInfo.PREP_L)) != 0) {
      return false;
    }
    return (f & TokenInfo.NUMBER) != 0 || a.tokKind[t] == org.khabar.TokenKind.ARABIC.ordinal()
        || a.tokKind[t] == org.khabar.TokenKind.LATIN.ordinal();
  }

  /**
   * Whether token {@code u} starts a new phrase after the words before it (no conjunction between),
   * in a phrase that started at {@code t}.
   */
  private boolean newPhraseStarts(Analysis a, int t, int u) {
    int prev = u - 1;
    int ep = info.entity[prev];
    int eu = info.entity[u];
    if (eu >= 0 && ep >= 0 && eu != ep && info.nameType(eu) == EntityType.PER && info.nameType(ep) != EntityType.PER
        && titleHeaded(t) && !named(t, prev)) {
      return false; // رئيس تيار المستقبل سعد الحريري: the office's holder after its body
    }
    if (eu >= 0 && ep >= 0 && eu != ep) {
      // two entities side by side: a person after an organization is its member (وزير ... في حكومة طالبان أمير خان متقي)
      return true;
    }
    if (ep >= 0 && eu < 0 && info.nameType(ep) == EntityType.PER && info.has(u, TokenInfo.ART)) {
      return true;
    }
    if (ep >= 0 && eu < 0 && info.nameType(ep) == EntityType.PER && info.has(u, TokenInfo.TITLE)) {
      // an office after a person's name: it heads the object when another person's name follows it
      // (استقبل السيسي وزير الخارجية الأمريكي أنتوني بلينكن); it is the name's own (apposition) when a
      // comma sets it off (استقبل محمد بن سلمان ولي العهد رئيس مجلس الوزراء، في ...، وزير الخارجية) or
      // نظيره follows it (التقى سامح شكري وزير الخارجية المصري نظيره الأردني)
      int end = officeEnd(u, ep);
      if (end == OFFICE_THEN_PERSON) {
        return true;
      }
      if (end == OFFICE_THEN_COMMA || end == OFFICE_THEN_COUNTERPART) {
        return false;
      }
    }
    if (ep >= 0 && eu < 0 && info.nameType(ep) != EntityType.PER && info.has(prev, TokenInfo.NISBA) && !info.has(u, TokenInfo.ART | TokenInfo.NISBA | TokenInfo.ADJECTIVE
            | TokenInfo.TITLE | TokenInfo.HONORIFIC | TokenInfo.NAME_LINK | TokenInfo.NUMBER)
        && a.tokKind[u] == org.khabar.TokenKind.ARABIC.ordinal() && info.has(prev, TokenInfo.ART) && !titleHeaded(t)) {
      // طردت الحكومة الهولندية دبلوماسيين: an indefinite noun after a complete definite name (not an
      // office's holder: منسق الاتحاد الأوروبي إنريكي مورا)
      return true;
    }
    if (eu >= 0 && ep < 0 && info.nameType(eu) != EntityType.PER && info.has(prev, TokenInfo.ART)
        && !isIn(a, prev, Words.ADMIN_HEADS) && !isIn(a, prev, Words.FACILITY_HEADS)
        && (!info.has(prev, TokenInfo.NISBA | TokenInfo.ADJECTIVE)
            || info.nameType(eu) == EntityType.LOC && info.has(prev, TokenInfo.NISBA))) {
      // زار الوزير بغداد، زار الوفد طهران: a place or body after a complete definite phrase; a place
      // after a nationality adjective (زار وزير الخارجية المصري الأردن)
      return true;
    }
    if (info.has(prev, TokenInfo.NAME_LINK) || eu >= 0 && eu == ep) {
      return false;
    }
    if (info.has(u, TokenInfo.ACCUSATIVE) && !info.has(prev, TokenInfo.NUMBER | TokenInfo.TITLE) && eu < 0
        && (endsWithWaw(a, prev) || isAgentNoun(a, u)
            || info.has(prev, TokenInfo.ART) && !info.has(prev, TokenInfo.HONORIFIC) && ep < 0)) {
      return true; // اختطف مسلحون موظفا أمميا، ستناقش اللجنة عددا: the accusative ending marks the object
    }
    if (endsWithWaw(a, prev) && endsWithYaNoon(a, u) && eu < 0 && ep < 0 && !info.has(u, TokenInfo.ART)) {
      return true; // اختطف مسلحون مجهولون موظفين: a nominative plural, then an oblique one starts the object
    }
    if (info.has(prev, TokenInfo.DUAL_ANAPHOR) && ep < 0 && !info.has(u, TokenInfo.NISBA)) {
      return true; // الجانبان is a whole phrase (المسؤولين المصريين, a plural, goes on)
    }
    if (eu < 0 && !info.has(u, TokenInfo.ART) && imperfectPlural(a, u)) {
      return true; // أربعة أشخاص ينتمون إلى: a verb of a relative clause
    }
    if (eu < 0 && ep < 0 && !info.has(u, TokenInfo.ART) && !info.has(prev, TokenInfo.ART | TokenInfo.TITLE)
        && imperfect(a, u, true)) {
      return true; // خمسة أشخاص يشتبه في انتمائهم: an indefinite noun's relative clause starts with its verb
    }
    if (info.has(u, TokenInfo.COUNTERPART | TokenInfo.DUAL_ANAPHOR) && eu < 0) {
      return true; // التقى الوزير نظيره القطري
    }
    if (info.has(u, TokenInfo.NUMBER) && !info.has(prev, TokenInfo.NUMBER)) {
      return true; // استقبلت مصر 14.9 مليون سائح: a quantity starts the object
    }
    if (info.has(u, TokenInfo.NON_ACTOR) && eu < 0) {
      return true; // وقّعت ... والإمارات مذكرة: the object starts
    }
    // دعا الرئيس المعارضة; انتقدت الحكومة التقرير: a definite title or body alone, then its object
    if (info.has(u, TokenInfo.ART) && !info.has(u, TokenInfo.ADJECTIVE | TokenInfo.NISBA | TokenInfo.PREP_L) && eu < 0
        && info.has(prev, TokenInfo.ART) && (info.has(prev, TokenInfo.TITLE) || isAgentNoun(a, prev))
        && (prev == 0 || !info.has(prev - 1, TokenInfo.TITLE | TokenInfo.ART) || claimedBy[prev - 1] >= 0)) {
      return true;
    }
    // منظمات حقوقية استمرار; طائرات حربية مواقع: after an indefinite nationality or kind adjective
    if (!info.has(u, TokenInfo.ART | TokenInfo.NISBA | TokenInfo.ADJECTIVE | TokenInfo.PREP_L) && eu < 0
        && !info.has(prev, TokenInfo.ART) && endsWithYa(a, prev) && !endsWithYa(a, u)
        && !(prev > t && info.has(prev - 1, TokenInfo.TITLE)) // وزراء خارجية دول الخليج: a noun after a title
        && a.tokKind[u] == org.khabar.TokenKind.ARABIC.ordinal()) {
      return true;
    }
    // ناقش المجلس جملة، أكدت اللجنة أهمية: a body named by a definite noun takes no name after it
    if (!info.has(u, TokenInfo.ART | TokenInfo.NISBA | TokenInfo.ADJECTIVE | TokenInfo.PREP_L) && eu < 0 && ep < 0
        && info.has(prev, TokenInfo.ART) && isAgentNoun(a, prev) && !info.has(prev, TokenInfo.TITLE) && !titleHeaded(t)
        && a.tokKind[u] == org.khabar.TokenKind.ARABIC.ordinal()) {
      return true;
    }
    // الرئيس وفد المعارضة: a body in construct after a complete definite phrase
    if (!info.has(u, TokenInfo.ART) && isAgentNoun(a, u) && info.has(prev, TokenInfo.ART) && eu < 0) {
      return true;
    }
    boolean nameBefore = !info.has(prev, TokenInfo.ART) || isAllah(a, prev);
    if (info.has(u, TokenInfo.ART) && !isAllah(a, u) && !info.has(u, TokenInfo.HONORIFIC | TokenInfo.ADJECTIVE)
        && !info.has(u, TokenInfo.NISBA) && eu < 0) {
      // الحكومة العراقية الجيش التركي: a definite noun after a nationality adjective
      if (info.has(prev, TokenInfo.NISBA | TokenInfo.ADJECTIVE) && info.has(prev, TokenInfo.ART)
          && !info.has(u, TokenInfo.PREP_L)) {
        return true;
      }
      // رئيس الوزراء العاصمة: a title, its genitive, then a new definite noun
      if (info.has(prev, TokenInfo.ART) && !isAllah(a, prev) && prev - 1 >= 0 && info.has(prev - 1, TokenInfo.TITLE)
          && !info.has(u, TokenInfo.PREP_L)) {
        return true;
      }
      // نجيب ميقاتي الجيش الإسرائيلي: a definite noun after a name of two words in a phrase that had one
      if (nameBefore && prev - 1 >= 0 && (!info.has(prev - 1, TokenInfo.ART) || isAllah(a, prev - 1))
          && !info.has(prev - 1, TokenInfo.TITLE | TokenInfo.PUNCT | TokenInfo.PREPOSITION)
          && !info.has(prev, TokenInfo.TITLE) && definiteBefore(a, prev - 1) && !info.has(u, TokenInfo.PREP_L)) {
        return true;
      }
    }
    if (info.has(u, TokenInfo.TITLE) && !info.has(prev, TokenInfo.TITLE) && !info.has(prev, TokenInfo.ART)
        && !info.has(prev, TokenInfo.NUMBER) && (ep >= 0 || (stemBits(a, prev) & StemInfo.NOUN) == 0)) {
      // a title after a name: ماكرون الرئيس ميشال عون; but not after a title's complement: أمير قطر الشيخ,
      // nor after a common noun no entity covers, in construct with the title: مكتب رئيس الوزراء
      return prev - 1 < 0 || !info.has(prev - 1, TokenInfo.TITLE) || ep >= 0 && info.nameType(ep) == EntityType.PER;
    }
    return false;
  }









  /** Whether token {@code t} is قد (alone or after و or ف). */
  private static boolean isQad(Analysis a, int t) {
    int s = a.tokNormStart[t];
    int len = a.tokNormEnd[t] - s;
    if (len == 3 && (a.normBuf[s] == '\u0648' || a.normBuf[s] == '\u0641')) {
      s++;
      len--;
    }
    return len == 2 && a.normBuf[s] == '\u0642' && a.normBuf[s + 1] == '\u062F';
  }



  /** A word shaped as an imperfect verb with a plural or dual subject suffix: ينتمون، يطالبون، يعانيان. */
  private static boolean imperfectPlural(Analysis a, int t) {
    int s = a.tokNormStart[t];
    int e = a.tokNormEnd[t];
    return e - s >= 5 && a.segFirst[t + 1] - a.segFirst[t] == 1 && a.normBuf[s] == '\u064A'
        && a.normBuf[e - 1] == '\u0646' && (a.normBuf[e - 2] == '\u0648' || a.normBuf[e - 2] == '\u0627');
  }

  /** An indefinite feminine or plural nisba: حقوقية، حربية (MATCH: ـيه). */
  private static boolean endsWithYa(Analysis a, int t) {
    int e = a.tokNormEnd[t];
    return e - a.tokNormStart[t] >= 4 && a.normBuf[e - 2] == '\u064A' && a.normBuf[e - 1] == '\u0647';
  }

  /** A nominative sound plural (مسلحون، المتمردون): the phrase is complete. */
  /** A sound plural or dual in the oblique case: ends in ين (and is no short name like حسين). */
  private static boolean endsWithYaNoon(Analysis a, int t) {
    int e = a.tokNormEnd[t];
    return e - a.tokNormStart[t] >= 5 && a.normBuf[e - 2] == '\u064A' && a.normBuf[e - 1] == '\u0646';
  }

  private static boolean endsWithWaw(Analysis a, int t) {
    int e = a.tokNormEnd[t];
    return e - a.tokNormStart[t] >= 4 && a.normBuf[e - 2] == '\u0648' && a.normBuf[e - 1] == '\u0646';
  }

  private boolean isAllah(Analysis a, int t) {
    int s = a.tokNormStart[t];
    int len = a.tokNormEnd[t] - s;
    return len == 4 && a.normBuf[s] == '\u0627' && a.normBuf[s + 1] == '\u0644' && a.normBuf[s + 2] == '\u0644'
        && a.normBuf[s + 3] == '\u0647';
  }

  /** Whether a definite word stands in the phrase before token {@code t} (within a few words). */
  private boolean definiteBefore(Analysis a, int t) {
    for (int k = t - 1; k >= 0 && k >= t - 6; k--) {
      if (info.has(k, TokenInfo.PUNCT | TokenInfo.PREPOSITION | TokenInfo.PARTICLE) || claimedBy[k] >= 0) {
        return false;
      }
      if (info.has(k, TokenInfo.ART) && !isAllah(a, k)) {
        return true;
      }
    }
    return false;
  }

  /** Splits the phrase into coordinated actors and picks, in each, the entity that names it. */
  private List<int[]> actors(Analysis a, int from, int to, Cand prev) {
    List<int[]> out = new ArrayList<>();
    int cs = from;
    for (int t = from + 1; t <= to; t++) {
      boolean split = t == to || info.has(t, TokenInfo.LONE_CONJ)
          || info.has(t, TokenInfo.CONJ) && !info.has(t - 1, TokenInfo.LONE_CONJ)
          && (info.entity[t] < 0 || info.entity[t] != info.entity[t - 1]);
      if (!split) {
        continue;
      }
      if (t < to && info.has(t, TokenInfo.TITLE) && titleHeaded(cs) && !named(cs, t)) {
        continue; // نائب رئيس الوزراء ووزير الخارجية الشيخ محمد: two offices of one person
      }
      if (t < to && info.has(t, TokenInfo.CONJ) && info.has(t, TokenInfo.ART) && info.entity[t] < 0
          && !info.has(cs, TokenInfo.ART) && info.entity[cs] < 0 && t - cs >= 2 && info.has(cs + 1, TokenInfo.ART)
          && !info.has(t, TokenInfo.DUAL_ANAPHOR | TokenInfo.TITLE) && !isAgentNoun(a, t)) {
        continue; // وزارة الموارد المائية والري، دائرة الأرصاد الجوية والمسح الجيولوجي: genitives of one head
      }
      conjunct(a, cs, t, prev, out);
      cs = t;
    }
    return out;
  }

  private void conjunct(Analysis a, int from, int to, Cand prev, List<int[]> out) {
    while (from < to && (info.has(from, TokenInfo.LONE_CONJ) || info.has(from, TokenInfo.QUOTE))) {
      from++;
    }
    while (to > from && (info.has(to - 1, TokenInfo.QUOTE) || info.has(to - 1, TokenInfo.PUNCT))) {
      to--;
    }
    if (from >= to) {
      return;
    }
    // الجانبان names the parties before; المسؤولين المصريين (a plural, spelled as the dual) names its own
    Cand dual = info.has(from, TokenInfo.DUAL_ANAPHOR) && to - from == 1
        && !(from + 1 < info.count && info.has(from + 1, TokenInfo.NISBA)) ? partiesBefore(a, from) : null;
    if (dual != null) {
      for (int[] p : parties(dual)) {
        if (!contains(out, p)) {
          out.add(p);
        }
      }
      return;
    }
    if (to - from == 1 && info.has(from, TokenInfo.ART) && info.entity[from] < 0
        && !info.has(from, TokenInfo.DUAL_ANAPHOR | TokenInfo.NON_ACTOR | TokenInfo.NISBA)) {
      int[] ante = antecedentByHead(a, from);
      if (ante != null) {
        if (!contains(out, ante)) {
          out.add(ante); // نفت القوات: the actor named before with the same head (قوات الدعم السريع)
        }
        return;
      }
    }
    if (info.has(from, TokenInfo.NON_ACTOR) && info.entity[from] < 0) {
      return;
    }
    int per = -1;
    int other = -1;
    for (int t = from; t < to; t++) {
      int e = info.entity[t];
      if (e < 0) {
        continue;
      }
      if (info.nameType(e) == EntityType.PER) {
        per = e;
      } else if (other < 0) {
        other = e;
      }
    }
    int pick = per >= 0 ? per : other;
    // an actor: its span, the name that gives it (or -1 for the phrase), and the phrase's tokens,
    // which the actor coder reads (وزير الخارجية المصري سامح شكري: the span is the person)
    if (per < 0 && titleHeaded(from)) {
      // an office names a person: the name in apposition after it (منسق الاتحاد الأوروبي إنريكي
      // مورا), else the whole phrase, not the body of the office (الأمين العام للأمم المتحدة)
      int ns = apposedName(a, from, to);
      int start = ns >= 0 ? info.stem(ns) : info.stem(from);
      int end = ns >= 0 ? a.tokEnd[nameEnd(a, ns, to) - 1] : a.tokEnd[to - 1];
      // the coder reads the office (الرئيس الفرنسي), not the unknown name after it, whose words may
      // spell a known one (صالح)
      int[] x = {start, end, -1, from, ns >= 0 ? ns : to};
      if (start < end && !contains(out, x)) {
        out.add(x);
      }
      return;
    }
    if (pick >= 0) {
      int[] x = {info.nameStart(pick), info.nameEnd(pick), pick, from, to};
      if (!contains(out, x)) {
        out.add(x);
      }
      return;
    }
    int start = info.stem(from);
    int end = a.tokEnd[to - 1];
    if (start < end) {
      int[] x = {start, end, -1, from, to};
      if (!contains(out, x)) {
        out.add(x);
      }
    }
  }

  /**
   * The actor a bare definite noun refers back to: the latest actor of an event before it (within
   * two sentences) whose phrase has the same head noun and says more (القوات → قوات الدعم السريع،
   * الجماعة → جماعة الحوثي، الوزير → وزير الخارجية سامح شكري); or null.
   */
  private int[] antecedentByHead(Analysis a, int t) {
    int sent = sentenceOf(a, t);
    int lo = firstCandFrom(t);
    for (int j = lo - 1; j >= 0 && j >= lo - BACK; j--) {
      Cand p = cands.get(j);
      if (p.dropped && p.mergedInto == null) {
        continue;
      }
      if (p.sentence < sent - 2) {
        return null;
      }
      for (int r = 0; r < 2; r++) {
        List<int[]> l = r == 0 ? p.src : p.tgt;
        for (int[] x : l) {
          if (x.length >= 5 && x[3] < t && x[3] >= 0 && (x[4] - x[3] > 1 || x[2] >= 0) && sameStem(a, x[3], t)) {
            return x;
          }
        }
      }
    }
    return null;
  }

  /** Whether two tokens have the same stem segment (قوات and القوات). */
  private static boolean sameStem(Analysis a, int t, int u) {
    int gt = stemSegment(a, t);
    int gu = stemSegment(a, u);
    if (gt < 0 || gu < 0) {
      return false;
    }
    int st = a.segNormStart[gt];
    int su = a.segNormStart[gu];
    int len = a.segNormEnd[gt] - st;
    if (len != a.segNormEnd[gu] - su || len < 3) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (a.normBuf[st + i] != a.normBuf[su + i]) {
        return false;
      }
    }
    return true;
  }

  private static int stemSegment(Analysis a, int t) {
    for (int g = a.segFirst[t]; g < a.segFirst[t + 1]; g++) {
      if ((a.segInfo[g] & 0xff) == org.khabar.SegmentKind.STEM.ordinal()) {
        return g;
      }
    }
    return -1;
  }

  /**
   * A document as subject with its issuer named after it ({@code بيان صادر عن قيادة الجيش}, {@code
   * تقرير من الأمم المتحدة}): the issuer's phrase, or null.
   */
  private int[] issuer(Analysis a, int from, int end, int sEnd, Cand c) {
    if (!isIn(a, from, Words.DOCUMENTS)) {
      return null;
    }
    int k = end;
    if (k < sEnd && (isWord(a, k, W9) || isWord(a, k, W12)) && k + 1 < sEnd) {
      int e = chunk(a, k + 1, sEnd, c);
      return e > k + 1 ? new int[] {k + 1, e} : null;
    }
    return null;
  }

  /** علي written with ي: the name, which the matching level spells like the preposition على. */
  private static boolean nameLookalike(Analysis a, int t) {
    int s = a.tokNormStart[t];
    return a.tokNormEnd[t] - s == 3 && a.normBuf[s] == '\u0639' && a.normBuf[s + 1] == '\u0644'
        && a.normBuf[s + 2] == '\u064A' && a.text.charAt(a.normAlign[s + 2]) == '\u064A';
  }

  /** A phrase that starts with a title or honorific: it names a person. */
  private boolean titleHeaded(int from) {
    return info.has(from, TokenInfo.TITLE | TokenInfo.HONORIFIC) && !info.has(from, TokenInfo.COUNTERPART)
        && info.entity[from] < 0;
  }

  /** Whether a person's name (a PER name, or a name in apposition) stands in {@code [from, to)}. */
  private boolean named(int from, int to) {
    for (int t = from; t < to; t++) {
      if (info.entity[t] >= 0 && info.nameType(info.entity[t]) == EntityType.PER) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first token of a personal name in apposition to the office that opens the phrase: the first
   * word without the article that follows a definite word (the article, a name of a body or place,
   * an honorific): الرئيس الفرنسي <b>إيمانويل</b> ماكرون، رئيس حكومة تصريف الأعمال الملا <b>محمد</b>
   * حسن آخوند. Nouns in construct (رئيس حكومة تصريف) follow an indefinite word and are no name.
   *
   * @return the token, or -1
   */
  private int apposedName(Analysis a, int from, int to) {
    for (int u = from + 1; u < to; u++) {
      int f = info.get(u);
      if ((f & (TokenInfo.ART | TokenInfo.TITLE | TokenInfo.NUMBER | TokenInfo.PUNCT | TokenInfo.CONJ
          | TokenInfo.LONE_CONJ | TokenInfo.NON_ACTOR | TokenInfo.ACCUSATIVE | TokenInfo.PREP_B | TokenInfo.PREP_L
          | TokenInfo.PREPOSITION)) != 0 && !(info.has(u - 1, TokenInfo.HONORIFIC) && nameLookalike(a, u))
          || info.entity[u] >= 0 || a.tokKind[u] != org.khabar.TokenKind.ARABIC.ordinal()
          || isIn(a, u, Words.ADMIN_HEADS) || u > from && isWord(a, u - 1, W10)) {
        continue;
      }
      int p = u - 1;
      if (info.has(p, TokenInfo.ART | TokenInfo.HONORIFIC) || info.entity[p] >= 0) {
        return u;
      }
    }
    return -1;
  }

  /**
   * The end of a personal name starting at {@code ns}: its words, linked words (بن، عبد، آل), ordinals
   * and one family name with the article (عبدالعزيز المشيطي، محمد السادس); not a title, time, body or
   * abstract noun after it.
   */
  private int nameEnd(Analysis a, int ns, int to) {
    int u = ns + 1;
    boolean family = false;
    while (u < to) {
      int f = info.get(u);
      if ((f & (TokenInfo.PUNCT | TokenInfo.CONJ | TokenInfo.LONE_CONJ | TokenInfo.TITLE)) != 0
          || info.entity[u] >= 0 || claimedBy[u] >= 0) {
        break;
      }
      if ((f & TokenInfo.ART) != 0 && !info.has(u - 1, TokenInfo.NAME_LINK) && (f & TokenInfo.ADJECTIVE) == 0) {
        if (family || (f & (TokenInfo.TIME | TokenInfo.NON_ACTOR | TokenInfo.PARTICLE | TokenInfo.HONORIFIC)) != 0
            || isAgentNoun(a, u)) {
          break;
        }
        family = true; // one family name: الحازمي
      }
      u++;
    }
    return u;
  }

  private void targets(Analysis a, Cand c, LexiconEntry.Frame frame, int from, int sEnd, Cand prev,
      boolean subjectIsPronoun) {
    if (frame.statement()) {
      return;
    }
    boolean objPron = (c.predFlags & TriggerMatcher.PRON) != 0 && c.predKind == 'V';
    for (String place : frame.targets()) {
      if (!c.tgt.isEmpty()) {
        break;
      }
      if (place.equals("obj")) {
        if (objPron && c.code.equals("043") && c.first() > 1 && info.has(c.first() - 1, TokenInfo.PARTICLE)
            && Words.RELATIVES.contains(a.normBuf, a.tokNormStart[c.first() - 1],
                a.tokNormEnd[c.first() - 1] - a.tokNormStart[c.first() - 1])
            && claimedBy[c.first() - 2] >= 0 && cands.get(claimedBy[c.first() - 2]).nominal()) {
          // جولة المفاوضات التي استضافتها كينشاسا: the pronoun is the event the relative clause hosts
          hosted(c, cands.get(claimedBy[c.first() - 2]));
          return;
        }
        if (objPron) {
          if (prev != null) {
            boolean visit = prev.code.equals("042") || prev.tgt.isEmpty();
            c.tgt.addAll(visit ? prev.src : prev.tgt);
          }
          continue;
        }
        int i = skipAdverbials(a, from, sEnd);
        if (c.predKind == 'V' && i < sEnd && isWord(a, i, W10)) {
          // استقبل الرئيس في قصر قرطاج يوم الثلاثاء رئيسة الوزراء: a place adverbial before the object
          int[] pl = placeAt(a, c, i + 1, a.sentFirstToken[c.sentence]);
          if (pl != null) {
            int j = i + 1;
            while (j < sEnd && a.tokStart[j] < pl[1]) {
              j++;
            }
            j = skipAdverbials(a, j, sEnd);
            if (j < sEnd && j > i + 1 && startsNp(a, j) && claimedBy[j] < 0 && !info.has(j, TokenInfo.CONJ)) {
              if (c.loc == null) {
                c.loc = pl;
              }
              i = j;
            }
          }
        }
        if (c.predKind == 'N' && c.pos.length == 1 && i < sEnd && info.entity[i] < 0 && (!info.has(i, TokenInfo.ART)
            || info.has(i, TokenInfo.NISBA | TokenInfo.ADJECTIVE) || i != from)) {
          continue; // زيارة رسمية: an adjective, not the place visited
        }
        if (i < sEnd && startsWithTrigger(i) && c.code.equals("043")
            && cands.get(claimedBy[i]).nominal()) {
          hosted(c, cands.get(claimedBy[i])); // استضافت قازان اجتماعا: the meeting is the event
          return;
        }
        int end = chunk(a, i, sEnd, c);
        if (end > i && !startsWithTrigger(i)) {
          if (info.has(i, TokenInfo.NUMBER) && (c.code.equals("043") || c.code.equals("042"))) {
            c.dropped = true; // استقبلت مصر 14.9 مليون سائح: a quantity, not a guest
            return;
          }
          c.tgt.addAll(actors(a, i, end, prev));
        }
        continue;
      }
      prepositionTarget(a, c, place, from, sEnd, prev);
    }
  }

  /**
   * A host whose object is an event ({@code استضافت قازان اجتماعا}): the event is the meeting, not a
   * hosting; the host, when a place, is its location, and the hosting's plan is the meeting's.
   */
  private void hosted(Cand host, Cand event) {
    host.dropped = true;
    host.mergedInto = event;
    event.future |= host.future;
    event.negated |= host.negated;
    for (int[] s : host.src) {
      if (s[2] >= 0 && info.nameType(s[2]) == EntityType.LOC && event.loc == null) {
        event.loc = new int[] {s[0], s[1], s[2]};
      }
    }
  }

  private void prepositionTarget(Analysis a, Cand c, String prep, int from, int sEnd, Cand prev) {
    int limit = Math.min(sEnd, from + 14);
    boolean attached = prep.length() == 1;
    for (int t = from; t < limit; t++) {
      if (t != from && claimedBy[t] >= 0 && cands.get(claimedBy[t]).predKind == 'V'
          && cands.get(claimedBy[t]).pred == t) {
        return;
      }
      if (attached && info.has(t, TokenInfo.COMMA)) {
        int after = skipAdverbials(a, t, limit);
        if (after == t) {
          return; // a comma that opens a new clause
        }
        t = after - 1; // ، أمس الجمعة، برئيس الوزراء: past the adverbial
        continue;
      }
      if (info.has(t, TokenInfo.COMPLEMENTIZER) || info.has(t, TokenInfo.CLAUSE_END)) {
        return;
      }
      int np;
      if (attached) {
        boolean hasPrep = prep.charAt(0) == '\u0644' ? info.has(t, TokenInfo.PREP_L)
            : info.has(t, TokenInfo.PREP_B) || entityAfterClitic(a, t, prep.charAt(0));
        if (!hasPrep) {
          continue;
        }
        np = t;
      } else {
        if (t == from && c.predKind == 'V' && c.rule.frame().joint() && pronounPreposition(a, t)
            && stemIs(a, t, prep)) {
          // وبحث معها: the pronoun is the other party of the last event
          if (prev != null) {
            int g = a.segFirst[t + 1] - 1;
            int pl = a.segNormEnd[g] - a.segNormStart[g];
            boolean one = pl == 1 || pl == 2 && a.normBuf[a.segNormEnd[g] - 1] == '\u0627'; // ه، ها (not هم، هما)
            for (int[] p : parties(prev)) {
              if (!contains(c.src, p)) {
                c.tgt.add(p);
                if (one) {
                  break;
                }
              }
            }
          }
          c.tgtFromPrep = true;
          return;
        }
        if (!isWord(a, t, prep)) {
          continue;
        }
        np = t + 1;
      }
      int end = chunkFrom(a, np, sEnd, c);
      if (end <= np) {
        return;
      }
      if (claimedBy[np] >= 0 && np != t) {
        return;
      }
      if (claimedBy[np] >= 0) {
        return;
      }
      if (c.code.equals("0841")) {
        for (int k = np; k < end; k++) {
          if (info.has(k, TokenInfo.MONEY)) {
            c.code = "080"; // الإفراج عن ستة مليارات دولار: property, not persons
            return;
          }
        }
      }
      List<int[]> found = actors(a, np, end, prev);
      if (prep.equals(W5) && c.rule.frame().joint()) {
        if (!found.isEmpty() && c.src.isEmpty()) {
          c.src.add(found.get(0));
          found = found.subList(1, found.size());
        } else if (!found.isEmpty() && contains(c.src, found.get(0))) {
          found = found.subList(1, found.size());
        }
      }
      c.tgt.addAll(found);
      c.tgtFromPrep = true;
      return;
    }
  }

  /** A noun phrase that may start with an attached preposition (بالقاهرة, لطهران). */
  private int chunkFrom(Analysis a, int np, int sEnd, Cand c) {
    if (np >= sEnd) {
      return np; // a preposition ending the sentence
    }
    int saved = info.get(np);
    info.clear(np, TokenInfo.PREP_B | TokenInfo.PREP_L);
    int end = chunk(a, np, sEnd, c);
    info.flags[np] = saved; // restores the computed flags
    return end;
  }

  private boolean entityAfterClitic(Analysis a, int t, char letter) {
    int e = info.entity[t];
    return e >= 0 && info.nameStart(e) > a.tokStart[t] && a.text.charAt(a.tokStart[t]) != '\u0648'
        && Words.norm(String.valueOf(a.text.charAt(info.nameStart(e) - 1))).charAt(0) == letter;
  }

  /** Whether the stem segment of token {@code t} is {@code w} (معها: مع). */
  private static boolean stemIs(Analysis a, int t, String w) {
    for (int g = a.segFirst[t]; g < a.segFirst[t + 1]; g++) {
      if ((a.segInfo[g] & 0xff) == org.khabar.SegmentKind.STEM.ordinal()) {
        int s = a.segNormStart[g];
        if (a.segNormEnd[g] - s != w.length()) {
          return false;
        }
        for (int i = 0; i < w.length(); i++) {
          if (a.normBuf[s + i] != w.charAt(i)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private boolean isWord(Analysis a, int t, String w) {
    int s = a.tokNormStart[t];
    int len = a.tokNormEnd[t] - s;
    if (len == w.length() && a.segNormEquals(a.segFirst[t], w)) {
      return true;
    }
    if (len == w.length() + 1 && (a.normBuf[s] == '\u0648' || a.normBuf[s] == '\u0641')) {
      for (int i = 0; i < w.length(); i++) {
        if (a.normBuf[s + 1 + i] != w.charAt(i)) {
          return false;
        }
      }
      return true;
    }
    if (len != w.length()) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (a.normBuf[s + i] != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The place of an event, in its clause: a place name introduced by في or an attached ب (or عبر,
   * for aid), possibly after an administrative head ({@code في العاصمة الكازاخية أستانة}) or with
   * the head noun of a facility ({@code في مطار كابل}); a unit or facility named by a head noun and
   * an unknown name ({@code بلدة الخيام}, {@code معبر أدري}); a place followed by {@code حيث} before
   * the predicate. The clause runs forward from the predicate to a clause end, another predicate or,
   * for speech acts, the reported content or the addressee (the place of a statement is where it
   * was made: {@code قال في مؤتمر صحفي ببغداد إن}, not {@code دعا القوى السياسية في لبنان}); backward
   * to the previous predicate. A place after an abstract noun is that noun's
   * ({@code الأوضاع في سوريا}).
   */
  private int[] location(Analysis a, Cand c) {
    int s0 = a.sentFirstToken[c.sentence];
    int s1 = a.sentEndToken[c.sentence];
    boolean speech = isSpeechActRoot(c.code) || c.code.startsWith("16");
    int limit = Math.min(s1, c.last() + 1 + SCOPE / 2);
    int targetStart = c.tgt.isEmpty() ? Integer.MAX_VALUE : c.tgt.get(0)[0];
    int g = c.last() + 1;
    if (c.nominal() && c.code.startsWith("04") && g < s1 && info.entity[g] >= 0 && settlement(info.entity[g])
        && !info.has(g, TokenInfo.PREP_B | TokenInfo.PREP_L)) {
      int e = info.entity[g]; // محادثات أستانا، مشاورات الكويت، قمة الرياض: named after the venue
      return new int[] {info.nameStart(e), info.nameEnd(e), e};
    }
    // from the predicate on: the words inside a pattern's gap are in the clause (توصلت إيران، اليوم
    // في فيينا، إلى اتفاق)
    // past the subject after the verb: a place in it is the office's (المدير العام للتعليم بمنطقة الباحة)
    for (int t = Math.max(Math.min(c.pred, c.first()) + 1, c.subjEnd); t < limit; t++) {
      if (a.text.charAt(a.tokStart[t]) == '(' && a.tokKind[t] == org.khabar.TokenKind.PUNCTUATION.ordinal()) {
        int close = t + 1;
        while (close < limit && close <= t + 6 && a.text.charAt(a.tokStart[close]) != ')') {
          close++;
        }
        if (close < limit && close <= t + 6) {
          t = close; // (يونيفيل): an aside
          continue;
        }
      }
      if (info.has(t, TokenInfo.CLAUSE_END)
          || otherPredicate(c, t) && !(t > 0 && isIn(a, t - 1, Words.RELATIVES) && isIn(a, t, Words.OCCURRENCE_VERBS))
          || speech && (info.has(t, TokenInfo.COMPLEMENTIZER) || a.tokStart[t] >= targetStart)
          || isIn(a, t, Words.RELATIVES) && !(t + 1 < limit && isIn(a, t + 1, Words.OCCURRENCE_VERBS))) {
        break; // الذي كان يقضي حكما في الولايات المتحدة: another clause (التي جرت في: the event's own)
      }
      int[] l = placeAt(a, c, t, s0);
      if (l != null) {
        return l;
      }
    }
    int f = c.first();
    if (f - 2 >= s0 && isWord(a, f - 1, W14) && info.entity[f - 2] >= 0
        && info.nameType(info.entity[f - 2]) == EntityType.LOC) {
      int e = info.entity[f - 2]; // توجه إلى أربيل حيث استقبله: the place حيث refers to
      return new int[] {info.nameStart(e), info.nameEnd(e), e};
    }
    if (c.nominal() && (info.has(f, TokenInfo.PREP_B | TokenInfo.PREP_L)
        || f > s0 && info.has(f - 1, TokenInfo.PREPOSITION)
        || f > s0 + 1 && info.has(f - 2, TokenInfo.PREPOSITION) && !info.has(f - 1, TokenInfo.ART | TokenInfo.PUNCT))) {
      // بوساطة، بعد مفاوضات، على هامش قمة، في ختام الجولة: an adjunct
      return null; // takes no place from the clause around it
    }
    for (int t = f - 1; t >= s0 && t >= f - 12; t--) {
      if (info.has(t, TokenInfo.CLAUSE_END | TokenInfo.COMPLEMENTIZER) || otherPredicate(c, t)) {
        break;
      }
      if (info.has(t, TokenInfo.PUNCT) && !frontedAdverbial(a, s0, t)) {
        break; // ، وأعلن: a place before the comma is the clause before's
      }
      int[] l = placeAt(a, c, t, s0);
      if (l != null) {
        return l;
      }
    }
    return null;
  }

  /**
   * Whether {@code [s0, t)} is a short adverbial opening the sentence ({@code وفي القاهرة،}): no
   * predicate in it.
   */
  private boolean frontedAdverbial(Analysis a, int s0, int t) {
    if (t - s0 > 10) {
      return false;
    }
    for (int k = s0; k < t; k++) {
      if (claimedBy[k] >= 0 || info.has(k, TokenInfo.CLAUSE_END)) {
        return false;
      }
      // انطلقت في شرم الشيخ، أمس الأحد، أعمال أول قمة: a verb of occurrence, places and times
      if (!(info.has(k, TokenInfo.PUNCT | TokenInfo.PREPOSITION | TokenInfo.TIME | TokenInfo.LONE_CONJ | TokenInfo.NUMBER)
          || info.entity[k] >= 0 || isIn(a, k, Words.OCCURRENCE_VERBS))) {
        return false;
      }
    }
    return true;
  }

  /** A place name that can host talks: a city, capital or country (not a dam or region: مفاوضات سد النهضة). */
  private boolean settlement(int e) {
    if (info.nameType(e) != EntityType.LOC) {
      return false;
    }
    org.khabar.internal.gazetteer.GazetteerEntry g = info.nameEntry(e);
    if (g == null) {
      return true;
    }
    org.khabar.internal.gazetteer.EntryKind k = g.kind();
    return k == org.khabar.internal.gazetteer.EntryKind.CITY || k == org.khabar.internal.gazetteer.EntryKind.CAPITAL
        || k == org.khabar.internal.gazetteer.EntryKind.COUNTRY;
  }

  /** The place aid crosses ({@code عبر معبر باب الهوى}), in the event's clause; or null. */
  private int[] crossing(Analysis a, Cand c) {
    int s0 = a.sentFirstToken[c.sentence];
    int limit = Math.min(a.sentEndToken[c.sentence], c.last() + 1 + SCOPE / 2);
    for (int t = Math.min(c.pred, c.first()) + 1; t < limit; t++) {
      if (info.has(t, TokenInfo.CLAUSE_END) || otherPredicate(c, t)) {
        return null;
      }
      if (t > s0 && isWord(a, t - 1, W15)) {
        return placeAt(a, c, t, s0);
      }
    }
    return null;
  }

  /** Whether token {@code t} is the predicate or trigger of another event. */
  private boolean otherPredicate(Cand c, int t) {
    int o = claimedBy[t];
    if (o < 0) {
      return false;
    }
    Cand d = cands.get(o);
    return d != c && (d.pred == t || d.trigFirst == t) && !d.dropped;
  }

  /** A place expression starting at token {@code t}, introduced as a location; or null. */
  private int[] placeAt(Analysis a, Cand c, int t, int s0) {
    int e = info.entity[t];
    boolean name = e >= 0 && info.nameType(e) == EntityType.LOC && (t == s0 || info.entity[t - 1] != e);
    boolean facility = !name && isIn(a, t, Words.FACILITY_HEADS);
    boolean unit = !name && !facility && isIn(a, t, Words.ADMIN_HEADS);
    if (!name && !facility && !unit) {
      return null;
    }
    // what introduces it: في before it, an attached ب, عبر (aid), or a unit head after في/ب
    int intro = t;
    boolean ok = introducedAt(a, c, t, s0);
    if (!ok && (name || unit)) {
      // في العاصمة الكازاخية أستانة، في محيط مدينة الفاشر: unit heads, areas and adjectives between
      int k = t - 1;
      while (k > s0 && k >= t - 3 && (isIn(a, k, Words.ADMIN_HEADS) || isIn(a, k, Words.AREA_WORDS)
          || info.has(k, TokenInfo.NISBA))) {
        if (!info.has(k, TokenInfo.NISBA) && introducedAt(a, c, k, s0)) {
          ok = true;
          intro = k;
          break;
        }
        k--;
      }
    }
    if (!ok) {
      return null;
    }
    if (intro > s0 + 1 && info.has(intro - 1, TokenInfo.PREPOSITION)) {
      int h = intro - 2;
      while (h > s0 && info.has(h, TokenInfo.NISBA | TokenInfo.ADJECTIVE) && !info.has(h, TokenInfo.PUNCT)) {
        h--;
      }
      if (info.has(h, TokenInfo.NON_ACTOR) && !info.has(h, TokenInfo.PUNCT)) {
        return null; // الأوضاع الإنسانية في سوريا: the place of the topic
      }
    }
    if (name) {
      int start = info.nameStart(e);
      if (t > s0 && isIn(a, t - 1, Words.FACILITY_HEADS) && t - 1 > s0 && intro == t) {
        start = info.stem(t - 1); // not reached: a head before the name was checked as facility
      }
      return new int[] {start, info.nameEnd(e), e};
    }
    // a head noun and a name the gazetteer does not know: بلدة الخيام، معبر أدري، مطار رفيق الحريري
    int sEnd = a.sentEndToken[c.sentence];
    int u = t + 1;
    if (u >= sEnd) {
      return null;
    }
    if (info.entity[u] >= 0) {
      int ne = info.entity[u];
      if (info.nameType(ne) != EntityType.LOC) {
        return null; // في مقر قوة الأمم المتحدة: a body's premises; the town named after them is the place
      }
      return new int[] {facility ? info.stem(t) : info.nameStart(ne), info.nameEnd(ne), facility ? -1 : ne};
    }
    if (a.tokKind[u] != org.khabar.TokenKind.ARABIC.ordinal()
        || info.has(u, TokenInfo.PUNCT | TokenInfo.PREPOSITION | TokenInfo.PARTICLE | TokenInfo.NISBA
            | TokenInfo.ADJECTIVE | TokenInfo.TIME | TokenInfo.NUMBER | TokenInfo.NON_ACTOR | TokenInfo.TITLE)
        || info.has(u, TokenInfo.PREP_B | TokenInfo.PREP_L | TokenInfo.CONJ) || claimedBy[u] >= 0) {
      return null;
    }
    int end = u + 1;
    int most = facility ? u + 3 : info.has(u, TokenInfo.NAME_LINK) ? u + 2 : u + 1; // بلدة الخيام، أبو عريش
    while (end < sEnd && end < most && !info.has(end, TokenInfo.ART | TokenInfo.PUNCT | TokenInfo.PREPOSITION
        | TokenInfo.PARTICLE | TokenInfo.TIME | TokenInfo.CONJ | TokenInfo.LONE_CONJ | TokenInfo.NUMBER
        | TokenInfo.PREP_B | TokenInfo.PREP_L) && a.tokKind[end] == org.khabar.TokenKind.ARABIC.ordinal()
        && info.entity[end] < 0 && claimedBy[end] < 0 || end < sEnd && info.has(end - 1, TokenInfo.NAME_LINK)) {
      end++;
    }
    return new int[] {facility ? info.stem(t) : info.stem(u), a.tokEnd[end - 1], -1};
  }

  /** Whether token {@code t} is introduced as a place: في before it, an attached ب, or عبر for aid. */
  private boolean introducedAt(Analysis a, Cand c, int t, int s0) {
    if (t > s0 && (isWord(a, t - 1, W10) || c.code.startsWith("07") && isWord(a, t - 1, W15))) {
      return true;
    }
    // an attack, arrest or abduction near a place: قرب دمشق، بالقرب من الحدود
    if (t > s0 && (c.code.startsWith("17") || c.code.startsWith("18") || c.code.startsWith("19"))
        && (isIn(a, t - 1, Words.NEAR_WORDS) || t - 1 > s0 && isMin(a, t - 1) && isIn(a, t - 2, Words.NEAR_WORDS))) {
      return true;
    }
    return info.has(t, TokenInfo.PREP_B) && !info.has(t, TokenInfo.CONJ | TokenInfo.PREP_L);
  }



  private static final int OFFICE_THEN_NOTHING = 0;
  private static final int OFFICE_THEN_PERSON = 1;
  private static final int OFFICE_THEN_COMMA = 2;
  private static final int OFFICE_THEN_COUNTERPART = 3;

  /**
   * What ends the office starting at token {@code u} (within eight words): the name of a person other
   * than {@code before} (its holder), a comma, نظيره, or anything else ({@code OFFICE_THEN_NOTHING}).
   */
  private int officeEnd(int u, int before) {
    for (int k = u + 1; k < info.count && k <= u + 8; k++) {
      if (info.has(k, TokenInfo.COMMA)) {
        return OFFICE_THEN_COMMA;
      }
      if (info.has(k, TokenInfo.COUNTERPART)) {
        return OFFICE_THEN_COUNTERPART;
      }
      int e = info.entity[k];
      if (e >= 0 && e != before && info.nameType(e) == EntityType.PER) {
        return OFFICE_THEN_PERSON;
      }
      if (info.has(k, TokenInfo.PUNCT | TokenInfo.PREPOSITION | TokenInfo.PARTICLE | TokenInfo.LONE_CONJ
          | TokenInfo.DUAL_ANAPHOR | TokenInfo.TIMEX | TokenInfo.TIME) || info.has(k, TokenInfo.CONJ) && e < 0) {
        return OFFICE_THEN_NOTHING;
      }
    }
    return OFFICE_THEN_NOTHING;
  }

  /** The segmentation lexicon's {@link StemInfo} bits of token {@code t}'s stem (0 when unknown). */
  private int stemBits(Analysis a, int t) {
    return a.tokKind[t] == org.khabar.TokenKind.ARABIC.ordinal() ? stems.tokenBits(a, t, stemBuf) : 0;
  }

  /**
   * Whether token {@code t} is an imperfect verb. With {@code verbOnly}: its stem starts with ي or ت and
   * the lexicon knows it as an imperfect and never as a noun, name or function word (يشتبه). Without:
   * it starts with ي or ن, or with ت and the lexicon knows it as an imperfect and not as a perfect
   * (تتوصل; تهاجم of form VI is both and stays).
   */
  private boolean imperfect(Analysis a, int t, boolean verbOnly) {
    int g = StemLexicon.stemSegment(a, t);
    if (g < 0 || a.segNormEnd[g] - a.segNormStart[g] < 3 || a.tokKind[t] != org.khabar.TokenKind.ARABIC.ordinal()) {
      return false;
    }
    char c = a.normBuf[a.segNormStart[g]];
    if (verbOnly) {
      int bits = c == '\u064A' || c == '\u062A' ? stemBits(a, t) : 0;
      return (bits & StemInfo.VERB_IMPF) != 0 && (bits & (StemInfo.NOUN | StemInfo.NAME | StemInfo.FUNC)) == 0;
    }
    if (c == '\u064A' || c == '\u0646') {
      return true;
    }
    int bits = c == '\u062A' ? stemBits(a, t) : 0;
    return (bits & StemInfo.VERB_IMPF) != 0 && (bits & StemInfo.VERB_PERF) == 0;
  }

  /** Whether token {@code t} is the word من. */
  private static boolean isMin(Analysis a, int t) {
    int s = a.tokNormStart[t];
    return a.tokNormEnd[t] - s == 2 && a.normBuf[s] == '\u0645' && a.normBuf[s + 1] == '\u0646';
  }

  private boolean isIn(Analysis a, int t, WordSet set) {
    int g0 = a.segFirst[t];
    int g1 = a.segFirst[t + 1];
    for (int g = g0; g < g1; g++) {
      if ((a.segInfo[g] & 0xff) == org.khabar.SegmentKind.STEM.ordinal()) {
        int s = a.segNormStart[g];
        if (set.contains(a.normBuf, s, a.segNormEnd[g] - s)) {
          return true;
        }
        // with the article: the set may list the definite form
        if (g > g0 && (a.segInfo[g - 1] & 0xff) == org.khabar.SegmentKind.ART.ordinal()) {
          int as = a.segNormStart[g - 1];
          int len = a.segNormEnd[g] - as;
          return a.segNormEnd[g - 1] == s && set.contains(a.normBuf, as, len);
        }
        return false;
      }
    }
    return false;
  }

  private boolean crossesOtherPredicate(Cand c, int t) {
    int lo = Math.min(t, c.pred);
    int hi = Math.max(t, c.pred);
    for (int k = lo + 1; k < hi; k++) {
      int o = claimedBy[k];
      if (o >= 0 && cands.get(o) != c && cands.get(o).predKind == 'V' && cands.get(o).pred == k) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ relations between events

  private void relations(Analysis a) {
    for (int i = 0; i < cands.size(); i++) {
      Cand c = cands.get(i);
      if (c.dropped) {
        continue;
      }
      int flags = c.rule.flags();
      int scopeEnd = scopeEnd(a, c);
      if ((flags & LexiconEntry.ABSORB) != 0) {
        if (c.code.equals("020") && dialogueContent(a, c, scopeEnd)) {
          c.code = "026"; // دعا إلى الحوار: an appeal to negotiate
        }
        for (int j = i + 1; j < cands.size(); j++) {
          Cand d = cands.get(j);
          if (d.first() >= scopeEnd) {
            break;
          }
          if (d.predKind == 'V' && (d.predFlags & Forms.PERF) != 0 && (d.predFlags & Forms.IMPF) == 0) {
            break; // a perfect verb in the complement reports a fact (اختطفهم مسلحون)
          }
          if (d.dropped || d.code.startsWith("01")) {
            continue;
          }
          if (c.code.equals("020")) {
            c.code = refineAppeal(d.code, c.code);
          }
          d.dropped = true;
          d.absorbed = true;
          c.absorbs = true;
        }
      }
      if ((flags & LexiconEntry.NEGATE_CONTENT) != 0) {
        for (int j = i + 1; j < cands.size(); j++) {
          Cand d = cands.get(j);
          if (d.first() >= scopeEnd || d.first() > c.last() + 8) {
            break;
          }
          if (d.dropped) {
            continue;
          }
          int os = objectStart(a, c);
          if (os + 2 < a.tokenCount && isIn(a, os, Words.REPORT_NOUNS) && isWord(a, os + 1, W9)) {
            // نفت تقارير عن انسحاب القوات: the reports' content is what is denied, they are no party
            int reportStart = info.stem(os);
            c.tgt.removeIf(x -> x[0] == reportStart);
            os += 2;
          }
          if (d.first() > os + 1 && !complementizerBetween(c.last(), d.first())) {
            break; // not the refused act itself
          }
          if (d.nominal() && info.has(d.trigFirst, TokenInfo.ART) && isSpeechActRoot(d.code)) {
            // نفت الاتهامات، رفضت موسكو الاتهامات الغربية: others' accusation (reported before or not),
            // denied; not the denier's own act negated
            d.dropped = true;
            break;
          }
          d.negated = true;
          if (!d.nominal() && d.first() > c.last() + 1 && !d.src.isEmpty() && d.tgt.isEmpty()
              && !c.src.isEmpty() && complementizerBetween(c.last(), d.first())) {
            d.tgt.addAll(d.src); // نفى أن يكون قد التقى المبعوث
            d.src.clear();
          }
          if (d.src.isEmpty()) {
            d.src.addAll(c.src);
          }
          break;
        }
      }
      if ((flags & LexiconEntry.CANCEL) != 0) {
        for (int j = i + 1; j < cands.size(); j++) {
          Cand d = cands.get(j);
          if (d.first() > c.last() + 8 || d.first() >= scopeEnd) {
            break;
          }
          if (!d.dropped && d.nominal()) {
            d.negated = true;
            d.future = false;
            break;
          }
        }
      }
      if ((flags & LexiconEntry.ABSENCE) != 0) {
        for (int j = i + 1; j < cands.size(); j++) {
          Cand d = cands.get(j);
          if (d.first() >= scopeEnd || d.first() > c.last() + 8) {
            break;
          }
          if (!d.dropped && d.nominal() && d.code.startsWith("04")) {
            d.negated = true;
            if (d.src.isEmpty()) {
              d.src.addAll(c.src);
            }
            c.dropped = true;
            break;
          }
        }
      }
      if ((flags & LexiconEntry.PERFORMATIVE) != 0) {
        int object = objectStart(a, c);
        for (int j = i + 1; j < cands.size(); j++) {
          Cand d = cands.get(j);
          if (d.first() != object && (d.first() >= scopeEnd || complementizerBetween(c.last(), d.first()))) {
            break; // the object after a comma-delimited time (أعلن الرئيس، مساء الثلاثاء، قطع) is still his
          }
          if (!d.dropped && d.first() == object) {
            c.dropped = true;
            c.mergedInto = d; // أعلن، مساء الثلاثاء، انسحاب: the act takes the announcement's time
            if (d.src.isEmpty()) {
              d.src.addAll(c.src);
            }
            break;
          }
        }
      }
      if ((flags & LexiconEntry.TERMS) != 0) {
        int ala = termsStart(a, c);
        for (int j = i + 1; j < cands.size() && ala >= 0; j++) {
          Cand d = cands.get(j);
          if (d.sentence != c.sentence || d.first() > ala + 8) {
            break;
          }
          if (d.first() < ala) {
            continue;
          }
          if (!d.dropped && d.nominal()) {
            d.future = true;
            if (d.src.isEmpty() && c.rule.elements().get(0).kind() == 'V') {
              d.src.addAll(parties(c));
            }
          }
        }
      }
    }
  }

  /** Whether an appeal's complement (after إلى or على) opens with dialogue or negotiation. */
  private boolean dialogueContent(Analysis a, Cand c, int scopeEnd) {
    for (int t = c.last() + 1; t < scopeEnd && t <= c.last() + 8; t++) {
      if (isWord(a, t, W18) || isWord(a, t, W8)) {
        return t + 1 < scopeEnd && isIn(a, t + 1, Words.DIALOGUE);
      }
      int g0 = a.segFirst[t];
      if (a.segFirst[t + 1] - g0 > 1 && (a.segInfo[g0] & 0xff) == org.khabar.SegmentKind.PREP.ordinal()
          && a.normBuf[a.segNormStart[g0]] == '\u0644' && isIn(a, t, Words.DIALOGUE)) {
        return true; // دعا للحوار
      }
    }
    return false;
  }

  private static boolean isSpeechActRoot(String code) {
    String r = code.substring(0, 2);
    return r.equals("01") || r.equals("02") || r.equals("03") || r.equals("10") || r.equals("11")
        || r.equals("12") || r.equals("13");
  }

  private boolean earlierRoot(int j, String code) {
    for (int k = j - 1; k >= 0 && k >= j - BACK; k--) {
      if (cands.get(k).code.substring(0, 2).equals(code.substring(0, 2))) {
        return true;
      }
    }
    return false;
  }

  /** Where an agreement's terms start: the first على after it that is not على هامش. */
  private int termsStart(Analysis a, Cand c) {
    int s1 = Math.min(a.sentEndToken[c.sentence], c.last() + SCOPE);
    String ala = W8;
    String hamish = W13;
    for (int t = c.last(); t < s1; t++) {
      if (isWord(a, t, ala) && !(t + 1 < s1 && isWord(a, t + 1, hamish))) {
        return t;
      }
    }
    return -1;
  }

  private static String refineAppeal(String content, String appeal) {
    if (content.startsWith("084") || content.equals("08")) {
      return "0253";
    }
    if (content.equals("045")) {
      return "028";
    }
    if (content.equals("042")) {
      return "036"; // an invitation to visit
    }
    if (content.equals("046") || content.equals("040") || content.equals("044") || content.equals("036")) {
      return "026";
    }
    return appeal;
  }

  /** The end of a clause's content: the next sentence end, ؛ or : , or a comma before a new predicate. */
  private int scopeEnd(Analysis a, Cand c) {
    int s1 = a.sentEndToken[c.sentence];
    int punct = org.khabar.TokenKind.PUNCTUATION.ordinal();
    s1 = Math.min(s1, c.last() + 1 + SCOPE);
    for (int t = c.last() + 1; t < s1; t++) {
      if (a.tokKind[t] != punct) {
        continue; // only punctuation ends a scope: no need for the word's facts
      }
      if (info.has(t, TokenInfo.CLAUSE_END)) {
        return t;
      }
      if (info.has(t, TokenInfo.COMMA) && t + 1 < s1) {
        int o = claimedBy[t + 1];
        if (o >= 0 && (cands.get(o).predKind != 'N')) {
          return t;
        }
        if (info.has(t + 1, TokenInfo.CONJ) && info.has(t + 1, TokenInfo.PREPOSITION)) {
          continue; // ، وإلى وقف لإطلاق النار: a coordinated complement
        }
        if (info.has(t + 1, TokenInfo.PARTICLE) || info.has(t + 1, TokenInfo.CONJ)
            && !info.has(t + 1, TokenInfo.ART)) {
          return t;
        }
      }
    }
    return s1;
  }

  private boolean complementizerBetween(int from, int to) {
    for (int t = from + 1; t < to; t++) {
      if (info.has(t, TokenInfo.COMPLEMENTIZER)) {
        return true;
      }
    }
    return false;
  }

  /** Where a performative verb's object starts: after its subject and adverbials. */
  private int objectStart(Analysis a, Cand c) {
    int sEnd = a.sentEndToken[c.sentence];
    int i = skipAdverbials(a, c.last() + 1, sEnd);
    int end = c.predKind == 'A' ? i : chunk(a, i, sEnd, c);
    return skipAdverbials(a, end, sEnd);
  }

  // ------------------------------------------------------------------ merging repeated mentions

  private void merge(Analysis a) {
    for (int i = 0; i + 1 < cands.size(); i++) {
      Cand c = cands.get(i);
      Cand d = cands.get(i + 1);
      // قافلة مساعدات طبية، جولة المشاورات: an event noun in construct with another of its kind is one event
      if (!c.dropped && !d.dropped && c.predKind == 'N' && c.pos.length == 1 && c.sentence == d.sentence
          && d.trigFirst == c.last() + 1 && c.code.substring(0, 2).equals(d.code.substring(0, 2))
          && !isSpeechActRoot(c.code) && !info.has(d.trigFirst, TokenInfo.CONJ
              | TokenInfo.PREP_B | TokenInfo.PREP_L)) {
        drop(c, d);
        if (d.src.isEmpty()) {
          d.src.addAll(c.src);
        }
        if (d.tgt.isEmpty()) {
          d.tgt.addAll(c.tgt);
        }
      }
    }
    for (int i = 0; i < cands.size(); i++) {
      Cand c = cands.get(i);
      if (c.dropped || c.future || c.negated) {
        continue;
      }
      if (!c.nominal()) {
        mergeVerbal(a, c, i);
        continue;
      }
      boolean definite = info.has(c.trigFirst, TokenInfo.ART) || (c.predFlags & TriggerMatcher.PRON) != 0;
      String root = c.code.substring(0, 2);
      int before = c.first() - 1;
      if (before > 0 && (isWord(a, before, W1) || isWord(a, before, W0))) {
        before--; // في أول زيارة
      }
      boolean fi = before >= 0 && !definite && isWord(a, before, W10);
      boolean manner = info.has(c.first(), TokenInfo.PREP_B) && !info.has(c.first(), TokenInfo.ART);
      for (int j = i - 1; j >= 0 && j >= i - BACK; j--) {
        Cand p = cands.get(j);
        if (p.dropped && !p.absorbed || p.negated) {
          continue;
        }
        boolean sameSentence = p.sentence == c.sentence;
        boolean sameRoot = p.code.substring(0, 2).equals(root);
        if (sameSentence && !p.absorbed && !p.nominal() && (p.code.equals(c.code) && (c.src.isEmpty() && c.tgt.isEmpty()
            || manner) || sameRoot && fi)) {
          // وصل ... في زيارة تضامنية; استقبل ... في أول لقاء: the same occurrence again
          drop(c, p);
          break;
        }
        if (sameSentence && sameRoot && manner && !root.equals("04") && c.first() - p.last() <= 8) {
          // خرق وقف إطلاق النار بقصف ...: the manner of the act, not another act
          drop(c, p);
          break;
        }
        if (definite && (p.code.equals(c.code)
            || sameRoot && !isSpeechActRoot(c.code) && (!root.equals("04") || p.nominal()))) {
          // a later definite mention (القصف، الاجتماع، الجلسة) of an act already reported
          drop(c, p);
          break;
        }
        if (definite && backgroundPreposition(a, c.first()) && sameRoot) {
          drop(c, p);
          break;
        }
      }
    }
  }

  private boolean punctuationBetween(int from, int to) {
    for (int t = from + 1; t < to; t++) {
      if (info.has(t, TokenInfo.PUNCT)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word at {@code obj} is a definite abstract object (الاتفاق) of a re-told act. */
  private boolean retold(Analysis a, int obj, Cand c) {
    return obj < a.sentEndToken[c.sentence] && info.has(obj, TokenInfo.ART) && !info.has(obj, TokenInfo.TITLE)
        && info.entity[obj] < 0 && info.has(obj, TokenInfo.NON_ACTOR);
  }

  private void drop(Cand c, Cand first) {
    c.dropped = true;
    c.mergedInto = first;
    if (!first.dropped) {
      copyDetails(c, first);
    }
  }

  /** ووقّع الاتفاق عن الجانب الأميركي: a verb re-telling an act already reported, its object definite. */
  private void mergeVerbal(Analysis a, Cand c, int i) {
    // قصف عنيف استهدف المدينة: a verb right after an event noun of its kind describes that event
    for (int j = i - 1; j >= 0; j--) {
      Cand p = cands.get(j);
      if (p.dropped) {
        continue;
      }
      if (p.sentence == c.sentence && p.nominal() && c.first() - p.last() <= 3 && c.first() > p.last()
          && (p.rule.flags() & LexiconEntry.NEEDS_CONTEXT) == 0
          && p.code.substring(0, 2).equals(c.code.substring(0, 2)) && !isSpeechActRoot(c.code)
          && !punctuationBetween(p.last(), c.first())) {
        c.dropped = true;
        return;
      }
      break;
    }
    if (!retold(a, c.last() + 1, c) && !retold(a, objectStart(a, c), c)) {
      return;
    }
    for (int j = i - 1; j >= 0 && j >= i - BACK; j--) {
      Cand p = cands.get(j);
      if (!p.dropped && p.code.equals(c.code) && p.sentence >= c.sentence - 2) {
        c.dropped = true;
        return;
      }
    }
  }

  private void copyDetails(Cand from, Cand to) {
    if (to.loc == null && from.loc != null) {
      to.loc = from.loc;
    }
  }

  private boolean backgroundPreposition(Analysis a, int t) {
    if (t == 0) {
      return false;
    }
    return isWord(a, t - 1, W7) || isWord(a, t - 1, W4)
        || isWord(a, t - 1, W6) || isWord(a, t - 1, W3);
  }

  /**
   * Background event nouns that need context: an exchange noun is the event only when no release
   * in its sentence reports it; a round ({@code الجولة}) is one only in a document about talks.
   */
  private void context(Analysis a) {
    int[] rootRules = new int[100];
    int talks = 0;
    for (Cand d : cands) {
      if ((d.rule.flags() & LexiconEntry.NEEDS_CONTEXT) == 0) {
        rootRules[Integer.parseInt(d.code.substring(0, 2))]++;
        talks += d.code.equals("046") ? 1 : 0;
      }
    }
    for (int ci = 0; ci < cands.size(); ci++) {
      Cand c = cands.get(ci);
      if (c.dropped || (c.rule.flags() & LexiconEntry.NEEDS_CONTEXT) == 0) {
        continue;
      }
      boolean sameSentenceSameCode = false;
      for (int di = Math.max(0, ci - BACK); di < Math.min(cands.size(), ci + BACK); di++) {
        Cand d = cands.get(di);
        if (d != c && !d.dropped && d.sentence == c.sentence && d.code.equals(c.code)) {
          sameSentenceSameCode = true;
        }
      }
      // a round (الجولة) is one of talks only in a document that reports talks (not جولة تفقدية)
      boolean sameRootElsewhere = c.code.equals("046") ? talks > 0
          : rootRules[Integer.parseInt(c.code.substring(0, 2))] > 0;
      if (c.code.startsWith("08")) {
        c.dropped = sameSentenceSameCode;
      } else if (c.code.startsWith("04")) {
        c.dropped = !sameRootElsewhere;
      } else {
        // دعوة: an appeal made (its maker, a possessive دعوته, or its content: الدعوة إلى الإفراج),
        // not the word of a name or a field (الدعوة والإرشاد)
        c.dropped = !c.future && c.src.isEmpty() && (c.predFlags & TriggerMatcher.PRON) == 0 && !c.absorbs;
      }
    }
  }

  // ------------------------------------------------------------------ time

  /**
   * Attaches each time expression of a sentence to the event of its clause: the nearest event whose
   * predicate (the verb, or the event noun) stands before it in the sentence with no clause end
   * ({@code ؛ : .}) between, else the first event after it ({@code في 10 مارس، وقّع}). A time that
   * falls to a later mention merged into an earlier event dates that event. The value is resolved
   * against the document date with the event's futurity (a weekday of a planned event is the next
   * one).
   */
  /**
   * Finds the time expressions of sentence {@code s} once, and marks their tokens as time words: no
   * phrase swallows them (زار الوزير بغداد كانون الثاني، الرئيس موسكو العام المقبل).
   */
  private void findTimes(Analysis a, int s) {
    if (sentTimes[s] != -2) {
      return;
    }
    if (timeBuffersUsed == timeBuffers.size()) {
      timeBuffers.add(new TimeMatches());
    }
    TimeMatches m = timeBuffers.get(timeBuffersUsed);
    if (timeFinder.find(a, a.sentFirstToken[s], a.sentEndToken[s], m) == 0) {
      sentTimes[s] = -1;
      return;
    }
    sentTimes[s] = timeBuffersUsed++;
    for (int i = 0; i < m.count(); i++) {
      for (int t = m.firstToken(i); t < m.endToken(i); t++) {
        info.add(t, TokenInfo.TIME | TokenInfo.TIMEX);
      }
    }
  }

  private void times(Analysis a) {
    int lastSentence = -1;
    for (int ci = 0; ci < cands.size(); ci++) {
      Cand c0 = cands.get(ci);
      if (c0.sentence == lastSentence || c0.dropped && c0.mergedInto == null) {
        continue;
      }
      lastSentence = c0.sentence;
      int s0 = a.sentFirstToken[c0.sentence];
      if (sentTimes[c0.sentence] < 0) {
        continue;
      }
      TimeMatches times = timeBuffers.get(sentTimes[c0.sentence]);
      for (int i = 0; i < times.count(); i++) {
        int tf = times.firstToken(i);
        int pt = times.prepositionToken(i);
        int lead = pt >= 0 ? pt : tf;
        if (lead > s0 && Words.TIME_RELATIONS.contains(a.normBuf, a.tokNormStart[lead - 1],
            a.tokNormEnd[lead - 1] - a.tokNormStart[lead - 1])
            || isIn(a, lead, Words.TIME_RELATIONS)
            && !(lead == tf && times.kind(i) == org.khabar.internal.time.TimeKind.RELATIVE_DAY)) {
          // قبل شهر رمضان، منذ 2014: a reference point, not when the event happened; but بعد غد is a day
          continue;
        }
        Cand best = null;
        boolean before = false;
        for (int cj = ci; cj < cands.size() && cands.get(cj).sentence == c0.sentence; cj++) {
          Cand d = cands.get(cj);
          if (d.dropped && d.mergedInto == null) {
            continue;
          }
          if (d.pred < tf) {
            before = true;
            if (best == null || d.pred > best.pred) {
              best = d; // the nearest predicate before the time
            }
          }
        }
        if (best != null && timeClauseEnds(a, best, tf)) {
          best = null; // its clause ended: the time is another clause's (no earlier event takes it)
        }
        if (best == null && !before) {
          // وفي وقت لاحق، تلقى؛ تبنى المجلس، مساء الجمعة، القرار الذي يدعو: no event before the time
          // in its sentence, so it dates the first one after it in the same clause (not one after
          // بعد أن or in reported content)
          int te = times.endToken(i);
          for (int cj = ci; cj < cands.size() && cands.get(cj).sentence == c0.sentence; cj++) {
            Cand d = cands.get(cj);
            if (d.first() < te || d.dropped && d.mergedInto == null) {
              continue;
            }
            if (!subordinateBetween(a, te, d.first())) {
              best = d;
            }
            break;
          }
        }
        if (best == null) {
          continue;
        }
        while (best.mergedInto != null) {
          best = best.mergedInto;
        }
        if (best.time == null && !best.dropped) {
          best.time = TimeResolver.expression(a, times, i, best.future);
          if (!best.future && (best.predKind == 'N' || best.predKind == 'V' && (best.predFlags & Forms.PERF) == 0)
              && !isSpeechActRoot(best.code) && best.time.value().isPresent()
              && afterDocument(best.time.value().get(), a.date)) {
            best.future = true; // يزور الرئيس الإمارات الأسبوع المقبل: a present tense with a later date
          }
        }
      }
    }
  }

  /**
   * Whether an ISO value (day {@code 2025-01-17}, ISO week {@code 2025-W03}, month {@code 2025-01}
   * or year) starts after the document date.
   */
  static boolean afterDocument(String value, java.time.LocalDate date) {
    if (date == null) {
      return false;
    }
    try {
      if (value.length() == 10) {
        return java.time.LocalDate.parse(value).isAfter(date);
      }
      if (value.length() == 8 && value.charAt(5) == 'W') {
        java.time.LocalDate monday = java.time.LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 4)
            .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6)))
            .with(java.time.DayOfWeek.MONDAY);
        return monday.isAfter(date);
      }
      if (value.length() == 7) {
        return java.time.YearMonth.parse(value).isAfter(java.time.YearMonth.from(date));
      }
      if (value.length() == 4) {
        return Integer.parseInt(value) > date.getYear();
      }
    } catch (RuntimeException e) {
      return false; // a value of another shape is no later date
    }
    return false;
  }

  /**
   * Whether the clause of event {@code d} ends before the time at {@code tf}: a clause end, the
   * reported content of a statement (إن الدفعة الثانية ستسلم اليوم), or a relative clause whose verb
   * is not one of occurrence (الذي صنّفه العراق ... في آذار; but المحادثات التي جرت أمس).
   */
  private boolean timeClauseEnds(Analysis a, Cand d, int tf) {
    if (clauseEndBetween(a, Math.max(d.pred, d.first()), tf)) {
      return true;
    }
    boolean speech = d.code.startsWith("01");
    for (int t = Math.max(d.pred, d.last()) + 1; t < tf; t++) {
      if (speech && info.has(t, TokenInfo.COMPLEMENTIZER)) {
        return true;
      }
      if (isIn(a, t, Words.RELATIVES) && t + 1 < tf && !isIn(a, t + 1, Words.OCCURRENCE_VERBS)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a clause end, a complementizer or a temporal subordinator stands in {@code [from, to)}. */
  private boolean subordinateBetween(Analysis a, int from, int to) {
    for (int t = from; t < to; t++) {
      if (info.has(t, TokenInfo.CLAUSE_END | TokenInfo.COMPLEMENTIZER) || isIn(a, t, Words.TIME_RELATIONS)) {
        return true;
      }
    }
    return false;
  }

  private boolean clauseEndBetween(Analysis a, int from, int to) {
    for (int t = from + 1; t < to; t++) {
      if (a.tokKind[t] == org.khabar.TokenKind.PUNCTUATION.ordinal() && info.has(t, TokenInfo.CLAUSE_END)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ output

  private Event toEvent(Analysis a, Cand c) {
    String text = a.text;
    Span trigger = new Span(c.trigStart, c.trigEnd, text.substring(c.trigStart, c.trigEnd));
    c.tgt.removeIf(t -> contains(c.src, t));
    List<Actor> src = homeland(a, c, toActors(a, outsideTrigger(a, c.src, c.trigStart, c.trigEnd)));
    List<Actor> tgt = homeland(a, c, toActors(a, outsideTrigger(a, c.tgt, c.trigStart, c.trigEnd)));
    if (c.rule.frame().joint()) {
      List<Actor> dedup = new ArrayList<>();
      for (Actor x : tgt) {
        boolean dup = false;
        for (Actor y : src) {
          if (x.start() == y.start() && x.end() == y.end()) {
            dup = true;
          }
        }
        if (!dup) {
          dedup.add(x);
        }
      }
      tgt = dedup;
    }
    Optional<Span> loc = c.loc == null ? Optional.empty()
        : Optional.of(new Span(c.loc[0], c.loc[1], text.substring(c.loc[0], c.loc[1])));
    String plover = cameo.plover(c.code);
    double conf = confidence(c, src, tgt);
    return new Event(c.code, Optional.ofNullable(plover), trigger, src, tgt, loc, Optional.ofNullable(c.time),
        c.negated, c.future, conf, c.rule.ruleId());
  }

  /**
   * Resolves بلاده (his country) to the country of the speaker of the statement that reports the
   * event (قال لافروف إن بلاده مستعدة → RUS): the actor becomes the latest earlier mention of that
   * country in the document when there is one (as the annotation points an anaphor to its entity),
   * else keeps its span with the country's code.
   */
  private List<Actor> homeland(Analysis a, Cand c, List<Actor> actors) {
    List<Actor> out = null;
    for (int i = 0; i < actors.size(); i++) {
      Actor x = actors.get(i);
      if (x.country().isPresent() || !isHomeland(a, x)) {
        continue;
      }
      String country = speakerCountry(a, c);
      if (country == null) {
        continue;
      }
      Actor resolved = null;
      for (int k = 0; k < info.nameCount; k++) {
        if (info.nameType(k) != EntityType.LOC || info.nameEnd(k) > x.start()
            || resolved != null && info.nameStart(k) < resolved.start()) {
          continue;
        }
        GazetteerEntry e = info.nameEntry(k);
        if (e != null && !e.id().equals("country:" + country)) {
          continue;
        }
        List<Actor> r = toActors(a, List.of(new int[] {info.nameStart(k), info.nameEnd(k), k}));
        if (!r.isEmpty() && r.get(0).country().equals(Optional.of(country))) {
          resolved = r.get(0); // the latest mention of the country before the anaphor
        }
      }
      if (resolved == null) {
        resolved = new Actor(x.start(), x.end(), x.text(), x.entityType(), Optional.of(country), Optional.of("GOV"));
      }
      if (out == null) {
        out = new ArrayList<>(actors);
      }
      out.set(i, resolved);
    }
    return out == null ? actors : out;
  }

  /** Whether the actor is the one word بلاد with a pronoun (بلاده، بلادها، بلادهم، بلادنا). */
  private boolean isHomeland(Analysis a, Actor x) {
    int t = firstTokenAt(a, x.start());
    if (t < 0 || a.tokEnd[t] != x.end() || !isIn(a, t, Words.HOMELAND)) {
      return false;
    }
    int pron = org.khabar.SegmentKind.PRON.ordinal();
    for (int g = a.segFirst[t]; g < a.segFirst[t + 1]; g++) {
      if ((a.segInfo[g] & 0xff) == pron) {
        return true;
      }
    }
    return false;
  }


  /** The country of the source of the nearest statement before {@code c} in its sentence, or null. */
  private String speakerCountry(Analysis a, Cand c) {
    int i = cands.indexOf(c);
    for (int j = i - 1; j >= 0; j--) {
      Cand d = cands.get(j);
      if (d.sentence != c.sentence) {
        break;
      }
      if (d.dropped || !d.code.startsWith("01") || d.src.isEmpty()) {
        continue;
      }
      List<Actor> sp = toActors(a, List.of(d.src.get(0)));
      return sp.isEmpty() ? null : sp.get(0).country().orElse(null);
    }
    return null;
  }

  /**
   * Keeps every actor span off the trigger: a name that the NER model ran over the verb
   * (يزور لافروف at the start of a sentence) keeps the tokens after the trigger, or before it, and a
   * span inside the trigger is dropped.
   */
  private static List<int[]> outsideTrigger(Analysis a, List<int[]> spans, int trigStart, int trigEnd) {
    List<int[]> out = null;
    for (int i = 0; i < spans.size(); i++) {
      int[] s = spans.get(i);
      if (s[0] >= trigEnd || s[1] <= trigStart) {
        if (out != null) {
          out.add(s);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(spans.subList(0, i));
      }
      int start = -1;
      int end = -1;
      if (s[1] > trigEnd) {
        for (int t = 0; t < a.tokenCount; t++) {
          if (a.tokStart[t] >= trigEnd && a.tokStart[t] < s[1]) {
            start = a.tokStart[t];
            end = s[1];
            break;
          }
        }
      } else if (s[0] < trigStart) {
        for (int t = a.tokenCount - 1; t >= 0; t--) {
          if (a.tokEnd[t] <= trigStart && a.tokEnd[t] > s[0]) {
            start = s[0];
            end = a.tokEnd[t];
            break;
          }
        }
      }
      if (start >= 0 && end > start) {
        out.add(new int[] {start, end, s[2]});
      }
    }
    return out == null ? spans : out;
  }

  /**
   * Builds the actors, each coded with a country and a sector by the {@link ActorCoder} over the
   * phrase that named it (the title and nationality around a name count: وزير الخارجية المصري سامح
   * شكري is EGY GOV).
   */
  private List<Actor> toActors(Analysis a, List<int[]> spans) {
    List<Actor> out = new ArrayList<>(spans.size());
    for (int[] s : spans) {
      Optional<EntityType> type = s[2] >= 0 ? Optional.of(info.nameType(s[2])) : Optional.empty();
      int first;
      int end;
      if (s.length >= 5) {
        first = s[3];
        end = s[4];
      } else {
        first = firstTokenAt(a, s[0]);
        end = first;
        while (end < a.tokenCount && a.tokStart[end] < s[1]) {
          end++;
        }
      }
      ActorCode code = ActorCode.NONE;
      if (first >= 0 && end > first) {
        long key = (long) first << 32 | end;
        code = codes.get(key);
        if (code == null) {
          code = coder.code(a, first, end, coderScratch);
          codes.put(key, code);
        }
      }
      out.add(new Actor(s[0], s[1], a.text.substring(s[0], s[1]), type, code.country(), code.sector()));
    }
    return out;
  }

  private static double confidence(Cand c, List<Actor> src, List<Actor> tgt) {
    double p = c.pos.length > 1 ? 0.85 : c.predKind == 'V' ? 0.8 : c.predKind == 'A' ? 0.75 : 0.65;
    if (src.isEmpty() && tgt.isEmpty()) {
      p -= 0.15;
    }
    for (Actor x : src) {
      if (x.entityType().isPresent()) {
        p += 0.05;
        break;
      }
    }
    return Math.round(Math.max(0.05, Math.min(0.99, p)) * 100) / 100.0;
  }
}
