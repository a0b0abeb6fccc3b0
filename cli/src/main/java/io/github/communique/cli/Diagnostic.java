package io.github.communique.cli;

import io.github.communique.model.CommuniqueException;
import io.github.communique.model.StatementFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Something to tell the user about one input, as they see it: one line of message and an exit
 * status, {@link ExitCodes#OK} for a warning. The cause is kept for {@code --verbose}, which is the
 * only time a stack trace is printed.
 *
 * @param exitCode one of {@link ExitCodes}; 0 for a warning
 * @param message one line, saying where (file, line, column when known) and what
 * @param cause the exception behind it, or null for a failure the command itself found
 */
record Diagnostic(int exitCode, String message, Throwable cause) {

  /** A failure the command found itself, such as an invalid statement, or a warning (0). */
  static Diagnostic of(int exitCode, String message) {
    return new Diagnostic(exitCode, message, null);
  }

  /**
   * The failure {@code thrown} stands for. {@code context} (a file name, "file: pdf") is put in
   * front of messages that don't already say where they happened.
   */
  static Diagnostic of(String context, Throwable thrown) {
    Throwable t =
        thrown instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : thrown;
    if (t instanceof StatementFormatException e) {
      return new Diagnostic(ExitCodes.INVALID_INPUT, e.getMessage(), t); // already file:line:column
    }
    if (t instanceof CommuniqueException e) {
      return new Diagnostic(ExitCodes.INVALID_INPUT, prefixed(context, e.getMessage()), t);
    }
    if (t instanceof FileSystemException e) {
      return new Diagnostic(ExitCodes.IO_ERROR, describe(e), t);
    }
    if (t instanceof IOException e) {
      return new Diagnostic(ExitCodes.IO_ERROR, prefixed(context, "I/O error: " + messageOf(e)), t);
    }
    if (t instanceof OutOfMemoryError) {
      return new Diagnostic(
          ExitCodes.INTERNAL_ERROR,
          prefixed(
              context,
              "out of memory; give Java a larger heap: java -Xmx1g -jar communique.jar ..."),
          t);
    }
    if (t instanceof StackOverflowError) {
      return new Diagnostic(
          ExitCodes.INTERNAL_ERROR,
          prefixed(
              context,
              "internal error: stack overflow (nesting deeper than the library's limits allow?)"
                  + " run again with --verbose and report it"),
          t);
    }
    return new Diagnostic(
        ExitCodes.INTERNAL_ERROR,
        prefixed(
            context,
            "internal error: "
                + t.getClass().getName()
                + ": "
                + messageOf(t)
                + " (run again with --verbose and report the stack trace)"),
        t);
  }

  /** Prints the message, and with {@code verbose} the stack trace. */
  void print(PrintWriter err, boolean verbose) {
    err.println(message);
    if (verbose && cause != null) {
      cause.printStackTrace(err);
    }
  }

  /** The cause's stack trace, for --verbose. */
  String stackTrace() {
    StringWriter trace = new StringWriter();
    cause.printStackTrace(new PrintWriter(trace));
    return trace.toString().stripTrailing();
  }

  private static String describe(FileSystemException e) {
    String file = e.getFile() == null ? "" : e.getFile();
    if (e.getOtherFile() != null) {
      file += " -> " + e.getOtherFile();
    }
    String reason;
    if (e instanceof NoSuchFileException) {
      reason = "no such file or directory";
    } else if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof FileAlreadyExistsException) {
      reason = "already exists";
    } else if (e instanceof NotDirectoryException) {
      reason = "not a directory";
    } else if (e instanceof DirectoryNotEmptyException) {
      reason = "directory not empty";
    } else {
      reason = e.getReason() != null ? e.getReason() : "cannot access";
    }
    return file.isEmpty() ? reason : file + ": " + reason;
  }

  private static String messageOf(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.strip();
  }

  private static String prefixed(String context, String message) {
    return context == null || context.isEmpty() ? message : context + ": " + message;
  }
}
