package io.github.communique.markdown.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An attribute block such as {@code {.scare}}, {@code {#background}} or {@code {speaker="Maria
 * Keller" role="party chair"}}: classes, an id and key-value pairs, on one line. Values are bare
 * words or double-quoted; inside quotes a backslash escapes ASCII punctuation, and {@code \n},
 * {@code \t} and {@code \}{@code uXXXX} stand for a line feed, a tab and any character.
 */
public final class Attributes {
  private final List<String> classes;
  private final Optional<String> id;
  private final Map<String, String> values;
  private final int start;
  private final int end;

  private Attributes(
      List<String> classes, Optional<String> id, Map<String, String> values, int start, int end) {
    this.classes = Collections.unmodifiableList(classes);
    this.id = id;
    this.values = Collections.unmodifiableMap(values);
    this.start = start;
    this.end = end;
  }

  /** A problem in an attribute block, at an index of the scanned text. */
  public static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int index;

    SyntaxException(int index, String message) {
      super(message, null, false, false);
      this.index = index;
    }

    public int index() {
      return index;
    }
  }

  public List<String> classes() {
    return classes;
  }

  public Optional<String> id() {
    return id;
  }

  /** Key-value pairs in the order written. */
  public Map<String, String> values() {
    return values;
  }

  /** The index of the opening brace. */
  public int start() {
    return start;
  }

  /** The index after the closing brace. */
  public int end() {
    return end;
  }

  public boolean isEmpty() {
    return classes.isEmpty() && id.isEmpty() && values.isEmpty();
  }

  /**
   * Parses the block whose {@code {} is at {@code start}, reading no further than {@code limit}
   * or the end of the line.
   */
  public static Attributes parse(CharSequence s, int start, int limit) throws SyntaxException {
    List<String> classes = new ArrayList<>();
    String id = null;
    Map<String, String> values = new LinkedHashMap<>();
    int i = start + 1;
    while (true) {
      while (i < limit && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
        i++;
      }
      if (i >= limit || s.charAt(i) == '\n' || s.charAt(i) == '\r') {
        throw new SyntaxException(start, "this attribute block is not closed with } on its line");
      }
      char c = s.charAt(i);
      if (c == '}') {
        return new Attributes(classes, Optional.ofNullable(id), values, start, i + 1);
      }
      if (c == '.' || c == '#') {
        int nameStart = i + 1;
        int nameEnd = word(s, nameStart, limit);
        if (nameEnd == nameStart) {
          throw new SyntaxException(i, "a name must follow '" + c + "' in an attribute block");
        }
        String name = s.subSequence(nameStart, nameEnd).toString();
        if (c == '.') {
          classes.add(name);
        } else if (id != null) {
          throw new SyntaxException(i, "an attribute block can give only one #id");
        } else {
          id = name;
        }
        i = nameEnd;
      } else {
        int keyEnd = i;
        while (keyEnd < limit && isKeyChar(s.charAt(keyEnd))) {
          keyEnd++;
        }
        if (keyEnd == i || keyEnd >= limit || s.charAt(keyEnd) != '=') {
          throw new SyntaxException(
              i,
              "expected .class, #id or key=\"value\" in this attribute block; write \\{ for a"
                  + " literal brace");
        }
        String key = s.subSequence(i, keyEnd).toString();
        if (values.containsKey(key)) {
          throw new SyntaxException(i, "the attribute " + key + " is given twice");
        }
        i = keyEnd + 1;
        if (i < limit && s.charAt(i) == '"') {
          StringBuilder value = new StringBuilder();
          i = quoted(s, i, limit, value);
          values.put(key, value.toString());
        } else {
          int valueEnd = word(s, i, limit);
          if (valueEnd == i) {
            throw new SyntaxException(
                i, "the attribute " + key + " needs a value: " + key + "=\"…\"");
          }
          values.put(key, s.subSequence(i, valueEnd).toString());
          i = valueEnd;
        }
      }
      if (i < limit
          && s.charAt(i) != ' '
          && s.charAt(i) != '\t'
          && s.charAt(i) != '}'
          && s.charAt(i) != '\n'
          && s.charAt(i) != '\r') {
        throw new SyntaxException(i, "separate the items of an attribute block with spaces");
      }
    }
  }

  private static int quoted(CharSequence s, int open, int limit, StringBuilder value)
      throws SyntaxException {
    int i = open + 1;
    while (i < limit) {
      char c = s.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\n' || c == '\r') {
        break;
      }
      if (c == '\\' && i + 1 < limit) {
        char next = s.charAt(i + 1);
        if (next == 'n') {
          value.append('\n');
          i += 2;
          continue;
        }
        if (next == 't') {
          value.append('\t');
          i += 2;
          continue;
        }
        if (next == 'u' && i + 6 <= limit) {
          int code = hex(s, i + 2, i + 6);
          if (code >= 0) {
            value.append((char) code);
            i += 6;
            continue;
          }
        }
        if (Chars.isEscapable(next)) {
          value.append(next);
          i += 2;
          continue;
        }
      }
      value.append(c);
      i++;
    }
    throw new SyntaxException(
        open, "this quoted attribute value is not closed with \" on its line");
  }

  private static int hex(CharSequence s, int from, int to) {
    int code = 0;
    for (int i = from; i < to; i++) {
      int digit = Character.digit(s.charAt(i), 16);
      if (digit < 0) {
        return -1;
      }
      code = code * 16 + digit;
    }
    return code;
  }

  /** The end of a bare word: anything but blanks, braces and quotes. */
  private static int word(CharSequence s, int i, int limit) {
    while (i < limit) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '}' || c == '{' || c == '"' || c == '\n' || c == '\r') {
        break;
      }
      i++;
    }
    return i;
  }

  private static boolean isKeyChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }
}
