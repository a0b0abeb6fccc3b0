package io.github.communique.cli;

import io.github.communique.validate.Limits;
import io.github.communique.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code communique validate}: every problem of every statement, as a compiler reports them. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Communique.Version.class,
    sortOptions = false,
    headerHeading = "%n",
    synopsisHeading = "%nUsage: ",
    header = "Check statements and list every problem as file:line:column: message.",
    description = {
      "",
      "Reads each FILE (JSON or Markdown; a directory: every .json and .md file in it) and checks"
          + " it against the rules every renderer relies on. Problems go to standard output, one"
          + " a line; exit status 1 when any statement is invalid.",
      ""
    },
    footer = ExitCodes.HELP_FOOTER)
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand Communique root;

  @Spec CommandSpec spec;

  @Mixin InputSettings input;

  @Mixin ValidationSettings rules;

  @Option(
      names = "--strict",
      description = "Fail (exit status 1) on warnings too, such as a note nothing refers to.")
  boolean strict;

  @Mixin BatchOptions batch;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Limits limits = input.limits(spec);
    List<Inputs.Input> inputs = batch.inputs(spec, input);
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
