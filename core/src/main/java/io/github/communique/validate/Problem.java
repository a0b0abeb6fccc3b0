package io.github.communique.validate;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with a statement: where it is, as a path inside the document ({@code
 * sections[1].blocks[3].content[2]}), and a message that says what is wrong and how to fix it.
 */
public record Problem(String path, String message) {
  public Problem {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
