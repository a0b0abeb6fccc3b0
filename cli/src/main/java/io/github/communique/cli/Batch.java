package io.github.communique.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one piece of work per input on a fixed pool of threads and hands the results back in input
 * order, so the messages of a parallel run read the same as those of a sequential one. Each worker
 * holds one document at a time, so memory stays bounded by the number of threads.
 */
final class Batch {
  private Batch() {}

  /** The number of threads a batch uses: one per core. */
  static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Applies {@code work} to every item, on up to {@code threads} threads, and gives each result to
   * {@code inOrder} in the order of {@code items}, as soon as it and all before it are done. {@code
   * work} should catch its own failures and return them as results; anything it throws anyway is
   * rethrown here after the pool has stopped.
   *
   * @param afterEach called on the worker thread after each item (to advance a progress bar)
   */
  static <T, R> void run(
      List<T> items, int threads, Function<T, R> work, Runnable afterEach, Consumer<R> inOrder) {
    int n = Math.min(threads, items.size());
    if (n <= 1) {
      for (T item : items) { // no pool for one file: start-up time matters on the command line
        R result = work.apply(item);
        afterEach.run();
        inOrder.accept(result);
      }
      return;
    }
    AtomicInteger ids = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            n,
            r -> {
              Thread t = new Thread(r, "communique-worker-" + ids.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(
            pool.submit(
                () -> {
                  try {
                    return work.apply(item);
                  } finally {
                    afterEach.run();
                  }
                }));
      }
      for (Future<R> future : futures) {
        inOrder.accept(await(future));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the workers", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
