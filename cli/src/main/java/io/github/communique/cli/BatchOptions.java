package io.github.communique.cli;

import java.io.IOException;
import java.util.List;

/** The inputs of a command that works on many statements at once, and how it runs over them. */
final class BatchOptions {

  static final ParameterSpec FILES =
      new ParameterSpec(
          "FILE", true, "Statement files (.json, .md), directories, or - for standard input.");

  static final OptionSpec RECURSIVE =
      OptionSpec.flag(
          "-r", "--recursive", "Take the statements in subdirectories of directory arguments too.");

  static final OptionSpec THREADS =
      OptionSpec.value(
          "-j",
          "--threads",
          "N",
          "Work on N files at a time. Default: one per core (" + Batch.defaultThreads() + ").");

  static final OptionSpec QUIET =
      OptionSpec.flag(
          "-q", "--quiet", "Print only problems and failures: no progress bar, no summary.");

  static final List<OptionSpec> OPTIONS = List.of(RECURSIVE, THREADS, QUIET);

  final List<String> files;
  final boolean recursive;
  final int threads;
  final boolean quiet;

  BatchOptions(Arguments args) {
    this.files = args.parameters();
    this.recursive = args.flag(RECURSIVE);
    this.threads = args.intValue(THREADS, Batch.defaultThreads());
    this.quiet = args.flag(QUIET);
  }

  /**
   * The statements the FILE arguments name, read as {@code input} says.
   *
   * @throws UsageError for a bad --threads, an unknown format, or no statement at all
   * @throws IOException when a directory cannot be listed
   */
  List<Inputs.Input> inputs(InputSettings input) throws IOException {
    if (threads < 1) {
      throw new UsageError("--threads must be at least 1, got " + threads);
    }
    return input.inputs(files, recursive);
  }
}
