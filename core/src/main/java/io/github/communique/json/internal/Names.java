package io.github.communique.json.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names allowed in one place of the format (the fields of a party, the types of block), with
 * their indices for {@code switch}, and the words an error message needs to list them or to guess
 * which one a misspelt name meant.
 */
final class Names {
  private final String what;
  private final List<String> names;
  private final Map<String, Integer> index = new HashMap<>();
  private final char[][] chars;

  /** {@code what} names the place in a message: "a party", "block type". */
  Names(String what, String... names) {
    if (names.length > 63) {
      throw new IllegalArgumentException("a bit mask of seen names holds 63");
    }
    this.what = what;
    this.names = List.of(names);
    this.chars = new char[names.length][];
    for (int i = 0; i < names.length; i++) {
      index.put(names[i], i);
      chars[i] = names[i].toCharArray();
    }
  }

  /** The index of {@code name}, or -1 when it is not one of these names. */
  int indexOf(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /**
   * The index of the name in {@code text[offset, offset + length)}, or -1: for string values
   * (types, kinds), which Jackson does not intern, so that no String is made to look them up.
   */
  int indexOf(char[] text, int offset, int length) {
    for (int i = 0; i < chars.length; i++) {
      char[] name = chars[i];
      if (name.length == length && Arrays.equals(name, 0, length, text, offset, offset + length)) {
        return i;
      }
    }
    return -1;
  }

  String name(int index) {
    return names.get(index);
  }

  int size() {
    return names.size();
  }

  String what() {
    return what;
  }

  /** The names as a message lists them: {@code title, standfirst, label}. */
  String list() {
    return String.join(", ", names);
  }

  /** The name {@code wrong} most likely meant: a shortening, another case, or a typo away. */
  Optional<String> guess(String wrong) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = wrong.toLowerCase(Locale.ROOT);
    if (lower.length() >= 3) {
      for (String name : names) {
        if (name.toLowerCase(Locale.ROOT).startsWith(lower)) {
          return Optional.of(name); // a shortening: "para" for "paragraph"
        }
      }
    }
    for (String name : names) {
      int d = distance(lower, name.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = name;
      }
    }
    // Allow one edit per four letters (at least one): "titel" -> "title", not "id" -> "url".
    int allowed = Math.max(1, wrong.length() / 4);
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance, with a swap of neighbours counting as one edit. */
  private static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 3) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
