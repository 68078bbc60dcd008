package org.khabar.examples.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The exchange clusterer of {@link WordClusters} on tiny synthetic corpora. */
class WordClustersTest {

  /** Sentences "aX bY" for every X, Y, and "cX" alone; a1..a4 (and b1..b4) have identical contexts. */
  private static WordClusters.Vocabulary corpus() {
    WordClusters.Corpus c = new WordClusters.Corpus();
    for (int rep = 0; rep < 3; rep++) {
      for (int x = 1; x <= 4; x++) {
        for (int y = 1; y <= 4; y++) {
          c.addSentence("a" + x, "b" + y);
        }
      }
    }
    c.addSentence("rare", "b1");
    return c.vocabulary(2);
  }

  @Test
  void vocabularyByDecreasingCountWithRareWordsAndBoundariesAsTheirOwnIds() {
    WordClusters.Corpus c = new WordClusters.Corpus();
    c.addSentence("y", "x", "y");
    c.addSentence("z", "", "x", "");
    c.addSentence("y");
    WordClusters.Vocabulary v = c.vocabulary(2);
    // y 3 times, x twice; the empty word (twice) is never clustered; z once is rare
    assertArrayEquals(new String[] {"y", "x"}, v.words());
    assertArrayEquals(new int[] {3, 0, 1, 0, 3, 2, 2, 1, 2, 3, 0, 3}, v.stream());
    assertEquals(5, v.covered());
    assertEquals(8, c.tokens);
    assertEquals(3, c.sentences);
  }

  @Test
  void wordsWithIdenticalContextsEndInTheSameClass() {
    WordClusters.Vocabulary v = corpus();
    // ids by count: b1 (13 times) first, then a1..a4, b2..b4 (12 times each, in string order)
    assertEquals("[b1, a1, a2, a3, a4, b2, b3, b4]", Arrays.toString(v.words()));
    WordClusters.Exchange ex = new WordClusters.Exchange(v.stream(), v.words().length, 2, 0L);
    // initial classes r mod 2 mix the groups
    assertArrayEquals(new int[] {0, 1, 0, 1, 0, 1, 0, 1}, ex.classes());
    double before = ex.objective();
    int moved = ex.pass();
    assertTrue(moved > 0);
    assertTrue(ex.objective() > before);
    assertEquals(0, ex.pass());
    // the a words in one class, the b words in the other
    assertEquals("[1, 0, 0, 0, 0, 1, 1, 1]", Arrays.toString(ex.classes()));
  }

  @Test
  void passesNeverLowerTheLikelihoodAndRunsAreDeterministic() {
    WordClusters.Vocabulary v = corpus();
    int[][] runs = new int[2][];
    for (int r = 0; r < 2; r++) {
      WordClusters.Exchange ex = new WordClusters.Exchange(v.stream(), v.words().length, 3, 7L);
      double last = ex.objective();
      for (int p = 0; p < 4; p++) {
        ex.pass();
        assertTrue(ex.objective() >= last - 1e-9);
        last = ex.objective();
      }
      runs[r] = ex.classes();
    }
    assertArrayEquals(runs[0], runs[1]);
    // with three classes the a words still share one class and no b word is in it
    int a = runs[0][1];
    assertEquals(a, runs[0][2]);
    assertEquals(a, runs[0][3]);
    assertEquals(a, runs[0][4]);
    for (int b : new int[] {0, 5, 6, 7}) {
      assertTrue(runs[0][b] != a);
    }
  }

  @Test
  void badArguments() {
    assertThrows(IllegalArgumentException.class, () -> new WordClusters.Exchange(new int[] {0, 1}, 1, 0, 0L));
    assertThrows(IllegalArgumentException.class, () -> new WordClusters.Exchange(new int[] {0, 5}, 1, 2, 0L));
  }
}
