package io.github.communique.benchmarks.twobuilds;

import io.github.communique.benchmarks.Document;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The CPU time of one render by several builds of the core, taken in turn in one JVM: a fairer
 * comparison of a change than two JMH runs, whose forks differ by more than most changes (the
 * same jar's text render took 144 ms in one JVM and 164 ms in another). JMH stays the judge of
 * the goals; this says whether a change helps.
 *
 * <p>The builds must render models laid out alike: the render of a model the collector has moved
 * (reordered) is 6-9 % slower than of one as a reader leaves it, and when each build generated its
 * own model, the build named first came out 10-11 ms faster against itself. So each build reads
 * the same JSON document, after the generator's garbage is collected, and the builds take turns
 * going first.
 *
 * <pre>
 * java -Xms4g -Xmx4g -Xmn2g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar \
 *     io.github.communique.benchmarks.twobuilds.PairedTime text large 15 /tmp/before.jar \
 *     core/target/communique-core-0.1.0-SNAPSHOT.jar
 * </pre>
 */
public final class PairedTime {
  private PairedTime() {}

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: PairedTime text|html small|medium|large REPEATS CORE_JAR...");
      System.exit(2);
    }
    String format = args[0];
    String size = args[1];
    int repeats = Integer.parseInt(args[2]);
    byte[] json = Document.of(size).json();
    List<String> names = new ArrayList<>();
    List<Callable<Long>> renders = new ArrayList<>();
    System.gc(); // the generator's garbage: no collection should move the models read below
    long collections = collections();
    for (int i = 3; i < args.length; i++) {
      Build build = Build.of(Path.of(args[i]));
      names.add(build.name());
      renders.add((Callable<Long>) Build.call(
          build.method(Renders.class, "of", String.class, byte[].class), format, json));
    }
    if (collections() != collections) {
      System.err.println("warning: a collection moved a build's model while the next was read,"
          + " so the builds render models laid out differently: give the young generation room"
          + " for all of them, such as -Xmn2g for two builds on large");
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[][] times = new long[renders.size()][repeats];
    for (int k = -repeats / 2; k < repeats; k++) { // the first half again, to warm up
      for (int j = 0; j < renders.size(); j++) {
        int i = k % 2 == 0 ? j : renders.size() - 1 - j; // each build first as often as last
        long start = threads.getCurrentThreadCpuTime();
        renders.get(i).call();
        if (k >= 0) {
          times[i][k] = threads.getCurrentThreadCpuTime() - start;
        }
      }
    }
    for (int i = 0; i < renders.size(); i++) {
      long[] sorted = times[i].clone();
      Arrays.sort(sorted);
      System.out.printf("%-60s median %8.2f ms, fastest %8.2f ms%n",
          names.get(i), sorted[repeats / 2] / 1e6, sorted[0] / 1e6);
    }
  }

  private static long collections() {
    long n = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += collector.getCollectionCount();
    }
    return n;
  }
}
