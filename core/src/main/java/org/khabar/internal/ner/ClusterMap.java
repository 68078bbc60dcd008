package org.khabar.internal.ner;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;
import org.khabar.internal.Analysis;

/**
 * Word clusters for the {@link FeatureFamily#CLUSTER} features: a map from the NER's word key (the
 * {@code MATCH}-normalized stem of a token, {@link #key}) to a cluster label, either a class number or
 * a Brown bit-string path, with the neighbourhood the features look at.
 *
 * <p>EXPERIMENTS ONLY so far: the only cluster files made by the project come from SaudiNewsNet (CC
 * BY-NC-SA), so no model with this artifact may ship. It travels inside a model like
 * {@link NerLexicon} (a plain {@code word TAB label} list, see {@link Serializer}).
 *
 * <p>Immutable and thread-safe.
 */
public final class ClusterMap implements SerializableArtifact {
  static final String HEADER = "#khabar-ner-clusters 1";

  private final Map<String, String> labels;
  private final int window;
  private final boolean paths;

  private ClusterMap(Map<String, String> labels, int window) {
    if (window < 0 || window > 2) {
      throw new IllegalArgumentException("cluster window must be 0, 1 or 2, not " + window);
    }
    this.labels = labels;
    this.window = window;
    boolean bits = !labels.isEmpty();
    for (String v : labels.values()) {
      if (v.isEmpty()) {
        throw new IllegalArgumentException("empty cluster label");
      }
      for (int k = 0; k < v.length() && bits; k++) {
        bits = v.charAt(k) == '0' || v.charAt(k) == '1';
      }
    }
    this.paths = bits;
  }

  /**
   * Creates a map.
   *
   * @param labels word key to cluster label (a class number or a 0/1 path)
   * @param window how many neighbours on each side also give their cluster (0 to 2)
   * @return the map
   * @throws IllegalArgumentException if the window is out of range or a label is empty
   */
  public static ClusterMap of(Map<String, String> labels, int window) {
    Map<String, String> copy = new HashMap<>(Objects.requireNonNull(labels, "labels"));
    return new ClusterMap(Collections.unmodifiableMap(copy), window);
  }

  /**
   * Returns an empty map (no cluster features fire).
   *
   * @return the empty map
   */
  public static ClusterMap empty() {
    return new ClusterMap(Map.of(), 2);
  }

  /**
   * Returns the word key the NER features use for token {@code t}: the normalized text of its stem
   * segment, or of the whole token when it has none (as {@code NerSentence} computes its stems).
   *
   * @param a a segmented analysis
   * @param t the token index
   * @return the key
   */
  public static String key(Analysis a, int t) {
    int g = StemKeys.stemSegment(a, t);
    if (g < 0) {
      return new String(a.normBuf, a.tokNormStart[t], a.tokNormEnd[t] - a.tokNormStart[t]);
    }
    return new String(a.normBuf, a.segNormStart[g], a.segNormEnd[g] - a.segNormStart[g]);
  }

  /**
   * Returns the label of a word key.
   *
   * @param word the key
   * @return the label, or null when the word has no cluster
   */
  public String label(String word) {
    return labels.get(word);
  }

  /**
   * Returns how many neighbours on each side give their cluster.
   *
   * @return 0, 1 or 2
   */
  public int window() {
    return window;
  }

  /**
   * Returns whether every label is a bit-string path (then path prefixes are features too).
   *
   * @return true for Brown-style paths
   */
  public boolean paths() {
    return paths;
  }

  /**
   * Returns the number of words.
   *
   * @return the size
   */
  public int size() {
    return labels.size();
  }

  /**
   * Reads a {@code word TAB label} file. Blank lines and comment lines (starting with {@code #} and
   * without a tab) are skipped, so a word such as {@code #hashtag} can have a cluster.
   *
   * @param in the stream, read to its end and left open
   * @param window the neighbourhood (0 to 2)
   * @return the map
   * @throws IOException if reading fails or a line is malformed
   * @throws IllegalArgumentException if the window is out of range
   */
  public static ClusterMap readTsv(InputStream in, int window) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    return new ClusterMap(Collections.unmodifiableMap(parse(r, 0)), window);
  }

  private static Map<String, String> parse(BufferedReader r, int skip) throws IOException {
    Map<String, String> map = new HashMap<>();
    int no = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      no++;
      if (no <= skip || line.isBlank() || (line.startsWith("#") && line.indexOf('\t') < 0)) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1 || line.indexOf('\t', tab + 1) >= 0) {
        throw new InvalidFormatException("cluster line " + no + " is not 'word<TAB>label': '" + line + "'");
      }
      map.put(line.substring(0, tab), line.substring(tab + 1));
    }
    return map;
  }

  private void write(OutputStream out) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    StringBuilder sb = new StringBuilder(HEADER).append('\n').append("#window\t").append(window).append('\n');
    for (Map.Entry<String, String> e : new TreeMap<>(labels).entrySet()) {
      sb.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
    }
    b.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    b.writeTo(out);
  }

  private static ClusterMap read(InputStream in) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    if (lines.length < 2 || !lines[0].equals(HEADER) || !lines[1].startsWith("#window\t")) {
      throw new InvalidFormatException("not a khabar cluster artifact (expected '" + HEADER + "')");
    }
    int window;
    try {
      window = Integer.parseInt(lines[1].substring("#window\t".length()));
    } catch (NumberFormatException e) {
      throw new InvalidFormatException("bad cluster window line '" + lines[1] + "'", e);
    }
    if (window < 0 || window > 2) {
      throw new InvalidFormatException("bad cluster window " + window);
    }
    return new ClusterMap(Collections.unmodifiableMap(parse(new BufferedReader(new java.io.StringReader(text)), 2)),
        window);
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
    return "ClusterMap[" + labels.size() + " words, window " + window + (paths ? ", paths" : "") + "]";
  }

  /**
   * Stores a {@link ClusterMap} in an OpenNLP model (instantiated by OpenNLP by class name).
   *
   * <p>Stateless and thread-safe.
   */
  public static final class Serializer implements ArtifactSerializer<ClusterMap> {
    /** Creates the serializer. */
    public Serializer() {}

    /**
     * Reads the artifact.
     *
     * @param in the stream positioned at the artifact, read to its end and left open
     * @return the map
     * @throws IOException if the artifact is not a cluster map
     */
    @Override
    public ClusterMap create(InputStream in) throws IOException {
      return read(in);
    }

    /**
     * Writes the artifact.
     *
     * @param artifact the map
     * @param out the stream, left open
     * @throws IOException if writing fails
     */
    @Override
    public void serialize(ClusterMap artifact, OutputStream out) throws IOException {
      artifact.write(out);
    }
  }
}
