package io.github.communique.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Parallel work, reported in input order. */
class BatchTest {

  @Test
  void resultsArriveInInputOrderWhateverOrderTheyFinishIn() {
    List<Integer> items = IntStream.range(0, 40).boxed().toList();
    List<Integer> reported = new ArrayList<>();
    Set<String> threads = ConcurrentHashMap.newKeySet();

    Batch.run(
        items,
        4,
        i -> {
          threads.add(Thread.currentThread().getName());
          sleep((40 - i) % 7); // later items often finish first
          return i * 10;
        },
        () -> {},
        reported::add);

    assertThat(reported).containsExactlyElementsOf(items.stream().map(i -> i * 10).toList());
    assertThat(threads)
        .allMatch(name -> name.startsWith("communique-worker-"))
        .hasSizeGreaterThan(1);
  }

  @Test
  void oneItemRunsOnTheCallingThreadWithoutAPool() {
    List<String> threads = new ArrayList<>();

    Batch.run(
        List.of("a"), 8, s -> threads.add(Thread.currentThread().getName()), () -> {}, r -> {});

    assertThat(threads).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void afterEachIsCalledOncePerItem() {
    AtomicInteger done = new AtomicInteger();

    Batch.run(IntStream.range(0, 25).boxed().toList(), 3, i -> i, done::incrementAndGet, r -> {});

    assertThat(done).hasValue(25);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
