package io.github.communique.validate;

import java.util.Map;
import java.util.Optional;

/**
 * Where each part of a statement came from in its source file, so that a {@link Problem} found in
 * the model can be reported as {@code file:line:column}. Keys are document paths in the form
 * {@link Problem#path()} uses ({@code sections[1].blocks[3].content[2]}); readers record the
 * paths they can, and {@link #find} falls back to the nearest enclosing one.
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap("", Map.of());

  private final String source;
  private final Map<String, Position> positions;

  private SourceMap(String source, Map<String, Position> positions) {
    this.source = source;
    this.positions = positions;
  }

  /** A line and column in a source file, both 1-based. */
  public record Position(int line, int column) {}

  public static SourceMap empty() {
    return EMPTY;
  }

  /** The positions read from the file named {@code source}. */
  public static SourceMap of(String source, Map<String, Position> positions) {
    return new SourceMap(source, Map.copyOf(positions));
  }

  /** The name of the source file, or "" for none. */
  public String source() {
    return source;
  }

  /**
   * Every recorded path and its position, unmodifiable: for tools that show where each part of a
   * statement came from, and for comparing two readings of the same file.
   */
  public Map<String, Position> positions() {
    return positions;
  }

  /** The position of {@code path}, or of the nearest enclosing path that has one. */
  public Optional<Position> find(String path) {
    String p = path;
    while (true) {
      Position position = positions.get(p);
      if (position != null) {
        return Optional.of(position);
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        return Optional.ofNullable(positions.get(""));
      }
      p = p.substring(0, cut);
    }
  }

  /** The problem as a compiler would print it: {@code file:line:column: path: message}. */
  public String describe(Problem problem) {
    StringBuilder s = new StringBuilder(source.isEmpty() ? "<statement>" : source);
    find(problem.path())
        .ifPresent(pos -> s.append(':').append(pos.line()).append(':').append(pos.column()));
    return s.append(": ").append(problem).toString();
  }
}
