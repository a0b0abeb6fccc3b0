package io.github.communique.benchmarks.twobuilds;

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
 * <pre>
 * java -Xms4g -Xmx4g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar \
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
    List<String> names = new ArrayList<>();
    List<Callable<Long>> renders = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      Build build = Build.of(Path.of(args[i]));
      names.add(build.name());
      renders.add((Callable<Long>) Build.call(
          build.method(Renders.class, "of", String.class, String.class), format, size));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[][] times = new long[renders.size()][repeats];
    for (int k = -repeats / 2; k < repeats; k++) { // the first half again, to warm up
      for (int i = 0; i < renders.size(); i++) {
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
}
