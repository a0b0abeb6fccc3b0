package io.github.communique.markdown.internal;

import java.util.Locale;

/** Link targets a statement refuses: those that run code or open local files when followed. */
public final class LinkTargets {
  private static final String[] UNSAFE = {"javascript:", "vbscript:", "data:", "file:"};

  private LinkTargets() {}

  /**
   * The unsafe scheme {@code target} starts with ({@code "javascript:"}), or null. Browsers ignore
   * blanks, tabs and line ends in a scheme, so they are skipped before looking.
   */
  public static String unsafeScheme(String target) {
    StringBuilder scheme = new StringBuilder();
    for (int i = 0; i < target.length() && scheme.length() < 16; i++) {
      char c = target.charAt(i);
      if (c <= ' ') {
        continue;
      }
      scheme.append(Character.toLowerCase(c));
      if (c == ':') {
        break;
      }
    }
    String s = scheme.toString().toLowerCase(Locale.ROOT);
    for (String unsafe : UNSAFE) {
      if (s.startsWith(unsafe)) {
        return unsafe;
      }
    }
    return null;
  }
}
