package io.github.communique.markdown.internal;

import io.github.communique.validate.Limits;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The YAML between a statement's {@code ---} lines, composed into nodes by SnakeYAML Engine (YAML
 * 1.2) and never constructed into objects: no tag can build anything, and every scalar is read as
 * the text it is, so {@code id: 007} stays "007" and {@code time: 14:30} stays "14:30".
 *
 * <p>Guards: the text is bounded by {@link Limits#maxTextLength()}; nesting is bounded before
 * composing (SnakeYAML Engine composes recursively and overflowed the stack at 1,000 nested block
 * mappings and 3,000 nested flow sequences); aliases to collections are capped at {@value
 * #MAX_COLLECTION_ALIASES}, so alias bombs cannot expand. Duplicate keys are refused by {@link
 * HeaderFields}.
 */
public final class YamlFrontMatter {
  /** How deep front matter may nest; a statement's metadata needs three levels. */
  static final int MAX_DEPTH = 32;

  static final int MAX_COLLECTION_ALIASES = 8;

  private YamlFrontMatter() {}

  /** Where a front matter block lies in a file: its YAML text and the body after it. */
  public record Block(int yamlStart, int yamlEnd, int bodyStart) {}

  /**
   * Finds the front matter at {@code start}: a first line {@code ---}, then YAML, then a line
   * {@code ---} or {@code ...}. Empty when the text does not start with {@code ---}.
   */
  public static Optional<Block> find(SourceText source, int start) {
    String text = source.text();
    int firstEnd = lineEnd(text, start);
    if (!isMarker(text, start, firstEnd, '-')) {
      return Optional.empty();
    }
    int yamlStart = nextLine(text, firstEnd);
    int line = yamlStart;
    while (line < text.length()) {
      int end = lineEnd(text, line);
      if (isMarker(text, line, end, '-') || isMarker(text, line, end, '.')) {
        return Optional.of(new Block(yamlStart, line, nextLine(text, end)));
      }
      line = nextLine(text, end);
    }
    throw source.error(
        start,
        "the front matter that starts here is not closed: add a line --- after the metadata (if"
            + " you meant a thematic break, put text or a blank line before it)");
  }

  /**
   * YAML text with the file offset of each of its lines, so that marks inside it are reported at
   * their place in the file (an embedded statement's front matter is not one stretch of the file:
   * its lines may carry block quote markers).
   */
  public record Text(String yaml, int[] lineStarts) {
    /** The file offset of line {@code line} (0-based), column {@code column} (0-based). */
    public int offset(int line, int column) {
      return lineStarts[Math.min(line, lineStarts.length - 1)] + column;
    }

    /** The YAML of {@code source[start, end)}. */
    public static Text of(SourceText source, int start, int end) {
      String yaml = source.text().substring(start, end);
      int[] starts = new int[8];
      int count = 0;
      starts[count++] = start;
      for (int i = 0; i < yaml.length(); i++) {
        char c = yaml.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == yaml.length() || yaml.charAt(i + 1) != '\n'))) {
          if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = start + i + 1;
        }
      }
      return new Text(yaml, java.util.Arrays.copyOf(starts, count));
    }
  }

  /** Composes the YAML; empty when it holds no document. Errors name their line in the file. */
  public static Optional<Node> compose(SourceText source, Text text, Limits limits) {
    String yaml = text.yaml();
    if (yaml.length() > limits.maxTextLength()) {
      throw source.error(
          text.offset(0, 0),
          "the front matter is longer than Limits.maxTextLength ("
              + String.format("%,d", limits.maxTextLength())
              + " characters); shorten it or raise Limits.maxTextLength");
    }
    checkNesting(source, text);
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(source.name())
            .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
            .setAllowRecursiveKeys(false)
            .setCodePointLimit(Math.max(1, limits.maxTextLength()))
            .setUseMarks(true)
            .build();
    try {
      return new Compose(settings).composeString(yaml);
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
      String message = "the front matter is not valid YAML: " + problem;
      int at = mark == null ? text.offset(0, 0) : text.offset(mark.getLine(), mark.getColumn());
      throw source.error(at, message);
    } catch (YamlEngineException e) {
      throw source.error(
          text.offset(0, 0),
          "the front matter cannot be read: "
              + e.getMessage()
              + " (an anchor may be reused for at most "
              + MAX_COLLECTION_ALIASES
              + " lists or mappings)");
    }
  }

  /**
   * Refuses nesting deeper than {@link #MAX_DEPTH} before SnakeYAML recurses into it. Block nesting
   * is bounded by the indentation (with {@code -}, {@code ?} and {@code :} indicators counted as
   * indentation); flow nesting by the open brackets, counted even inside quotes, which can only
   * overestimate.
   */
  private static void checkNesting(SourceText source, Text text) {
    String yaml = text.yaml();
    int flow = 0;
    int line = 0;
    int lineStart = 0;
    boolean atLineStart = true;
    int indent = 0;
    for (int i = 0; i < yaml.length(); i++) {
      char c = yaml.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\n' || i + 1 == yaml.length() || yaml.charAt(i + 1) != '\n') {
          line++;
          lineStart = i + 1;
        }
        atLineStart = true;
        indent = 0;
        continue;
      }
      if (atLineStart) {
        boolean indicator =
            (c == '-' || c == '?' || c == ':')
                && (i + 1 == yaml.length() || yaml.charAt(i + 1) == ' ');
        if (c == ' ' || c == '\t' || indicator) {
          indent++;
          if (indent > 2 * MAX_DEPTH) {
            throw tooDeep(source, text.offset(line, i - lineStart));
          }
          continue;
        }
        atLineStart = false;
      }
      if (c == '[' || c == '{') {
        if (++flow > MAX_DEPTH) {
          throw tooDeep(source, text.offset(line, i - lineStart));
        }
      } else if ((c == ']' || c == '}') && flow > 0) {
        flow--;
      }
    }
  }

  private static RuntimeException tooDeep(SourceText source, int offset) {
    return source.error(
        offset,
        "the front matter nests deeper than a statement's metadata ever needs ("
            + MAX_DEPTH
            + " levels); check its indentation and brackets");
  }

  private static int lineEnd(String text, int start) {
    int i = start;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int nextLine(String text, int lineEnd) {
    if (lineEnd >= text.length()) {
      return text.length();
    }
    if (text.charAt(lineEnd) == '\r'
        && lineEnd + 1 < text.length()
        && text.charAt(lineEnd + 1) == '\n') {
      return lineEnd + 2;
    }
    return lineEnd + 1;
  }

  /** Three of {@code c} and nothing but trailing blanks. */
  private static boolean isMarker(String text, int start, int end, char c) {
    if (end - start < 3
        || text.charAt(start) != c
        || text.charAt(start + 1) != c
        || text.charAt(start + 2) != c) {
      return false;
    }
    for (int i = start + 3; i < end; i++) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }
}
