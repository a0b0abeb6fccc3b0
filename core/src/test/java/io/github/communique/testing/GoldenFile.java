package io.github.communique.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * Compares output with an expected file under {@code src/test/resources/golden/<case>/} and, on a
 * difference, fails with a unified diff of the lines (trailing spaces shown as {@code ·}, so that
 * they cannot hide). Run the tests with {@code -Dgolden.update=true} to write the files anew
 * instead, then review the change with {@code git diff}.
 */
public final class GoldenFile {
  private static final int CONTEXT = 3;

  private GoldenFile() {}

  /** Whether this run rewrites golden files ({@code -Dgolden.update=true}). */
  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /**
   * Fails unless {@code expected} holds exactly {@code actual} (UTF-8); writes it instead when
   * {@link #updating()}.
   */
  public static void assertMatches(Path expected, String actual) {
    try {
      if (updating()) {
        Files.createDirectories(expected.toAbsolutePath().getParent());
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(expected)) {
        throw new AssertionError(
            "no golden file "
                + expected
                + "; run the tests with -Dgolden.update=true to create it");
      }
      String wanted = Files.readString(expected, StandardCharsets.UTF_8);
      if (!wanted.equals(actual)) {
        throw new AssertionFailedError(
            expected
                + " differs (run with -Dgolden.update=true to accept the new output):\n"
                + diff(wanted, actual),
            wanted,
            actual);
      }
    } catch (IOException e) {
      throw new AssertionError("cannot read or write " + expected, e);
    }
  }

  /** A unified diff of two texts by lines, with {@value #CONTEXT} lines of context. */
  public static String diff(String expected, String actual) {
    List<String> a = lines(expected);
    List<String> b = lines(actual);
    // Longest common subsequence table; golden files are small enough for n × m.
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> edits = new ArrayList<>(); // " x", "-x", "+x"
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        edits.add(" " + a.get(i++));
        j++;
      } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        edits.add("+" + b.get(j++));
      } else {
        edits.add("-" + a.get(i++));
      }
    }
    StringBuilder out = new StringBuilder("--- expected\n+++ actual\n");
    int lastShown = -1;
    for (int k = 0; k < edits.size(); k++) {
      if (edits.get(k).charAt(0) == ' ') {
        continue;
      }
      int from = Math.max(lastShown + 1, k - CONTEXT);
      if (from > lastShown + 1) {
        out.append("@@ line ").append(lineNumber(edits, from)).append(" @@\n");
      }
      int to = k;
      while (to + 1 < edits.size()
          && edits.subList(to + 1, Math.min(edits.size(), to + 2 + 2 * CONTEXT)).stream()
              .anyMatch(e -> e.charAt(0) != ' ')) {
        to++;
      }
      to = Math.min(edits.size() - 1, to + CONTEXT);
      for (int m = from; m <= to; m++) {
        out.append(visible(edits.get(m))).append('\n');
      }
      lastShown = to;
      k = to;
    }
    return out.toString();
  }

  private static int lineNumber(List<String> edits, int index) {
    int line = 1;
    for (int k = 0; k < index; k++) {
      if (edits.get(k).charAt(0) != '+') {
        line++;
      }
    }
    return line;
  }

  private static String visible(String line) {
    int end = line.length();
    while (end > 1 && line.charAt(end - 1) == ' ') {
      end--;
    }
    return line.substring(0, end) + "·".repeat(line.length() - end);
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!text.endsWith("\n")) {
      lines.add("\\ no newline at end of file");
    } else {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
