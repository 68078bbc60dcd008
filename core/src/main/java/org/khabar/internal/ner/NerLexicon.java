package org.khabar.internal.ner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;
import org.khabar.internal.Analysis;
import org.khabar.internal.segment.CliticSegmenter;
import org.khabar.internal.tokenize.ArabicTokenizer;
import org.khabar.internal.tokenize.SentenceSplitter;

/**
 * Word lists the NER features look up: gazetteer entries (category {@code gaz.TYPE} or
 * {@code gaz.TYPE.sub}), names harvested from training data ({@code harvest.TYPE}) and cue words
 * ({@code cue.TYPE}: titles before persons, place and organization head nouns). Each entry is a phrase
 * of one or more words.
 *
 * <p>The lexicon travels inside the NER model as an artifact (its plain list of entries, see
 * {@link Serializer}), so a model needs nothing else to load. On creation the phrases are compiled,
 * with the library's own tokenizer and clitic segmenter, into a trie over canonical word keys: the
 * {@code MATCH}-normalized stem without a leading article. Text tokens are looked up under the same
 * keys (see {@link StemKeys#lookup}), so {@code والولايات المتحدة} and {@code للسعودية} match the entries
 * {@code الولايات المتحدة} and {@code السعودية}.
 *
 * <p>Immutable and thread-safe after construction.
 */
public final class NerLexicon implements SerializableArtifact {
  static final String HEADER = "#khabar-ner-lexicon 1";
  /** At most this many categories (they are bits of a long). */
  public static final int MAX_CATEGORIES = 64;

  private final Map<String, List<String>> entries;
  private final String[] categories;
  private final WordTable words = new WordTable();
  private final LongIntTable edges = new LongIntTable();
  private long[] masks = new long[64];
  private int nodeCount = 1;

  private NerLexicon(Map<String, List<String>> entries) {
    this.entries = entries;
    this.categories = entries.keySet().toArray(new String[0]);
    if (categories.length > MAX_CATEGORIES) {
      throw new IllegalArgumentException(
          "a lexicon holds at most " + MAX_CATEGORIES + " categories, not " + categories.length);
    }
    ArabicTokenizer tokenizer = new ArabicTokenizer();
    SentenceSplitter splitter = new SentenceSplitter();
    CliticSegmenter segmenter = new CliticSegmenter();
    Analysis a = new Analysis();
    for (int c = 0; c < categories.length; c++) {
      for (String phrase : entries.get(categories[c])) {
        a.reset(phrase, null);
        tokenizer.tokenize(a);
        splitter.split(a);
        segmenter.segment(a);
        if (a.tokenCount == 0) {
          continue;
        }
        int node = 0;
        for (int t = 0; t < a.tokenCount; t++) {
          int g = StemKeys.stemSegment(a, t);
          int s = g >= 0 ? a.segNormStart[g] : a.tokNormStart[t];
          int e = g >= 0 ? a.segNormEnd[g] : a.tokNormEnd[t];
          s = StemKeys.canonicalStart(a.normBuf, s, e);
          if (e <= s) {
            node = -1;
            break;
          }
          int w = words.add(a.normBuf, s, e - s);
          long key = edgeKey(node, w);
          int next = edges.get(key);
          if (next < 0) {
            next = nodeCount++;
            if (nodeCount > masks.length) {
              masks = Arrays.copyOf(masks, masks.length * 2);
            }
            edges.put(key, next);
          }
          node = next;
        }
        if (node > 0) {
          masks[node] |= 1L << c;
        }
      }
    }
  }

  /**
   * Creates a lexicon from phrases grouped by category.
   *
   * @param entries phrases per category name; names must not contain tabs or newlines
   * @return the compiled lexicon (categories and phrases sorted, duplicates dropped)
   * @throws IllegalArgumentException if there are more than {@link #MAX_CATEGORIES} categories or a
   *     name or phrase holds a tab or newline
   */
  public static NerLexicon of(Map<String, ? extends Iterable<String>> entries) {
    Objects.requireNonNull(entries, "entries");
    Map<String, List<String>> sorted = new TreeMap<>();
    for (Map.Entry<String, ? extends Iterable<String>> e : entries.entrySet()) {
      check(e.getKey());
      TreeSet<String> set = new TreeSet<>();
      for (String p : e.getValue()) {
        check(p);
        String trimmed = p.strip();
        if (!trimmed.isEmpty()) {
          set.add(trimmed);
        }
      }
      if (!set.isEmpty()) {
        sorted.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(set)));
      }
    }
    return new NerLexicon(Collections.unmodifiableMap(sorted));
  }

  /**
   * Returns an empty lexicon.
   *
   * @return a lexicon with no entries
   */
  public static NerLexicon empty() {
    return EMPTY;
  }

  private static final NerLexicon EMPTY = new NerLexicon(Map.of());

  private static void check(String s) {
    if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("lexicon names and phrases hold no tab or newline: '" + s + "'");
    }
  }

  /**
   * Returns the entries.
   *
   * @return phrases per category, sorted
   */
  public Map<String, List<String>> entries() {
    return entries;
  }

  /**
   * Returns the category names, in bit order.
   *
   * @return a copy of the names
   */
  public String[] categories() {
    return categories.clone();
  }

  /**
   * Returns the number of phrases.
   *
   * @return the phrase count over all categories
   */
  public int size() {
    int n = 0;
    for (List<String> l : entries.values()) {
      n += l.size();
    }
    return n;
  }

  String category(int bit) {
    return categories[bit];
  }

  int categoryCount() {
    return categories.length;
  }

  /** The id of token {@code t}'s key, or -1 when no phrase has that word. */
  int wordId(Analysis a, int t) {
    return StemKeys.lookup(a, t, words);
  }

  /** The trie node after {@code node} on word {@code word}, or -1. The root is 0. */
  int child(int node, int word) {
    return edges.get(edgeKey(node, word));
  }

  /** The categories of the phrases that end at {@code node}, as bits. */
  long mask(int node) {
    return masks[node];
  }

  private static long edgeKey(int node, int word) {
    return ((long) node << 32) | (word & 0xffffffffL);
  }

  /**
   * Writes the entries as UTF-8 lines {@code category TAB phrase} after a header line.
   *
   * @param out the stream, left open
   * @throws IOException if writing fails
   */
  public void write(OutputStream out) throws IOException {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (Map.Entry<String, List<String>> e : entries.entrySet()) {
      for (String p : e.getValue()) {
        sb.append(e.getKey()).append('\t').append(p).append('\n');
      }
    }
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads entries written by {@link #write(OutputStream)}.
   *
   * @param in the stream, read to its end and left open
   * @return the lexicon
   * @throws IOException if reading fails or the content is not a lexicon
   */
  public static NerLexicon read(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    in.transferTo(buf);
    String text = buf.toString(StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || !lines[0].equals(HEADER)) {
      throw new InvalidFormatException("not a khabar NER lexicon: the first line is not " + HEADER);
    }
    Map<String, List<String>> map = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new InvalidFormatException("NER lexicon line " + (i + 1) + " has no category: '" + line + "'");
      }
      map.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
    }
    return of(map);
  }

  /**
   * Returns the serializer OpenNLP uses to store this artifact in a model.
   *
   * @return {@link Serializer}
   */
  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  @Override
  public String toString() {
    return "NerLexicon[" + size() + " phrases in " + categories.length + " categories]";
  }

  /**
   * Stores a {@link NerLexicon} in an OpenNLP model (instantiated by OpenNLP by class name).
   *
   * <p>Stateless and thread-safe.
   */
  public static final class Serializer implements ArtifactSerializer<NerLexicon> {
    /** Creates the serializer. */
    public Serializer() {}

    /**
     * Reads a lexicon.
     *
     * @param in the stream positioned at the artifact, left open
     * @return the lexicon
     * @throws IOException if the artifact is not a lexicon
     */
    @Override
    public NerLexicon create(InputStream in) throws IOException {
      return read(in);
    }

    /**
     * Writes a lexicon.
     *
     * @param artifact the lexicon
     * @param out the stream, left open
     * @throws IOException if writing fails
     */
    @Override
    public void serialize(NerLexicon artifact, OutputStream out) throws IOException {
      artifact.write(out);
    }
  }

  /** Open-addressing map from long keys to non-negative int values; -1 means absent. */
  static final class LongIntTable {
    private long[] keys = new long[256];
    private int[] values = new int[256];
    private boolean[] used = new boolean[256];
    private int size;

    int get(long key) {
      int mask = keys.length - 1;
      int i = mix(key) & mask;
      while (used[i]) {
        if (keys[i] == key) {
          return values[i];
        }
        i = (i + 1) & mask;
      }
      return -1;
    }

    void put(long key, int value) {
      if ((size + 1) * 2 > keys.length) {
        long[] ok = keys;
        int[] ov = values;
        boolean[] ou = used;
        keys = new long[ok.length * 2];
        values = new int[ok.length * 2];
        used = new boolean[ok.length * 2];
        size = 0;
        for (int j = 0; j < ok.length; j++) {
          if (ou[j]) {
            put(ok[j], ov[j]);
          }
        }
      }
      int mask = keys.length - 1;
      int i = mix(key) & mask;
      while (used[i]) {
        if (keys[i] == key) {
          values[i] = value;
          return;
        }
        i = (i + 1) & mask;
      }
      used[i] = true;
      keys[i] = key;
      values[i] = value;
      size++;
    }

    private static int mix(long k) {
      k *= 0x9E3779B97F4A7C15L;
      return (int) (k ^ (k >>> 29));
    }
  }
}
