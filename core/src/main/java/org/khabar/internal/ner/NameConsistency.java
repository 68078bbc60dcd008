package org.khabar.internal.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.Entity;
import org.khabar.EntityType;
import org.khabar.TokenKind;
import org.khabar.internal.Analysis;

/**
 * Document-level consistency of names, a news-writing rule: a name found once in a document is the
 * same name wherever it recurs, and a person first named in full ({@code دونالد رامسفيلد}) is then
 * called by the last part of the name alone ({@code رامسفيلد}). After the statistical tagger has run
 * over the whole document, this pass marks the untagged recurrences of the tagged names (compared by
 * their stems, so {@code ورامسفيلد} is a recurrence of {@code رامسفيلد}), and the untagged
 * occurrences of the last word of a multi-word person name.
 *
 * <p>Stateless and thread-safe.
 */
final class NameConsistency {
  private static final int ARABIC = TokenKind.ARABIC.ordinal();
  private static final int MAX_WORDS = 6;
  /** A recurrence of a one-word name needs a key of at least this many letters. */
  private static final int MIN_SINGLE = 4;
  /** A name whose untagged recurrences outnumber its tagged ones this many times is not propagated. */
  private static final int MAX_RATIO = 3;
  /** Added entities get this share of their model's confidence. */
  private static final double CONFIDENCE = 0.9;

  private NameConsistency() {}

  /**
   * Adds the recurrences of the document's names to the analysis' entities, keeping text order.
   *
   * @param a the analysis, with the tagger's entities
   * @param entityTokens per entity in {@code a.entities}, its first and end token index
   */
  static void apply(Analysis a, List<int[]> entityTokens) {
    if (a.entities.isEmpty()) {
      return;
    }
    String[] key = new String[a.tokenCount];
    for (int t = 0; t < a.tokenCount; t++) {
      key[t] = keyOf(a, t);
    }
    boolean[] covered = new boolean[a.tokenCount];
    Map<String, Object[]> names = new HashMap<>();
    Map<String, Object[]> lastNames = new HashMap<>();
    for (int k = 0; k < a.entities.size(); k++) {
      Entity e = a.entities.get(k);
      int[] r = entityTokens.get(k);
      StringBuilder sb = new StringBuilder();
      boolean ok = true;
      for (int t = r[0]; t < r[1]; t++) {
        covered[t] = true;
        if (key[t] == null) {
          ok = false;
        }
        sb.append(t > r[0] ? " " : "").append(key[t]);
      }
      if (!ok || r[1] - r[0] > MAX_WORDS) {
        continue;
      }
      Object[] prev = names.putIfAbsent(sb.toString(), new Object[] {e.type(), e.confidence(), new int[] {1}});
      if (prev != null) {
        ((int[]) prev[2])[0]++;
      }
      if (e.type() == EntityType.PER && r[1] - r[0] >= 2) {
        lastNames.putIfAbsent(key[r[1] - 1], new Object[] {EntityType.PER, e.confidence(), new int[] {1}});
      }
    }
    List<int[]> found = new ArrayList<>();
    List<Object[]> foundName = new ArrayList<>();
    Map<Object[], int[]> untagged = new HashMap<>();
    for (int s = 0; s < a.sentenceCount; s++) {
      int end = a.sentEndToken[s];
      for (int i = a.sentFirstToken[s]; i < end; i++) {
        if (covered[i] || key[i] == null) {
          continue;
        }
        int bestEnd = -1;
        Object[] best = null;
        StringBuilder sb = new StringBuilder();
        for (int j = i; j < end && j < i + MAX_WORDS && !covered[j] && key[j] != null; j++) {
          sb.append(j > i ? " " : "").append(key[j]);
          Object[] hit = names.get(sb.toString());
          if (hit != null) {
            bestEnd = j + 1;
            best = hit;
          }
        }
        if (best == null) {
          best = lastNames.get(key[i]);
          bestEnd = i + 1;
        }
        if (best == null) {
          continue;
        }
        if (bestEnd - i == 1 && key[i].length() < MIN_SINGLE) {
          continue;
        }
        found.add(new int[] {i, bestEnd});
        foundName.add(best);
        untagged.computeIfAbsent(best, k -> new int[1])[0]++;
        i = bestEnd - 1;
      }
    }
    List<Entity> added = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      Object[] name = foundName.get(k);
      if (untagged.get(name)[0] > MAX_RATIO * ((int[]) name[2])[0]) {
        // a word tagged once but left untagged many times is a common word, not a name
        continue;
      }
      int[] r = found.get(k);
      int start = NerEngine.stemStart(a, r[0]);
      int stop = a.tokEnd[r[1] - 1];
      added.add(new Entity(start, stop, (EntityType) name[0], a.text.substring(start, stop),
          CONFIDENCE * (Double) name[1]));
    }
    if (added.isEmpty()) {
      return;
    }
    List<Entity> merged = new ArrayList<>(a.entities.size() + added.size());
    int x = 0;
    int y = 0;
    while (x < a.entities.size() || y < added.size()) {
      if (y == added.size() || (x < a.entities.size() && a.entities.get(x).start() < added.get(y).start())) {
        merged.add(a.entities.get(x++));
      } else {
        merged.add(added.get(y++));
      }
    }
    a.entities.clear();
    a.entities.addAll(merged);
  }

  /** The comparison key of a token: its stem without a leading article, or null if not a name word. */
  private static String keyOf(Analysis a, int t) {
    if (a.tokKind[t] != ARABIC) {
      return null;
    }
    int g = StemKeys.stemSegment(a, t);
    int s = g >= 0 ? a.segNormStart[g] : a.tokNormStart[t];
    int e = g >= 0 ? a.segNormEnd[g] : a.tokNormEnd[t];
    s = StemKeys.canonicalStart(a.normBuf, s, e);
    return e - s >= 3 ? new String(a.normBuf, s, e - s) : null;
  }
}
