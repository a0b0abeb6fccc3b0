package io.github.communique.markdown.internal;

import com.vladsch.flexmark.util.sequence.Escaping;

/** Decodes backslash escapes and character references in raw Markdown text. */
final class Unescape {
  private Unescape() {}

  /**
   * {@code s} with {@code \x} (for the dialect's escapable characters) replaced by {@code x} and
   * entities such as {@code &amp;} and {@code &#8212;} by their characters.
   */
  static String text(CharSequence s) {
    StringBuilder out = null;
    int length = s.length();
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < length && Chars.isEscapable(s.charAt(i + 1))) {
        out = copy(out, s, i);
        out.append(s.charAt(++i));
      } else if (c == '&') {
        int end = entityEnd(s, i);
        if (end > 0) {
          out = copy(out, s, i);
          out.append(Escaping.unescapeString(s.subSequence(i, end).toString()));
          i = end - 1;
        } else if (out != null) {
          out.append(c);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s.toString() : out.toString();
  }

  private static StringBuilder copy(StringBuilder out, CharSequence s, int upTo) {
    return out != null ? out : new StringBuilder(s.length()).append(s, 0, upTo);
  }

  /**
   * The end of a well-formed entity at {@code i}: {@code &name;}, {@code &#123;}, {@code &#x1F;}.
   */
  private static int entityEnd(CharSequence s, int i) {
    int j = i + 1;
    int limit = Math.min(s.length(), i + 34);
    if (j < limit && s.charAt(j) == '#') {
      j++;
      boolean hex = j < limit && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
      if (hex) {
        j++;
      }
      int digits = j;
      while (j < limit && Character.digit(s.charAt(j), hex ? 16 : 10) >= 0) {
        j++;
      }
      return j > digits && j - digits <= (hex ? 6 : 7) && j < limit && s.charAt(j) == ';'
          ? j + 1
          : -1;
    }
    int name = j;
    while (j < limit && Character.isLetterOrDigit(s.charAt(j)) && s.charAt(j) < 128) {
      j++;
    }
    if (j == name || j >= limit || s.charAt(j) != ';') {
      return -1;
    }
    String entity = s.subSequence(i, j + 1).toString();
    return Escaping.unescapeString(entity).equals(entity) ? -1 : j + 1;
  }
}
