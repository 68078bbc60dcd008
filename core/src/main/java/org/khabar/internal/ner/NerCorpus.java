package org.khabar.internal.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Gold NER data in the two-column {@code TOKEN TAG} format (ANERcorp, AQMAR): reading with tag
 * normalization, CoNLL chunking into entities, and the text a document is analysed as.
 *
 * <p>Tags are normalized to IOB2 labels over {@code PER, LOC, ORG, MISC}: ANERcorp's {@code PERS} is
 * {@code PER}; AQMAR's article-specific {@code MIS0}..{@code MIS3}, {@code MIS}, {@code MISS1},
 * {@code MIS-1}, {@code ENGLISH}, {@code SPANISH} are {@code MISC}; the typos {@code I--ORG},
 * {@code OO}, {@code IO} are {@code I-ORG}, {@code O}, {@code O} (as the corpus README says). Any other
 * tag is an error naming the file and line.
 *
 * <p>A document's text is its gold tokens joined by single spaces, sentences separated by a newline;
 * {@link Document#tokenStart(int)} gives each gold token's offset in it.
 *
 * <p>Immutable value types; the static methods are thread-safe.
 */
public final class NerCorpus {
  private NerCorpus() {}

  /**
   * One gold sentence.
   *
   * @param tokens the whitespace tokens
   * @param tags their normalized IOB2 tags ({@code O}, {@code B-PER}, {@code I-LOC}, ...)
   */
  public record Sentence(List<String> tokens, List<String> tags) {
    /**
     * Checks the sentence.
     *
     * @param tokens see the record component
     * @param tags see the record component
     * @throws IllegalArgumentException if the lists differ in length
     */
    public Sentence {
      tokens = List.copyOf(tokens);
      tags = List.copyOf(tags);
      if (tokens.size() != tags.size()) {
        throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
      }
    }
  }

  /**
   * A gold entity: a range of gold tokens of one document and its type.
   *
   * @param first the first token (document-wide index)
   * @param end the token after the last one
   * @param type PER, LOC, ORG or MISC
   */
  public record Chunk(int first, int end, String type) {}

  /**
   * A gold document: its sentences, the text it is analysed as, and its entities.
   */
  public static final class Document {
    private final String name;
    private final List<Sentence> sentences;
    private final String text;
    private final int[] tokenStart;
    private final int[] tokenEnd;
    private final int[] sentenceFirst;
    private final List<Chunk> chunks;

    /**
     * Builds the document.
     *
     * @param name a name for messages
     * @param sentences the gold sentences
     */
    public Document(String name, List<Sentence> sentences) {
      this.name = Objects.requireNonNull(name, "name");
      this.sentences = List.copyOf(sentences);
      int n = 0;
      for (Sentence s : sentences) {
        n += s.tokens().size();
      }
      tokenStart = new int[n];
      tokenEnd = new int[n];
      sentenceFirst = new int[sentences.size() + 1];
      StringBuilder sb = new StringBuilder();
      List<String> tags = new ArrayList<>(n);
      int k = 0;
      for (int si = 0; si < sentences.size(); si++) {
        Sentence s = sentences.get(si);
        if (si > 0) {
          sb.append('\n');
        }
        sentenceFirst[si] = k;
        for (int i = 0; i < s.tokens().size(); i++) {
          if (i > 0) {
            sb.append(' ');
          }
          tokenStart[k] = sb.length();
          sb.append(s.tokens().get(i));
          tokenEnd[k] = sb.length();
          tags.add(s.tags().get(i));
          k++;
        }
      }
      sentenceFirst[sentences.size()] = k;
      this.text = sb.toString();
      List<Chunk> out = new ArrayList<>();
      // chunks never cross sentences
      for (int si = 0; si < sentences.size(); si++) {
        chunk(tags, sentenceFirst[si], sentenceFirst[si + 1], out);
      }
      this.chunks = Collections.unmodifiableList(out);
    }

    /**
     * Returns the name.
     *
     * @return the name given at construction
     */
    public String name() {
      return name;
    }

    /**
     * Returns the sentences.
     *
     * @return the gold sentences
     */
    public List<Sentence> sentences() {
      return sentences;
    }

    /**
     * Returns the text the document is analysed as.
     *
     * @return tokens joined by spaces, sentences by newlines
     */
    public String text() {
      return text;
    }

    /**
     * Returns the number of gold tokens.
     *
     * @return the token count
     */
    public int tokenCount() {
      return tokenStart.length;
    }

    /**
     * Returns where a gold token starts in {@link #text()}.
     *
     * @param token the document-wide token index
     * @return the offset
     */
    public int tokenStart(int token) {
      return tokenStart[token];
    }

    /**
     * Returns where a gold token ends in {@link #text()}.
     *
     * @param token the document-wide token index
     * @return the exclusive end offset
     */
    public int tokenEnd(int token) {
      return tokenEnd[token];
    }

    /**
     * Returns the index of the first token of a sentence.
     *
     * @param sentence the sentence index, or the sentence count for the token count
     * @return the token index
     */
    public int sentenceFirstToken(int sentence) {
      return sentenceFirst[sentence];
    }

    /**
     * Returns the gold token that holds a text offset.
     *
     * @param offset an offset inside a token
     * @return the token index
     * @throws IllegalArgumentException if the offset is not inside a token
     */
    public int tokenAt(int offset) {
      int lo = 0;
      int hi = tokenStart.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (tokenEnd[mid] <= offset) {
          lo = mid + 1;
        } else if (tokenStart[mid] > offset) {
          hi = mid - 1;
        } else {
          return mid;
        }
      }
      throw new IllegalArgumentException("offset " + offset + " of " + name + " is not inside a token");
    }

    /**
     * Returns the gold entities.
     *
     * @return the chunks in text order
     */
    public List<Chunk> chunks() {
      return chunks;
    }
  }

  /**
   * Chunks IOB tags CoNLL-style (as conlleval does): an entity starts at {@code B-X}, and at
   * {@code I-X} after {@code O} or after another type.
   *
   * @param tags normalized tags
   * @param from the first index
   * @param to the end index
   * @param out where the chunks go
   */
  static void chunk(List<String> tags, int from, int to, List<Chunk> out) {
    int start = -1;
    String type = null;
    for (int i = from; i <= to; i++) {
      String tag = i < to ? tags.get(i) : "O";
      boolean begin = tag.startsWith("B-");
      String t = tag.equals("O") ? null : tag.substring(2);
      boolean continues = !begin && t != null && t.equals(type);
      if (type != null && !continues) {
        out.add(new Chunk(start, i, type));
        type = null;
      }
      if (t != null && !continues) {
        start = i;
        type = t;
      }
    }
  }

  /**
   * Reads a two-column file.
   *
   * @param file the file
   * @return its sentences
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if a line is malformed or a tag unknown (message names the line)
   */
  public static List<Sentence> read(Path file) throws IOException {
    List<Sentence> out = new ArrayList<>();
    List<String> toks = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (no == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        String l = line.strip();
        if (l.isEmpty()) {
          if (!toks.isEmpty()) {
            out.add(new Sentence(toks, tags));
            toks.clear();
            tags.clear();
          }
          continue;
        }
        int sp = l.lastIndexOf(' ');
        int tab = l.lastIndexOf('\t');
        int cut = Math.max(sp, tab);
        if (cut <= 0) {
          throw new IllegalArgumentException(file + ":" + no + ": expected 'TOKEN TAG', got '" + line + "'");
        }
        String token = l.substring(0, cut).strip();
        int inner = Math.max(token.indexOf(' '), token.indexOf('\t'));
        if (inner >= 0) {
          throw new IllegalArgumentException(file + ":" + no + ": more than two columns in '" + line + "'");
        }
        String tag = normalizeTag(l.substring(cut + 1));
        if (tag == null) {
          throw new IllegalArgumentException(file + ":" + no + ": unknown NER tag '" + l.substring(cut + 1) + "'");
        }
        toks.add(token);
        tags.add(tag);
      }
    }
    if (!toks.isEmpty()) {
      out.add(new Sentence(toks, tags));
    }
    return out;
  }

  /**
   * Normalizes a corpus tag to {@code O} or {@code B-/I-} with PER, LOC, ORG or MISC.
   *
   * @param raw the tag as written
   * @return the normalized tag, or null when unknown
   */
  public static String normalizeTag(String raw) {
    String t = raw.strip().toUpperCase(Locale.ROOT);
    if (t.equals("O") || t.equals("OO") || t.equals("IO")) {
      return "O";
    }
    if (t.length() < 3 || (t.charAt(0) != 'B' && t.charAt(0) != 'I') || t.charAt(1) != '-') {
      return null;
    }
    String prefix = t.substring(0, 1);
    int k = 2;
    while (k < t.length() && t.charAt(k) == '-') {
      k++;
    }
    StringBuilder type = new StringBuilder();
    for (int i = k; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        type.append(c);
      }
    }
    String ty = type.toString();
    String mapped;
    switch (ty) {
      case "PER":
      case "PERS":
        mapped = "PER";
        break;
      case "LOC":
        mapped = "LOC";
        break;
      case "ORG":
        mapped = "ORG";
        break;
      case "MISC":
      case "MIS":
      case "MISS":
      case "ENGLISH":
      case "SPANISH":
        mapped = "MISC";
        break;
      default:
        return null;
    }
    return prefix + "-" + mapped;
  }
}
