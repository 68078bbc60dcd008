package org.khabar.examples.tools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.khabar.internal.segment.StemInfo;

/**
 * Builds the clitic segmenter's stem lexicon from hunspell-ar (Ayaspell 3.2, used under its MPL-1.1
 * option): every dictionary entry is expanded with its inflectional suffixes (dual, plural, nisba,
 * subject suffixes of verbs, accusative alif), but never with a clitic (conjunction, preposition,
 * future marker, article, attached pronoun). Each resulting stem records its part of speech and the
 * clitics hunspell lets it take (see {@code StemInfo}). Function words (stopwords.dic, tools.dic) come
 * out as plain nominal stems: the segmenter's notion of a function word ({@code StemInfo.FUNC}) is
 * the project's own hand-checked list ({@code stems-project.txt}).
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * mvn -q -B -o -pl examples -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
 * java -cp examples/target/khabar-cli.jar org.khabar.examples.tools.BuildSegmentationLexicon \
 *     ../shared/data/lexicon/hunspell-ar core/src/main/resources/org/khabar/internal/segment/stems-hunspell.txt.gz
 * </pre>
 *
 * <p>The output is gzipped UTF-8 text, sorted: a header comment, then one stem per line as
 * {@code form<TAB>bits-in-hex}, each form front-coded against the previous one (a decimal count of
 * shared leading chars, then the rest). Harakat and tatweel are removed from forms; alef variants
 * and other spellings are kept (the loader normalizes them).
 */
public final class BuildSegmentationLexicon {

  private BuildSegmentationLexicon() {}

  /** One affix rule. */
  static final class Rule {
    final boolean prefix;
    final String flag;
    final String strip;
    final String add;
    final List<String> cont;
    final char[][] cond;
    final boolean[] negated;

    Rule(boolean prefix, String flag, String strip, String add, List<String> cont, String cond) {
      this.prefix = prefix;
      this.flag = flag;
      this.strip = strip;
      this.add = add;
      this.cont = cont;
      List<char[]> sets = new ArrayList<>();
      List<Boolean> neg = new ArrayList<>();
      if (!cond.equals(".")) {
        for (int i = 0; i < cond.length(); i++) {
          char c = cond.charAt(i);
          if (c == '[') {
            int close = cond.indexOf(']', i);
            boolean n = cond.charAt(i + 1) == '^';
            sets.add(cond.substring(i + (n ? 2 : 1), close).toCharArray());
            neg.add(n);
            i = close;
          } else if (c == '.') {
            sets.add(null);
            neg.add(false);
          } else {
            sets.add(new char[] {c});
            neg.add(false);
          }
        }
      }
      this.cond = sets.toArray(new char[0][]);
      this.negated = new boolean[neg.size()];
      for (int i = 0; i < neg.size(); i++) {
        negated[i] = neg.get(i);
      }
    }

    boolean matches(String word) {
      int n = cond.length;
      if (word.length() < n || word.length() < strip.length()) {
        return false;
      }
      if (prefix ? !word.startsWith(strip) : !word.endsWith(strip)) {
        return false;
      }
      for (int k = 0; k < n; k++) {
        char c = prefix ? word.charAt(k) : word.charAt(word.length() - n + k);
        if (cond[k] == null) {
          continue;
        }
        boolean in = false;
        for (char x : cond[k]) {
          if (x == c) {
            in = true;
            break;
          }
        }
        if (in == negated[k]) {
          return false;
        }
      }
      return true;
    }

    String apply(String word) {
      return prefix
          ? add + word.substring(strip.length())
          : word.substring(0, word.length() - strip.length()) + add;
    }

    /** Whether this suffix rule attaches a pronoun (a clitic) rather than an inflection. */
    boolean addsPronoun() {
      if (prefix) {
        return false;
      }
      if (flag.equals("aa") || flag.equals("bb") || flag.equals("cc") || flag.equals("dd")
          || flag.equals("ee") || flag.equals("ff")) {
        return true;
      }
      char second = flag.charAt(1);
      if (Character.isUpperCase(flag.charAt(0)) && second >= 'a' && second <= 'i') {
        return true; // Ab..Si: an inflection followed by a pronoun
      }
      // an uppercase class whose continuation swaps the final ه for other pronouns adds ه itself
      return cont.contains("aa") || cont.contains("bb");
    }
  }

  /** The parsed affix file. */
  static final class Aff {
    final List<List<String>> af = new ArrayList<>();
    final List<String> am = new ArrayList<>();
    final Map<String, List<Rule>> rules = new HashMap<>();
  }

  static List<String> splitFlags(String s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < s.length(); i += 2) {
      out.add(s.substring(i, i + 2));
    }
    return out;
  }

  static Aff readAff(Path file) throws IOException {
    Aff aff = new Aff();
    aff.af.add(List.of()); // aliases are numbered from 1
    aff.am.add("");
    boolean afCount = false;
    boolean amCount = false;
    int pending = 0;
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\\s+");
      switch (f[0]) {
        case "AF":
          if (!afCount) {
            afCount = true;
          } else {
            aff.af.add(splitFlags(f[1]));
          }
          break;
        case "AM":
          if (!amCount) {
            amCount = true;
          } else {
            aff.am.add(line.substring(3));
          }
          break;
        case "PFX":
        case "SFX":
          boolean prefix = f[0].equals("PFX");
          if (pending == 0) {
            pending = Integer.parseInt(f[3]);
            aff.rules.putIfAbsent(f[1], new ArrayList<>());
            break;
          }
          pending--;
          String strip = f[2].equals("0") ? "" : stripMarks(f[2]);
          String add = f[3];
          List<String> cont = List.of();
          int slash = add.indexOf('/');
          if (slash >= 0) {
            cont = aff.af.get(Integer.parseInt(add.substring(slash + 1)));
            add = add.substring(0, slash);
          }
          add = add.equals("0") ? "" : stripMarks(add);
          String cond = f.length > 4 ? f[4] : ".";
          aff.rules.get(f[1]).add(new Rule(prefix, f[1], strip, add, cont, cond));
          break;
        default:
          break;
      }
    }
    return aff;
  }

  /** Removes harakat, tatweel and the dagger alif. */
  static String stripMarks(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '\u064B' && c <= '\u065F') || c == '\u0640' || c == '\u0670') {
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  static boolean isArabicWord(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '\u0621' || c > '\u064A') {
        return false;
      }
    }
    return true;
  }

  /** The proclitic bits a prefix string such as {@code وبال} grants. */
  static int prefixBits(String add, int pos) {
    String s = add;
    if (s.startsWith("أ")) {
      s = s.substring(1); // the interrogative hamza: not a clitic of our scheme
    }
    int bits = 0;
    if (s.startsWith("و") || s.startsWith("ف")) {
      bits |= StemInfo.ACC_CONJ;
      s = s.substring(1);
    }
    if (s.startsWith("لل")) {
      return bits | StemInfo.ACC_PREP | StemInfo.ACC_ART;
    }
    if (s.startsWith("ب") || s.startsWith("ك") || s.startsWith("ل")) {
      if (s.startsWith("ل") && (pos & StemInfo.VERB) != 0) {
        bits |= StemInfo.ACC_LAM;
      } else {
        bits |= StemInfo.ACC_PREP;
      }
      s = s.substring(1);
    } else if (s.startsWith("س")) {
      bits |= StemInfo.ACC_FUT;
      s = s.substring(1);
    }
    if (s.startsWith("ال") || s.startsWith("آل")) {
      bits |= StemInfo.ACC_ART;
    }
    return bits;
  }

  /**
   * Expands the dictionary.
   *
   * @param dir the hunspell-ar folder (ar.dic, ar.aff)
   * @return form to bits, sorted
   * @throws IOException if a file cannot be read
   */
  static TreeMap<String, Integer> expand(Path dir) throws IOException {
    Aff aff = readAff(dir.resolve("ar.aff"));
    List<String> lines = Files.readAllLines(dir.resolve("ar.dic"), StandardCharsets.UTF_8);
    TreeMap<String, Integer> out = new TreeMap<>();
    List<String> stopwords = new ArrayList<>();
    List<Object[]> tools = new ArrayList<>();
    String file = "";
    boolean names = false;
    boolean expectFileName = false;
    for (int ln = 1; ln < lines.size(); ln++) {
      String line = lines.get(ln).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("::")) {
        expectFileName = !expectFileName;
        continue;
      }
      if (expectFileName) {
        file = line;
        continue;
      }
      if (line.startsWith("#")) {
        // names.dic sections: names (letters, continents, countries, capitals, people) come first
        String h = line.replace("#", "").strip();
        if (h.startsWith("أسماء") || h.startsWith("القارات") || h.startsWith("البلدان")
            || h.startsWith("العواصم") || h.startsWith("اسماء،أشخاص")) {
          names = !h.startsWith("أسماء");
        } else {
          names = false;
        }
        continue;
      }
      String word = line;
      String morph = "";
      int tab = word.indexOf('\t');
      if (tab >= 0) {
        String am = word.substring(tab + 1).strip();
        word = word.substring(0, tab);
        if (!am.isEmpty() && am.chars().allMatch(Character::isDigit)) {
          morph = aff.am.get(Integer.parseInt(am));
        }
      }
      List<String> flags = List.of();
      int slash = word.indexOf('/');
      if (slash >= 0) {
        String fl = word.substring(slash + 1);
        word = word.substring(0, slash);
        flags = fl.chars().allMatch(Character::isDigit)
            ? aff.af.get(Integer.parseInt(fl)) : splitFlags(fl);
      }
      word = stripMarks(word.strip());
      if (!isArabicWord(word)) {
        continue;
      }
      int pos;
      switch (file) {
        case "stopwords.dic":
          // full words, many with clitics already attached (وبغير): filtered below
          stopwords.add(word);
          continue;
        case "tools.dic":
          tools.add(new Object[] {word, flags});
          stopwords.add(word);
          continue;
        case "verb.huns.dic":
          pos = 0;
          if (morph.contains("is:prst")) {
            pos |= StemInfo.VERB_IMPF;
          }
          if (morph.contains("is:pst")) {
            pos |= StemInfo.VERB_PERF;
          }
          if (morph.contains("is:imp")) {
            pos |= StemInfo.VERB_IMPV;
          }
          if (pos == 0) {
            pos = StemInfo.VERB_PERF;
          }
          break;
        default:
          pos = names ? StemInfo.NAME : StemInfo.NOUN;
          break;
      }
      expandEntry(aff, word, flags, pos, out);
    }
    // stopwords.dic lists function words with their clitics; keep those that are not a proclitic
    // or pronoun attached to another listed word
    java.util.Set<String> stop = new java.util.HashSet<>(stopwords);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Object[] t : tools) {
      String w = (String) t[0];
      @SuppressWarnings("unchecked")
      List<String> fl = (List<String>) t[1];
      if (w.length() >= 2 && !composed(w, stop)) {
        expandEntry(aff, w, fl, StemInfo.NOUN, out);
        seen.add(w);
      }
    }
    for (String w : stopwords) {
      if (w.length() >= 2 && !seen.contains(w) && !composed(w, stop)) {
        out.merge(w, StemInfo.NOUN | StemInfo.ACC_CONJ, (a, b) -> a | b);
      }
    }
    return out;
  }

  static final String[] PRONOUNS = {"هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي"};

  /**
   * Whether a function word from stopwords.dic or tools.dic is a clitic attached to another listed
   * function word ({@code وبغير}, {@code عليه}) or a preposition with a pronoun ({@code به}).
   */
  static boolean composed(String w, java.util.Set<String> stop) {
    for (String p : new String[] {"وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك", "أ"}) {
      if (w.length() >= p.length() + 2 && w.startsWith(p)) {
        String rest = w.substring(p.length());
        if (stop.contains(rest) || composed(rest, stop)) {
          return true;
        }
      }
    }
    for (String p : PRONOUNS) {
      if (w.length() >= p.length() + 1 && w.endsWith(p)) {
        String rest = w.substring(0, w.length() - p.length());
        String head = rest.substring(0, rest.length() - 1);
        char last = rest.charAt(rest.length() - 1);
        if (stop.contains(rest) || stop.contains(head + "ى")
            || (last == 'ت' && stop.contains(head + "ة"))) {
          return true;
        }
      }
    }
    return false;
  }

  static void expandEntry(Aff aff, String word, List<String> flags, int pos, Map<String, Integer> out) {
    // the clitics the entry's own prefix flags grant apply to every form (cross product)
    int basePrefix = 0;
    for (String f : flags) {
      for (Rule r : aff.rules.getOrDefault(f, List.of())) {
        if (r.prefix && r.matches(word)) {
          basePrefix |= prefixBits(r.add, pos);
        }
      }
    }
    int baseBits = pos | basePrefix;
    for (String f : flags) {
      for (Rule r : aff.rules.getOrDefault(f, List.of())) {
        if (r.prefix || !r.matches(word)) {
          continue;
        }
        int contPrefix = contPrefixBits(aff, r.cont, pos, r.apply(word));
        if (r.addsPronoun()) {
          // the pronoun attaches to the base form; what may precede the pronoun form may precede it
          baseBits |= StemInfo.ACC_PRON | contPrefix;
          continue;
        }
        String form = r.apply(word);
        if (form.isEmpty()) {
          continue;
        }
        int bits = pos | basePrefix | contPrefix;
        for (String c : r.cont) {
          for (Rule r2 : aff.rules.getOrDefault(c, List.of())) {
            if (r2.prefix || !r2.matches(form)) {
              continue;
            }
            if (r2.addsPronoun()) {
              bits |= StemInfo.ACC_PRON;
            } else if (!r2.apply(form).isEmpty()) {
              out.merge(r2.apply(form), pos | basePrefix | contPrefix
                  | contPrefixBits(aff, r2.cont, pos, r2.apply(form)), (a, b) -> a | b);
            }
          }
        }
        out.merge(form, bits, (a, b) -> a | b);
      }
    }
    out.merge(word, baseBits, (a, b) -> a | b);
  }

  static int contPrefixBits(Aff aff, List<String> cont, int pos, String form) {
    int bits = 0;
    for (String c : cont) {
      for (Rule r : aff.rules.getOrDefault(c, List.of())) {
        if (r.prefix && r.matches(form)) {
          bits |= prefixBits(r.add, pos);
        }
      }
    }
    return bits;
  }

  /**
   * Writes the lexicon.
   *
   * @param stems form to bits, sorted
   * @param out the gzipped output
   * @throws IOException if writing fails
   */
  static void write(TreeMap<String, Integer> stems, OutputStream out) throws IOException {
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out),
        StandardCharsets.UTF_8))) {
      w.write("# khabar stem lexicon, derived from Ayaspell/hunspell-ar 3.2 (MPL-1.1); "
          + "see LICENSE-lexicon.txt. Front-coded: shared-prefix-length rest TAB bits(hex)\n");
      w.write("# count " + stems.size() + "\n");
      String prev = "";
      for (Map.Entry<String, Integer> e : stems.entrySet()) {
        String s = e.getKey();
        int k = 0;
        int max = Math.min(prev.length(), s.length());
        while (k < max && prev.charAt(k) == s.charAt(k)) {
          k++;
        }
        w.write(Integer.toString(k));
        w.write(s, k, s.length() - k);
        w.write('\t');
        w.write(Integer.toHexString(e.getValue()));
        w.write('\n');
        prev = s;
      }
    }
  }

  /**
   * Builds the lexicon.
   *
   * @param args the hunspell-ar folder and the output file
   * @throws IOException if reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BuildSegmentationLexicon HUNSPELL_AR_DIR OUTPUT.txt.gz");
      System.exit(2);
    }
    TreeMap<String, Integer> stems = expand(Paths.get(args[0]));
    Path out = Paths.get(args[1]);
    try (OutputStream os = Files.newOutputStream(out)) {
      write(stems, os);
    }
    int[] byPos = new int[6];
    for (int bits : stems.values()) {
      for (int i = 0; i < 6; i++) {
        if ((bits & (1 << i)) != 0) {
          byPos[i]++;
        }
      }
    }
    System.err.printf("%d stems (noun %d, verb-impf %d, verb-perf %d, verb-impv %d, func %d, name %d),"
        + " %d bytes -> %s%n", stems.size(), byPos[0], byPos[1], byPos[2], byPos[3], byPos[4],
        byPos[5], Files.size(out), out);
  }
}
