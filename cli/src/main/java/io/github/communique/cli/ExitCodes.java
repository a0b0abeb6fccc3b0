package io.github.communique.cli;

/**
 * The exit statuses of every command. When several things fail in one run (a batch of files), the
 * highest status wins, so a script sees the most serious failure.
 */
final class ExitCodes {
  private ExitCodes() {}

  /** Everything asked for was done. */
  static final int OK = 0;

  /** A statement could not be read, broke a rule, or could not be rendered in a format. */
  static final int INVALID_INPUT = 1;

  /** The command line itself was wrong: an unknown option, a bad value, a missing argument. */
  static final int USAGE = 2;

  /** A file could not be read or written. */
  static final int IO_ERROR = 3;

  /** A bug in communique or in a renderer; --verbose shows the stack trace to report. */
  static final int INTERNAL_ERROR = 4;

  /** The footer of every command's --help: the exit codes, so scripts can rely on them. */
  static final String HELP_FOOTER =
      "Exit codes:\n"
          + "  0  success\n"
          + "  1  invalid input: a statement could not be read, is invalid, or cannot be\n"
          + "     rendered in a format\n"
          + "  2  usage error: unknown option, bad value, missing argument\n"
          + "  3  I/O error: a file could not be read or written\n"
          + "  4  internal error: a bug; run again with --verbose and report the stack trace\n"
          + "When several things fail, the highest code is returned.";
}
