package org.khabar.internal.gazetteer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An immutable trie over chars: nodes are ints (the root is 0), transitions live in one
 * open-addressing hash table keyed by {@code node << 16 | char}, and every node carries an int value
 * ({@code -1} when no key ends there). Lookups allocate nothing.
 *
 * <p>Immutable and thread-safe once built.
 */
final class CharTrie {
  /** The root node. */
  static final int ROOT = 0;

  private final long[] keys;
  private final int[] targets;
  private final int mask;
  private final int[] values;

  private CharTrie(long[] keys, int[] targets, int[] values) {
    this.keys = keys;
    this.targets = targets;
    this.mask = keys.length - 1;
    this.values = values;
  }

  /**
   * Returns the child of {@code node} on {@code c}.
   *
   * @param node a node
   * @param c the char
   * @return the child node, or -1
   */
  int step(int node, char c) {
    long key = ((long) node << 16) | c;
    int h = mix(key) & mask;
    while (true) {
      long k = keys[h];
      if (k == key) {
        return targets[h];
      }
      if (k == -1L) {
        return -1;
      }
      h = (h + 1) & mask;
    }
  }

  /**
   * Returns the value of a node.
   *
   * @param node a node
   * @return the value stored for the key ending at the node, or -1
   */
  int value(int node) {
    return values[node];
  }

  /**
   * Walks {@code buf[off, off + len)} from the root.
   *
   * @param buf the chars
   * @param off the first char
   * @param len the number of chars
   * @return the value of the key equal to the chars, or -1
   */
  int get(char[] buf, int off, int len) {
    int node = ROOT;
    for (int i = off; i < off + len && node >= 0; i++) {
      node = step(node, buf[i]);
    }
    return node < 0 ? -1 : values[node];
  }

  /**
   * Returns the number of nodes.
   *
   * @return the node count
   */
  int nodeCount() {
    return values.length;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
  }

  /** Collects keys, then builds the immutable trie. Not thread-safe. */
  static final class Builder {
    private final Map<Long, Integer> edges = new HashMap<>();
    private int[] values = new int[1024];
    private int nodes = 1;

    Builder() {
      Arrays.fill(values, -1);
    }

    /**
     * Adds a key (or finds it) and returns its end node.
     *
     * @param key the key
     * @return the node where the key ends
     */
    int add(CharSequence key) {
      int node = ROOT;
      for (int i = 0; i < key.length(); i++) {
        long e = ((long) node << 16) | key.charAt(i);
        Integer next = edges.get(e);
        if (next == null) {
          if (nodes == values.length) {
            int old = values.length;
            values = Arrays.copyOf(values, old * 2);
            Arrays.fill(values, old, values.length, -1);
          }
          next = nodes++;
          edges.put(e, next);
        }
        node = next;
      }
      return node;
    }

    /**
     * Sets the value of a node.
     *
     * @param node a node returned by {@link #add(CharSequence)}
     * @param value the value, at least 0
     */
    void setValue(int node, int value) {
      values[node] = value;
    }

    /**
     * Returns the value of a node.
     *
     * @param node a node returned by {@link #add(CharSequence)}
     * @return the value, or -1
     */
    int value(int node) {
      return values[node];
    }

    /**
     * Builds the trie.
     *
     * @return the immutable trie
     */
    CharTrie build() {
      int cap = Integer.highestOneBit(Math.max(16, edges.size() * 2 + 1)) << 1;
      long[] keys = new long[cap];
      int[] targets = new int[cap];
      Arrays.fill(keys, -1L);
      int mask = cap - 1;
      for (Map.Entry<Long, Integer> e : edges.entrySet()) {
        long key = e.getKey();
        int h = mix(key) & mask;
        while (keys[h] != -1L) {
          h = (h + 1) & mask;
        }
        keys[h] = key;
        targets[h] = e.getValue();
      }
      return new CharTrie(keys, targets, Arrays.copyOf(values, nodes));
    }
  }
}
