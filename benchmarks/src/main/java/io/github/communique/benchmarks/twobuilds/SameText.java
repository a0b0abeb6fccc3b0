package io.github.communique.benchmarks.twobuilds;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Checks that two builds of the core write the same plain text for many {@link RandomStatements}:
 * the check to run before and after speeding up the text writer, whose output must not change.
 *
 * <pre>
 * cp core/target/communique-core-*-SNAPSHOT.jar /tmp/before.jar      # before the change
 * mvn -B -ntp -q -DskipTests package                                 # after it
 * java -cp benchmarks/target/benchmarks.jar io.github.communique.benchmarks.twobuilds.SameText \
 *     /tmp/before.jar core/target/communique-core-0.1.0-SNAPSHOT.jar 30000
 * </pre>
 *
 * <p>Prints the first differences line by line and exits with 1 if any statement differs.
 */
public final class SameText {
  private SameText() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: SameText BEFORE_CORE_JAR AFTER_CORE_JAR [COUNT [FIRST_SEED]]");
      System.exit(2);
    }
    Build before = Build.of(Path.of(args[0]));
    Build after = Build.of(Path.of(args[1]));
    int count = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    long first = args.length > 3 ? Long.parseLong(args[3]) : 0;
    int differ = compare(before, after, first, count, 3);
    System.out.printf("%,d statements from seed %d: %,d differ%n", count, first, differ);
    System.exit(differ == 0 ? 0 : 1);
  }

  /** How many of the statements from {@code first} differ; prints the first {@code shown}. */
  static int compare(Build before, Build after, long first, int count, int shown)
      throws Exception {
    Method textBefore = before.method(RandomStatements.class, "text", long.class);
    Method textAfter = after.method(RandomStatements.class, "text", long.class);
    int differ = 0;
    for (long seed = first; seed < first + count; seed++) {
      byte[] a = (byte[]) Build.call(textBefore, seed);
      byte[] b = (byte[]) Build.call(textAfter, seed);
      if (!Arrays.equals(a, b)) {
        if (differ++ < shown) {
          System.out.println("seed " + seed + ":");
          printDifference(
              new String(a, StandardCharsets.UTF_8), new String(b, StandardCharsets.UTF_8));
        }
      }
    }
    return differ;
  }

  /** The first line that differs, with the lines around it, before and after. */
  private static void printDifference(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    int i = 0;
    while (i < x.length && i < y.length && x[i].equals(y[i])) {
      i++;
    }
    for (int k = Math.max(0, i - 2); k < Math.min(Math.max(x.length, y.length), i + 3); k++) {
      String before = k < x.length ? x[k] : "(end)";
      String after = k < y.length ? y[k] : "(end)";
      System.out.println((before.equals(after) ? "    " : "  - ") + before);
      if (!before.equals(after)) {
        System.out.println("  + " + after);
      }
    }
  }
}
