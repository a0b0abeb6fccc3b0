package io.github.communique.validate;

import io.github.communique.model.Inline;
import java.util.List;
import java.util.Locale;

/**
 * The character rules for text, and quoting of values inside problem messages.
 *
 * <p>What text may hold: any Unicode scalar value except the C0 and C1 control characters (Cc)
 * and the noncharacters (U+FDD0..U+FDEF and the last two code points of every plane). Running
 * text ({@link Inline.Text}) may also hold a tab or a line feed, which renderers show as a space
 * (a forced break is a {@link Inline.LineBreak}); single-line fields such as titles and names
 * may not. A carriage return is refused everywhere: a terminal would jump back to the line's
 * start. Bidirectional embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069) are
 * allowed when each text closes what it opens, so that it cannot reorder the text after it (the
 * "Trojan Source" trick); the marks U+200E, U+200F and U+061C are always fine.
 */
final class Texts {
  private static final int MAX_QUOTED = 60;

  private Texts() {}

  /** True if {@code s} has no visible character: only spaces, controls and format characters. */
  static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (!isInvisible(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True if inline content shows nothing: no inlines, or only blank text and line breaks. Looks
   * at this level only; a blank container inside is reported where it stands.
   */
  static boolean isBlank(List<Inline> content) {
    for (Inline inline : content) {
      if (inline instanceof Inline.Text text) {
        if (!isBlank(text.text())) {
          return false;
        }
      } else if (!(inline instanceof Inline.LineBreak)) {
        return false;
      }
    }
    return true;
  }

  /** Whitespace, a space separator (such as U+00A0), a control or a format character. */
  static boolean isInvisible(int c) {
    int type = Character.getType(c);
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || type == Character.CONTROL
        || type == Character.FORMAT;
  }

  /**
   * What is wrong with the characters of {@code s}, as the rest of a sentence whose subject the
   * caller gives ("contains the control character U+0007 at character 5; remove it"), or null
   * when nothing is. {@code runningText} allows tab and line feed.
   */
  static String characterProblem(String s, boolean runningText) {
    int position = 0; // 1-based code point count, as a person would count
    int offending = 0;
    String first = null;
    int[] opened = null; // bidi controls still open: code point, position, code point, position...
    int open = 0;
    for (int i = 0; i < s.length(); ) {
      char ch = s.charAt(i);
      position++;
      int c;
      if (Character.isHighSurrogate(ch)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        c = Character.toCodePoint(ch, s.charAt(i + 1));
        i += 2;
      } else {
        c = ch;
        i++;
        if (Character.isSurrogate(ch)) {
          if (offending++ == 0) {
            first =
                "contains an unpaired surrogate "
                    + codePoint(c)
                    + " at character "
                    + position
                    + ", which is not valid Unicode; re-encode the text as UTF-8 or remove it";
          }
          continue;
        }
      }
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        if (runningText && (c == '\t' || c == '\n')) {
          continue;
        }
        if (offending++ == 0) {
          first = controlProblem(c, position, runningText);
        }
      } else if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) {
        if (offending++ == 0) {
          first = "contains the noncharacter " + codePoint(c) + " at character " + position
              + "; remove it";
        }
      } else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
        if (c == 0x202C) { // PDF closes the innermost embedding or override, if that is on top
          if (open > 0 && !isIsolate(opened[2 * open - 2])) {
            open--;
          }
        } else if (c == 0x2069) { // PDI closes the innermost isolate and anything opened inside
          int k = open;
          while (k > 0 && !isIsolate(opened[2 * k - 2])) {
            k--;
          }
          if (k > 0) {
            open = k - 1;
          }
        } else {
          if (opened == null) {
            opened = new int[8];
          } else if (2 * open == opened.length) {
            opened = java.util.Arrays.copyOf(opened, opened.length * 2);
          }
          opened[2 * open] = c;
          opened[2 * open + 1] = position;
          open++;
        }
      }
    }
    if (first != null) {
      return offending == 1 ? first : first + " (and " + (offending - 1) + " more like it)";
    }
    if (open > 0) {
      int c = opened[0];
      return "opens the bidirectional control "
          + codePoint(c)
          + " ("
          + bidiName(c)
          + ") at character "
          + opened[1]
          + " and never closes it, so it would reorder the text after it; close it with "
          + (isIsolate(c) ? "U+2069 (pop directional isolate)" : "U+202C (pop directional formatting)")
          + " or remove it";
    }
    return null;
  }

  private static String controlProblem(int c, int position, boolean runningText) {
    String name =
        switch (c) {
          case '\t' -> "a tab (U+0009)";
          case '\n' -> "a line feed (U+000A)";
          case '\r' -> "a carriage return (U+000D)";
          default -> "the control character " + codePoint(c);
        };
    String fix;
    if (c == '\t' || c == '\n') {
      fix = "this text is a single line: use a space instead";
    } else if (c == '\r' && runningText) {
      fix = "remove it (a line feed or a LineBreak inline breaks a line)";
    } else {
      fix = "remove it";
    }
    return "contains " + name + " at character " + position + "; " + fix;
  }

  private static boolean isIsolate(int c) {
    return c >= 0x2066;
  }

  private static String bidiName(int c) {
    return switch (c) {
      case 0x202A -> "left-to-right embedding";
      case 0x202B -> "right-to-left embedding";
      case 0x202D -> "left-to-right override";
      case 0x202E -> "right-to-left override";
      case 0x2066 -> "left-to-right isolate";
      case 0x2067 -> "right-to-left isolate";
      default -> "first strong isolate";
    };
  }

  /** {@code U+00E9}: four or more upper-case hex digits. */
  static String codePoint(int c) {
    return String.format(Locale.ROOT, "U+%04X", c);
  }

  /**
   * {@code value} in single quotes for a message: at most 60 characters (then "…"), with
   * controls, format characters and unpaired surrogates written as {@code \u202E}, so that a
   * message is safe to print on a terminal and cannot reorder itself.
   */
  static String quote(String value) {
    StringBuilder q = new StringBuilder(Math.min(value.length(), MAX_QUOTED) + 8).append('\'');
    int count = 0;
    for (int i = 0; i < value.length(); ) {
      if (count++ == MAX_QUOTED) {
        q.append('…');
        break;
      }
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.CONTROL
          || type == Character.FORMAT
          || type == Character.SURROGATE
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        q.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        q.appendCodePoint(c);
      }
    }
    return q.append('\'').toString();
  }
}
