package io.github.communique.cli;

import io.github.communique.validate.Limits;
import io.github.communique.validate.ParsedStatement;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Statement files (.json, .md), directories, or - for standard input.")
  List<String> files;

  @Option(
      names = {"-r", "--recursive"},
      description = "Check the statements in subdirectories of directory arguments too.")
  boolean recursive;

  @Mixin InputSettings input;

  @Option(
      names = "--require-speakers",
      description = "House rule: every quotation of speech in a block quotation names its speaker.")
  boolean requireSpeakers;

  @Option(
      names = {"-j", "--threads"},
      paramLabel = "N",
      description = "Check N files at a time. Default: one per core (${DEFAULT-VALUE}).")
  int threads = Batch.defaultThreads();

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the problems: no progress bar, no summary.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Limits limits = input.limits(spec);
    List<Inputs.Input> inputs;
    try {
      inputs = input.inputs(spec, files, recursive);
    } catch (IOException e) {
      Failure failure = Failure.of("", e);
      failure.print(err, root.verbose());
      return failure.exitCode();
    }
    StatementFiles reader = new StatementFiles(limits, root.stdin());
    int[] problems = {0};
    BatchRunner runner = new BatchRunner(err, !quiet && root.interactive(), Math.max(1, threads));
    runner.run(
        inputs,
        in -> check(in, reader),
        (outcome, progress) -> {
          for (Failure f : outcome.failures) {
            if (f.exitCode() == ExitCodes.INVALID_INPUT) {
              problems[0]++;
              progress.finish(); // the problems are the output: keep them off the bar's line
              out.println(f.message());
              out.flush();
            } else {
              progress.println(f.message());
            }
          }
        });
    if (!quiet) {
      err.println(summary(runner, problems[0]));
    }
    err.flush();
    return runner.exitCode;
  }

  private Outcome check(Inputs.Input in, StatementFiles reader) {
    Outcome outcome = new Outcome(in);
    ParsedStatement parsed;
    try {
      parsed = reader.parse(in);
    } catch (Exception | Error e) {
      return outcome.fail(Failure.of(in.displayName(), e));
    }
    // TODO(validate): add Validator.create(limits).requireSpeakers(requireSpeakers)
    //   .validate(parsed.statement()) as parsed.sourceMap().describe(problem), once merged.
    throw new UnsupportedOperationException("validation not merged yet: " + parsed + requireSpeakers);
  }

  private static String summary(BatchRunner runner, int problems) {
    if (runner.failedFiles == 0) {
      return runner.files == 1
          ? "Valid (" + BatchRunner.duration(runner.elapsedNanos) + ")"
          : "All " + runner.files + " files valid (" + BatchRunner.duration(runner.elapsedNanos) + ")";
    }
    return runner.failedFiles + " of " + BatchRunner.count(runner.files, "file", "files")
        + " failed: " + BatchRunner.count(problems, "problem", "problems")
        + " (" + BatchRunner.duration(runner.elapsedNanos) + ")";
  }
}
