package io.github.communique.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

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
    CommandLine cli =
        Communique.commandLine( // as main does: only the subcommand named, if one is
            new Communique(new ByteArrayInputStream(stdin), bytes, interactive),
            args.length > 0 ? args[0] : "");
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int status = cli.execute(args);
    return new CommandRun(status, out.toString(), err.toString(), bytes.toByteArray());
  }

  String stdoutText() {
    return new String(stdout, StandardCharsets.UTF_8);
  }
}
