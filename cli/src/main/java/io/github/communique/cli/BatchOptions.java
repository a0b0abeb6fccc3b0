package io.github.communique.cli;

import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The inputs of a command that works on many statements at once, and how it runs over them. */
final class BatchOptions {

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Statement files (.json, .md), directories, or - for standard input.")
  List<String> files;

  @Option(
      names = {"-r", "--recursive"},
      description = "Take the statements in subdirectories of directory arguments too.")
  boolean recursive;

  @Option(
      names = {"-j", "--threads"},
      paramLabel = "N",
      description = "Work on N files at a time. Default: one per core (${DEFAULT-VALUE}).")
  int threads = Batch.defaultThreads();

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only problems and failures: no progress bar, no summary.")
  boolean quiet;

  /**
   * The statements the FILE arguments name, read as {@code input} says.
   *
   * @throws ParameterException for a bad --threads, an unknown format, or no statement at all
   * @throws IOException when a directory cannot be listed
   */
  List<Inputs.Input> inputs(CommandSpec spec, InputSettings input) throws IOException {
    if (threads < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    return input.inputs(spec, files, recursive);
  }
}
