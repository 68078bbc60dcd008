package org.khabar.internal.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trigger lexicon compiled into one automaton over normalized clitic-free word stems: a
 * dictionary from every generated stem (see {@link Forms}) to the pattern elements it realizes, and a
 * trie over element ids whose edges allow a bounded gap of other words. {@link TriggerMatcher} runs
 * it over an analysis in one left-to-right pass.
 *
 * <p>Immutable and thread-safe.
 */
public final class TriggerAutomaton {
  /** The most elements a pattern may have. */
  static final int MAX_ELEMENTS = 6;

  final List<LexiconEntry> rules;
  final WordSet forms;
  final int[] formElemStart;
  final int[] formElem;
  final int[] formFlags;
  /**
   * Table over (length, first letter, last letter) of every stem: a cheap filter before walking;
   * index {@link #shape(char[], int, int)}.
   */
  final boolean[] firstLast = new boolean[SHAPES];
  /** The same table over the stems that can start a pattern (used while no match is open). */
  final boolean[] startFirstLast = new boolean[SHAPES];
  /** The size of the shape tables: 16 lengths by 64 first letters by 64 last letters. */
  static final int SHAPES = 16 * 64 * 64;
  final int minLen;
  final int maxLen;
  final int elementCount;
  final int[] rootNext;
  final int[] edgeStart;
  final int[] edgeElem;
  final int[] edgeGap;
  final int[] edgeNext;
  final int[] maxGapOut;
  final int[] finalStart;
  final int[] finalRule;
  final String[] surfaceForms;
  /** Whether a form is a sports cue word. */
  final boolean[] sportsForm;
  /** Character trie over the stems: {@code trie[state * ALPHABET + code(c)]}, 0 for no transition. */
  final int[] trie;
  /** The stem (form index) ending at each trie state, or -1. */
  final int[] trieForm;
  /** The same trie over only the stems that can start a pattern: walked while no match is open. */
  final int[] startTrie0;
  /** The stem ending at each state of {@link #startTrie0}, or -1. */
  final int[] startTrieForm0;
  static final int ALPHABET = 43;

  private TriggerAutomaton(List<LexiconEntry> rules) {
    this.rules = List.copyOf(rules);
    // 1. elements, deduplicated by kind and lemmas
    Map<String, Integer> elementIds = new LinkedHashMap<>();
    List<LexiconEntry.Element> elements = new ArrayList<>();
    int[][] ruleElems = new int[rules.size()][];
    for (int r = 0; r < rules.size(); r++) {
      List<LexiconEntry.Element> es = rules.get(r).elements();
      ruleElems[r] = new int[es.size()];
      for (int i = 0; i < es.size(); i++) {
        LexiconEntry.Element e = es.get(i);
        Integer id = elementIds.get(e.key());
        if (id == null) {
          id = elements.size();
          elementIds.put(e.key(), id);
          elements.add(e);
        }
        ruleElems[r][i] = id;
      }
    }
    elementCount = elements.size();
    // 2. the stem dictionary: stem -> (element, flags)*
    Map<String, List<int[]>> dict = new LinkedHashMap<>();
    for (int id = 0; id < elements.size(); id++) {
      for (Map.Entry<String, Integer> f : Forms.of(elements.get(id)).entrySet()) {
        List<int[]> l = dict.computeIfAbsent(f.getKey(), k -> new ArrayList<>());
        boolean dup = false;
        for (int[] x : l) {
          if (x[0] == id) {
            x[1] |= f.getValue();
            dup = true;
          }
        }
        if (!dup) {
          l.add(new int[] {id, f.getValue()});
        }
      }
    }
    // cue words (sports) ride in the same dictionary with no element: the matcher counts them per
    // sentence while it walks the words anyway
    for (String w : Words.SPORTS.words()) {
      dict.computeIfAbsent(w, k -> new ArrayList<>());
    }
    List<String> keys = new ArrayList<>(dict.keySet());
    sportsForm = new boolean[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      sportsForm[i] = Words.SPORTS.contains(keys.get(i));
    }
    forms = new WordSet(keys);
    surfaceForms = keys.toArray(new String[0]);
    formElemStart = new int[keys.size() + 1];
    int total = 0;
    for (String k : keys) {
      total += dict.get(k).size();
    }
    formElem = new int[total];
    formFlags = new int[total];
    int p = 0;
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (int i = 0; i < keys.size(); i++) {
      formElemStart[i] = p;
      for (int[] x : dict.get(keys.get(i))) {
        formElem[p] = x[0];
        formFlags[p] = x[1];
        p++;
      }
      String k = keys.get(i);
      min = Math.min(min, k.length());
      max = Math.max(max, k.length());
      firstLast[shape(k)] = true;
    }
    formElemStart[keys.size()] = p;
    // the character tries over the stems (all of them, and those that can start a pattern)
    boolean[] all = new boolean[keys.size()];
    java.util.Arrays.fill(all, true);
    int[][] full = buildTrie(keys, all);
    trie = full[0];
    trieForm = full[1];
    minLen = keys.isEmpty() ? 1 : min;
    maxLen = max;
    // 3. the trie over element ids
    Map<Long, Integer> trans = new HashMap<>();
    List<List<int[]>> out = new ArrayList<>(); // per state: {elem, gap, next}
    List<List<Integer>> finals = new ArrayList<>();
    out.add(new ArrayList<>());
    finals.add(new ArrayList<>());
    for (int r = 0; r < rules.size(); r++) {
      int s = 0;
      List<LexiconEntry.Element> es = rules.get(r).elements();
      for (int i = 0; i < es.size(); i++) {
        int gap = i == 0 ? 0 : es.get(i).gapBefore();
        long key = ((long) s << 32) | ((long) ruleElems[r][i] << 8) | gap;
        Integer n = trans.get(key);
        if (n == null) {
          n = out.size();
          out.add(new ArrayList<>());
          finals.add(new ArrayList<>());
          trans.put(key, n);
          out.get(s).add(new int[] {ruleElems[r][i], gap, n});
        }
        s = n;
      }
      finals.get(s).add(r);
    }
    int states = out.size();
    rootNext = new int[elementCount];
    java.util.Arrays.fill(rootNext, -1);
    for (int[] e : out.get(0)) {
      rootNext[e[0]] = e[2];
    }
    edgeStart = new int[states + 1];
    maxGapOut = new int[states];
    finalStart = new int[states + 1];
    int ne = 0;
    int nf = 0;
    for (int s = 0; s < states; s++) {
      ne += s == 0 ? 0 : out.get(s).size();
      nf += finals.get(s).size();
    }
    edgeElem = new int[ne];
    edgeGap = new int[ne];
    edgeNext = new int[ne];
    finalRule = new int[nf];
    int pe = 0;
    int pf = 0;
    for (int s = 0; s < states; s++) {
      edgeStart[s] = pe;
      maxGapOut[s] = -1;
      if (s != 0) {
        for (int[] e : out.get(s)) {
          edgeElem[pe] = e[0];
          edgeGap[pe] = e[1];
          edgeNext[pe] = e[2];
          maxGapOut[s] = Math.max(maxGapOut[s], e[1]);
          pe++;
        }
      }
      finalStart[s] = pf;
      for (int r : finals.get(s)) {
        finalRule[pf++] = r;
      }
    }
    edgeStart[states] = pe;
    finalStart[states] = pf;
    boolean[] starts = new boolean[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      starts[i] = sportsForm[i];
      for (int k = formElemStart[i]; k < formElemStart[i + 1]; k++) {
        if (rootNext[formElem[k]] >= 0) {
          starts[i] = true;
        }
      }
    }
    for (int i = 0; i < keys.size(); i++) {
      if (starts[i]) {
        String k = keys.get(i);
        startFirstLast[shape(k)] = true;
      }
    }
    int[][] st = buildTrie(keys, starts);
    startTrie0 = st[0];
    startTrieForm0 = st[1];
  }

  private static int[][] buildTrie(List<String> keys, boolean[] take) {
    int cap = 1;
    for (int i = 0; i < keys.size(); i++) {
      if (take[i]) {
        cap += keys.get(i).length();
      }
    }
    int[] t = new int[cap * ALPHABET];
    int[] tf = new int[cap];
    java.util.Arrays.fill(tf, -1);
    int n = 1;
    for (int i = 0; i < keys.size(); i++) {
      if (!take[i]) {
        continue;
      }
      String k = keys.get(i);
      int st = 0;
      boolean ok = true;
      for (int j = 0; j < k.length(); j++) {
        int c = code(k.charAt(j));
        if (c == 0) {
          ok = false; // a stem with a letter outside the table can never match a word
          break;
        }
        int nx = t[st * ALPHABET + c];
        if (nx == 0) {
          nx = n++;
          t[st * ALPHABET + c] = nx;
        }
        st = nx;
      }
      if (ok) {
        tf[st] = i;
      }
    }
    return new int[][] {java.util.Arrays.copyOf(t, n * ALPHABET), java.util.Arrays.copyOf(tf, n)};
  }

  /**
   * Compiles a lexicon.
   *
   * @param rules the rules, in priority order
   * @return the automaton
   */
  public static TriggerAutomaton compile(List<LexiconEntry> rules) {
    return new TriggerAutomaton(rules);
  }

  /** The trie's letter code: 1..42 for U+0621..U+064A, 0 for any other char. */
  static int code(char c) {
    return c >= '\u0621' && c <= '\u064A' ? c - '\u0620' : 0;
  }

  /**
   * The shape of a word for the filter tables: its length (15 for 15 or more), first and last letter.
   *
   * @param b the chars
   * @param s the first char
   * @param e the end
   * @return the table index
   */
  static int shape(char[] b, int s, int e) {
    return (Math.min(e - s, 15) << 12) | (bucket(b[s]) << 6) | bucket(b[e - 1]);
  }

  private static int shape(String k) {
    return (Math.min(k.length(), 15) << 12) | (bucket(k.charAt(0)) << 6) | bucket(k.charAt(k.length() - 1));
  }

  static int bucket(char c) {
    return (c >= 0x0620 && c < 0x0660) ? c - 0x0620 : 63;
  }

  /**
   * Returns the rules, in lexicon order.
   *
   * @return the rules
   */
  public List<LexiconEntry> rules() {
    return rules;
  }

  /**
   * Returns every generated stem (for benchmarks that compare matchers on the same patterns).
   *
   * @return the stems, normalized
   */
  public List<String> stems() {
    List<String> l = new ArrayList<>();
    for (int i = 0; i < surfaceForms.length; i++) {
      if (formElemStart[i + 1] > formElemStart[i]) {
        l.add(surfaceForms[i]);
      }
    }
    return l;
  }

  /**
   * Returns the number of states of the element trie.
   *
   * @return the state count
   */
  public int stateCount() {
    return maxGapOut.length;
  }
}
