package io.github.communique.validate;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with a statement: where it is, as a path inside the document ({@code
 * sections[1].blocks[3].content[2]}), and a message that says what is wrong and how to fix it.
 *
 * <p>Most problems are {@linkplain Severity#ERROR errors}: {@link Validator#check} refuses a
 * statement that has one. A {@linkplain Severity#WARNING warning} marks something that renders
 * but is probably a mistake, such as a note nothing refers to.
 */
public record Problem(String path, String message, Severity severity) {

  /** How serious a problem is. */
  public enum Severity {
    /** The statement must not be published as it is. */
    ERROR,
    /** The statement renders, but probably not as its author meant. */
    WARNING
  }

  public Problem {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    requireNonNull(severity, "severity");
  }

  /** An {@linkplain Severity#ERROR error}. */
  public Problem(String path, String message) {
    this(path, message, Severity.ERROR);
  }

  /** A {@linkplain Severity#WARNING warning}. */
  public static Problem warning(String path, String message) {
    return new Problem(path, message, Severity.WARNING);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code path: message}, or {@code path: warning: message} for a warning. */
  @Override
  public String toString() {
    return severity == Severity.WARNING ? path + ": warning: " + message : path + ": " + message;
  }
}
