package org.khabar.internal.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.khabar.SegmentKind;
import org.khabar.internal.Analysis;
import org.khabar.internal.gazetteer.Gazetteer;
import org.khabar.internal.gazetteer.GazetteerEntry;
import org.khabar.internal.normalize.ArabicNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An immutable set of stems (inflected words without clitics), each with its {@link StemInfo} bits,
 * looked up by {@code (char[], offset, length)} with no object created: an open-addressing table of
 * 64-bit slots, each a fingerprint of the stem and its bits (one memory read per probe).
 *
 * <p>Keys are stored normalized with {@link #normalizeKey(CharSequence)}: harakat, tatweel and
 * ignorable controls removed, Persian yeh and keheh mapped to Arabic; the hamza forms of alef,
 * {@code ة}, {@code ه}, {@code ى} and {@code ي} stay distinct, so {@code واحد} and {@code وأحد} are
 * told apart. A second table answers {@link #lookupLoose} for text written without hamzas
 * ({@code اعلن} for {@code أعلن}). Callers look up chars normalized the same way (see
 * {@link #keyChar(char)}).
 *
 * <p>The {@linkplain #standard() standard lexicon} is built once from the bundled resources: the
 * stems derived from hunspell-ar ({@code stems-hunspell.txt.gz}, MPL-1.1, see
 * {@code LICENSE-lexicon.txt}) and the project's own lists of function words, fused words and names
 * ({@code stems-project.txt}), whose entries replace the bits hunspell gives the same spelling, and
 * the words of the names of the project's gazetteer ({@code org.khabar.internal.gazetteer}), so
 * {@code بغداد} is not {@code ب + غداد}. A {@link Builder} adds further lists.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class StemLexicon {
  private static final Logger LOG = LoggerFactory.getLogger(StemLexicon.class);

  /** The resource holding the stems derived from hunspell-ar. */
  public static final String HUNSPELL_RESOURCE = "stems-hunspell.txt.gz";
  /** The resource holding the project-authored stems (function words, fused words, names). */
  public static final String PROJECT_RESOURCE = "stems-project.txt";

  private final Frozen exact;
  private final Frozen loose;
  private final int maxFuncLength;
  /**
   * One bit per value of the top {@link #FILTER_BITS} bits of a key's {@link #hash64}, set for
   * every key of both tables: a lookup whose bit is clear is answered 0 without reading the tables
   * (most lookups of a segmenter are of strings that are no stem). 512 KB, where a table probe reads
   * a line of 8 MB; a lookup whose bit is set reads the tables as before, so answers never change.
   */
  private final long[] filter;
  static final int FILTER_BITS = 22;

  private void addToFilter(Table t) {
    for (int k = 0; k < t.count; k++) {
      int from = t.keyStart[k];
      long h = hash64(t.chars, from, t.keyStart[k + 1] - from);
      int bit = (int) (h >>> (64 - FILTER_BITS));
      filter[bit >>> 6] |= 1L << bit;
    }
  }

  /** Whether a key with hash {@code h} may be in either table (false: it is in neither). */
  private boolean mayHold(long h) {
    int bit = (int) (h >>> (64 - FILTER_BITS));
    return (filter[bit >>> 6] & 1L << bit) != 0;
  }

  private StemLexicon(Table exact, Table loose) {
    this.exact = new Frozen(exact);
    this.loose = new Frozen(loose);
    this.filter = new long[1 << (FILTER_BITS - 6)];
    addToFilter(exact);
    addToFilter(loose);
    int max = 0;
    for (int k = 0; k < exact.count; k++) {
      if ((exact.bits[k] & StemInfo.FUNC) != 0) {
        max = Math.max(max, exact.keyStart[k + 1] - exact.keyStart[k]);
      }
    }
    this.maxFuncLength = max;
  }

  /**
   * Returns the length of the longest stem marked {@link StemInfo#FUNC}: no longer stem is a
   * function word, so a segmenter need not look one up to know it is not.
   *
   * @return the length in chars, 0 when there is no function word
   */
  public int maxFuncLength() {
    return maxFuncLength;
  }

  /**
   * An open-addressing hash table of keys packed in one char array, with 16 bits per key. Grows
   * while a builder fills it; never changed once a lexicon holds it.
   */
  private static final class Table {
    char[] chars;
    int charCount;
    int[] keyStart; // key i is chars[keyStart[i], keyStart[i + 1])
    short[] bits;
    int count;
    /** Per slot: the key's full hash in the high half, its index + 1 in the low half; 0 = empty. */
    long[] slots;
    int mask;

    Table(int expected) {
      int cap = capacityFor(expected);
      slots = new long[cap];
      mask = cap - 1;
      chars = new char[Math.max(16, expected * 8)];
      keyStart = new int[Math.max(2, expected + 1)];
      bits = new short[Math.max(1, expected)];
    }

    Table copy() {
      Table t = new Table(1);
      t.chars = Arrays.copyOf(chars, charCount);
      t.charCount = charCount;
      t.keyStart = Arrays.copyOf(keyStart, count + 1);
      t.bits = Arrays.copyOf(bits, count);
      t.count = count;
      t.slots = slots.clone();
      t.mask = mask;
      return t;
    }

    /** Returns the index of a key, or -1; a probe reads the key's chars only when the hashes agree. */
    int find(char[] s, int off, int len) {
      int h = hash(s, off, len);
      int slot = h & mask;
      while (true) {
        long v = slots[slot];
        if (v == 0) {
          return -1;
        }
        if ((int) (v >>> 32) == h) {
          int k = (int) v - 1;
          int from = keyStart[k];
          if (keyStart[k + 1] - from == len && regionEquals(chars, from, s, off, len)) {
            return k;
          }
        }
        slot = (slot + 1) & mask;
      }
    }

    int get(char[] s, int off, int len) {
      int k = find(s, off, len);
      return k < 0 ? 0 : bits[k] & 0xffff;
    }

    /** Adds a key, or merges its bits into the existing key (union, or replacement). */
    void put(char[] s, int off, int len, int b, boolean replace) {
      int k = find(s, off, len);
      if (k >= 0) {
        bits[k] = (short) (replace ? b : (bits[k] & 0xffff) | b);
        return;
      }
      if (charCount + len > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + len));
      }
      if (count + 2 > keyStart.length) {
        keyStart = Arrays.copyOf(keyStart, keyStart.length * 2);
      }
      if (count + 1 > bits.length) {
        bits = Arrays.copyOf(bits, bits.length * 2);
      }
      System.arraycopy(s, off, chars, charCount, len);
      keyStart[count] = charCount;
      charCount += len;
      keyStart[count + 1] = charCount;
      bits[count] = (short) b;
      count++;
      if (count * 5 > slots.length * 3) {
        rehash(slots.length * 2);
      } else {
        place(count - 1);
      }
    }

    private void place(int k) {
      int from = keyStart[k];
      int h = hash(chars, from, keyStart[k + 1] - from);
      int slot = h & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = (long) h << 32 | (k + 1);
    }

    /** Makes room for {@code more} further keys of about eight chars without growing again. */
    void ensure(int more) {
      int need = count + more;
      if (need + 2 > keyStart.length) {
        keyStart = Arrays.copyOf(keyStart, need + 2);
      }
      if (need > bits.length) {
        bits = Arrays.copyOf(bits, need);
      }
      if (charCount + more * 8 > chars.length) {
        chars = Arrays.copyOf(chars, charCount + more * 8);
      }
      if (capacityFor(need) > slots.length) {
        rehash(capacityFor(need));
      }
    }

    /** The power of two that holds {@code n} keys at a load of at most 0.6. */
    static int capacityFor(int n) {
      int min = Math.max(8, (int) Math.min(1 << 30, n * 5L / 3 + 1));
      int cap = Integer.highestOneBit(min);
      return cap < min ? cap << 1 : cap;
    }

    private void rehash(int cap) {
      slots = new long[cap];
      mask = cap - 1;
      for (int k = 0; k < count; k++) {
        place(k);
      }
    }
  }

  /**
   * The lookup form of a table: one {@code long} per slot holding a 48-bit fingerprint of the key
   * (from a 64-bit hash) and the key's 16 bits, so a lookup reads one slot per probe and never the
   * key's chars. Two different strings share a fingerprint with probability 2<sup>-48</sup> per
   * probe; keys of the lexicon that share one (checked when freezing) keep the union of their bits.
   */
  private static final class Frozen {
    final long[] slots;
    final int mask;
    final int count;

    Frozen(Table t) {
      int cap = Table.capacityFor(t.count);
      long[] sl = new long[cap];
      int m = cap - 1;
      int n = 0;
      for (int k = 0; k < t.count; k++) {
        int from = t.keyStart[k];
        long h = hash64(t.chars, from, t.keyStart[k + 1] - from);
        long fp = fingerprint(h);
        int slot = (int) h & m;
        while (true) {
          long v = sl[slot];
          if (v == 0) {
            sl[slot] = fp << 16 | (t.bits[k] & 0xffffL);
            n++;
            break;
          }
          if (v >>> 16 == fp) {
            sl[slot] = v | (t.bits[k] & 0xffffL); // a fingerprint collision: union the bits
            break;
          }
          slot = (slot + 1) & m;
        }
      }
      this.slots = sl;
      this.mask = m;
      this.count = n;
    }

    /** Returns the bits of the key whose {@link #hash64} is {@code h}, or 0. */
    int get(long h) {
      long fp = fingerprint(h);
      int slot = (int) h & mask;
      while (true) {
        long v = slots[slot];
        if (v == 0) {
          return 0;
        }
        if (v >>> 16 == fp) {
          return (int) v & 0xffff;
        }
        slot = (slot + 1) & mask;
      }
    }

    private static long fingerprint(long h) {
      long fp = h >>> 16;
      return fp == 0 ? 1 : fp;
    }
  }

  /** A 64-bit hash of a char range: FNV-1a over the chars, then the MurmurHash3 finalizer. */
  static long hash64(char[] s, int off, int len) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < len; i++) {
      h = (h ^ s[off + i]) * 0x100000001B3L;
    }
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }

  /**
   * Returns the standard lexicon, built on first use from the bundled resources and shared
   * afterwards.
   *
   * @return the shared standard lexicon
   * @throws UncheckedIOException if a bundled resource is missing or damaged
   */
  public static StemLexicon standard() {
    return Standard.INSTANCE;
  }

  /** Lazy holder: the JVM builds the standard lexicon once, thread-safely, on first access. */
  private static final class Standard {
    static final StemLexicon INSTANCE = builder().addBundled().addNames(gazetteerNames()).build();
  }

  /**
   * Returns the names of the project's gazetteer entries that name a person, place or organization
   * (not nationality adjectives or sector nouns), as written.
   *
   * @return the names
   */
  static List<String> gazetteerNames() {
    List<String> names = new ArrayList<>();
    for (GazetteerEntry e : Gazetteer.builtIn().entries()) {
      if (e.entityType().isPresent()) {
        names.add(e.name());
      }
    }
    return names;
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the number of distinct stems.
   *
   * @return the stem count
   */
  public int size() {
    return exact.count;
  }

  /**
   * Returns the index of token {@code t}'s STEM segment in a segmented analysis, or -1 when it has none.
   *
   * @param a the segmented analysis
   * @param t the token index
   * @return the segment index or -1
   */
  public static int stemSegment(Analysis a, int t) {
    int stem = SegmentKind.STEM.ordinal();
    for (int g = a.segFirst[t], to = a.segFirst[t + 1]; g < to; g++) {
      if ((a.segInfo[g] & 0xff) == stem) {
        return g;
      }
    }
    return -1;
  }

  /**
   * Returns the {@link StemInfo} bits of token {@code t}'s stem (its STEM segment, or the whole token
   * when it has none), without allocating. The stem is read from the original text (the lexicon keeps
   * ة, ى and the hamza forms that the MATCH norm unifies), with the segmenter's restorations applied;
   * failing an exact match it is looked up ignoring the hamza of alef.
   *
   * @param a the segmented analysis
   * @param t the token index
   * @param buf scratch of at least 64 chars (a longer stem is not looked up)
   * @return the bits, or 0 when the stem is not in the lexicon
   */
  public int tokenBits(Analysis a, int t, char[] buf) {
    int g = stemSegment(a, t);
    int s = g >= 0 ? a.segStart[g] : a.tokStart[t];
    int e = g >= 0 ? a.segEnd[g] : a.tokEnd[t];
    int flags = g >= 0 ? a.segInfo[g] >>> 8 : 0;
    int n = 0;
    boolean alef = false;
    String text = a.text;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (ArabicNormalizer.isIgnorable(c)) {
        continue;
      }
      if (n == buf.length) {
        return 0;
      }
      char k = keyChar(c);
      buf[n++] = k;
      alef |= isHamzaAlef(k);
    }
    if (n == 0) {
      return 0;
    }
    if ((flags & SegmentNorms.RESTORE_TEH_MARBUTA) != 0) {
      buf[n - 1] = '\u0629';
    } else if ((flags & SegmentNorms.RESTORE_ALEF_MAKSURA) != 0) {
      buf[n - 1] = '\u0649';
    }
    int bits = lookup(buf, 0, n);
    if (bits == 0 && alef) {
      for (int i = 0; i < n; i++) {
        if (isHamzaAlef(buf[i])) {
          buf[i] = '\u0627';
        }
      }
      bits = lookupLoose(buf, 0, n);
    }
    return bits;
  }

  /**
   * Looks up a stem spelled exactly as given (hamza forms of alef count).
   *
   * @param s chars normalized with {@link #keyChar(char)}
   * @param off the first char
   * @param len the number of chars
   * @return the stem's {@link StemInfo} bits, or 0 when it is not in the lexicon
   */
  public int lookup(char[] s, int off, int len) {
    if (len <= 0) {
      return 0;
    }
    long h = hash64(s, off, len);
    return mayHold(h) ? exact.get(h) : 0;
  }

  /**
   * Looks up a stem ignoring the hamza of alef: {@code s} must hold chars with every alef variant
   * (أ إ آ) already unified to {@code ا}; the result is the union of the bits of every stem that
   * spells so once its alefs are unified ({@code اعلن} finds {@code أعلن}).
   *
   * @param s chars normalized with {@link #keyChar(char)} and then with alef variants unified
   * @param off the first char
   * @param len the number of chars
   * @return the bits, or 0 when no stem matches
   */
  public int lookupLoose(char[] s, int off, int len) {
    if (len <= 0) {
      return 0;
    }
    long h = hash64(s, off, len);
    return mayHold(h) ? exact.get(h) | loose.get(h) : 0;
  }

  /**
   * Looks up a stem given as a string (not for the hot path): exactly, and failing that ignoring the
   * hamza of alef.
   *
   * @param stem the stem, in any spelling; it is normalized first
   * @return the stem's {@link StemInfo} bits, or 0 when it is not in the lexicon
   */
  public int lookup(CharSequence stem) {
    String k = normalizeKey(stem);
    int b = lookup(k.toCharArray(), 0, k.length());
    if (b != 0) {
      return b;
    }
    String l = ArabicNormalizer.normalize(k, ArabicNormalizer.ALEF);
    return lookupLoose(l.toCharArray(), 0, l.length());
  }

  private static boolean regionEquals(char[] a, int ao, char[] b, int bo, int len) {
    for (int i = 0; i < len; i++) {
      if (a[ao + i] != b[bo + i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] s, int off, int len) {
    int h = 0x811C9DC5;
    for (int i = 0; i < len; i++) {
      h = (h ^ s[off + i]) * 0x01000193;
    }
    return h ^ (h >>> 15);
  }

  /**
   * Maps one char to its key form; the caller skips chars for which
   * {@link ArabicNormalizer#isIgnorable(char)} is true.
   *
   * @param c a char that is not ignorable
   * @return the char as stored in keys (alef wasla becomes alef; hamza forms are kept)
   */
  public static char keyChar(char c) {
    return c >= '\u0600' && c <= '\u06FF' ? KEY_MAP[c - '\u0600'] : ArabicNormalizer.map(c, 0);
  }

  /** {@link #keyChar(char)} for U+0600–U+06FF, computed once. */
  private static final char[] KEY_MAP = new char[0x100];

  static {
    for (int i = 0; i < KEY_MAP.length; i++) {
      char c = (char) ('\u0600' + i);
      KEY_MAP[i] = c == '\u0671' ? '\u0627' : ArabicNormalizer.map(c, 0);
    }
  }

  /**
   * Returns whether a key char is an alef with hamza or madda, which {@link #lookupLoose} ignores.
   *
   * @param c a key char
   * @return true for أ إ آ
   */
  public static boolean isHamzaAlef(char c) {
    return c == '\u0623' || c == '\u0625' || c == '\u0622';
  }

  /**
   * Normalizes a word to key form (not for the hot path).
   *
   * @param s the word
   * @return harakat, tatweel and controls removed, presentation forms decomposed, Persian letters
   *     mapped, alef wasla made alef
   */
  public static String normalizeKey(CharSequence s) {
    return ArabicNormalizer.normalize(s, 0, s.length(), 0).replace('\u0671', '\u0627');
  }

  /** Whether a char is a plain Arabic letter, already in key form. */
  private static boolean isPlainLetter(char c) {
    return c >= '\u0621' && c <= '\u064A' && c != '\u0640';
  }

  /**
   * Collects stems and builds a {@link StemLexicon}. A stem added twice keeps the union of its bits;
   * a stem from a replacing list ({@link #addList(Reader, String, int, boolean)}) keeps only the
   * bits such lists give it.
   *
   * <p>Not thread-safe; use one builder from one thread.
   */
  public static final class Builder {
    private final Table stems = new Table(1 << 16);
    private final Table overrides = new Table(1 << 10);
    private char[] scratch = new char[64];

    private Builder() {}

    /**
     * Adds the bundled resources: the hunspell-derived stems and the project's lists.
     *
     * @return this builder
     * @throws UncheckedIOException if a resource is missing or damaged
     */
    public Builder addBundled() {
      try (InputStream in = open(HUNSPELL_RESOURCE)) {
        addFrontCoded(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8),
            HUNSPELL_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the stem lexicon resource " + HUNSPELL_RESOURCE, e);
      }
      try (InputStream in = open(PROJECT_RESOURCE)) {
        addList(new InputStreamReader(in, StandardCharsets.UTF_8), PROJECT_RESOURCE, 0, true);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the stem list resource " + PROJECT_RESOURCE, e);
      }
      return this;
    }

    private static InputStream open(String name) {
      return Objects.requireNonNull(StemLexicon.class.getResourceAsStream(name),
          "Missing resource org/khabar/internal/segment/" + name);
    }

    /**
     * Adds one stem.
     *
     * @param stem the stem in any spelling (it is normalized)
     * @param stemBits its {@link StemInfo} bits
     * @return this builder
     * @throws IllegalArgumentException if the stem is empty after normalization or the bits are
     *     outside {@link StemInfo#ALL}
     */
    public Builder add(CharSequence stem, int stemBits) {
      return add(stem, stemBits, false);
    }

    private Builder add(CharSequence stem, int stemBits, boolean replace) {
      checkBits(stem, stemBits);
      String k = normalizeKey(stem);
      if (k.isEmpty()) {
        throw new IllegalArgumentException("stem '" + stem + "' is empty after normalization");
      }
      char[] c = k.toCharArray();
      (replace ? overrides : stems).put(c, 0, c.length, stemBits, false);
      return this;
    }

    private static void checkBits(CharSequence stem, int stemBits) {
      if ((stemBits & ~StemInfo.ALL) != 0) {
        throw new IllegalArgumentException("stem bits 0x" + Integer.toHexString(stemBits)
            + " for '" + stem + "' are outside 0x" + Integer.toHexString(StemInfo.ALL));
      }
    }

    /**
     * Adds the words of proper names (for example a gazetteer's entries) so the segmenter does not
     * split them ({@code بغداد} is not {@code ب + غداد}). Each Arabic word of two letters or more of
     * each name is added as a {@link StemInfo#NAME} that takes a conjunction and a preposition; a
     * word written with the article ({@code الرياض}) is added without it and marked as taking the
     * article; a word that is a clitic with the article ({@code والزراعة}, {@code للطاقة}), or after
     * the first word a clitic on a stem already added ({@code لحقوق}), is skipped, so add names after
     * the other lists.
     *
     * @param names the names, one or more words each
     * @return this builder
     */
    public Builder addNames(Iterable<? extends CharSequence> names) {
      int common = StemInfo.NAME | StemInfo.ACC_CONJ | StemInfo.ACC_PREP;
      for (CharSequence name : names) {
        String n = normalizeKey(name);
        int i = 0;
        boolean firstWord = true;
        while (i < n.length()) {
          while (i < n.length() && !isPlainLetter(n.charAt(i))) {
            i++;
          }
          int start = i;
          while (i < n.length() && isPlainLetter(n.charAt(i))) {
            i++;
          }
          if (i - start < 2) {
            continue;
          }
          char[] c = n.substring(start, i).toCharArray();
          if (c.length >= 5 && c[0] == '\u0627' && c[1] == '\u0644') {
            stems.put(c, 2, c.length - 2, common | StemInfo.ACC_ART, false);
          } else if (!hasCliticOnKnownStem(c, firstWord)) {
            stems.put(c, 0, c.length, common, false);
          }
          firstWord = false;
        }
      }
      return this;
    }

    /**
     * Whether a word of a name is a clitic on a stem: a preposition or conjunction with the article
     * ({@code والزراعة}, {@code للطاقة}) anywhere, or, after the first word, a clitic on a stem
     * already in the lexicon ({@code لحقوق}, {@code وجزر}). Such a word is not added; a first word
     * such as {@code بشار} is, even where {@code شار} is a stem.
     */
    private boolean hasCliticOnKnownStem(char[] c, boolean firstWord) {
      int p = 0;
      if (c[p] == '\u0648' || c[p] == '\u0641') { // و ف
        p++;
      }
      if (p < c.length && (c[p] == '\u0628' || c[p] == '\u0644' || c[p] == '\u0643')) { // ب ل ك
        p++;
      }
      if (p == 0) {
        return false;
      }
      if (p + 1 < c.length && c[p - 1] == '\u0644' && c[p] == '\u0644') {
        return true; // ل + the article without its alif
      }
      if (p + 2 < c.length && c[p] == '\u0627' && c[p + 1] == '\u0644') {
        return true; // the article after a clitic
      }
      return !firstWord && c.length - p >= 2 && stems.find(c, p, c.length - p) >= 0;
    }

    /**
     * Adds a hand-written list: one stem per line, optionally followed by a tab (or spaces) and its
     * bits in the symbolic form of {@link StemInfo#parse(String)}; {@code #} starts a comment.
     *
     * @param in the list
     * @param name the list's name, for error messages
     * @param defaultBits the bits of a line that gives none
     * @param replace whether the list's bits replace (rather than add to) the bits other lists give
     *     the same spelling; the project's hand-checked list does so
     * @return this builder
     * @throws IOException if reading fails
     * @throws IllegalArgumentException naming the list and line if a line is malformed
     */
    public Builder addList(Reader in, String name, int defaultBits, boolean replace)
        throws IOException {
      BufferedReader r = new BufferedReader(in);
      String line;
      int ln = 0;
      while ((line = r.readLine()) != null) {
        ln++;
        int hash = line.indexOf('#');
        if (hash >= 0) {
          line = line.substring(0, hash);
        }
        line = line.strip();
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split("\\s+", 2);
        try {
          int b = f.length > 1 ? StemInfo.parse(f[1]) : defaultBits;
          if (b == 0) {
            throw new IllegalArgumentException("no bits given and no default");
          }
          add(f[0], b, replace);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(name + " line " + ln + ": " + e.getMessage(), e);
        }
      }
      return this;
    }

    /**
     * Adds a list in the front-coded format written by the lexicon build tool: per line the number
     * of leading chars shared with the previous form, the rest of the form, a tab and the bits in
     * hexadecimal; lines starting with {@code #} are comments.
     *
     * @param in the list
     * @param name the list's name, for error messages
     * @return this builder
     * @throws IOException if reading fails
     * @throws IllegalArgumentException naming the list and line if a line is malformed
     */
    public Builder addFrontCoded(Reader in, String name) throws IOException {
      char[] buf = new char[1 << 16];
      char[] form = new char[64];
      int formLen = 0;
      int ln = 1;
      int state = 0; // 0 line start, 1 shared count, 2 form, 3 bits, 4 comment
      int shared = 0;
      int bitsValue = 0;
      boolean slow = false;
      char[] comment = new char[32];
      int commentLen = 0;
      int read;
      while ((read = in.read(buf)) > 0) {
        for (int i = 0; i < read; i++) {
          char c = buf[i];
          if (c == '\n') {
            if (state == 4) {
              announce(comment, commentLen);
            }
            if (state == 3) {
              putForm(form, formLen, bitsValue, slow, name, ln);
            } else if (state != 0 && state != 4) {
              throw new IllegalArgumentException(name + " line " + ln + " is malformed");
            }
            state = 0;
            ln++;
            continue;
          }
          switch (state) {
            case 0:
              if (c == '#') {
                state = 4;
                commentLen = 0;
                break;
              }
              if (c < '0' || c > '9') {
                throw new IllegalArgumentException(name + " line " + ln + " does not start with a "
                    + "shared-prefix length");
              }
              shared = c - '0';
              state = 1;
              break;
            case 1:
              if (c >= '0' && c <= '9') {
                shared = shared * 10 + (c - '0');
                break;
              }
              if (shared > formLen) {
                throw new IllegalArgumentException(name + " line " + ln + " shares " + shared
                    + " chars with a previous form of " + formLen);
              }
              formLen = shared;
              slow = false;
              state = 2;
              // fall through: c is the first char of the rest
              if (c == '\t') {
                state = 3;
                bitsValue = 0;
                break;
              }
              if (formLen == form.length) {
                form = Arrays.copyOf(form, form.length * 2);
              }
              form[formLen++] = c;
              slow |= !isPlainLetter(c);
              break;
            case 2:
              if (c == '\t') {
                state = 3;
                bitsValue = 0;
                break;
              }
              if (formLen == form.length) {
                form = Arrays.copyOf(form, form.length * 2);
              }
              form[formLen++] = c;
              slow |= !isPlainLetter(c);
              break;
            case 3:
              int d = Character.digit(c, 16);
              if (d < 0) {
                throw new IllegalArgumentException(name + " line " + ln + " has bad bits");
              }
              bitsValue = bitsValue * 16 + d;
              break;
            default: // comment; "# count N" announces the number of forms
              if (commentLen < comment.length) {
                comment[commentLen++] = c;
              }
              if (commentLen == comment.length || c == '\r') {
                break;
              }
              break;
          }
        }
      }
      if (state == 3) {
        putForm(form, formLen, bitsValue, slow, name, ln);
      } else if (state != 0 && state != 4) {
        throw new IllegalArgumentException(name + " line " + ln + " is malformed");
      }
      return this;
    }

    private void announce(char[] comment, int len) {
      String c = new String(comment, 0, len).strip();
      if (c.startsWith("count ")) {
        try {
          stems.ensure(Integer.parseInt(c.substring(6).strip()));
        } catch (NumberFormatException e) {
          // only a sizing hint: ignore a malformed one
        }
      }
    }

    private void putForm(char[] form, int len, int b, boolean slow, String name, int ln) {
      if ((b & ~StemInfo.ALL) != 0 || len == 0) {
        throw new IllegalArgumentException(name + " line " + ln + " has bad bits or an empty form");
      }
      if (slow) {
        add(new String(form, 0, len), b); // not in key form yet: normalize
      } else {
        stems.put(form, 0, len, b, false);
      }
    }

    /**
     * Builds the immutable lexicon.
     *
     * @return the lexicon
     */
    public StemLexicon build() {
      Table all = stems.copy();
      for (int k = 0; k < overrides.count; k++) {
        int from = overrides.keyStart[k];
        all.put(overrides.chars, from, overrides.keyStart[k + 1] - from, overrides.bits[k] & 0xffff,
            true);
      }
      Table loose = new Table(all.count / 4);
      for (int k = 0; k < all.count; k++) {
        int from = all.keyStart[k];
        int len = all.keyStart[k + 1] - from;
        boolean hamza = false;
        for (int i = 0; i < len; i++) {
          hamza |= isHamzaAlef(all.chars[from + i]);
        }
        if (hamza) {
          if (scratch.length < len) {
            scratch = new char[len * 2];
          }
          for (int i = 0; i < len; i++) {
            char c = all.chars[from + i];
            scratch[i] = isHamzaAlef(c) ? '\u0627' : c;
          }
          loose.put(scratch, 0, len, all.bits[k] & 0xffff, false);
        }
      }
      StemLexicon lex = new StemLexicon(all, loose);
      LOG.debug("stem lexicon built: {} stems, {} spellings without hamza", all.count, loose.count);
      return lex;
    }
  }
}
