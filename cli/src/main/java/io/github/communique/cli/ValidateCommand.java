package io.github.communique.cli;

import io.github.communique.validate.Limits;
import io.github.communique.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** {@code communique validate}: every problem of every statement, as a compiler reports them. */
final class ValidateCommand {

  static final OptionSpec STRICT =
      OptionSpec.flag(
          null, "--strict", "Fail (exit status 1) on warnings too, such as a note nothing refers to.");

  static final CommandSpec SPEC =
      new CommandSpec(
          "communique validate",
          "Check statements and list every problem as file:line:column: message.",
          List.of(
              "Reads each FILE (JSON or Markdown; a directory: every .json and .md file in it) and"
                  + " checks it against the rules every renderer relies on. Problems go to"
                  + " standard output, one a line; exit status 1 when any statement is invalid.",
              ""),
          List.of(BatchOptions.FILES),
          Communique.withStandardOptions(
              InputSettings.OPTIONS,
              List.of(ValidationSettings.REQUIRE_SPEAKERS, STRICT),
              BatchOptions.OPTIONS),
          List.of());

  private final Communique root;
  private final InputSettings input;
  private final ValidationSettings rules;
  private final boolean strict;
  private final BatchOptions batch;

  ValidateCommand(Communique root, Arguments args) {
    this.root = root;
    this.input = new InputSettings(args);
    this.rules = new ValidationSettings(args);
    this.strict = args.flag(STRICT);
    this.batch = new BatchOptions(args);
  }

  int call() throws IOException {
    PrintWriter out = root.out();
    PrintWriter err = root.err();
    Limits limits = input.limits();
    List<Inputs.Input> inputs = batch.inputs(input);
    StatementFiles reader = new StatementFiles(limits, root.stdin());
    Validator validator = rules.validator(limits);
    BatchRunner runner = new BatchRunner(err, !batch.quiet && root.interactive(), batch.threads);
    runner.run(
        inputs,
        in -> check(in, reader, validator),
        (outcome, progress) -> {
          for (Diagnostic d : outcome.diagnostics) {
            boolean problem =
                d.exitCode() == ExitCodes.OK || d.exitCode() == ExitCodes.INVALID_INPUT;
            if (problem) { // the problems are the output: standard output, off the bar's line
              progress.finish();
              out.println(d.message());
              out.flush();
            } else {
              progress.println(d.message());
            }
            if (root.verbose() && d.cause() != null) {
              progress.println(d.stackTrace());
            }
          }
        });
    if (!batch.quiet) {
      err.println(summary(runner));
    }
    err.flush();
    if (strict && runner.warnings > 0) {
      return Math.max(runner.exitCode, ExitCodes.INVALID_INPUT);
    }
    return runner.exitCode;
  }

  private static Outcome check(Inputs.Input in, StatementFiles reader, Validator validator) {
    Outcome outcome = new Outcome(in);
    try {
      reader.readValid(in, validator, outcome);
    } catch (Exception | Error e) {
      outcome.add(Diagnostic.of(in.displayName(), e));
    }
    return outcome;
  }

  /** "All 3 files valid (0.21 s)", "1 of 3 files invalid: 4 problems, 1 warning (0.21 s)". */
  private static String summary(BatchRunner runner) {
    String time = " (" + BatchRunner.duration(runner.elapsedNanos) + ")";
    if (runner.failedFiles == 0) {
      String valid = runner.files == 1 ? "Valid" : "All " + runner.files + " files valid";
      return valid + runner.warningCount() + time;
    }
    return runner.failedFiles
        + " of "
        + BatchRunner.count(runner.files, "file", "files")
        + " failed: "
        + BatchRunner.count(runner.problems, "problem", "problems")
        + runner.warningCount()
        + time;
  }
}
