package org.khabar.internal.ner;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.khabar.TokenKind;
import org.khabar.internal.Analysis;
import org.khabar.internal.gazetteer.EntryKind;
import org.khabar.internal.gazetteer.Gazetteer;
import org.khabar.internal.gazetteer.GazetteerEntry;
import org.khabar.internal.gazetteer.GazetteerMatches;
import org.khabar.internal.segment.StemLexicon;

/**
 * The Arabic NER features, in families that the model's descriptor switches on (see
 * {@link FeatureFamily}): normalized form, stem, removed clitics, stem prefixes and suffixes, word
 * shape, a window of stems, stem bigrams, previous decisions for the same stem in the document,
 * gazetteer and harvested-name membership, and cue words.
 *
 * <p>Features of a token do not depend on the previous outcomes, so OpenNLP's feature cache may
 * wrap this generator; the previous-outcome features are added by OpenNLP's context generator.
 *
 * <p>Not thread-safe: one instance per name finder (OpenNLP creates one per {@code NameFinderME}).
 */
public final class ArabicFeatureGenerator implements AdaptiveFeatureGenerator {
  /**
   * The version of the features this code computes. A model records the version it was trained with
   * and loading refuses another one: changing any feature string changes what a trained model sees, so
   * the version goes up with every such change (and the model is retrained).
   */
  public static final int VERSION = 2;

  private static final String[] WINDOW_PREFIX = {"s-2=", "s-1=", null, "s+1=", "s+2="};
  private static final String[] PREFIX = {null, "p1=", "p2=", "p3=", "p4=", "p5="};
  private static final String[] SUFFIX = {null, "x1=", "x2=", "x3=", "x4=", "x5="};

  private final boolean norm;
  private final boolean stem;
  private final boolean clitic;
  private final boolean affix;
  private final boolean shape;
  private final boolean ngram;
  private final boolean window;
  private final boolean bigram;
  private final boolean prevmap;
  private final boolean gazetteer;
  private final boolean harvest;
  private final boolean vocab;
  private final boolean dictionary;
  private final boolean cue;
  private final boolean lexClass;
  private final boolean translit;
  private final boolean project;
  private final boolean heads;
  private final boolean doc;
  private final boolean cluster;
  private final ClusterMap clusters;
  private String[] clusterOf = new String[64];
  private final int prefixMax;
  private final int suffixMax;
  private final NerLexicon lexicon;
  private final NerLexicon harvested;
  private final NerFeatureContext ctx;
  private final Map<String, String> previous = new HashMap<>();

  private final Matches lexMatches = new Matches();
  private final Matches harvestMatches = new Matches();
  private String[] matchedTokens;
  private final Extra extra = new Extra();

  /**
   * Creates the generator.
   *
   * @param families the families to generate
   * @param prefixMax the longest stem prefix (0 to 5)
   * @param suffixMax the longest stem suffix (0 to 5)
   * @param lexicon gazetteer and cue phrases
   * @param harvested harvested names
   * @param ctx the context shared with the caller that prepares sentences
   * @throws IllegalArgumentException if an affix length is out of range
   */
  ArabicFeatureGenerator(Set<FeatureFamily> families, int prefixMax, int suffixMax, NerLexicon lexicon,
      NerLexicon harvested, NerFeatureContext ctx) {
    this(families, prefixMax, suffixMax, lexicon, harvested, ClusterMap.empty(), ctx);
  }

  /**
   * Creates the generator with word clusters.
   *
   * @param families the families to generate
   * @param prefixMax the longest stem prefix (0 to 5)
   * @param suffixMax the longest stem suffix (0 to 5)
   * @param lexicon gazetteer and cue phrases
   * @param harvested harvested names
   * @param clusters the word clusters ({@link FeatureFamily#CLUSTER})
   * @param ctx the context shared with the caller that prepares sentences
   * @throws IllegalArgumentException if an affix length is out of range
   */
  ArabicFeatureGenerator(Set<FeatureFamily> families, int prefixMax, int suffixMax, NerLexicon lexicon,
      NerLexicon harvested, ClusterMap clusters, NerFeatureContext ctx) {
    if (prefixMax < 0 || prefixMax > 5 || suffixMax < 0 || suffixMax > 5) {
      throw new IllegalArgumentException(
          "affix lengths must be in [0, 5]: prefix " + prefixMax + ", suffix " + suffixMax);
    }
    Set<FeatureFamily> f = families.isEmpty() ? EnumSet.noneOf(FeatureFamily.class) : EnumSet.copyOf(families);
    this.norm = f.contains(FeatureFamily.NORM);
    this.stem = f.contains(FeatureFamily.STEM);
    this.clitic = f.contains(FeatureFamily.CLITIC);
    this.affix = f.contains(FeatureFamily.AFFIX);
    this.shape = f.contains(FeatureFamily.SHAPE);
    this.ngram = f.contains(FeatureFamily.NGRAM);
    this.window = f.contains(FeatureFamily.WINDOW);
    this.bigram = f.contains(FeatureFamily.BIGRAM);
    this.prevmap = f.contains(FeatureFamily.PREVMAP);
    this.gazetteer = f.contains(FeatureFamily.GAZETTEER);
    this.harvest = f.contains(FeatureFamily.HARVEST);
    this.vocab = f.contains(FeatureFamily.VOCAB);
    this.dictionary = f.contains(FeatureFamily.DICT);
    this.cue = f.contains(FeatureFamily.CUE);
    this.lexClass = f.contains(FeatureFamily.LEXICON);
    this.translit = f.contains(FeatureFamily.TRANSLIT);
    this.project = f.contains(FeatureFamily.PROJECT);
    this.heads = f.contains(FeatureFamily.HEADS);
    this.doc = f.contains(FeatureFamily.DOC);
    this.cluster = f.contains(FeatureFamily.CLUSTER);
    this.clusters = Objects.requireNonNull(clusters, "clusters");
    this.prefixMax = prefixMax;
    this.suffixMax = suffixMax;
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.harvested = Objects.requireNonNull(harvested, "harvested");
    this.ctx = Objects.requireNonNull(ctx, "ctx");
  }

  /**
   * Adds the features of token {@code index}.
   *
   * @param features the list to add to
   * @param tokens the sentence's tokens
   * @param index the token
   * @param previousOutcomes the outcomes so far (unused: see the class comment)
   */
  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    NerSentence s = ctx.sentence(tokens);
    if (tokens != matchedTokens) {
      match(s);
      matchedTokens = tokens;
    }
    int i = index;
    int n = s.n;
    String[] st = s.stem;
    features.add("def");
    if (i == 0) {
      features.add("S=begin");
    }
    if (norm) {
      features.add("n=" + s.norm[i]);
    }
    if (stem) {
      features.add("s=" + st[i]);
    }
    if (clitic) {
      features.add("c=" + StemKeys.code(s.clitics[i]));
      features.add(i > 0 ? "cp=" + StemKeys.code(s.clitics[i - 1]) : "cp=BOS");
    }
    if (affix) {
      String w = st[i];
      int len = w.length();
      for (int k = 1; k <= prefixMax && k < len; k++) {
        features.add(PREFIX[k] + w.substring(0, k));
      }
      for (int k = 1; k <= suffixMax && k < len; k++) {
        features.add(SUFFIX[k] + w.substring(len - k));
      }
      if (len > 1) {
        // the article with the last letter: the nisba pattern al-...-i of family names and adjectives
        boolean art = (s.clitics[i] & StemKeys.ART) != 0 || s.norm[i].startsWith("\u0627\u0644");
        features.add((art ? "ax=A" : "ax=-") + w.charAt(len - 1));
      }
    }
    if (ngram && st[i].length() >= 3 && s.shape[i].charAt(0) == 'a') {
      String w = st[i];
      int len = w.length();
      // trigrams of ^stem$, the first and last included
      features.add("g3=^" + w.substring(0, 2));
      for (int k = 0; k + 3 <= len; k++) {
        features.add("g3=" + w.substring(k, k + 3));
      }
      features.add("g3=" + w.substring(len - 2) + '$');
    }
    if (dictionary && s.shape[i].charAt(0) == 'a' && st[i].length() >= 2) {
      features.add(lexMatches.isVocab(i) ? "dv=in" : "dv=out");
    }
    if (shape) {
      features.add("sh=" + s.shape[i]);
      features.add(i > 0 ? "sh-1=" + s.shape[i - 1] : "sh-1=BOS");
      features.add(i + 1 < n ? "sh+1=" + s.shape[i + 1] : "sh+1=EOS");
    }
    if (window) {
      for (int d = -2; d <= 2; d++) {
        if (d == 0) {
          continue;
        }
        int j = i + d;
        if (j >= 0 && j < n) {
          features.add(WINDOW_PREFIX[d + 2] + st[j]);
        } else if (d == -1) {
          features.add("s-1=BOS");
        } else if (d == 1) {
          features.add("s+1=EOS");
        }
      }
    }
    if (bigram) {
      features.add(i > 0 ? "b-=" + st[i - 1] + '|' + st[i] : "b-=BOS|" + st[i]);
      features.add(i + 1 < n ? "b+=" + st[i] + '|' + st[i + 1] : "b+=" + st[i] + "|EOS");
    }
    if (prevmap) {
      String pd = previous.get(st[i]);
      if (pd != null) {
        features.add("pd=" + pd);
      }
    }
    if (gazetteer || cue) {
      lexMatches.addFeatures(features, i, n, gazetteer, cue);
    }
    if (harvest) {
      harvestMatches.addFeatures(features, i, n, true, false);
    }
    if (vocab && s.shape[i].charAt(0) == 'a' && st[i].length() >= 2) {
      features.add(harvestMatches.isVocab(i) ? "v=common" : "v=rare");
    }
    if (lexClass) {
      extra.lexFeatures(features, i, n);
    }
    if (translit && s.shape[i].charAt(0) == 'a') {
      Translit.features(features, st[i], s.a, s.first + i);
    }
    if (project) {
      extra.projectFeatures(features, i, n);
    }
    if (heads) {
      extra.headFeatures(features, i);
    }
    if (doc) {
      DocMemory m = ctx.docFor(s.a);
      if (m != null) {
        m.features(features, s.first + i, s.first, s.first + n);
      }
    }
    if (cluster) {
      clusterFeatures(features, i, n);
    }
  }

  private static final String[] CLUSTER_PREFIX = {"k-2=", "k-1=", "k=", "k+1=", "k+2="};
  private static final int[] PATH_PREFIXES = {4, 8, 12};

  /**
   * The cluster of the token ({@code k=}, {@code k=-} when it has none) and of its neighbours within
   * the map's window ({@code k-1=} ..., {@code BOS}/{@code EOS} past the sentence), and for bit-string
   * paths the token's path prefixes of 4, 8 and 12 bits ({@code kp4=} ...).
   */
  private void clusterFeatures(List<String> features, int i, int n) {
    int w = clusters.window();
    for (int d = -w; d <= w; d++) {
      int j = i + d;
      String label = j < 0 ? "BOS" : j >= n ? "EOS" : clusterOf[j];
      features.add(CLUSTER_PREFIX[d + 2] + (label == null ? "-" : label));
    }
    String own = clusterOf[i];
    if (own != null && clusters.paths()) {
      for (int len : PATH_PREFIXES) {
        if (own.length() > len) {
          features.add("kp" + len + "=" + own.substring(0, len));
        }
      }
    }
  }

  private void match(NerSentence s) {
    if (cluster) {
      if (clusterOf.length < s.n) {
        clusterOf = new String[Math.max(s.n, clusterOf.length * 2)];
      }
      for (int i = 0; i < s.n; i++) {
        clusterOf[i] = clusters.label(s.stem[i]);
      }
    }
    if (lexClass || heads) {
      extra.classify(s);
    }
    if (project) {
      extra.project(s);
    }
    if (gazetteer || cue || dictionary || heads) {
      lexMatches.match(s, lexicon);
    }
    if (harvest || vocab) {
      harvestMatches.match(s, ctx.harvestOverride != null ? ctx.harvestOverride : harvested);
    }
    if (heads) {
      extra.heads(s, lexMatches, lexicon);
    }
  }

  /** Per-sentence state of the lexicon-class, project-gazetteer and head features. */
  private static final class Extra {
    private static final int PUNCT = TokenKind.PUNCTUATION.ordinal();
    private static final int ARABIC = TokenKind.ARABIC.ordinal();
    private static final int HEAD_WINDOW = 4;
    private static final EntryKind[] KINDS = EntryKind.values();
    private static final String[][] PZ = new String[6][KINDS.length * 4 + 1];

    static {
      String[] pre = {"pz=B-", "pz=I-", "pz-1=", "pz+1=", "pz=B~", "pz=I~"};
      for (int p = 0; p < pre.length; p++) {
        for (int k = 0; k < KINDS.length; k++) {
          PZ[p][k] = pre[p] + KINDS[k].name();
          PZ[p][k + KINDS.length] = pre[p] + "INST";
        }
      }
    }

    private final StemLexicon stems = StemLexicon.standard();
    private final Gazetteer gazetteer = Gazetteer.builtIn();
    private final GazetteerMatches matches = new GazetteerMatches();
    private final char[] buf = new char[64];
    private int[] lx = new int[64];
    /** Per token: project kind index + 1 (0 none), ambiguity bit 1 << 8, begin bit 1 << 9. */
    private int[] pz = new int[64];
    private String[] hd = new String[64];
    private NerSentence s;

    void classify(NerSentence sentence) {
      this.s = sentence;
      int n = sentence.n;
      if (lx.length < n) {
        lx = new int[Math.max(n, lx.length * 2)];
      }
      Analysis a = sentence.a;
      for (int i = 0; i < n; i++) {
        int t = sentence.first + i;
        lx[i] = a.tokKind[t] == ARABIC ? StemKeys.lexClass(a, t, stems, buf) : 0;
      }
    }

    void lexFeatures(List<String> features, int i, int n) {
      features.add("lx=" + StemKeys.lexCode(lx[i]));
      String prev = i > 0 ? StemKeys.lexCode(lx[i - 1]) : "BOS";
      features.add("lx-1=" + prev);
      features.add(i + 1 < n ? "lx+1=" + StemKeys.lexCode(lx[i + 1]) : "lx+1=EOS");
      features.add("lxb=" + prev + "|" + StemKeys.lexCode(lx[i]));
      // an unknown or name word with the neighbouring words: الرئيس + unknown, unknown + يقول
      if ((lx[i] & (StemKeys.LX_UNKNOWN | StemKeys.LX_NAME)) != 0) {
        String code = StemKeys.lexCode(lx[i]);
        features.add(i > 0 ? "lxs-1=" + s.stem[i - 1] + "|" + code : "lxs-1=BOS|" + code);
        features.add(i + 1 < n ? "lxs+1=" + code + "|" + s.stem[i + 1] : "lxs+1=" + code + "|EOS");
      }
    }

    void project(NerSentence sentence) {
      int n = sentence.n;
      if (pz.length < n) {
        pz = new int[Math.max(n, pz.length * 2)];
      }
      Arrays.fill(pz, 0, n, 0);
      matches.clear();
      gazetteer.findAll(sentence.a, sentence.first, sentence.first + n, matches);
      for (int m = 0; m < matches.size(); m++) {
        GazetteerEntry e = matches.entry(m);
        int kind = e.kind().ordinal();
        if (e.kind() == EntryKind.SECTOR && e.institution()) {
          kind += KINDS.length;
        }
        int v = (kind + 1) | (matches.ambiguous(m, 0) ? 1 << 8 : 0);
        int from = matches.firstToken(m) - sentence.first;
        int to = matches.endToken(m) - sentence.first;
        for (int k = Math.max(0, from); k < to && k < n; k++) {
          pz[k] = v | (k == from ? 1 << 9 : 0);
        }
      }
    }

    void projectFeatures(List<String> features, int i, int n) {
      int v = pz[i];
      if (v != 0) {
        boolean amb = (v & (1 << 8)) != 0;
        boolean begin = (v & (1 << 9)) != 0;
        features.add(PZ[(begin ? 0 : 1) + (amb ? 4 : 0)][(v & 0xff) - 1]);
      }
      if (i > 0 && pz[i - 1] != 0) {
        features.add(PZ[2][(pz[i - 1] & 0xff) - 1]);
      }
      if (i + 1 < n && pz[i + 1] != 0) {
        features.add(PZ[3][(pz[i + 1] & 0xff) - 1]);
      }
    }

    /**
     * Finds, for each token, the nearest head noun of an organization or place to its left within
     * {@value #HEAD_WINDOW} tokens, not across punctuation, a verb or a function word.
     */
    void heads(NerSentence sentence, Matches cues, NerLexicon lexicon) {
      int n = sentence.n;
      if (hd.length < n) {
        hd = new String[Math.max(n, hd.length * 2)];
      }
      Arrays.fill(hd, 0, n, null);
      long org = cues.bitOf(lexicon, "cue.ORG");
      long loc = cues.bitOf(lexicon, "cue.LOC");
      Analysis a = sentence.a;
      for (int i = 1; i < n; i++) {
        for (int j = i - 1; j >= 0 && j >= i - HEAD_WINDOW; j--) {
          int t = sentence.first + j;
          long here = j < cues.begin.length ? cues.begin[j] : 0L;
          int d = i - j;
          if ((here & org) != 0) {
            hd[i] = HEAD[0][d];
            break;
          }
          if ((here & loc) != 0) {
            hd[i] = HEAD[1][d];
            break;
          }
          int c = lx[j];
          if (a.tokKind[t] == PUNCT || ((c & (StemKeys.LX_FUNC | StemKeys.LX_VERB)) != 0
              && (c & (StemKeys.LX_NOUN | StemKeys.LX_NAME)) == 0)) {
            break;
          }
        }
      }
    }

    private static final String[][] HEAD = new String[2][HEAD_WINDOW + 1];

    static {
      for (int d = 1; d <= HEAD_WINDOW; d++) {
        HEAD[0][d] = "hd=ORG" + d;
        HEAD[1][d] = "hd=LOC" + d;
      }
    }

    void headFeatures(List<String> features, int i) {
      if (hd[i] != null) {
        features.add(hd[i]);
      }
    }
  }

  /**
   * Remembers the outcome of every stem of the sentence for the rest of the document.
   *
   * @param tokens the sentence's tokens
   * @param outcomes their outcomes
   */
  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    if (!prevmap) {
      return;
    }
    NerSentence s = ctx.sentence(tokens);
    for (int i = 0; i < s.n; i++) {
      previous.put(s.stem[i], outcomes[i]);
    }
  }

  /** Forgets the document's previous decisions. */
  @Override
  public void clearAdaptiveData() {
    previous.clear();
  }

  /** Lexicon matches of one sentence: per token, the category bits that begin, continue or end there. */
  private static final class Matches {
    long[] begin = new long[64];
    long[] inside = new long[64];
    long[] end = new long[64];
    private final long[] longestEnd = new long[NerLexicon.MAX_CATEGORIES];
    private final int[] until = new int[NerLexicon.MAX_CATEGORIES];
    private int[] word = new int[64];
    private NerLexicon labelsFor;
    private String[] bTag;
    private String[] iTag;
    private String[] bPrev;
    private String[] iPrev;
    private String[] bNext;
    private String[] iNext;
    private String[] cueIn;
    private String[] cuePrev1;
    private String[] cuePrev2;
    private String[] cueNext;
    private boolean[] isCue;
    private boolean[] isVocab;
    private long vocabBits;

    /** The bit of a category, or 0 when the lexicon has none of that name. */
    long bitOf(NerLexicon lex, String category) {
      for (int c = 0; c < lex.categoryCount(); c++) {
        if (lex.category(c).equals(category)) {
          return 1L << c;
        }
      }
      return 0L;
    }

    boolean isVocab(int i) {
      return ((begin[i] | inside[i]) & vocabBits) != 0;
    }

    void match(NerSentence s, NerLexicon lex) {
      int n = s.n;
      if (begin.length < n) {
        int cap = Math.max(n, begin.length * 2);
        begin = new long[cap];
        inside = new long[cap];
        end = new long[cap];
        word = new int[cap];
      }
      Arrays.fill(begin, 0, n, 0L);
      Arrays.fill(inside, 0, n, 0L);
      Arrays.fill(end, 0, n, 0L);
      if (lex != labelsFor) {
        labels(lex);
      }
      if (lex.categoryCount() == 0) {
        return;
      }
      boolean any = false;
      for (int i = 0; i < n; i++) {
        word[i] = lex.wordId(s.a, s.first + i);
        any |= word[i] >= 0;
      }
      if (!any) {
        return;
      }
      long covered = 0L; // categories whose current match still covers position i
      long[] coveredUntil = longestEnd;
      int[] until = this.until;
      for (int i = 0; i < n; i++) {
        // expire matches that ended
        for (int c = 0; c < lex.categoryCount(); c++) {
          if ((covered & (1L << c)) != 0 && until[c] <= i) {
            covered &= ~(1L << c);
          }
        }
        if (word[i] < 0) {
          continue;
        }
        long seen = 0L;
        int node = 0;
        for (int j = i; j < n && word[j] >= 0; j++) {
          node = lex.child(node, word[j]);
          if (node < 0) {
            break;
          }
          long m = lex.mask(node);
          if (m != 0) {
            for (long bits = m; bits != 0; bits &= bits - 1) {
              coveredUntil[Long.numberOfTrailingZeros(bits)] = j + 1;
            }
            seen |= m;
          }
        }
        long fresh = seen & ~covered;
        for (long bits = fresh; bits != 0; bits &= bits - 1) {
          int c = Long.numberOfTrailingZeros(bits);
          long bit = 1L << c;
          int e = (int) coveredUntil[c];
          begin[i] |= bit;
          for (int k = i + 1; k < e; k++) {
            inside[k] |= bit;
          }
          end[e - 1] |= bit;
          until[c] = e;
          covered |= bit;
        }
      }
    }

    private void labels(NerLexicon lex) {
      int k = lex.categoryCount();
      bTag = new String[k];
      iTag = new String[k];
      bPrev = new String[k];
      iPrev = new String[k];
      bNext = new String[k];
      iNext = new String[k];
      cueIn = new String[k];
      cuePrev1 = new String[k];
      cuePrev2 = new String[k];
      cueNext = new String[k];
      isCue = new boolean[k];
      isVocab = new boolean[k];
      vocabBits = 0L;
      for (int c = 0; c < k; c++) {
        String name = lex.category(c);
        int dot = name.indexOf('.');
        String kind = dot < 0 ? name : name.substring(0, dot);
        String label = dot < 0 ? name : name.substring(dot + 1);
        String p = kind.equals("harvest") ? "h" : "g";
        isCue[c] = kind.equals("cue");
        isVocab[c] = kind.equals("vocab") || kind.equals("dict");
        if (isVocab[c]) {
          vocabBits |= 1L << c;
        }
        bTag[c] = p + "=B-" + label;
        iTag[c] = p + "=I-" + label;
        bPrev[c] = p + "-1=B-" + label;
        iPrev[c] = p + "-1=I-" + label;
        bNext[c] = p + "+1=B-" + label;
        iNext[c] = p + "+1=I-" + label;
        cueIn[c] = "q=" + label;
        cuePrev1[c] = "q-1=" + label;
        cuePrev2[c] = "q-2=" + label;
        cueNext[c] = "q+1=" + label;
      }
      labelsFor = lex;
    }

    void addFeatures(List<String> features, int i, int n, boolean names, boolean cues) {
      long here = (begin[i] | inside[i]) & ~vocabBits;
      long prev = i > 0 ? (begin[i - 1] | inside[i - 1]) & ~vocabBits : 0L;
      long next = i + 1 < n ? (begin[i + 1] | inside[i + 1]) & ~vocabBits : 0L;
      if ((here | prev | next | (i > 1 ? end[i - 2] & ~vocabBits : 0L)) == 0) {
        return;
      }
      for (long bits = here; bits != 0; bits &= bits - 1) {
        int c = Long.numberOfTrailingZeros(bits);
        if (isCue[c]) {
          if (cues) {
            features.add(cueIn[c]);
          }
        } else if (names) {
          features.add((begin[i] & (1L << c)) != 0 ? bTag[c] : iTag[c]);
        }
      }
      for (long bits = prev; bits != 0; bits &= bits - 1) {
        int c = Long.numberOfTrailingZeros(bits);
        if (isCue[c]) {
          if (cues && (end[i - 1] & (1L << c)) != 0) {
            features.add(cuePrev1[c]);
          }
        } else if (names) {
          features.add((begin[i - 1] & (1L << c)) != 0 ? bPrev[c] : iPrev[c]);
        }
      }
      for (long bits = next; bits != 0; bits &= bits - 1) {
        int c = Long.numberOfTrailingZeros(bits);
        if (isCue[c]) {
          if (cues && (begin[i + 1] & (1L << c)) != 0) {
            features.add(cueNext[c]);
          }
        } else if (names) {
          features.add((begin[i + 1] & (1L << c)) != 0 ? bNext[c] : iNext[c]);
        }
      }
      if (cues && i > 1) {
        for (long bits = end[i - 2]; bits != 0; bits &= bits - 1) {
          int c = Long.numberOfTrailingZeros(bits);
          if (isCue[c]) {
            features.add(cuePrev2[c]);
          }
        }
      }
    }
  }
}
