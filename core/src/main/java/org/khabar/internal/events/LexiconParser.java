package org.khabar.internal.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the trigger lexicon format: one rule per line, tab-separated, {@code #} starts a comment.
 *
 * <pre>
 * rule-id   CAMEO   frame        pattern                                   [flags]
 * 044.meet  044     joint:obj    V:التقى/يلتقي
 * 041.call  041     joint:ب,مع   V:أجرى/يجري ... [N:اتصال A:هاتفي]
 * </pre>
 *
 * <ul>
 *   <li>frame: {@code stmt} (the speaker is the source, no target); {@code dir} or {@code joint},
 *       optionally followed by {@code :} and a comma-separated list of where the target stands:
 *       {@code obj} (direct object) or a preposition ({@code مع}, {@code إلى}, {@code ب}, {@code عن}
 *       ...), and, for event nouns, where a source stands: {@code src=gen} (the noun phrase right
 *       after the noun) or {@code src=} and a preposition;
 *   <li>pattern: space-separated elements {@code V:perfect/imperfect[/extra forms]} (a verb, all its
 *       persons, numbers and genders generated; {@code -} for no imperfect), {@code N:lemma[/lemma]} (a noun with article,
 *       case, dual and plural endings), {@code A:lemma} (an adjective or participle, with gender and
 *       number), {@code W:word} (a literal word); {@code ...} or {@code ...N} between two elements
 *       allows up to 6 (or N) words between them; {@code [} and {@code ]} around elements mark the
 *       trigger span (default: the whole match when contiguous, else the first element);
 *   <li>flags: comma-separated {@code absorb}, {@code negate}, {@code perform}, {@code futcontent},
 *       {@code terms}, {@code context}, {@code absence}, {@code cancel}, {@code official},
 *       {@code block}, {@code purpose}, {@code auspices}, {@code armed} (see {@link LexiconEntry}).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class LexiconParser {
  /** The gap allowed by a bare {@code ...}. */
  public static final int DEFAULT_GAP = 6;
  /** The largest gap a pattern may ask for. */
  public static final int MAX_GAP = 16;

  private LexiconParser() {}

  /**
   * Parses a lexicon.
   *
   * @param reader the text; not closed
   * @param name the lexicon's name, used in error messages and in each entry
   * @return the entries in file order
   * @throws IOException if the reader fails
   * @throws IllegalArgumentException if a line is malformed; the message names the lexicon and the line
   */
  public static List<LexiconEntry> parse(Reader reader, String name) throws IOException {
    BufferedReader br = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
    List<LexiconEntry> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    String line;
    int no = 0;
    while ((line = br.readLine()) != null) {
      no++;
      if (no == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      if (line.isBlank()) {
        continue;
      }
      LexiconEntry e = parseLine(line, name, no);
      if (!ids.add(e.ruleId())) {
        throw error(name, no, "rule id '" + e.ruleId() + "' is used twice");
      }
      out.add(e);
    }
    return out;
  }

  static LexiconEntry parseLine(String line, String name, int no) {
    String[] cols = line.split("\t+");
    List<String> c = new ArrayList<>();
    for (String s : cols) {
      if (!s.isBlank()) {
        c.add(s.strip());
      }
    }
    if (c.size() < 4 || c.size() > 5) {
      throw error(name, no, "expected 4 or 5 tab-separated columns (id, cameo, frame, pattern, [flags]), found "
          + c.size());
    }
    String id = c.get(0);
    if (!id.matches("[A-Za-z0-9_.\\-]+")) {
      throw error(name, no, "rule id '" + id + "' may hold only ASCII letters, digits, '.', '_' and '-'");
    }
    String cameo = c.get(1);
    if (!cameo.matches("[0-9]{2,4}")) {
      throw error(name, no, "CAMEO code '" + cameo + "' is not 2 to 4 digits");
    }
    if (!CameoTable.standard().contains(cameo)) {
      throw error(name, no, "CAMEO code '" + cameo + "' is not a known code");
    }
    LexiconEntry.Frame frame = parseFrame(c.get(2), name, no);
    List<LexiconEntry.Element> elements = parsePattern(c.get(3), name, no);
    int flags = c.size() == 5 ? parseFlags(c.get(4), name, no) : 0;
    for (LexiconEntry.Element e : elements) {
      if (e.kind() == 'V') {
        flags |= LexiconEntry.HAS_VERB;
      }
    }
    return new LexiconEntry(id, cameo, frame, elements, flags, name, no);
  }

  private static LexiconEntry.Frame parseFrame(String s, String name, int no) {
    if (s.equals("stmt")) {
      return new LexiconEntry.Frame(false, true, List.of(), List.of());
    }
    String head = s;
    String rest = null;
    int colon = s.indexOf(':');
    if (colon >= 0) {
      head = s.substring(0, colon);
      rest = s.substring(colon + 1);
    }
    boolean joint;
    if (head.equals("dir")) {
      joint = false;
    } else if (head.equals("joint")) {
      joint = true;
    } else {
      throw error(name, no, "frame '" + s + "' must be stmt, dir[:targets] or joint[:targets]");
    }
    List<String> targets = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    if (rest != null) {
      for (String t : rest.split(",")) {
        boolean src = t.strip().startsWith("src=");
        if (src) {
          t = t.strip().substring(4);
          if (t.equals("gen")) {
            sources.add("gen");
            continue;
          }
        }
        String n = Words.norm(t.strip());
        if (n.isEmpty()) {
          throw error(name, no, "frame '" + s + "' has an empty target place");
        }
        if (!n.equals("obj") && !Words.isTargetPreposition(n)) {
          throw error(name, no, "frame '" + s + "': target place '" + t.strip()
              + "' is neither obj nor a known preposition");
        }
        if (src) {
          sources.add(n);
        } else {
          targets.add(n);
        }
      }
    }
    return new LexiconEntry.Frame(joint, false, targets, sources);
  }

  private static List<LexiconEntry.Element> parsePattern(String s, String name, int no) {
    List<LexiconEntry.Element> out = new ArrayList<>();
    int gap = 0;
    boolean inTrigger = false;
    boolean sawBracket = false;
    boolean pendingGap = false;
    for (String raw : s.trim().split(" +")) {
      String w = raw;
      boolean open = false;
      boolean close = false;
      if (w.startsWith("[")) {
        open = true;
        w = w.substring(1);
      }
      if (w.endsWith("]")) {
        close = true;
        w = w.substring(0, w.length() - 1);
      }
      if (open) {
        if (inTrigger || sawBracket) {
          throw error(name, no, "pattern '" + s + "' may have only one [ ... ] trigger group");
        }
        inTrigger = true;
        sawBracket = true;
      }
      if (w.startsWith("...")) {
        if (open || close) {
          throw error(name, no, "a gap cannot open or close the trigger group in '" + s + "'");
        }
        if (out.isEmpty() || pendingGap) {
          throw error(name, no, "a gap must stand between two elements in '" + s + "'");
        }
        String n = w.substring(3);
        gap = DEFAULT_GAP;
        if (!n.isEmpty()) {
          try {
            gap = Integer.parseInt(n);
          } catch (NumberFormatException ex) {
            throw error(name, no, "gap '" + w + "' must be ... or ...N with a number N");
          }
          if (gap < 1 || gap > MAX_GAP) {
            throw error(name, no, "gap '" + w + "' must be between 1 and " + MAX_GAP);
          }
        }
        pendingGap = true;
        continue;
      }
      if (w.length() < 3 || w.charAt(1) != ':') {
        throw error(name, no, "element '" + raw + "' must be V:, N:, A: or W: followed by a word");
      }
      char kind = w.charAt(0);
      if (kind != 'V' && kind != 'N' && kind != 'A' && kind != 'W') {
        throw error(name, no, "unknown element kind '" + kind + "' in '" + raw + "' (use V, N, A or W)");
      }
      List<String> lemmas = new ArrayList<>();
      for (String l : w.substring(2).split("/")) {
        if (kind == 'V' && l.equals("-") && lemmas.size() == 1) {
          lemmas.add(l); // no imperfect: V:اعتبر/- (the imperfect reads as a description, يعتبر)
          continue;
        }
        if (l.isEmpty() || Words.norm(l).isEmpty()) {
          throw error(name, no, "element '" + raw + "' has an empty form");
        }
        for (int i = 0; i < l.length(); i++) {
          char ch = l.charAt(i);
          if (!(ch >= 0x0600 && ch <= 0x06FF)) {
            throw error(name, no, "element '" + raw + "' has a non-Arabic character '" + ch + "'");
          }
        }
        lemmas.add(l);
      }
      if (kind == 'V' && lemmas.size() < 2) {
        throw error(name, no, "verb '" + raw + "' needs its perfect and imperfect: V:التقى/يلتقي");
      }
      if (kind == 'V' && !lemmas.get(1).equals("-")) {
        String imp = Words.norm(lemmas.get(1));
        char p = imp.charAt(0);
        if (p != '\u064A' && p != '\u062A') {
          throw error(name, no, "verb '" + raw + "': the imperfect '" + lemmas.get(1) + "' must start with ي or ت");
        }
      }
      out.add(new LexiconEntry.Element(kind, lemmas, gap, inTrigger));
      gap = 0;
      pendingGap = false;
      if (close) {
        if (!inTrigger) {
          throw error(name, no, "']' without '[' in '" + s + "'");
        }
        inTrigger = false;
      }
    }
    if (inTrigger) {
      throw error(name, no, "'[' is not closed in '" + s + "'");
    }
    if (pendingGap) {
      throw error(name, no, "a pattern cannot end with a gap: '" + s + "'");
    }
    if (out.isEmpty()) {
      throw error(name, no, "empty pattern");
    }
    if (out.size() > TriggerAutomaton.MAX_ELEMENTS) {
      throw error(name, no, "a pattern has at most " + TriggerAutomaton.MAX_ELEMENTS + " elements");
    }
    return out;
  }

  private static int parseFlags(String s, String name, int no) {
    int flags = 0;
    for (String f : s.split(",")) {
      switch (f.strip()) {
        case "absorb":
          flags |= LexiconEntry.ABSORB;
          break;
        case "negate":
          flags |= LexiconEntry.NEGATE_CONTENT;
          break;
        case "perform":
          flags |= LexiconEntry.PERFORMATIVE;
          break;
        case "futcontent":
          flags |= LexiconEntry.FUTURE_CONTENT;
          break;
        case "terms":
          flags |= LexiconEntry.TERMS;
          break;
        case "context":
          flags |= LexiconEntry.NEEDS_CONTEXT;
          break;
        case "absence":
          flags |= LexiconEntry.ABSENCE;
          break;
        case "cancel":
          flags |= LexiconEntry.CANCEL;
          break;
        case "official":
          flags |= LexiconEntry.OFFICIAL;
          break;
        case "block":
          flags |= LexiconEntry.BLOCK;
          break;
        case "purpose":
          flags |= LexiconEntry.PURPOSE;
          break;
        case "auspices":
          flags |= LexiconEntry.AUSPICES;
          break;
        case "armed":
          flags |= LexiconEntry.ARMED;
          break;
        default:
          throw error(name, no, "unknown flag '" + f.strip()
              + "' (known: absorb, negate, perform, futcontent, terms, context, absence, cancel, official, block, purpose, auspices, armed)");
      }
    }
    return flags;
  }

  private static IllegalArgumentException error(String name, int line, String msg) {
    return new IllegalArgumentException("trigger lexicon '" + name + "' line " + line + ": " + msg);
  }
}
