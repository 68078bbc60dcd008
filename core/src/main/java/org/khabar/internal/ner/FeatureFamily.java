package org.khabar.internal.ner;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The feature families of {@link ArabicFeatureGenerator}, named in the model's feature descriptor. A
 * bias feature and a sentence-start feature are always on.
 */
public enum FeatureFamily {
  /** The normalized form of the token ({@code n=}). */
  NORM,
  /** The stem: the token without proclitics and article ({@code s=}). */
  STEM,
  /** Which clitics the segmenter removed, for the token and the one before ({@code c=}, {@code cp=}). */
  CLITIC,
  /** Prefixes and suffixes of the stem ({@code p1=}..., {@code x1=}...). */
  AFFIX,
  /** Character trigrams inside the stem, with word-boundary marks ({@code g3=}). */
  NGRAM,
  /** The word shape of the token and its neighbours ({@code sh=}, {@code sh-1=}, {@code sh+1=}). */
  SHAPE,
  /** The stems of two tokens on each side ({@code s-2=} ... {@code s+2=}). */
  WINDOW,
  /** Stem bigrams with the previous and the next token ({@code b-=}, {@code b+=}). */
  BIGRAM,
  /** The last decision taken for the same stem earlier in the document ({@code pd=}). */
  PREVMAP,
  /** Membership in gazetteer phrases ({@code g=B-LOC} ..., and for the neighbours). */
  GAZETTEER,
  /** Membership in names harvested from the training data ({@code h=}). */
  HARVEST,
  /** Whether the word is a common word of the training data (outside names), or a rare one ({@code v=}). */
  VOCAB,
  /** Whether the stem is a word of the lexicon's dictionary ({@code dict.} category) ({@code dv=}). */
  DICT,
  /** Cue words: titles before persons, place and organization head nouns ({@code q=}, {@code q-1=} ...). */
  CUE,
  /**
   * What the segmenter's stem lexicon knows of the stem: noun, verb, function word, name or unknown,
   * for the token and its neighbours, and with the previous token's ({@code lx=}, {@code lx-1=},
   * {@code lx+1=}, {@code lxb=}).
   */
  LEXICON,
  /**
   * Transliteration shape of the stem: long-vowel density, letters and letter pairs typical of
   * foreign names, foreign-name endings, the longest consonant run, a hamza-alef start ({@code tv=},
   * {@code tl=}, {@code te=}, {@code tr=}, {@code th=}).
   */
  TRANSLIT,
  /**
   * Matches of the project gazetteer ({@code org.khabar.internal.gazetteer.Gazetteer}): the entry kind
   * with its longest-match position and ambiguity, for the token and its neighbours ({@code pz=} ...).
   */
  PROJECT,
  /**
   * The nearest organization or place head noun (cue or institution noun) to the left in the same
   * noun phrase, with its distance ({@code hd=}).
   */
  HEADS,
  /**
   * Document-level features from a first-stage model ({@link DocMemory}): the first stage's labels of
   * the token and its neighbours, and of the other occurrences of the same word in the document. A
   * model with this family carries its first stage as an artifact and tags in two passes.
   */
  DOC,
  /**
   * EXPERIMENTS ONLY (never in a shipped model so far): the word cluster of the token and of its
   * neighbours, and path prefixes when the clusters are bit strings ({@code k=}, {@code k-1=} ...,
   * {@code kp4=} ...), from a {@link ClusterMap} artifact of the model.
   */
  CLUSTER;

  /**
   * Returns the name used in descriptors.
   *
   * @return the lower-case name
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a comma-separated list of family names.
   *
   * @param list names such as {@code norm,stem,cue}
   * @return the families
   * @throws IllegalArgumentException if a name is unknown
   */
  public static Set<FeatureFamily> parse(String list) {
    Set<FeatureFamily> out = EnumSet.noneOf(FeatureFamily.class);
    for (String part : list.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      try {
        out.add(valueOf(p.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown NER feature family '" + p + "'; known: "
            + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT), e);
      }
    }
    return out;
  }

  /**
   * Formats families as a comma-separated list in declaration order.
   *
   * @param families the families
   * @return the list
   */
  public static String format(Set<FeatureFamily> families) {
    StringBuilder sb = new StringBuilder();
    for (FeatureFamily f : values()) {
      if (families.contains(f)) {
        if (sb.length() > 0) {
          sb.append(',');
        }
        sb.append(f.key());
      }
    }
    return sb.toString();
  }
}
