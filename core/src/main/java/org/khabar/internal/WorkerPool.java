package org.khabar.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * A bounded pool of reusable per-call workers: a fixed array of slots, lock-free, allocation-free
 * when a worker is available. A call takes an idle worker or creates one; on return the worker goes
 * back to a free slot or, when all slots are full, is dropped for the garbage collector. So the pool
 * never holds more than its capacity, however many threads call at once.
 *
 * <p>Thread-safe.
 *
 * @param <W> the worker type
 */
public final class WorkerPool<W> {
  private final AtomicReferenceArray<W> slots;
  private final Supplier<W> factory;

  /**
   * Creates a pool.
   *
   * @param capacity the maximum number of idle workers kept
   * @param factory creates a worker when none is idle
   */
  public WorkerPool(int capacity, Supplier<W> factory) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity " + capacity + " must be at least 1");
    }
    this.slots = new AtomicReferenceArray<>(capacity);
    this.factory = factory;
  }

  /**
   * Takes an idle worker, or creates one.
   *
   * @return a worker owned by the caller until {@link #release(Object)}
   */
  public W acquire() {
    int n = slots.length();
    int start = (int) (Thread.currentThread().getId() % n);
    for (int i = 0; i < n; i++) {
      int k = (start + i) % n;
      W w = slots.get(k);
      if (w != null && slots.compareAndSet(k, w, null)) {
        return w;
      }
    }
    return factory.get();
  }

  /**
   * Returns a worker to the pool.
   *
   * @param worker a worker from {@link #acquire()}, in a clean state
   */
  public void release(W worker) {
    int n = slots.length();
    int start = (int) (Thread.currentThread().getId() % n);
    for (int i = 0; i < n; i++) {
      int k = (start + i) % n;
      if (slots.get(k) == null && slots.compareAndSet(k, null, worker)) {
        return;
      }
    }
  }

  /**
   * Counts the idle workers (for tests).
   *
   * @return the number of workers held
   */
  public int idle() {
    int c = 0;
    for (int i = 0; i < slots.length(); i++) {
      if (slots.get(i) != null) {
        c++;
      }
    }
    return c;
  }
}
