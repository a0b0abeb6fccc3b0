package io.github.communique.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What became of one input in a batch: the files written, and the diagnostics (failures and
 * validation warnings) in the order they happened. Filled in by one worker thread, then read by the
 * thread that reports.
 */
final class Outcome {
  final Inputs.Input input;
  final List<Path> written = new ArrayList<>();
  final List<Diagnostic> diagnostics = new ArrayList<>();

  Outcome(Inputs.Input input) {
    this.input = input;
  }

  /** Adds a failure, or a warning (exit status 0). */
  Outcome add(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
    return this;
  }

  /** Whether nothing failed (warnings allowed). */
  boolean ok() {
    return exitCode() == ExitCodes.OK;
  }

  /** The most serious exit status among the diagnostics, or 0. */
  int exitCode() {
    return diagnostics.stream().mapToInt(Diagnostic::exitCode).max().orElse(ExitCodes.OK);
  }
}
