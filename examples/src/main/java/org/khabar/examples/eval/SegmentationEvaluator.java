package org.khabar.examples.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.khabar.Document;
import org.khabar.Pipeline;
import org.khabar.Segment;
import org.khabar.SegmentKind;
import org.khabar.Token;
import org.khabar.internal.normalize.ArabicNormalizer;

/**
 * Scores the library's clitic segmentation against a gold standard: UD CoNLL-U (UD Arabic-PUD) or
 * the Farasa WikiNews format ({@code WikiNews.pos.ref}).
 *
 * <p>Both sides are mapped to one convention here, never in the segmenter:
 *
 * <ol>
 *   <li>Ours: an {@code ART} segment is joined to the segment after it (both gold standards keep
 *       {@code ال} on the stem).
 *   <li>UD: syntactic words are read from the word lines; their offsets are found in the sentence's
 *       {@code # text} (words joined over {@code SpaceAfter=No}). PUD already writes
 *       {@code للسلطة} as {@code ل + لسلطة}, which is what ours gives after joining the article.
 *   <li>Farasa: the article ({@code DET}) is joined to what follows; the feminine {@code ة} and
 *       plural and dual suffixes ({@code NSUFF}), the accusative alif ({@code CASE}) and a verb's
 *       subject suffix (the first {@code PRON} after a {@code V}: {@code ت وا و ون ان ا تا تم تما تن
 *       ن ين}, and {@code نا} after a verb that does not start with {@code ي ت ن}) are joined to
 *       what precedes. The raw word is rebuilt from the segments: {@code ل+ال} is written
 *       {@code لل} (and {@code ل} alone before a stem that starts with {@code ل}), {@code من+ما}
 *       is {@code مما}, {@code من+من} is {@code ممن}, a perfect verb's {@code ن} merges with the
 *       subject {@code نا} ({@code كن+نا} is {@code كنا}). Words are joined by spaces; a text ends at
 *       an article mark ({@code #}) or after a sentence-final {@code .}, {@code ؟} or {@code !}.
 * </ol>
 *
 * <p>Scores: every unit (a gold syntactic word, or one of our segments after mapping) is a span of
 * the text, compared by its position in the text normalized for comparison (harakat, tatweel and
 * ignorable controls removed). Precision is the share of our units that are gold units, recall the
 * share of gold units we produce, and their F1 is the "word F1" (syntactic-word F1) of UD's
 * evaluation. Word accuracy is the share of whitespace-separated words whose units are all right.
 * Every unit counts, punctuation and numbers included; the report also gives the figures for
 * Arabic words alone.
 *
 * <p>Not thread-safe; one evaluation at a time.
 */
public final class SegmentationEvaluator {

  /** The gold-standard file formats. */
  public enum Format {
    /** UD CoNLL-U: word lines, {@code # text =} comments, {@code SpaceAfter=No}. */
    CONLLU,
    /** Farasa WikiNews: one word per line, {@code seg+seg<TAB>POS+POS}, {@code #} between articles. */
    FARASA
  }

  /** Which part of the file to score. */
  public enum Part {
    /** The whole file. */
    ALL,
    /** The first half of the texts (sentences, or Farasa articles up to half the words): tuning. */
    DEV,
    /** The second half. */
    TEST
  }

  /**
   * One text to segment with its gold units.
   *
   * @param text the raw text given to the pipeline
   * @param goldStart the gold units' start offsets in {@code text}
   * @param goldEnd the gold units' end offsets
   * @param goldLabel a label per gold unit (UD's UPOS or Farasa's POS), for the recall table
   * @param weight the number of gold words, used to split dev and test
   */
  public record Item(String text, int[] goldStart, int[] goldEnd, String[] goldLabel, int weight) {
    /**
     * Checks the arrays.
     *
     * @param text see the record component
     * @param goldStart see the record component
     * @param goldEnd see the record component
     * @param goldLabel see the record component
     * @param weight see the record component
     * @throws IllegalArgumentException if the arrays differ in length or a span is outside the
     *     text
     * @throws NullPointerException if a component is null
     */
    public Item {
      Objects.requireNonNull(text, "text");
      if (goldStart.length != goldEnd.length || goldStart.length != goldLabel.length) {
        throw new IllegalArgumentException("gold arrays differ in length");
      }
      for (int i = 0; i < goldStart.length; i++) {
        if (goldStart[i] < 0 || goldEnd[i] < goldStart[i] || goldEnd[i] > text.length()) {
          throw new IllegalArgumentException(
              "gold unit [" + goldStart[i] + ", " + goldEnd[i] + ") outside the text");
        }
      }
    }
  }

  private final Pipeline pipeline;

  /**
   * Creates an evaluator.
   *
   * @param pipeline the pipeline whose tokens and segments are scored
   * @throws NullPointerException if {@code pipeline} is null
   */
  public SegmentationEvaluator(Pipeline pipeline) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
  }

  /**
   * Reads a file as strict UTF-8.
   *
   * @param file the file
   * @return its lines (a byte-order mark at the start and carriage returns removed)
   * @throws IOException if the file cannot be read or is not valid UTF-8 (the message names it)
   */
  public static List<String> readLines(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String s;
    try {
      s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IOException(file + ": not valid UTF-8", e);
    }
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    List<String> lines = new ArrayList<>();
    for (String l : s.split("\n", -1)) {
      lines.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
    }
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /**
   * Tells the format from the content: CoNLL-U has tab-separated lines of ten columns or
   * {@code # text =} comments; Farasa has lines of two columns whose second is POS tags joined by
   * {@code +}.
   *
   * @param lines the file's lines
   * @param name the file name, for the error message
   * @return the format
   * @throws IllegalArgumentException if neither format fits
   */
  public static Format detect(List<String> lines, String name) {
    int conllu = 0;
    int farasa = 0;
    int seen = 0;
    for (String l : lines) {
      if (l.isBlank()) {
        continue;
      }
      if (l.startsWith("# text =") || l.startsWith("# sent_id")) {
        conllu += 5;
      }
      String[] f = l.split("\t", -1);
      if (f.length == 10) {
        conllu++;
      } else if (f.length == 2 && f[1].matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
        farasa++;
      }
      if (++seen >= 200) {
        break;
      }
    }
    if (conllu == 0 && farasa == 0) {
      throw new IllegalArgumentException(name + ": neither CoNLL-U (ten tab-separated columns) nor "
          + "Farasa (segments<TAB>POS+POS) in its first lines; give --format");
    }
    return conllu >= farasa ? Format.CONLLU : Format.FARASA;
  }

  /**
   * Parses a file's lines.
   *
   * @param lines the lines
   * @param format the format
   * @param name the file name, for error messages
   * @param warnings receives one message per line that had to be repaired (a Farasa word with
   *     fewer POS tags than segments gets its tags inferred from the segments)
   * @return the texts with their gold units
   * @throws IllegalArgumentException naming the file and line if the content is malformed
   */
  public static List<Item> parse(List<String> lines, Format format, String name,
      List<String> warnings) {
    return format == Format.CONLLU ? parseConllu(lines, name) : parseFarasa(lines, name, warnings);
  }

  // ---------------------------------------------------------------------------------- CoNLL-U

  static List<Item> parseConllu(List<String> lines, String name) {
    List<Item> items = new ArrayList<>();
    String text = null;
    int textLine = 0;
    List<String[]> words = new ArrayList<>();
    for (int i = 0; i <= lines.size(); i++) {
      String l = i < lines.size() ? lines.get(i) : "";
      if (l.isBlank()) {
        if (!words.isEmpty()) {
          items.add(conlluSentence(text, words, name, textLine));
        }
        text = null;
        words.clear();
        continue;
      }
      if (l.startsWith("#")) {
        if (l.startsWith("# text =")) {
          text = l.substring(8).strip();
          textLine = i + 1;
        }
        continue;
      }
      String[] f = l.split("\t", -1);
      if (f.length != 10) {
        throw new IllegalArgumentException(name + " line " + (i + 1) + ": expected 10 tab-separated "
            + "columns, found " + f.length);
      }
      if (f[0].contains("-") || f[0].contains(".")) {
        continue; // multi-word token ranges and empty nodes: the words carry the segmentation
      }
      words.add(new String[] {f[1], f[3], String.valueOf(i + 1)});
    }
    return items;
  }

  private static Item conlluSentence(String text, List<String[]> words, String name, int textLine) {
    if (text == null) {
      // no # text: rebuild it from the words and SpaceAfter=No is lost; join with spaces
      StringBuilder sb = new StringBuilder();
      for (String[] w : words) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(w[0]);
      }
      text = sb.toString();
    }
    int n = words.size();
    int[] gs = new int[n];
    int[] ge = new int[n];
    String[] gl = new String[n];
    int p = 0;
    for (int k = 0; k < n; k++) {
      String form = words.get(k)[0];
      while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
        p++;
      }
      if (!text.startsWith(form, p)) {
        throw new IllegalArgumentException(name + " line " + words.get(k)[2] + ": word '" + form
            + "' is not at offset " + p + " of the # text on line " + textLine);
      }
      gs[k] = p;
      ge[k] = p + form.length();
      gl[k] = words.get(k)[1];
      p += form.length();
    }
    return new Item(text, gs, ge, gl, n);
  }

  // ---------------------------------------------------------------------------------- Farasa

  private static final java.util.Set<String> SUBJECT_SUFFIXES = java.util.Set.of(
      "ت", "وا", "و", "ون", "ان", "ا", "تا", "تم", "تما", "تن", "ن", "ين");

  static List<Item> parseFarasa(List<String> lines, String name, List<String> warnings) {
    List<Item> items = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<int[]> units = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    int words = 0;
    for (int i = 0; i <= lines.size(); i++) {
      String l = i < lines.size() ? lines.get(i) : null;
      if (l != null && i == 0 && l.startsWith("refTok")) {
        continue; // header
      }
      if (l == null || l.startsWith("#\t") || l.equals("#")) {
        if (words > 0) {
          items.add(farasaItem(text, units, labels, words));
        }
        text.setLength(0);
        units.clear();
        labels.clear();
        words = 0;
        continue;
      }
      if (l.isBlank()) {
        continue;
      }
      String[] f = l.split("\t", -1);
      if (f.length != 2) {
        throw new IllegalArgumentException(name + " line " + (i + 1) + ": expected "
            + "'segments<TAB>POS+POS', found " + f.length + " columns");
      }
      if (text.length() > 0) {
        text.append(' ');
      }
      farasaWord(f[0], f[1], text, units, labels, name, i + 1, warnings);
      words++;
      if (f[0].equals(".") || f[0].equals("؟") || f[0].equals("!")) {
        // a sentence ends: each sentence is one text
        items.add(farasaItem(text, units, labels, words));
        text.setLength(0);
        units.clear();
        labels.clear();
        words = 0;
      }
    }
    return items;
  }

  private static Item farasaItem(StringBuilder text, List<int[]> units, List<String> labels, int words) {
    int n = units.size();
    int[] gs = new int[n];
    int[] ge = new int[n];
    for (int k = 0; k < n; k++) {
      gs[k] = units.get(k)[0];
      ge[k] = units.get(k)[1];
    }
    return new Item(text.toString(), gs, ge, labels.toArray(new String[0]), words);
  }

  /** Appends one Farasa word to the text and its mapped gold units. */
  static void farasaWord(String segField, String posField, StringBuilder text, List<int[]> units,
      List<String> labels, String name, int line, List<String> warnings) {
    String[] seg;
    String[] pos;
    if (segField.equals("+")) {
      seg = new String[] {"+"};
      pos = new String[] {posField};
    } else {
      seg = segField.split("\\+", -1);
      pos = posField.split("\\+", -1);
    }
    if (seg.length != pos.length) {
      pos = inferTags(seg, pos);
      warnings.add(name + " line " + line + ": " + seg.length + " segments but "
          + posField.split("\\+", -1).length + " POS tags; tags inferred as " + String.join("+", pos));
    }
    int n = seg.length;
    // 1. the raw spelling of each segment
    String[] raw = new String[n];
    for (int k = 0; k < n; k++) {
      raw[k] = seg[k];
      if (pos[k].equals("DET") && k > 0 && seg[k - 1].equals("ل") && seg[k].equals("ال")) {
        raw[k] = k + 1 < n && seg[k + 1].startsWith("ل") ? "" : "ل";
      }
      if (k > 0 && seg[k - 1].equals("من") && (seg[k].equals("ما") || seg[k].equals("من"))) {
        raw[k - 1] = "م";
      }
    }
    // 2. which boundaries to drop: join[k] = segment k joins the one before it
    boolean[] join = new boolean[n];
    boolean afterVerb = pos[0].equals("V");
    String verb = seg[0];
    for (int k = 1; k < n; k++) {
      String p = pos[k];
      if (pos[k - 1].equals("DET") || p.equals("NSUFF") || p.equals("CASE")) {
        join[k] = true;
      } else if (p.equals("PRON") && afterVerb && isSubjectSuffix(seg[k], verb)) {
        join[k] = true;
      }
      if (pos[k].equals("V")) {
        afterVerb = true;
        verb = seg[k];
      } else if (!join[k]) {
        afterVerb = false;
      } else if (p.equals("PRON")) {
        afterVerb = false; // only the first pronoun after the verb is its subject
      }
    }
    // a perfect verb ending in ن merges it with the subject نا: كن+نا is written كنا
    for (int k = 1; k < n; k++) {
      if (join[k] && pos[k].equals("PRON") && seg[k].equals("نا") && seg[k - 1].endsWith("ن")) {
        raw[k] = "ا";
      }
    }
    // 3. units as spans of the text
    int p = text.length();
    int unitStart = p;
    String label = pos[0];
    for (int k = 0; k < n; k++) {
      if (k > 0 && !join[k]) {
        if (p > unitStart) {
          units.add(new int[] {unitStart, p});
          labels.add(label);
        }
        unitStart = p;
        label = pos[k];
      } else if (k > 0 && !pos[k].equals("NSUFF") && !pos[k].equals("CASE")
          && !pos[k].equals("PRON")) {
        label = pos[k]; // DET+NOUN is labelled NOUN
      }
      text.append(raw[k]);
      p += raw[k].length();
    }
    if (p > unitStart) {
      units.add(new int[] {unitStart, p});
      labels.add(label);
    }
  }

  private static final java.util.Set<String> NOMINAL_SUFFIXES =
      java.util.Set.of("ة", "ت", "ات", "ين", "ون", "ان", "تين", "تان", "ا");

  /**
   * Gives each segment a tag when the file has the wrong number: {@code ال} is DET, a nominal
   * suffix after the stem is NSUFF, the others take the file's tags in order.
   */
  static String[] inferTags(String[] seg, String[] given) {
    String[] out = new String[seg.length];
    List<String> rest = new ArrayList<>();
    for (String g : given) {
      if (!g.equals("DET") && !g.equals("NSUFF")) {
        rest.add(g);
      }
    }
    int r = 0;
    boolean stemSeen = false;
    for (int k = 0; k < seg.length; k++) {
      if (seg[k].equals("ال") && !stemSeen) {
        out[k] = "DET";
      } else if (stemSeen && NOMINAL_SUFFIXES.contains(seg[k])) {
        out[k] = "NSUFF";
      } else {
        out[k] = r < rest.size() ? rest.get(r++) : "NOUN";
        if (!out[k].equals("CONJ") && !out[k].equals("PREP") && !out[k].equals("FUT_PART")) {
          stemSeen = true;
        }
      }
    }
    return out;
  }

  private static boolean isSubjectSuffix(String s, String verb) {
    if (SUBJECT_SUFFIXES.contains(s)) {
      return true;
    }
    if (s.equals("نا")) {
      char first = verb.isEmpty() ? ' ' : verb.charAt(0);
      return first != 'ي' && first != 'ت' && first != 'ن';
    }
    return false;
  }

  // ---------------------------------------------------------------------------------- scoring

  /**
   * The counts of one evaluation.
   *
   * <p>Not thread-safe; filled by one evaluation.
   */
  public static final class Result {
    /** Gold units. */
    public long gold;
    /** Our units after mapping. */
    public long predicted;
    /** Our units that are gold units. */
    public long correct;
    /** Gold units inside Arabic words. */
    public long goldArabic;
    /** Our units inside Arabic words. */
    public long predictedArabic;
    /** Correct units inside Arabic words. */
    public long correctArabic;
    /** Whitespace-separated words. */
    public long words;
    /** Words whose units are all right. */
    public long wordsCorrect;
    /** Texts scored. */
    public int texts;
    /** Per predicted kind: {count, correct}. */
    public final Map<String, long[]> byKind = new LinkedHashMap<>();
    /** Per gold label: {count, found}. */
    public final Map<String, long[]> byLabel = new TreeMap<>();
    /** Up to the requested number of wrongly segmented words: gold | ours. */
    public final List<String> errors = new ArrayList<>();

    /**
     * Returns the precision in percent.
     *
     * @return 100 * correct / predicted, 0 when nothing was predicted
     */
    public double precision() {
      return predicted == 0 ? 0 : 100.0 * correct / predicted;
    }

    /**
     * Returns the recall in percent.
     *
     * @return 100 * correct / gold, 0 when there is no gold unit
     */
    public double recall() {
      return gold == 0 ? 0 : 100.0 * correct / gold;
    }

    /**
     * Returns the word F1 in percent.
     *
     * @return the harmonic mean of precision and recall
     */
    public double f1() {
      return f1(correct, predicted, gold);
    }

    /**
     * Returns the F1 over units inside Arabic words.
     *
     * @return the harmonic mean of precision and recall over Arabic words, in percent
     */
    public double f1Arabic() {
      return f1(correctArabic, predictedArabic, goldArabic);
    }

    /**
     * Returns the share of whitespace words whose units are all right.
     *
     * @return the word accuracy in percent
     */
    public double wordAccuracy() {
      return words == 0 ? 0 : 100.0 * wordsCorrect / words;
    }

    static double f1(long c, long p, long g) {
      double pr = p == 0 ? 0 : (double) c / p;
      double re = g == 0 ? 0 : (double) c / g;
      return pr + re == 0 ? 0 : 100.0 * 2 * pr * re / (pr + re);
    }

    /**
     * Prints the report; its last line is {@code word F1 = NN.NN}.
     *
     * @param out where to print
     * @param title the first line
     */
    public void print(PrintStream out, String title) {
      out.println(title);
      for (String e : errors) {
        out.println("  error: " + e);
      }
      out.printf(Locale.ROOT, "%-10s %10s %10s %10s%n", "our kind", "predicted", "correct", "precision");
      for (Map.Entry<String, long[]> e : byKind.entrySet()) {
        long[] v = e.getValue();
        out.printf(Locale.ROOT, "%-10s %10d %10d %10.2f%n", e.getKey(), v[0], v[1],
            v[0] == 0 ? 0 : 100.0 * v[1] / v[0]);
      }
      out.printf(Locale.ROOT, "%-10s %10s %10s %10s%n", "gold label", "gold", "found", "recall");
      for (Map.Entry<String, long[]> e : byLabel.entrySet()) {
        long[] v = e.getValue();
        out.printf(Locale.ROOT, "%-10s %10d %10d %10.2f%n", e.getKey(), v[0], v[1],
            v[0] == 0 ? 0 : 100.0 * v[1] / v[0]);
      }
      out.printf(Locale.ROOT, "units: gold %d, predicted %d, correct %d%n", gold, predicted, correct);
      out.printf(Locale.ROOT, "Arabic words only: gold %d, predicted %d, correct %d, F1 = %.2f%n",
          goldArabic, predictedArabic, correctArabic, f1Arabic());
      out.printf(Locale.ROOT, "word accuracy = %.2f (%d of %d whitespace words)%n", wordAccuracy(),
          wordsCorrect, words);
      out.printf(Locale.ROOT, "precision = %.2f, recall = %.2f%n", precision(), recall());
      out.printf(Locale.ROOT, "word F1 = %.2f%n", f1());
    }
  }

  /**
   * Scores the pipeline on some texts.
   *
   * @param items the texts with gold units
   * @param part which part of the texts to score
   * @param maxErrors how many wrongly segmented words to keep in {@link Result#errors}
   * @return the counts
   */
  public Result evaluate(List<Item> items, Part part, int maxErrors) {
    Result r = new Result();
    for (String k : new String[] {"CONJ", "PREP", "FUT", "STEM", "PRON", "OTHER"}) {
      r.byKind.put(k, new long[2]);
    }
    long total = 0;
    for (Item it : items) {
      total += it.weight();
    }
    long seen = 0;
    for (Item it : items) {
      boolean dev = seen < total / 2;
      seen += it.weight();
      if (part == Part.DEV && !dev || part == Part.TEST && dev) {
        continue;
      }
      score(it, r, maxErrors);
      r.texts++;
    }
    return r;
  }

  private void score(Item it, Result r, int maxErrors) {
    String text = it.text();
    // position of each offset in the text normalized for comparison (ignorable chars removed)
    int[] npos = new int[text.length() + 1];
    int k = 0;
    for (int i = 0; i < text.length(); i++) {
      npos[i] = k;
      if (!ArabicNormalizer.isIgnorable(text.charAt(i))) {
        k++;
      }
    }
    npos[text.length()] = k;

    // our units: segments, the article joined to what follows
    List<long[]> ours = new ArrayList<>(); // {nstart, nend, kindOrdinal}
    Document d = pipeline.process(text);
    for (Token t : d.tokens()) {
      List<Segment> segs = t.segments();
      int start = -1;
      for (int s = 0; s < segs.size(); s++) {
        Segment g = segs.get(s);
        if (start < 0) {
          start = g.start();
        }
        if (g.kind() == SegmentKind.ART && s + 1 < segs.size()) {
          continue;
        }
        String kind = g.kind() == SegmentKind.ART ? "STEM"
            : t.kind() == org.khabar.TokenKind.ARABIC ? g.kind().name() : "OTHER";
        if (npos[g.end()] > npos[start]) {
          ours.add(new long[] {npos[start], npos[g.end()], kindIndex(kind)});
        }
        start = -1;
      }
    }
    // gold units
    int n = it.goldStart().length;
    List<long[]> gold = new ArrayList<>(n);
    for (int g = 0; g < n; g++) {
      int s = npos[it.goldStart()[g]];
      int e = npos[it.goldEnd()[g]];
      if (e > s) {
        gold.add(new long[] {s, e, g});
      }
    }
    // whitespace words in normalized positions, and which are Arabic
    List<int[]> words = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int s = i;
      boolean arabic = false;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        char c = text.charAt(i);
        if (c >= '\u0621' && c <= '\u064A') {
          arabic = true;
        }
        i++;
      }
      if (i > s && npos[i] > npos[s]) {
        words.add(new int[] {npos[s], npos[i], arabic ? 1 : 0});
      }
    }
    java.util.Set<Long> goldSet = new java.util.HashSet<>();
    for (long[] g : gold) {
      goldSet.add(g[0] << 32 | g[1]);
    }
    java.util.Set<Long> ourSet = new java.util.HashSet<>();
    for (long[] o : ours) {
      ourSet.add(o[0] << 32 | o[1]);
    }
    String[] kindNames = r.byKind.keySet().toArray(new String[0]);
    for (long[] o : ours) {
      boolean ok = goldSet.contains(o[0] << 32 | o[1]);
      long[] v = r.byKind.get(kindNames[(int) o[2]]);
      v[0]++;
      r.predicted++;
      if (ok) {
        v[1]++;
        r.correct++;
      }
      if (isArabic(words, o[0])) {
        r.predictedArabic++;
        if (ok) {
          r.correctArabic++;
        }
      }
    }
    for (long[] g : gold) {
      boolean ok = ourSet.contains(g[0] << 32 | g[1]);
      long[] v = r.byLabel.computeIfAbsent(it.goldLabel()[(int) g[2]], x -> new long[2]);
      v[0]++;
      r.gold++;
      if (ok) {
        v[1]++;
      }
      if (isArabic(words, g[0])) {
        r.goldArabic++;
      }
    }
    // word accuracy: all units inside the word agree
    int gi = 0;
    int oi = 0;
    for (int[] w : words) {
      StringBuilder gs = new StringBuilder();
      StringBuilder os = new StringBuilder();
      while (gi < gold.size() && gold.get(gi)[0] < w[1]) {
        gs.append(gold.get(gi)[0]).append('-').append(gold.get(gi)[1]).append(' ');
        gi++;
      }
      while (oi < ours.size() && ours.get(oi)[0] < w[1]) {
        os.append(ours.get(oi)[0]).append('-').append(ours.get(oi)[1]).append(' ');
        oi++;
      }
      r.words++;
      if (gs.toString().equals(os.toString())) {
        r.wordsCorrect++;
      } else if (r.errors.size() < maxErrors) {
        r.errors.add(show(text, npos, gold, w) + "  |  " + show(text, npos, ours, w));
      }
    }
  }

  private static int kindIndex(String kind) {
    switch (kind) {
      case "CONJ":
        return 0;
      case "PREP":
        return 1;
      case "FUT":
        return 2;
      case "STEM":
        return 3;
      case "PRON":
        return 4;
      default:
        return 5;
    }
  }

  private static boolean isArabic(List<int[]> words, long npos) {
    int lo = 0;
    int hi = words.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int[] w = words.get(mid);
      if (npos < w[0]) {
        hi = mid - 1;
      } else if (npos >= w[1]) {
        lo = mid + 1;
      } else {
        return w[2] == 1;
      }
    }
    return false;
  }

  /** Shows the units inside a word as their normalized text joined by +. */
  private static String show(String text, int[] npos, List<long[]> units, int[] word) {
    // map normalized positions back to original offsets
    StringBuilder sb = new StringBuilder();
    for (long[] u : units) {
      if (u[0] >= word[0] && u[1] <= word[1]) {
        if (sb.length() > 0) {
          sb.append('+');
        }
        int s = Arrays.binarySearch(npos, (int) u[0]);
        int e = Arrays.binarySearch(npos, (int) u[1]);
        s = firstIndex(npos, (int) u[0], s);
        e = firstIndex(npos, (int) u[1], e);
        sb.append(ArabicNormalizer.normalize(text, s, e, ArabicNormalizer.ALEF));
      }
    }
    return sb.toString();
  }

  private static int firstIndex(int[] a, int v, int found) {
    int i = found;
    while (i > 0 && a[i - 1] == v) {
      i--;
    }
    return i;
  }
}
