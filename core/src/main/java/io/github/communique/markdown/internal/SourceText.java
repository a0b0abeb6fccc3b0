package io.github.communique.markdown.internal;

import io.github.communique.model.StatementFormatException;
import io.github.communique.validate.SourceMap;
import java.util.Arrays;
import java.util.Optional;

/**
 * A Markdown file's text and name, and the way from a character offset to a line and column
 * (1-based; columns count UTF-16 characters, so a character outside the Basic Multilingual Plane
 * counts as two). The line index is built on first use, so reading without errors or source map
 * never builds it.
 */
public final class SourceText {
  private final String name;
  private final String text;
  private final SourceText parent;
  private final java.util.function.IntUnaryOperator toParent;
  private int[] lineStarts;

  public SourceText(String name, String text) {
    this(name, text, null, null);
  }

  private SourceText(
      String name, String text, SourceText parent, java.util.function.IntUnaryOperator toParent) {
    this.name = name;
    this.text = text;
    this.parent = parent;
    this.toParent = toParent;
  }

  /**
   * A text taken from this file (the standfirst, a YAML value) whose positions are reported in this
   * file: {@code toParent} maps an offset in the text to an offset here.
   */
  public SourceText derived(String derivedText, java.util.function.IntUnaryOperator toParent) {
    return new SourceText(name, derivedText, this, toParent);
  }

  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  public SourceMap.Position position(int offset) {
    if (parent != null) {
      return parent.position(toParent.applyAsInt(offset));
    }
    int[] starts = lineStarts();
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int line = Arrays.binarySearch(starts, clamped);
    if (line < 0) {
      line = -line - 2;
    }
    return new SourceMap.Position(line + 1, clamped - starts[line] + 1);
  }

  /** An error at {@code offset}: the message says what is wrong and how to fix it. */
  public StatementFormatException error(int offset, String problem) {
    SourceMap.Position at = position(offset);
    return new StatementFormatException(name, at.line(), at.column(), Optional.empty(), problem);
  }

  /** An error at a known line and column. */
  public StatementFormatException error(int line, int column, String problem) {
    return new StatementFormatException(name, line, column, Optional.empty(), problem);
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      int[] starts = new int[16];
      int count = 1;
      int length = text.length();
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == length || text.charAt(i + 1) != '\n'))) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
      lineStarts = Arrays.copyOf(starts, count);
    }
    return lineStarts;
  }
}
