package io.github.communique.model;

/**
 * The root of every failure the library reports to its users. Each subclass says where the
 * problem is (file, line and column, or the path inside the document) and how to fix it.
 */
public abstract class CommuniqueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected CommuniqueException(String message) {
    super(message);
  }

  protected CommuniqueException(String message, Throwable cause) {
    super(message, cause);
  }
}
