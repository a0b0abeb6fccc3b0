package io.github.communique.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * One in-process run of the command line, with its exit status and everything it printed.
 *
 * @param stdout the bytes written to standard output (rendered documents, messages)
 */
record CommandRun(int exitCode, String out, String err, byte[] stdout) {

  static CommandRun of(String... args) {
    return withStdin(new byte[0], args);
  }

  static CommandRun withStdin(byte[] stdin, String... args) {
    return run(stdin, false, args);
  }

  /** A run as on a terminal: progress bars drawn, binary output to the terminal refused. */
  static CommandRun onTerminal(byte[] stdin, String... args) {
    return run(stdin, true, args);
  }

  private static CommandRun run(byte[] stdin, boolean interactive, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Communique command =
        new Communique(
            new ByteArrayInputStream(stdin),
            bytes,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            interactive);
    int status = command.execute(args);
    return new CommandRun(status, out.toString(), err.toString(), bytes.toByteArray());
  }

  String stdoutText() {
    return new String(stdout, StandardCharsets.UTF_8);
  }
}
