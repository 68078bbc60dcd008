package org.khabar.examples.tools;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.khabar.internal.Analysis;
import org.khabar.internal.ner.ClusterMap;
import org.khabar.internal.segment.CliticSegmenter;
import org.khabar.internal.tokenize.ArabicTokenizer;
import org.khabar.internal.tokenize.SentenceSplitter;

/**
 * EXPERIMENTS ONLY: clusters the NER's word keys by their contexts in the SaudiNewsNet article bodies,
 * for the {@code cluster} feature family of {@code train-ner --experiment-clusters}.
 *
 * <p><b>Licence:</b> SaudiNewsNet is CC BY-NC-SA. The cluster file this tool writes derives from it and
 * must never ship: write it under {@code target/} (or {@code /tmp}), never under {@code src/}, never
 * commit it, and never put a model trained with it under {@code models/}.
 *
 * <p>Every article body goes through the library's tokenizer, sentence splitter and clitic segmenter;
 * each token becomes its NER word key ({@link ClusterMap#key}: the {@code MATCH}-normalized stem).
 * Non-empty words seen at least {@code minCount} times are clustered with the exchange algorithm (Kneser and Ney
 * 1993; Martin, Liermann and Ney 1998): the class bigram log-likelihood
 * {@code sum N(c,d) log N(c,d) - sum N(c,.) log N(c,.) - sum N(.,d) log N(.,d)} is raised by moving one
 * word at a time to the class that increases it most, for a fixed number of passes over the words in
 * order of decreasing frequency. Rarer words share one fixed class and sentence boundaries another; both
 * take part in the counts but are never moved or written. The initial class of the word of frequency
 * rank {@code r} is {@code r mod C} (seed 0), or a class drawn with {@code java.util.Random(seed)}
 * (another seed, to measure how much the result depends on the start); everything is deterministic.
 *
 * <p>Run from the repository root (about 9M tokens):
 *
 * <pre>
 * mvn -q -B -o -pl examples -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
 * java -Xmx4g -cp examples/target/khabar-cli.jar org.khabar.examples.tools.WordClusters \
 *     ../shared/data/text/saudinewsnet/dataset target/clusters-256.tsv 256 8 5
 * </pre>
 *
 * <p>Arguments: the folder of SaudiNewsNet zips, the output file ({@code word TAB classId}, sorted by
 * class then decreasing frequency), and optionally the number of classes (256), passes (8), the
 * minimum count (5) and the seed of the initial classes (0).
 */
public final class WordClusters {
  private WordClusters() {}

  /**
   * Runs the tool.
   *
   * @param args zip folder, output file, [classes [passes [minCount]]]
   * @throws IOException if reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 6) {
      System.err.println("usage: WordClusters ZIP_DIR OUT_FILE [CLASSES [PASSES [MIN_COUNT [SEED]]]]");
      System.exit(2);
    }
    Path dir = Paths.get(args[0]);
    Path out = Paths.get(args[1]);
    int classes = args.length > 2 ? Integer.parseInt(args[2]) : 256;
    int passes = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    int minCount = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    long seed = args.length > 5 ? Long.parseLong(args[5]) : 0L;
    if (out.toAbsolutePath().toString().contains("/src/")) {
      System.err.println("WordClusters: the output derives from CC BY-NC-SA text and must not go under src/");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    Corpus corpus = new Corpus();
    int articles = readArticles(dir, corpus::add);
    long t1 = System.nanoTime();
    Vocabulary v = corpus.vocabulary(minCount);
    System.out.printf(Locale.ROOT, "%d articles, %d sentences, %d tokens, %d distinct words, %d words with "
        + "count >= %d covering %.1f%% of tokens; read and segmented in %.1f s%n", articles, corpus.sentences,
        corpus.tokens, corpus.ids.size(), v.words.length, minCount, 100.0 * v.covered / corpus.tokens,
        (t1 - t0) / 1e9);
    Exchange ex = new Exchange(v.stream, v.words.length, classes, seed);
    for (int p = 1; p <= passes; p++) {
      long s = System.nanoTime();
      int moved = ex.pass();
      System.out.printf(Locale.ROOT, "pass %d: %d words moved, log-likelihood per token %.5f, %.1f s%n", p, moved,
          ex.objective() / corpus.tokens, (System.nanoTime() - s) / 1e9);
      if (moved == 0) {
        break;
      }
    }
    write(out, v, ex.classes());
    System.out.printf(Locale.ROOT, "wrote %s: %d words in %d classes; total %.1f s%n", out, v.words.length,
        classes, (System.nanoTime() - t0) / 1e9);
  }

  /** Writes {@code word TAB class}, by class then by decreasing frequency. */
  private static void write(Path out, Vocabulary v, int[] cls) throws IOException {
    Integer[] order = new Integer[v.words.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> cls[x] != cls[y] ? Integer.compare(cls[x], cls[y]) : Integer.compare(x, y));
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.write("# word clusters from SaudiNewsNet (CC BY-NC-SA): EXPERIMENTS ONLY, never ship\n");
      for (Integer i : order) {
        w.write(v.words[i] + "\t" + cls[i] + "\n");
      }
    }
  }

  /**
   * Reads the article bodies ({@code content} fields) of every {@code *.zip} in the folder, in file name
   * and entry order.
   *
   * @param dir the folder
   * @param sink receives each non-blank body
   * @return the number of bodies
   * @throws IOException if reading fails
   */
  static int readArticles(Path dir, Consumer<String> sink) throws IOException {
    List<Path> zips = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.zip")) {
      ds.forEach(zips::add);
    }
    if (zips.isEmpty()) {
      throw new IOException("no *.zip in " + dir);
    }
    zips.sort(null);
    JsonFactory f = new JsonFactory();
    int n = 0;
    for (Path z : zips) {
      try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(z))) {
        for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
          if (!e.getName().endsWith(".json")) {
            continue;
          }
          try (JsonParser p = f.createParser(new NonClosing(zin))) {
            while (p.nextToken() != null) {
              if (p.currentToken() == JsonToken.FIELD_NAME && "content".equals(p.currentName())) {
                p.nextToken();
                String s = p.getText();
                if (s != null && !s.isBlank()) {
                  sink.accept(s);
                  n++;
                }
              }
            }
          }
        }
      }
    }
    return n;
  }

  /**
   * The token stream of a corpus as word ids, with sentence boundaries (id -1) between sentences.
   * Not thread-safe.
   */
  static final class Corpus {
    final Map<String, Integer> ids = new HashMap<>();
    final List<String> names = new ArrayList<>();
    int[] counts = new int[1024];
    int[] stream = new int[1 << 16];
    int length;
    long tokens;
    int sentences;
    private final Analysis a = new Analysis();
    private final ArabicTokenizer tokenizer = new ArabicTokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final CliticSegmenter segmenter = new CliticSegmenter();

    /**
     * Analyses one text and appends its sentences.
     *
     * @param text the text
     */
    void add(String text) {
      a.reset(text, null);
      tokenizer.tokenize(a);
      splitter.split(a);
      segmenter.segment(a);
      for (int s = 0; s < a.sentenceCount; s++) {
        boundary();
        for (int t = a.sentFirstToken[s]; t < a.sentEndToken[s]; t++) {
          append(ClusterMap.key(a, t));
        }
        sentences++;
      }
      boundary();
    }

    /**
     * Appends one sentence of word keys (for tests).
     *
     * @param words the keys
     */
    void addSentence(String... words) {
      boundary();
      for (String w : words) {
        append(w);
      }
      sentences++;
      boundary();
    }

    private void boundary() {
      if (length > 0 && stream[length - 1] == -1) {
        return;
      }
      push(-1);
    }

    private void append(String w) {
      Integer id = ids.get(w);
      if (id == null) {
        id = names.size();
        ids.put(w, id);
        names.add(w);
        if (id == counts.length) {
          counts = Arrays.copyOf(counts, id * 2);
        }
      }
      counts[id]++;
      tokens++;
      push(id);
    }

    private void push(int id) {
      if (length == stream.length) {
        stream = Arrays.copyOf(stream, length * 2);
      }
      stream[length++] = id;
    }

    /**
     * Keeps the words seen at least {@code minCount} times, numbered by decreasing count (ties in
     * string order), and maps the stream to them: others become {@code V}, boundaries {@code V + 1}.
     *
     * @param minCount the minimum count
     * @return the vocabulary and mapped stream
     */
    Vocabulary vocabulary(int minCount) {
      List<Integer> kept = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        // a token whose normalized form is empty (only marks the MATCH level drops) is not clustered
        if (counts[i] >= minCount && !names.get(i).isEmpty()) {
          kept.add(i);
        }
      }
      kept.sort((x, y) -> counts[x] != counts[y] ? Integer.compare(counts[y], counts[x])
          : names.get(x).compareTo(names.get(y)));
      int v = kept.size();
      int[] map = new int[names.size()];
      Arrays.fill(map, v);
      String[] words = new String[v];
      long covered = 0;
      for (int r = 0; r < v; r++) {
        map[kept.get(r)] = r;
        words[r] = names.get(kept.get(r));
        covered += counts[kept.get(r)];
      }
      int[] mapped = new int[length];
      for (int p = 0; p < length; p++) {
        mapped[p] = stream[p] < 0 ? v + 1 : map[stream[p]];
      }
      return new Vocabulary(words, mapped, covered);
    }
  }

  /**
   * The clustered words and the stream over them.
   *
   * @param words the words by id (decreasing frequency)
   * @param stream ids: a word, {@code words.length} for a rare word, {@code words.length + 1} for a
   *     boundary
   * @param covered the number of tokens that are clustered words
   */
  record Vocabulary(String[] words, int[] stream, long covered) {}

  /**
   * The exchange algorithm over a stream of ids in {@code [0, V + 2)}: ids below {@code V} are moved
   * among {@code C} classes, id {@code V} (rare words) stays in class {@code C} and id {@code V + 1}
   * (boundaries) in class {@code C + 1}. Not thread-safe.
   */
  static final class Exchange {
    private static final int TABLE = 1 << 22;
    private static final double[] XLOGX = new double[TABLE];

    static {
      for (int x = 1; x < TABLE; x++) {
        XLOGX[x] = x * Math.log(x);
      }
    }

    private final int v;
    private final int c;
    private final int k;
    private final int[] cls;
    // right neighbours of each id: rightStart[u]..rightStart[u+1] over rightId/rightCount
    private final int[] rightStart;
    private final int[] rightId;
    private final int[] rightCount;
    private final int[] leftStart;
    private final int[] leftId;
    private final int[] leftCount;
    private final long[] asLeft;
    private final long[] asRight;
    private final int[] selfCount;
    private final long[] n;
    private final long[] nl;
    private final long[] nr;
    private final long[] rc;
    private final long[] lc;
    private final int[] rTouched;
    private final int[] lTouched;

    /**
     * Counts the bigrams of the stream and puts word {@code r} into class {@code r mod C} (seed 0) or
     * into a class drawn with {@code new Random(seed)}.
     *
     * @param stream the ids
     * @param vocab {@code V}
     * @param classes {@code C}
     * @param seed 0, or the seed of random initial classes
     * @throws IllegalArgumentException if an id is out of range or {@code C < 1}
     */
    Exchange(int[] stream, int vocab, int classes, long seed) {
      if (classes < 1) {
        throw new IllegalArgumentException("classes must be >= 1: " + classes);
      }
      this.v = vocab;
      this.c = classes;
      this.k = classes + 2;
      int m = vocab + 2;
      long[] keys = new long[Math.max(0, stream.length - 1)];
      int nk = 0;
      for (int p = 0; p + 1 < stream.length; p++) {
        int a = stream[p];
        int b = stream[p + 1];
        if (a < 0 || a >= m || b < 0 || b >= m) {
          throw new IllegalArgumentException("id out of range at " + p);
        }
        keys[nk++] = (long) a * m + b;
      }
      Arrays.sort(keys, 0, nk);
      int distinct = 0;
      for (int i = 0; i < nk; i++) {
        if (i == 0 || keys[i] != keys[i - 1]) {
          distinct++;
        }
      }
      int[] pu = new int[distinct];
      int[] pv = new int[distinct];
      int[] pc = new int[distinct];
      int d = -1;
      for (int i = 0; i < nk; i++) {
        if (i == 0 || keys[i] != keys[i - 1]) {
          d++;
          pu[d] = (int) (keys[i] / m);
          pv[d] = (int) (keys[i] % m);
        }
        pc[d]++;
      }
      rightStart = new int[m + 1];
      leftStart = new int[m + 1];
      for (int i = 0; i < distinct; i++) {
        rightStart[pu[i] + 1]++;
        leftStart[pv[i] + 1]++;
      }
      for (int i = 0; i < m; i++) {
        rightStart[i + 1] += rightStart[i];
        leftStart[i + 1] += leftStart[i];
      }
      rightId = new int[distinct];
      rightCount = new int[distinct];
      leftId = new int[distinct];
      leftCount = new int[distinct];
      int[] rFill = Arrays.copyOf(rightStart, m);
      int[] lFill = Arrays.copyOf(leftStart, m);
      asLeft = new long[m];
      asRight = new long[m];
      selfCount = new int[m];
      for (int i = 0; i < distinct; i++) {
        rightId[rFill[pu[i]]] = pv[i];
        rightCount[rFill[pu[i]]++] = pc[i];
        leftId[lFill[pv[i]]] = pu[i];
        leftCount[lFill[pv[i]]++] = pc[i];
        asLeft[pu[i]] += pc[i];
        asRight[pv[i]] += pc[i];
        if (pu[i] == pv[i]) {
          selfCount[pu[i]] = pc[i];
        }
      }
      cls = new int[m];
      java.util.Random random = seed == 0 ? null : new java.util.Random(seed);
      for (int w = 0; w < vocab; w++) {
        cls[w] = random == null ? w % classes : random.nextInt(classes);
      }
      cls[vocab] = classes;
      cls[vocab + 1] = classes + 1;
      n = new long[k * k];
      nl = new long[k];
      nr = new long[k];
      for (int i = 0; i < distinct; i++) {
        n[cls[pu[i]] * k + cls[pv[i]]] += pc[i];
        nl[cls[pu[i]]] += pc[i];
        nr[cls[pv[i]]] += pc[i];
      }
      rc = new long[k];
      lc = new long[k];
      rTouched = new int[k];
      lTouched = new int[k];
    }

    private static double f(long x) {
      return x < TABLE ? XLOGX[(int) x] : x * Math.log(x);
    }

    /**
     * Returns the class bigram log-likelihood (up to a constant).
     *
     * @return {@code sum f(N(c,d)) - sum f(N(c,.)) - sum f(N(.,d))} with {@code f(x) = x ln x}
     */
    double objective() {
      double s = 0;
      for (long x : n) {
        s += f(x);
      }
      for (int i = 0; i < k; i++) {
        s -= f(nl[i]) + f(nr[i]);
      }
      return s;
    }

    /**
     * Returns the classes of the words.
     *
     * @return per word id below {@code V}, its class in {@code [0, C)}
     */
    int[] classes() {
      return Arrays.copyOf(cls, v);
    }

    /**
     * Visits every word once, in id order, moving it to its best class.
     *
     * @return the number of words that changed class
     */
    int pass() {
      int moved = 0;
      for (int w = 0; w < v; w++) {
        if (move(w)) {
          moved++;
        }
      }
      return moved;
    }

    private boolean move(int w) {
      int rt = 0;
      for (int i = rightStart[w]; i < rightStart[w + 1]; i++) {
        int u = rightId[i];
        if (u == w) {
          continue;
        }
        int d = cls[u];
        if (rc[d] == 0) {
          rTouched[rt++] = d;
        }
        rc[d] += rightCount[i];
      }
      int lt = 0;
      for (int i = leftStart[w]; i < leftStart[w + 1]; i++) {
        int u = leftId[i];
        if (u == w) {
          continue;
        }
        int d = cls[u];
        if (lc[d] == 0) {
          lTouched[lt++] = d;
        }
        lc[d] += leftCount[i];
      }
      long self = selfCount[w];
      long wl = asLeft[w];
      long wr = asRight[w];
      int a = cls[w];
      update(a, -1, rt, lt, self, wl, wr);
      int best = a;
      double bestGain = gain(a, rt, lt, self, wl, wr);
      for (int b = 0; b < c; b++) {
        if (b == a) {
          continue;
        }
        double g = gain(b, rt, lt, self, wl, wr);
        if (g > bestGain + 1e-9) {
          bestGain = g;
          best = b;
        }
      }
      update(best, 1, rt, lt, self, wl, wr);
      cls[w] = best;
      for (int i = 0; i < rt; i++) {
        rc[rTouched[i]] = 0;
      }
      for (int i = 0; i < lt; i++) {
        lc[lTouched[i]] = 0;
      }
      return best != a;
    }

    /** Adds ({@code sign} 1) or removes (-1) the current word's counts to or from class {@code b}. */
    private void update(int b, int sign, int rt, int lt, long self, long wl, long wr) {
      for (int i = 0; i < rt; i++) {
        int d = rTouched[i];
        n[b * k + d] += sign * rc[d];
      }
      for (int i = 0; i < lt; i++) {
        int d = lTouched[i];
        n[d * k + b] += sign * lc[d];
      }
      n[b * k + b] += sign * self;
      nl[b] += sign * wl;
      nr[b] += sign * wr;
    }

    /** The change of the objective if the (removed) current word joined class {@code b}. */
    private double gain(int b, int rt, int lt, long self, long wl, long wr) {
      double g = 0;
      int row = b * k;
      for (int i = 0; i < rt; i++) {
        int d = rTouched[i];
        if (d != b) {
          long x = n[row + d];
          g += f(x + rc[d]) - f(x);
        }
      }
      for (int i = 0; i < lt; i++) {
        int d = lTouched[i];
        if (d != b) {
          long x = n[d * k + b];
          g += f(x + lc[d]) - f(x);
        }
      }
      long diag = n[row + b];
      g += f(diag + rc[b] + lc[b] + self) - f(diag);
      g -= f(nl[b] + wl) - f(nl[b]);
      g -= f(nr[b] + wr) - f(nr[b]);
      return g;
    }
  }

  private static final class NonClosing extends FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
