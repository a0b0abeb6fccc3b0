package io.github.communique.markdown.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Writes the front matter's YAML: plain scalars where YAML reads them back as the same text, and
 * double-quoted ones with escapes everywhere else (times such as "14:30", values with a colon and a
 * space, leading blanks, line breaks, control characters).
 */
final class YamlWriter {
  private static final Set<String> WORDS_TO_QUOTE =
      Set.of("~", "null", "true", "false", "yes", "no", "on", "off", "y", "n");

  private final StringBuilder out;

  YamlWriter(StringBuilder out) {
    this.out = out;
  }

  /** {@code key: value} at the given indentation. */
  void field(int indent, String key, String value) {
    out.append(" ".repeat(indent)).append(key).append(": ");
    scalar(value);
    out.append('\n');
  }

  /** {@code key:} opening a nested list or mapping. */
  void key(int indent, String key) {
    out.append(" ".repeat(indent)).append(key).append(":\n");
  }

  /** {@code - value} at the given indentation. */
  void item(int indent, String value) {
    out.append(" ".repeat(indent)).append("- ");
    scalar(value);
    out.append('\n');
  }

  /** {@code - key: value}, the first field of a mapping in a list. */
  void itemField(int indent, String key, String value) {
    out.append(" ".repeat(indent)).append("- ").append(key).append(": ");
    scalar(value);
    out.append('\n');
  }

  void scalar(String value) {
    if (isPlainSafe(value)) {
      out.append(value);
    } else {
      quoted(value);
    }
  }

  static boolean isPlainSafe(String s) {
    if (s.isEmpty()
        || WORDS_TO_QUOTE.contains(s.toLowerCase(Locale.ROOT))
        || "-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) >= 0
        || s.charAt(0) == ' '
        || s.charAt(s.length() - 1) == ' '
        || s.charAt(s.length() - 1) == ':'
        || (Character.isDigit(s.charAt(0)) && s.indexOf(':') >= 0)) {
      // Times such as 14:30 are numbers in YAML 1.1; quoting keeps every reader on text.
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20
          || c == 0x7f
          || (c >= 0x80 && c <= 0x9f)
          || c == '"'
          || c == '\\'
          || c == '\u2028'
          || c == '\u2029'
          || c == '\uFEFF'
          || c >= '\uFFFE'
          || Character.isSurrogate(c)) {
        return false;
      }
      if ((c == ':' && i + 1 < s.length() && s.charAt(i + 1) == ' ')
          || (c == '#' && i > 0 && s.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  private void quoted(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\r':
          out.append("\\r");
          break;
        default:
          if (c < 0x20
              || (c >= 0x7f && c <= 0x9f)
              || c == '\u2028'
              || c == '\u2029'
              || c == '\uFEFF'
              || c >= '\uFFFE'
              || (Character.isSurrogate(c) && !isPairAt(s, i))) {
            out.append(String.format("\\u%04X", (int) c));
          } else if (Character.isHighSurrogate(c)) {
            out.append(c).append(s.charAt(++i));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  private static boolean isPairAt(String s, int i) {
    return Character.isHighSurrogate(s.charAt(i))
        && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1));
  }
}
