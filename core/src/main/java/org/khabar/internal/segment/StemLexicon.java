package org.khabar.internal.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.khabar.internal.normalize.ArabicNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An immutable set of stems (inflected words without clitics), each with its {@link StemInfo} bits,
 * looked up by {@code (char[], offset, length)} with no object created: an open-addressing hash table
 * over one packed {@code char[]}.
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
 * ({@code stems-project.txt}), whose entries replace the bits hunspell gives the same spelling. A
 * {@link Builder} adds further lists (for example gazetteer names).
 *
 * <p>Immutable and thread-safe once built.
 */
public final class StemLexicon {
  private static final Logger LOG = LoggerFactory.getLogger(StemLexicon.class);

  /** The resource holding the stems derived from hunspell-ar. */
  public static final String HUNSPELL_RESOURCE = "stems-hunspell.txt.gz";
  /** The resource holding the project-authored stems (function words, fused words, names). */
  public static final String PROJECT_RESOURCE = "stems-project.txt";

  private final Table exact;
  private final Table loose;

  private StemLexicon(Table exact, Table loose) {
    this.exact = exact;
    this.loose = loose;
  }

  /** An open-addressing hash table of keys packed in one char array. */
  private static final class Table {
    final char[] chars;
    final int[] keyStart; // key i is chars[keyStart[i], keyStart[i + 1])
    final short[] bits;
    final int[] slots; // key index + 1, 0 = empty
    final int mask;

    Table(java.util.Map<String, Integer> map) {
      String[] keys = map.keySet().toArray(new String[0]);
      Arrays.sort(keys);
      int total = 0;
      for (String k : keys) {
        total += k.length();
      }
      chars = new char[total];
      keyStart = new int[keys.length + 1];
      bits = new short[keys.length];
      int p = 0;
      for (int i = 0; i < keys.length; i++) {
        keyStart[i] = p;
        keys[i].getChars(0, keys[i].length(), chars, p);
        p += keys[i].length();
        bits[i] = (short) (int) map.get(keys[i]);
      }
      keyStart[keys.length] = p;
      int cap = Integer.highestOneBit(Math.max(4, keys.length * 2 + 1)) << 1;
      slots = new int[cap];
      mask = cap - 1;
      for (int i = 0; i < keys.length; i++) {
        int from = keyStart[i];
        int slot = hash(chars, from, keyStart[i + 1] - from) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = i + 1;
      }
    }

    int size() {
      return bits.length;
    }

    int get(char[] s, int off, int len) {
      int slot = hash(s, off, len) & mask;
      while (true) {
        int k = slots[slot];
        if (k == 0) {
          return 0;
        }
        int from = keyStart[k - 1];
        if (keyStart[k] - from == len && regionEquals(chars, from, s, off, len)) {
          return bits[k - 1] & 0xffff;
        }
        slot = (slot + 1) & mask;
      }
    }
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
    static final StemLexicon INSTANCE = builder().addBundled().build();
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
    return exact.size();
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
    return len <= 0 ? 0 : exact.get(s, off, len);
  }

  /**
   * Looks up a stem ignoring the hamza of alef: {@code s} must hold chars with every alef variant
   * (أ إ آ ٱ) already unified to {@code ا}; the result is the union of the bits of every stem that
   * spells so once its alefs are unified ({@code اعلن} finds {@code أعلن}).
   *
   * @param s chars normalized with {@link #keyChar(char)} and then with alef variants unified
   * @param off the first char
   * @param len the number of chars
   * @return the bits, or 0 when no stem matches
   */
  public int lookupLoose(char[] s, int off, int len) {
    return len <= 0 ? 0 : exact.get(s, off, len) | loose.get(s, off, len);
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
    return c == '\u0671' ? '\u0627' : ArabicNormalizer.map(c, 0);
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

  /**
   * Collects stems and builds a {@link StemLexicon}. A stem added twice keeps the union of its bits.
   *
   * <p>Not thread-safe; use one builder from one thread.
   */
  public static final class Builder {
    private final java.util.HashMap<String, Integer> stems = new java.util.HashMap<>(1 << 20);
    private final java.util.HashMap<String, Integer> overrides = new java.util.HashMap<>();

    private Builder() {}

    /**
     * Adds the bundled resources: the hunspell-derived stems and the project's lists.
     *
     * @return this builder
     * @throws UncheckedIOException if a resource is missing or damaged
     */
    public Builder addBundled() {
      try (InputStream in = open(HUNSPELL_RESOURCE)) {
        addFrontCoded(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8),
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
      if ((stemBits & ~StemInfo.ALL) != 0) {
        throw new IllegalArgumentException("stem bits 0x" + Integer.toHexString(stemBits)
            + " for '" + stem + "' are outside 0x" + Integer.toHexString(StemInfo.ALL));
      }
      String k = normalizeKey(stem);
      if (k.isEmpty()) {
        throw new IllegalArgumentException("stem '" + stem + "' is empty after normalization");
      }
      (replace ? overrides : stems).merge(k, stemBits, (a, b) -> a | b);
      return this;
    }

    /**
     * Adds the words of proper names (for example a gazetteer's entries) so the segmenter does not
     * split them ({@code بغداد} is not {@code ب + غداد}). Each Arabic word of each name is added as
     * a {@link StemInfo#NAME}; a word written with the article ({@code الرياض}) is added without it
     * and marked as taking the article.
     *
     * @param names the names, one or more words each
     * @return this builder
     */
    public Builder addNames(Iterable<? extends CharSequence> names) {
      int common = StemInfo.NAME | StemInfo.ACC_CONJ | StemInfo.ACC_PREP;
      for (CharSequence name : names) {
        String n = normalizeKey(name);
        int i = 0;
        while (i < n.length()) {
          while (i < n.length() && !isArabicLetter(n.charAt(i))) {
            i++;
          }
          int start = i;
          while (i < n.length() && isArabicLetter(n.charAt(i))) {
            i++;
          }
          if (i - start >= 2) {
            String w = n.substring(start, i);
            if (w.startsWith("\u0627\u0644") && w.length() >= 5) {
              stems.merge(w.substring(2), common | StemInfo.ACC_ART, (a, b) -> a | b);
            } else {
              stems.merge(w, common, (a, b) -> a | b);
            }
          }
        }
      }
      return this;
    }

    private static boolean isArabicLetter(char c) {
      return c >= '\u0621' && c <= '\u064A';
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
      BufferedReader r = new BufferedReader(in, 1 << 16);
      String line;
      String prev = "";
      int ln = 0;
      StringBuilder sb = new StringBuilder(32);
      while ((line = r.readLine()) != null) {
        ln++;
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        int i = 0;
        int shared = 0;
        while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
          shared = shared * 10 + (line.charAt(i) - '0');
          i++;
        }
        int tab = line.indexOf('\t', i);
        if (i == 0 || tab < 0 || shared > prev.length()) {
          throw new IllegalArgumentException(name + " line " + ln + " is malformed: '" + line + "'");
        }
        sb.setLength(0);
        sb.append(prev, 0, shared).append(line, i, tab);
        String form = sb.toString();
        int b;
        try {
          b = Integer.parseInt(line.substring(tab + 1), 16);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(name + " line " + ln + " has bad bits: '" + line + "'", e);
        }
        add(form, b);
        prev = form;
      }
      return this;
    }

    /**
     * Builds the immutable lexicon.
     *
     * @return the lexicon
     */
    public StemLexicon build() {
      java.util.HashMap<String, Integer> all = new java.util.HashMap<>(stems);
      all.putAll(overrides);
      java.util.HashMap<String, Integer> loose = new java.util.HashMap<>();
      for (java.util.Map.Entry<String, Integer> e : all.entrySet()) {
        String k = e.getKey();
        boolean hamza = false;
        for (int i = 0; i < k.length() && !hamza; i++) {
          hamza = isHamzaAlef(k.charAt(i));
        }
        if (hamza) {
          loose.merge(ArabicNormalizer.normalize(k, ArabicNormalizer.ALEF), e.getValue(),
              (a, b) -> a | b);
        }
      }
      StemLexicon lex = new StemLexicon(new Table(all), new Table(loose));
      LOG.debug("stem lexicon built: {} stems, {} without hamza", all.size(), loose.size());
      return lex;
    }
  }
}
