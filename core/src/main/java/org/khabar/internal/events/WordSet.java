package org.khabar.internal.events;

import java.util.Collection;

/**
 * An immutable set of words looked up by {@code (char[], offset, length)} with no String built: open
 * addressing over the words' chars, built once.
 *
 * <p>Immutable and thread-safe.
 */
final class WordSet {
  private final char[][] keys;
  private final int[] values;
  private final int mask;
  private final int size;
  private final String[] words;

  /**
   * Builds a set (each word maps to its insertion index).
   *
   * @param words the words, already normalized
   */
  WordSet(Collection<String> words) {
    int cap = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
    keys = new char[cap][];
    values = new int[cap];
    mask = cap - 1;
    int n = 0;
    java.util.List<String> order = new java.util.ArrayList<>();
    for (String w : words) {
      char[] k = w.toCharArray();
      int h = hash(k, 0, k.length) & mask;
      while (keys[h] != null && !eq(keys[h], k, 0, k.length)) {
        h = (h + 1) & mask;
      }
      if (keys[h] == null) {
        keys[h] = k;
        values[h] = n++;
        order.add(w);
      }
    }
    size = n;
    this.words = order.toArray(new String[0]);
  }

  static int hash(char[] b, int off, int len) {
    int h = len * 0x9E3779B9;
    for (int i = off, end = off + len; i < end; i++) {
      h = (h ^ b[i]) * 0x01000193;
    }
    h ^= h >>> 16; // murmur3 finalizer: the table index uses the low bits
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  private static boolean eq(char[] k, char[] b, int off, int len) {
    if (k.length != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (k[i] != b[off + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the index of a word, or -1.
   *
   * @param b the chars
   * @param off the offset
   * @param len the length
   * @return the word's index in insertion order, or -1 when absent
   */
  int indexOf(char[] b, int off, int len) {
    int h = hash(b, off, len) & mask;
    char[] k;
    while ((k = keys[h]) != null) {
      if (eq(k, b, off, len)) {
        return values[h];
      }
      h = (h + 1) & mask;
    }
    return -1;
  }

  /**
   * Returns whether the word is in the set.
   *
   * @param b the chars
   * @param off the offset
   * @param len the length
   * @return true when present
   */
  boolean contains(char[] b, int off, int len) {
    return indexOf(b, off, len) >= 0;
  }

  /**
   * Returns whether the string is in the set (not for the hot path).
   *
   * @param s the word
   * @return true when present
   */
  boolean contains(String s) {
    char[] c = s.toCharArray();
    return contains(c, 0, c.length);
  }

  /**
   * Returns the words in insertion order.
   *
   * @return the words
   */
  String[] words() {
    return words.clone();
  }

  /**
   * Returns the number of words.
   *
   * @return the size
   */
  int size() {
    return size;
  }
}
