package io.github.communique.validate;

import static java.util.Objects.requireNonNull;

import io.github.communique.model.Statement;

/**
 * A statement read from a file, with where each of its parts came from, so that validation
 * problems can be reported at the file's lines: {@code sourceMap.describe(problem)}.
 */
public record ParsedStatement(Statement statement, SourceMap sourceMap) {
  public ParsedStatement {
    requireNonNull(statement, "statement");
    requireNonNull(sourceMap, "sourceMap");
  }
}
