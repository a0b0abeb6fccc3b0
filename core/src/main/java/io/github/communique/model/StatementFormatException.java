package io.github.communique.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A statement file (JSON or Markdown) could not be read: the message says what is wrong and how to
 * fix it, and the exception carries where: the source name, line and column (1-based; 0 when
 * unknown) and, for JSON, the JSON pointer of the offending value.
 */
public class StatementFormatException extends CommuniqueException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String pointer;

  public StatementFormatException(
      String source, int line, int column, Optional<String> pointer, String problem, Throwable cause) {
    super(describe(source, line, column, pointer, problem), cause);
    this.source = requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.pointer = pointer.orElse(null);
  }

  public StatementFormatException(
      String source, int line, int column, Optional<String> pointer, String problem) {
    this(source, line, column, pointer, problem, null);
  }

  private static String describe(
      String source, int line, int column, Optional<String> pointer, String problem) {
    StringBuilder where = new StringBuilder(source);
    if (line > 0) {
      where.append(':').append(line);
      if (column > 0) {
        where.append(':').append(column);
      }
    }
    pointer.filter(p -> !p.isEmpty()).ifPresent(p -> where.append(" (at ").append(p).append(')'));
    return where + ": " + problem;
  }

  /** The name of the input: a file name, or a description such as {@code <stdin>}. */
  public String source() {
    return source;
  }

  /** The 1-based line of the problem, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** The JSON pointer of the offending value ({@code /sections/1/blocks/3}), when known. */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }
}
