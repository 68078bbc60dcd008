package org.khabar.internal.segment;

/**
 * The bits a stem lexicon records for each stem: what the stem is (part of speech) and which clitics
 * it accepts. A stem may carry several parts of speech (a noun and a verb share one spelling); the
 * bits are the union over every lexicon entry of that spelling.
 *
 * <p>Constants only; stateless and thread-safe.
 */
public final class StemInfo {
  /** A noun, adjective, verbal noun, participle or number word. */
  public static final int NOUN = 1;
  /** An imperfect (present) verb form: {@code يلتقي}. */
  public static final int VERB_IMPF = 1 << 1;
  /** A perfect (past) verb form: {@code التقى}. */
  public static final int VERB_PERF = 1 << 2;
  /** An imperative verb form. */
  public static final int VERB_IMPV = 1 << 3;
  /** A closed-class function word: preposition, particle, pronoun, demonstrative, adverb. */
  public static final int FUNC = 1 << 4;
  /** A proper name: a person, place, country or organization. */
  public static final int NAME = 1 << 5;
  /** Accepts the conjunction {@code و} or {@code ف}. */
  public static final int ACC_CONJ = 1 << 6;
  /** Accepts a preposition {@code ب}, {@code ك} or {@code ل} before a noun. */
  public static final int ACC_PREP = 1 << 7;
  /** Accepts {@code ل} before a verb (the lam of purpose or command). */
  public static final int ACC_LAM = 1 << 8;
  /** Accepts the future marker {@code س}. */
  public static final int ACC_FUT = 1 << 9;
  /** Accepts the article {@code ال}. */
  public static final int ACC_ART = 1 << 10;
  /** Accepts an attached pronoun. */
  public static final int ACC_PRON = 1 << 11;
  /**
   * A word that is never split when it is the whole token: a fused function word ({@code كما},
   * {@code لذلك}, {@code بما}, {@code إنما}) or a name that begins or ends with clitic letters
   * ({@code واشنطن}, {@code ويكيبيديا}). As the stem of a longer word it takes the clitics its other
   * bits allow ({@code ولكنه}).
   */
  public static final int FUSED = 1 << 12;

  /** Every part-of-speech bit. */
  public static final int POS_MASK = NOUN | VERB_IMPF | VERB_PERF | VERB_IMPV | FUNC | NAME;
  /** Every verb bit. */
  public static final int VERB = VERB_IMPF | VERB_PERF | VERB_IMPV;
  /** Every bit in use. */
  public static final int ALL = (1 << 13) - 1;

  private StemInfo() {}

  /**
   * Parses a symbolic list of bits, as written in the hand-made stem lists: names separated by
   * {@code |}, for example {@code NAME|ACC_CONJ|ACC_PREP}.
   *
   * @param spec the names
   * @return the bits
   * @throws IllegalArgumentException if a name is unknown
   */
  public static int parse(String spec) {
    int bits = 0;
    for (String name : spec.split("\\|")) {
      bits |= bit(name.trim());
    }
    return bits;
  }

  private static int bit(String name) {
    switch (name) {
      case "NOUN":
        return NOUN;
      case "VERB_IMPF":
        return VERB_IMPF;
      case "VERB_PERF":
        return VERB_PERF;
      case "VERB_IMPV":
        return VERB_IMPV;
      case "FUNC":
        return FUNC;
      case "NAME":
        return NAME;
      case "ACC_CONJ":
        return ACC_CONJ;
      case "ACC_PREP":
        return ACC_PREP;
      case "ACC_LAM":
        return ACC_LAM;
      case "ACC_FUT":
        return ACC_FUT;
      case "ACC_ART":
        return ACC_ART;
      case "ACC_PRON":
        return ACC_PRON;
      case "FUSED":
        return FUSED;
      default:
        throw new IllegalArgumentException("unknown stem bit '" + name + "'; expected one of NOUN, "
            + "VERB_IMPF, VERB_PERF, VERB_IMPV, FUNC, NAME, ACC_CONJ, ACC_PREP, ACC_LAM, ACC_FUT, "
            + "ACC_ART, ACC_PRON, FUSED");
    }
  }

  /**
   * Writes bits symbolically, the inverse of {@link #parse(String)}.
   *
   * @param bits the bits
   * @return the names joined by {@code |}, or {@code 0} when none is set
   */
  public static String format(int bits) {
    String[] names = {"NOUN", "VERB_IMPF", "VERB_PERF", "VERB_IMPV", "FUNC", "NAME", "ACC_CONJ",
        "ACC_PREP", "ACC_LAM", "ACC_FUT", "ACC_ART", "ACC_PRON", "FUSED"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      if ((bits & (1 << i)) != 0) {
        if (sb.length() > 0) {
          sb.append('|');
        }
        sb.append(names[i]);
      }
    }
    return sb.length() == 0 ? "0" : sb.toString();
  }
}
