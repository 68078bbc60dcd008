package org.khabar.internal.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import opennlp.tools.util.Span;
import org.khabar.SegmentKind;
import org.khabar.TokenKind;
import org.khabar.internal.Analysis;
import org.khabar.internal.normalize.ArabicNormalizer;
import org.khabar.internal.segment.SegmentNorms;
import org.khabar.internal.tokenize.ArabicTokenizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project's gazetteers compiled into one trie over normalized words, and the matcher that finds
 * gazetteer names in an {@link Analysis}.
 *
 * <p>Names are keyed by their tokens (as {@link ArabicTokenizer} splits them) normalized at the
 * {@link ArabicNormalizer#MATCH} level, ASCII letters lower-cased, joined by one space. Matching
 * walks the normalized chars of the analysis ({@code normBuf} between {@code tokNormStart} and
 * {@code tokNormEnd}, filled by the segmenter) and builds no string. A match starts at a token,
 * possibly after its attached proclitics ({@code و ف} then {@code ب ل ك}, and {@code لل} standing for
 * {@code ل + ال}: {@code وللأمم المتحدة} matches {@code الأمم المتحدة} with the span starting at the
 * article's {@code ل}), and ends at the end of a token. Proclitic segments marked by the segmenter
 * ({@link SegmentKind#CONJ}, {@link SegmentKind#PREP}) are skipped as well. {@link #findAll} also
 * joins a nationality adjective that directly follows an organization, a group or an institution
 * noun (flagged ORG in the sector file) to that match: {@code الحكومة اليمنية} and {@code الهلال
 * الأحمر المصري} are one match each (see {@link GazetteerMatches#modifier(int)}).
 *
 * <p>The built-in instance ({@link #builtIn()}) is loaded once from the data files beside this class
 * (countries, places, organizations, groups, persons, sector nouns); see the README there.
 *
 * <p>Immutable and thread-safe; matching needs a caller-owned {@link GazetteerMatches} buffer.
 */
public final class Gazetteer {
  private static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);

  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char LAM = '\u0644';
  private static final char KAF = '\u0643';
  private static final char ALEF = '\u0627';
  private static final int ARABIC = TokenKind.ARABIC.ordinal();
  private static final int LATIN = TokenKind.LATIN.ordinal();
  private static final int OTHER = TokenKind.OTHER.ordinal();
  private static final int CONJ = SegmentKind.CONJ.ordinal();
  private static final int PREP = SegmentKind.PREP.ordinal();
  private static final int ART = SegmentKind.ART.ordinal();

  private final GazetteerEntry[] entries;
  private final CharTrie trie;
  /** Per trie value v: items are {@code lists[v + 1 .. v + lists[v]]}, each {@code entry << 1 | ambiguous}. */
  private final int[] lists;
  private final CharTrie words;
  private final SortedSet<String> names;
  private final SortedSet<String> nameWords;
  private final Map<String, GazetteerEntry> byId;

  private Gazetteer(GazetteerLoader loader) {
    List<GazetteerLoader.Raw> raws = loader.raws();
    entries = new GazetteerEntry[raws.size()];
    Map<String, GazetteerEntry> ids = new HashMap<>();
    for (int i = 0; i < entries.length; i++) {
      entries[i] = raws.get(i).toEntry(i);
      ids.put(entries[i].id(), entries[i]);
    }
    byId = Collections.unmodifiableMap(ids);
    // key -> items
    Map<String, List<Integer>> keyItems = new HashMap<>();
    ArabicTokenizer tok = new ArabicTokenizer();
    for (int i = 0; i < entries.length; i++) {
      GazetteerLoader.Raw r = raws.get(i);
      for (String v : r.variants) {
        String key = key(tok, v);
        if (!isWordish(key)) {
          throw new IllegalStateException(r.source + ": name '" + v + "' has no word");
        }
        List<Integer> items = keyItems.computeIfAbsent(key, k -> new ArrayList<>());
        int item = i << 1 | (r.ambiguous.contains(v) ? 1 : 0);
        boolean seen = false;
        for (int k = 0; k < items.size(); k++) {
          if (items.get(k) >> 1 == i) {
            seen = true;
            items.set(k, items.get(k) & item); // ambiguous only if every variant giving this key is
          }
        }
        if (!seen) {
          items.add(item);
        }
      }
    }
    CharTrie.Builder tb = new CharTrie.Builder();
    CharTrie.Builder wb = new CharTrie.Builder();
    int[] packed = new int[keyItems.size() * 3 + 16];
    int used = 0;
    TreeSet<String> allNames = new TreeSet<>();
    TreeSet<String> allWords = new TreeSet<>();
    List<String> keys = new ArrayList<>(keyItems.keySet());
    Collections.sort(keys);
    for (String key : keys) {
      List<Integer> items = keyItems.get(key);
      items.sort((x, y) -> {
        int c = Boolean.compare((x & 1) != 0, (y & 1) != 0);
        if (c != 0) {
          return c;
        }
        c = entries[x >> 1].kind().compareTo(entries[y >> 1].kind());
        return c != 0 ? c : Integer.compare(x >> 1, y >> 1);
      });
      if (used + items.size() + 1 > packed.length) {
        packed = Arrays.copyOf(packed, (used + items.size() + 1) * 2);
      }
      int node = tb.add(key);
      tb.setValue(node, used);
      packed[used++] = items.size();
      for (int it : items) {
        packed[used++] = it;
      }
      allNames.add(key);
      for (String w : key.split(" ")) {
        if (isWordish(w)) {
          allWords.add(w);
          wb.setValue(wb.add(w), 0);
        }
      }
    }
    lists = Arrays.copyOf(packed, used);
    trie = tb.build();
    words = wb.build();
    names = Collections.unmodifiableSortedSet(allNames);
    nameWords = Collections.unmodifiableSortedSet(allWords);
  }

  private static boolean isWordish(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the built-in gazetteer, loading it on first use (once per class loader).
   *
   * @return the shared instance
   * @throws IllegalStateException if a data file is missing or malformed (a packaging bug)
   */
  public static Gazetteer builtIn() {
    return Holder.INSTANCE;
  }

  /** Lazy holder: the JVM runs the load once, thread-safely. */
  private static final class Holder {
    static final Gazetteer INSTANCE = load();

    private static Gazetteer load() {
      long t0 = System.nanoTime();
      Gazetteer g = new Gazetteer(GazetteerLoader.builtIn());
      LOG.debug("gazetteer loaded: {} entries, {} names, {} trie nodes in {} ms", g.entries.length,
          g.names.size(), g.trie.nodeCount(), (System.nanoTime() - t0) / 1_000_000);
      return g;
    }
  }

  /**
   * Builds a gazetteer from data given as text, in the formats of the built-in files (for tests and
   * for users' own lists).
   *
   * @param files pairs of file name ({@code countries.tsv}, {@code places.tsv},
   *     {@code organizations.tsv}, {@code groups.tsv}, {@code persons.tsv}, {@code sectors.tsv}) and
   *     content, in load order; codes must be defined by an earlier countries file
   * @return the gazetteer
   * @throws IllegalStateException naming the file and line if the data is malformed
   * @throws IllegalArgumentException if a file name is unknown or the array has odd length
   */
  public static Gazetteer of(String... files) {
    if (files.length % 2 != 0) {
      throw new IllegalArgumentException("files must be (name, content) pairs, got " + files.length
          + " strings");
    }
    GazetteerLoader l = new GazetteerLoader();
    for (int i = 0; i < files.length; i += 2) {
      l.parse(files[i], files[i + 1]);
    }
    return new Gazetteer(l);
  }

  /**
   * Returns the normalized key of a name: its tokens normalized at the {@link ArabicNormalizer#MATCH}
   * level, ASCII letters lower-cased, joined by single spaces.
   *
   * @param name a name as written
   * @return the key ({@code الامم المتحده} for {@code الأمم المتحدة})
   */
  public static String key(String name) {
    return key(new ArabicTokenizer(), name);
  }

  private static String key(ArabicTokenizer tok, String name) {
    StringBuilder sb = new StringBuilder();
    for (Span s : tok.tokenizePos(name)) {
      String n = ArabicNormalizer.normalize(name, s.getStart(), s.getEnd(), ArabicNormalizer.MATCH);
      if (n.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      for (int i = 0; i < n.length(); i++) {
        sb.append(fold(n.charAt(i)));
      }
    }
    return sb.toString();
  }

  private static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  // ------------------------------------------------------------------ entries and name lists

  /**
   * Returns the number of entries.
   *
   * @return the entry count
   */
  public int entryCount() {
    return entries.length;
  }

  /**
   * Returns an entry by index.
   *
   * @param index from 0 to {@link #entryCount()} - 1
   * @return the entry
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public GazetteerEntry entry(int index) {
    return entries[index];
  }

  /**
   * Returns all entries in file order.
   *
   * @return an unmodifiable list
   */
  public List<GazetteerEntry> entries() {
    return List.of(entries);
  }

  /**
   * Returns an entry by id.
   *
   * @param id the id ({@code country:EGY}, {@code org:UN}, {@code per:sisi})
   * @return the entry, or empty
   */
  public Optional<GazetteerEntry> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Returns the entries whose names include {@code name} once normalized, preferred first
   * (non-ambiguous first, then by {@link EntryKind} order).
   *
   * @param name a name as written, with or without diacritics and hamza
   * @return the entries, empty when the name is not in the gazetteer
   */
  public List<GazetteerEntry> lookup(String name) {
    String k = key(name);
    char[] cs = k.toCharArray();
    int v = trie.get(cs, 0, cs.length);
    if (v < 0) {
      return List.of();
    }
    List<GazetteerEntry> out = new ArrayList<>(lists[v]);
    for (int i = 1; i <= lists[v]; i++) {
      out.add(entries[lists[v + i] >> 1]);
    }
    return out;
  }

  /**
   * Returns every normalized name (single and multi-word), for instance for a segmenter that must not
   * split {@code بغداد} as {@code ب + غداد}.
   *
   * @return the sorted, unmodifiable set of keys (see {@link #key(String)})
   */
  public SortedSet<String> names() {
    return names;
  }

  /**
   * Returns every normalized word that occurs in a name (the single-word names and each word of the
   * multi-word names).
   *
   * @return the sorted, unmodifiable set
   */
  public SortedSet<String> nameWords() {
    return nameWords;
  }

  /**
   * Returns whether {@code buf[off, off + len)}, a word already normalized at the
   * {@link ArabicNormalizer#MATCH} level, is a word of some name. Allocates nothing.
   *
   * @param buf the chars
   * @param off the first char
   * @param len the number of chars
   * @return true when the word is in {@link #nameWords()}
   */
  public boolean isNameWord(char[] buf, int off, int len) {
    return words.get(buf, off, len) >= 0;
  }

  /**
   * Returns whether {@code buf[off, off + len)}, normalized at the {@link ArabicNormalizer#MATCH}
   * level, is a whole single-word name. Allocates nothing.
   *
   * @param buf the chars
   * @param off the first char
   * @param len the number of chars
   * @return true when the word is in {@link #names()}
   */
  public boolean isName(char[] buf, int off, int len) {
    return trie.get(buf, off, len) >= 0;
  }

  // ------------------------------------------------------------------ matching

  int itemCount(int value) {
    return lists[value];
  }

  int item(int value, int k) {
    return lists[value + 1 + k];
  }

  /**
   * Finds the leftmost-longest non-overlapping names in the whole analysis, sentence by sentence,
   * replacing the content of {@code out}.
   *
   * @param a an analysis after the segmenter (token norms filled)
   * @param out the buffer that receives the matches, in text order
   */
  public void findAll(Analysis a, GazetteerMatches out) {
    out.reset(this);
    if (a.sentenceCount == 0) {
      scanRange(a, 0, a.tokenCount, out);
      return;
    }
    for (int s = 0; s < a.sentenceCount; s++) {
      scanRange(a, a.sentFirstToken[s], a.sentEndToken[s], out);
    }
  }

  /**
   * Finds the leftmost-longest non-overlapping names in a token range, appending to {@code out}.
   *
   * @param a an analysis after the segmenter
   * @param firstToken the first token, inclusive
   * @param endToken the last token, exclusive; no match extends past it
   * @param out the buffer that receives the matches (not cleared)
   * @throws IndexOutOfBoundsException if the range is not inside the analysis' tokens
   */
  public void findAll(Analysis a, int firstToken, int endToken, GazetteerMatches out) {
    if (firstToken < 0 || endToken > a.tokenCount || firstToken > endToken) {
      throw new IndexOutOfBoundsException("token range [" + firstToken + ", " + endToken
          + ") outside [0, " + a.tokenCount + ")");
    }
    out.bind(this);
    scanRange(a, firstToken, endToken, out);
  }

  private void scanRange(Analysis a, int from, int to, GazetteerMatches out) {
    int t = from;
    while (t < to) {
      int end = longestAt(a, t, to, out);
      if (end > t && end < to) {
        end = joinNisba(a, end, to, out);
      }
      t = end > t ? end : t + 1;
    }
  }

  /**
   * Joins a nationality adjective that directly follows an organization, group or institution noun
   * to the last match ({@code الحكومة اليمنية}).
   *
   * @return the new end token of the last match
   */
  private int joinNisba(Analysis a, int t, int to, GazetteerMatches out) {
    GazetteerEntry head = out.entry(out.size() - 1);
    EntryKind k = head.kind();
    if (k != EntryKind.ORGANIZATION && k != EntryKind.GROUP && !head.institution()) {
      return t;
    }
    int kind = a.tokKind[t];
    if (kind != ARABIC || a.tokNormStart[t] >= a.tokNormEnd[t]) {
      return t;
    }
    long m = scan(a, t, to, a.tokNormStart[t], false);
    if (m < 0) {
      return t;
    }
    int value = (int) m;
    int item = lists[value + 1];
    if (entries[item >> 1].kind() != EntryKind.NISBA || (item & 1) != 0) {
      return t;
    }
    int endToken = (int) (m >>> 32);
    out.extendLast(endToken, a.tokEnd[endToken - 1], value);
    return endToken;
  }

  /**
   * Finds the longest name starting at token {@code t} (after its proclitics) and ending at or before
   * {@code limit}, and appends it to {@code out}.
   *
   * @param a an analysis after the segmenter
   * @param t the start token
   * @param limit the exclusive token limit
   * @param out the buffer that receives the match (not cleared)
   * @return the end token of the match, or -1 when no name starts at {@code t}
   */
  public int longestAt(Analysis a, int t, int limit, GazetteerMatches out) {
    out.bind(this);
    int kind = a.tokKind[t];
    if (kind != ARABIC && kind != LATIN && kind != OTHER) {
      return -1;
    }
    int s = a.tokNormStart[t];
    int e = a.tokNormEnd[t];
    if (s >= e) {
      return -1;
    }
    long best = scan(a, t, limit, s, false);
    int bestFrom = s;
    boolean bestVirtual = false;
    if (kind == ARABIC) {
      char[] n = a.normBuf;
      int p = s;
      if (e - p > 2 && (n[p] == WAW || n[p] == FEH)) {
        p++;
        long m = scan(a, t, limit, p, false);
        if (better(m, best)) {
          best = m;
          bestFrom = p;
          bestVirtual = false;
        }
      }
      if (e - p > 2 && (n[p] == BEH || n[p] == LAM || n[p] == KAF)) {
        long m = scan(a, t, limit, p + 1, false);
        if (better(m, best)) {
          best = m;
          bestFrom = p + 1;
          bestVirtual = false;
        }
        if (n[p] == LAM && n[p + 1] == LAM) {
          m = scan(a, t, limit, p + 1, true);
          if (better(m, best)) {
            best = m;
            bestFrom = p + 1;
            bestVirtual = true;
          }
        }
      }
      // proclitics as the segmenter marked them
      int g0 = a.segFirst[t];
      int g1 = a.segFirst[t + 1];
      int g = g0;
      while (g < g1 - 1 && ((a.segInfo[g] & 0xFF) == CONJ || (a.segInfo[g] & 0xFF) == PREP)) {
        g++;
      }
      if (g > g0 && g < g1) {
        int k = s;
        while (k < e && a.normAlign[k] < a.segStart[g]) {
          k++;
        }
        boolean virtual = (a.segInfo[g] & 0xFF) == ART
            && ((a.segInfo[g] >> 8) & SegmentNorms.ART_AFTER_LAM) != 0 && k < e && n[k] == LAM;
        if (k < e && (k != bestFrom || virtual != bestVirtual)) {
          long m = scan(a, t, limit, k, virtual);
          if (better(m, best)) {
            best = m;
            bestFrom = k;
            bestVirtual = virtual;
          }
        }
      }
    }
    if (best < 0) {
      return -1;
    }
    int endToken = (int) (best >>> 32);
    int value = (int) best;
    out.add(t, endToken, a.normAlign[bestFrom], a.tokEnd[endToken - 1], value);
    return endToken;
  }

  private static boolean better(long m, long best) {
    return m >= 0 && (best < 0 || (m >>> 32) > (best >>> 32));
  }

  /**
   * Walks the trie from {@code normFrom} in token {@code t} across following tokens.
   *
   * @return {@code endToken << 32 | value} of the longest name found, or -1
   */
  private long scan(Analysis a, int t, int limit, int normFrom, boolean virtualAlef) {
    int node = CharTrie.ROOT;
    if (virtualAlef) {
      node = trie.step(node, ALEF);
      if (node < 0) {
        return -1;
      }
    }
    char[] n = a.normBuf;
    long best = -1;
    int tok = t;
    int k = normFrom;
    while (true) {
      int e = a.tokNormEnd[tok];
      if (k >= e) {
        return best;
      }
      for (; k < e; k++) {
        node = trie.step(node, fold(n[k]));
        if (node < 0) {
          return best;
        }
      }
      int v = trie.value(node);
      if (v >= 0) {
        best = ((long) (tok + 1) << 32) | v;
      }
      tok++;
      if (tok >= limit) {
        return best;
      }
      node = trie.step(node, ' ');
      if (node < 0) {
        return best;
      }
      k = a.tokNormStart[tok];
    }
  }

  /**
   * Finds all names in an analysis and returns them as values (allocates; not for the hot path).
   *
   * @param a an analysis after the segmenter
   * @return the leftmost-longest non-overlapping matches in text order
   */
  public List<GazetteerMatch> find(Analysis a) {
    GazetteerMatches m = new GazetteerMatches();
    findAll(a, m);
    List<GazetteerMatch> out = new ArrayList<>(m.size());
    for (int i = 0; i < m.size(); i++) {
      out.add(m.toMatch(i));
    }
    return out;
  }
}
