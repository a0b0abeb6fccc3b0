package io.github.communique.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What became of one input in a batch: the files written and the failures, in the order they
 * happened. Filled in by one worker thread, then read by the thread that reports.
 */
final class Outcome {
  final Inputs.Input input;
  final List<Path> written = new ArrayList<>();
  final List<Failure> failures = new ArrayList<>();

  Outcome(Inputs.Input input) {
    this.input = input;
  }

  Outcome fail(Failure failure) {
    failures.add(failure);
    return this;
  }

  boolean ok() {
    return failures.isEmpty();
  }

  /** The most serious exit status among the failures, or 0. */
  int exitCode() {
    return failures.stream().mapToInt(Failure::exitCode).max().orElse(ExitCodes.OK);
  }
}
