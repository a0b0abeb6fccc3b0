package io.github.communique.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs a command's work over its inputs in parallel ({@link Batch}), with a progress bar on a
 * terminal, and hands each outcome to the command's reporter in input order. Counts what it needs
 * for the summary line.
 */
final class BatchRunner {
  private final PrintWriter err;
  private final boolean showProgress;
  private final int threads;

  int files;
  int failedFiles;
  int written;
  int problems;
  int warnings;
  int exitCode = ExitCodes.OK;
  long elapsedNanos;

  BatchRunner(PrintWriter err, boolean showProgress, int threads) {
    this.err = err;
    this.showProgress = showProgress;
    this.threads = threads;
  }

  /**
   * Applies {@code work} to every input; {@code report} gets each outcome in input order with a
   * progress bar to print through (so that lines don't mix with the bar).
   */
  void run(
      List<Inputs.Input> inputs,
      Function<Inputs.Input, Outcome> work,
      BiConsumer<Outcome, ProgressBar> report) {
    long start = System.nanoTime();
    ProgressBar progress =
        showProgress && inputs.size() > 1
            ? new ProgressBar(err, inputs.size(), true, System::nanoTime)
            : ProgressBar.none(err);
    try {
      Batch.run(
          inputs,
          threads,
          input -> {
            try {
              return work.apply(input);
            } catch (RuntimeException | Error e) { // a bug in the work: still report it in place
              return new Outcome(input).add(Diagnostic.of(input.displayName(), e));
            }
          },
          progress::advance,
          outcome -> {
            files++;
            written += outcome.written.size();
            for (Diagnostic d : outcome.diagnostics) {
              if (d.exitCode() == ExitCodes.OK) {
                warnings++;
              } else if (d.exitCode() == ExitCodes.INVALID_INPUT) {
                problems++;
              }
            }
            if (!outcome.ok()) {
              failedFiles++;
              exitCode = Math.max(exitCode, outcome.exitCode());
            }
            report.accept(outcome, progress);
          });
    } finally {
      progress.finish();
      elapsedNanos = System.nanoTime() - start;
    }
  }

  /** "0.42 s", "2 min 5 s". */
  static String duration(long nanos) {
    double seconds = nanos / 1e9;
    if (seconds < 60) {
      return String.format(Locale.ROOT, "%.2f s", seconds);
    }
    long whole = Math.round(seconds);
    return whole / 60 + " min " + whole % 60 + " s";
  }

  /** ", 2 warnings", or "" for none. */
  String warningCount() {
    return warnings == 0 ? "" : ", " + count(warnings, "warning", "warnings");
  }

  /** "1 file", "3 files". */
  static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
