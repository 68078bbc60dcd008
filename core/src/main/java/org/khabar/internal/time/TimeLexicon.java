package org.khabar.internal.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.khabar.internal.normalize.ArabicNormalizer;

/**
 * The compiled word table of the time finder: every word of the resource {@code time-words.tsv},
 * normalized at the {@link ArabicNormalizer#MATCH} level, in an open-addressing hash looked up by
 * {@code (char[], offset, length)} with no string built; and the phrases (one or more words) with
 * their class, value and flags, indexed by first word, longest first.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class TimeLexicon {
  // ---- lexeme classes (0 = no lexeme)
  static final int WEEKDAY = 1;
  static final int GMONTH = 2;
  static final int HMONTH = 3;
  static final int RELDAY = 4;
  static final int DAYPART = 5;
  static final int PARTOF = 6;
  static final int UNIT = 7;
  static final int DIR = 8;
  static final int DEM = 9;
  static final int PREP = 10;
  static final int FROM = 11;
  static final int EQUALS = 12;
  static final int HMARK = 13;
  static final int GMARK = 14;
  static final int ORD = 15;
  static final int ARTNUM = 16;
  static final int VAGUE = 17;
  static final int DURATION = 18;
  static final int NUMWORD = 19;
  static final int REF = 20;
  static final int ONLY = 21;

  // ---- flags
  /** Needs supporting context. */
  static final int F_AMBIGUOUS = 1;
  /** The word اليوم: today unless a BLOCK word or an ordinal follows. */
  static final int F_TODAY = 2;
  /** A night word that takes a direction (الليلة الماضية). */
  static final int F_NIGHT = 4;
  /** A definite unit noun (الأسبوع، الشهر، العام). */
  static final int F_DEFINITE = 8;
  /** A vague phrase that takes the value of a unit named after it (في وقت سابق اليوم). */
  static final int F_MERGE = 16;

  // ---- units
  static final int WEEK = 1;
  static final int MONTH = 2;
  static final int YEAR = 3;

  private static final String[] CLASS_NAMES = {
    null, "WEEKDAY", "GMONTH", "HMONTH", "RELDAY", "DAYPART", "PARTOF", "UNIT", "DIR", "DEM", "PREP",
    "FROM", "EQUALS", "HMARK", "GMARK", "ORD", "ARTNUM", "VAGUE", "DURATION", "NUMWORD", "REF",
    "ONLY"
  };

  /** The resource the standard lexicon is read from, beside this class. */
  static final String RESOURCE = "time-words.tsv";

  private final char[] pool;
  private final int[] wordOff;
  private final int[] wordLen;
  private final int[] slots;
  private final int mask;

  private final int[][] phraseWords;
  private final int[] phraseClass;
  private final int[] phraseValue;
  private final int[] phraseFlags;
  /** For each word id, the phrases starting with it, longest first. */
  private final int[][] byFirst;
  private final boolean[] block;
  private final boolean[] nameHead;
  private final boolean[] blockBefore;
  private final int maxWordLength;

  private TimeLexicon(Builder b) {
    int n = b.words.size();
    int total = 0;
    for (String w : b.words) {
      total += w.length();
    }
    pool = new char[total];
    wordOff = new int[n];
    wordLen = new int[n];
    int cap = Integer.highestOneBit(Math.max(16, n * 4) - 1) << 1;
    slots = new int[cap];
    Arrays.fill(slots, -1);
    mask = cap - 1;
    int off = 0;
    int maxLen = 0;
    for (int id = 0; id < n; id++) {
      String w = b.words.get(id);
      w.getChars(0, w.length(), pool, off);
      wordOff[id] = off;
      wordLen[id] = w.length();
      maxLen = Math.max(maxLen, w.length());
      int h = hash((char) 0, pool, off, w.length()) & mask;
      while (slots[h] >= 0) {
        h = (h + 1) & mask;
      }
      slots[h] = id;
      off += w.length();
    }
    maxWordLength = maxLen;
    int p = b.phrases.size();
    phraseWords = new int[p][];
    phraseClass = new int[p];
    phraseValue = new int[p];
    phraseFlags = new int[p];
    List<List<Integer>> first = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      first.add(new ArrayList<>());
    }
    for (int i = 0; i < p; i++) {
      int[] ph = b.phrases.get(i);
      phraseWords[i] = Arrays.copyOfRange(ph, 3, ph.length);
      phraseClass[i] = ph[0];
      phraseValue[i] = ph[1];
      phraseFlags[i] = ph[2];
      first.get(phraseWords[i][0]).add(i);
    }
    byFirst = new int[n][];
    for (int i = 0; i < n; i++) {
      List<Integer> l = first.get(i);
      l.sort((x, y) -> phraseWords[y].length - phraseWords[x].length);
      byFirst[i] = l.stream().mapToInt(Integer::intValue).toArray();
    }
    block = new boolean[n];
    nameHead = new boolean[n];
    blockBefore = new boolean[n];
    for (int id : b.blockBefore) {
      blockBefore[id] = true;
    }
    for (int id : b.block) {
      block[id] = true;
    }
    for (int id : b.nameHead) {
      nameHead[id] = true;
    }
  }

  /**
   * Reads the standard lexicon from the resource {@value #RESOURCE} beside this class.
   *
   * @return the lexicon
   * @throws IllegalStateException if the resource is missing or malformed
   */
  static TimeLexicon standard() {
    InputStream in = TimeLexicon.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("Missing resource " + TimeLexicon.class.getPackageName() + "/"
          + RESOURCE);
    }
    try (in) {
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads a lexicon in the {@code time-words.tsv} format.
   *
   * @param in the UTF-8 text
   * @param name the name used in error messages
   * @return the lexicon
   * @throws IOException if reading fails
   * @throws IllegalStateException if a line is malformed or two lines give one phrase different
   *     meanings
   */
  static TimeLexicon read(InputStream in, String name) throws IOException {
    Builder b = new Builder();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw bad(name, no, "expected 4 tab-separated columns, found " + f.length, line);
      }
      int value;
      try {
        value = Integer.parseInt(f[1].trim());
      } catch (NumberFormatException e) {
        throw bad(name, no, "value is not an integer", line);
      }
      String[] words = f[3].trim().split(" ");
      int[] ids = new int[words.length];
      for (int i = 0; i < words.length; i++) {
        String w = ArabicNormalizer.normalize(words[i], ArabicNormalizer.MATCH);
        if (w.isEmpty()) {
          throw bad(name, no, "empty word", line);
        }
        ids[i] = b.id(w);
      }
      String cls = f[0].trim();
      if (cls.equals("BLOCK") || cls.equals("BLOCKBEFORE") || cls.equals("NAMEHEAD")) {
        if (ids.length != 1) {
          throw bad(name, no, cls + " takes one word", line);
        }
        (cls.equals("BLOCK") ? b.block : cls.equals("NAMEHEAD") ? b.nameHead : b.blockBefore)
            .add(ids[0]);
        continue;
      }
      int c = Arrays.asList(CLASS_NAMES).indexOf(cls);
      if (c <= 0) {
        throw bad(name, no, "unknown class " + cls, line);
      }
      int flags = 0;
      String fl = f[2].trim();
      if (!fl.equals("-")) {
        for (int i = 0; i < fl.length(); i++) {
          switch (fl.charAt(i)) {
            case 'A' -> flags |= F_AMBIGUOUS;
            case 'T' -> flags |= F_TODAY;
            case 'N' -> flags |= F_NIGHT;
            case 'D' -> flags |= F_DEFINITE;
            case 'M' -> flags |= F_MERGE;
            default -> throw bad(name, no, "unknown flag " + fl.charAt(i), line);
          }
        }
      }
      String key = Arrays.toString(ids);
      int[] meaning = {c, value, flags};
      int[] prev = b.seen.putIfAbsent(key, meaning);
      if (prev != null) {
        if (!Arrays.equals(prev, meaning)) {
          throw bad(name, no, "phrase already listed with another meaning", line);
        }
        continue;
      }
      int[] ph = new int[3 + ids.length];
      ph[0] = c;
      ph[1] = value;
      ph[2] = flags;
      System.arraycopy(ids, 0, ph, 3, ids.length);
      b.phrases.add(ph);
    }
    return new TimeLexicon(b);
  }

  private static IllegalStateException bad(String name, int line, String what, String text) {
    return new IllegalStateException(name + ":" + line + ": " + what + ": " + text);
  }

  private static int hash(char prefix, char[] s, int off, int len) {
    int h = prefix == 0 ? 0 : prefix;
    for (int i = off, e = off + len; i < e; i++) {
      h = 31 * h + s[i];
    }
    return h ^ (h >>> 16);
  }

  /**
   * Returns the id of a word, or -1.
   *
   * @param s the chars
   * @param off the first char
   * @param len the length
   * @return the word id or -1
   */
  int find(char[] s, int off, int len) {
    return find((char) 0, s, off, len);
  }

  /**
   * Returns the id of the word {@code prefix + s[off, off + len)}, or -1.
   *
   * @param prefix a char before the others, or 0 for none
   * @param s the chars
   * @param off the first char
   * @param len the length
   * @return the word id or -1
   */
  int find(char prefix, char[] s, int off, int len) {
    int total = len + (prefix == 0 ? 0 : 1);
    if (total == 0 || total > maxWordLength) {
      return -1;
    }
    int h = hash(prefix, s, off, len) & mask;
    while (true) {
      int id = slots[h];
      if (id < 0) {
        return -1;
      }
      if (wordLen[id] == total && same(id, prefix, s, off, len)) {
        return id;
      }
      h = (h + 1) & mask;
    }
  }

  private boolean same(int id, char prefix, char[] s, int off, int len) {
    int p = wordOff[id];
    if (prefix != 0) {
      if (pool[p] != prefix) {
        return false;
      }
      p++;
    }
    for (int i = 0; i < len; i++) {
      if (pool[p + i] != s[off + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the phrases that start with a word, longest first.
   *
   * @param wordId the word id
   * @return phrase ids (do not modify)
   */
  int[] phrasesStartingWith(int wordId) {
    return byFirst[wordId];
  }

  int[] words(int phrase) {
    return phraseWords[phrase];
  }

  int phraseClass(int phrase) {
    return phraseClass[phrase];
  }

  int phraseValue(int phrase) {
    return phraseValue[phrase];
  }

  int phraseFlags(int phrase) {
    return phraseFlags[phrase];
  }

  boolean isBlock(int wordId) {
    return wordId >= 0 && block[wordId];
  }

  boolean isBlockBefore(int wordId) {
    return wordId >= 0 && blockBefore[wordId];
  }

  boolean isNameHead(int wordId) {
    return wordId >= 0 && nameHead[wordId];
  }

  int wordCount() {
    return wordLen.length;
  }

  int phraseCount() {
    return phraseClass.length;
  }

  /** Collects words and phrases while the resource is read. */
  private static final class Builder {
    final List<String> words = new ArrayList<>();
    final Map<String, Integer> ids = new HashMap<>();
    final List<int[]> phrases = new ArrayList<>();
    final Map<String, int[]> seen = new HashMap<>();
    final List<Integer> block = new ArrayList<>();
    final List<Integer> nameHead = new ArrayList<>();
    final List<Integer> blockBefore = new ArrayList<>();

    int id(String w) {
      Objects.requireNonNull(w, "w");
      Integer id = ids.get(w);
      if (id == null) {
        id = words.size();
        words.add(w);
        ids.put(w, id);
      }
      return id;
    }
  }
}
