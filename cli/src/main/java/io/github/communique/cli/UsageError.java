package io.github.communique.cli;

/**
 * The command line itself is wrong: an unknown option, a bad value, a missing argument, outputs
 * that conflict. Reported as one line that points at the command's help, exit status 2.
 */
final class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageError(String message) {
    super(message, null, false, false); // a message for the user: no stack trace to fill in
  }

  /** "Invalid value for option '--width': REASON". */
  static UsageError invalidValue(OptionSpec option, String reason) {
    return new UsageError("Invalid value for option '" + option.longName() + "': " + reason);
  }
}
