package org.khabar.internal.ner;

import java.util.Arrays;

/**
 * An open-addressing table from words (char ranges) to dense int ids, looked up by
 * {@code (char[], offset, length)} without building a String. Ids are assigned in insertion order
 * from 0.
 *
 * <p>Built once, then read-only: safe for concurrent reads after construction.
 */
final class WordTable {
  private char[][] keys;
  private int[] ids;
  private int size;

  WordTable() {
    keys = new char[64][];
    ids = new int[64];
  }

  /** Returns the number of words. */
  int size() {
    return size;
  }

  /**
   * Adds a word if absent.
   *
   * @return the word's id
   */
  int add(char[] buf, int off, int len) {
    int id = get(buf, off, len);
    if (id >= 0) {
      return id;
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int slot = slot(keys, buf, off, len);
    keys[slot] = Arrays.copyOfRange(buf, off, off + len);
    ids[slot] = size;
    return size++;
  }

  /**
   * Adds a word if absent.
   *
   * @return the word's id
   */
  int add(String s) {
    char[] c = s.toCharArray();
    return add(c, 0, c.length);
  }

  /**
   * Looks a word up.
   *
   * @return its id, or -1
   */
  int get(char[] buf, int off, int len) {
    int mask = keys.length - 1;
    int i = hash(buf, off, len) & mask;
    while (true) {
      char[] k = keys[i];
      if (k == null) {
        return -1;
      }
      if (equal(k, buf, off, len)) {
        return ids[i];
      }
      i = (i + 1) & mask;
    }
  }

  private void grow() {
    char[][] oldKeys = keys;
    int[] oldIds = ids;
    keys = new char[oldKeys.length * 2][];
    ids = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      char[] k = oldKeys[i];
      if (k != null) {
        int slot = slot(keys, k, 0, k.length);
        keys[slot] = k;
        ids[slot] = oldIds[i];
      }
    }
  }

  private static int slot(char[][] table, char[] buf, int off, int len) {
    int mask = table.length - 1;
    int i = hash(buf, off, len) & mask;
    while (table[i] != null && !equal(table[i], buf, off, len)) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private static boolean equal(char[] k, char[] buf, int off, int len) {
    if (k.length != len) {
      return false;
    }
    for (int j = 0; j < len; j++) {
      if (k[j] != buf[off + j]) {
        return false;
      }
    }
    return true;
  }

  static int hash(char[] buf, int off, int len) {
    int h = 0x9E3779B9;
    for (int j = 0; j < len; j++) {
      h = (h ^ buf[off + j]) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }
}
