package io.github.communique.cli;

import io.github.communique.validate.Limits;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * How statements are read: {@code --from} and {@code --limit}, shared by every command that reads.
 */
final class InputSettings {

  @Option(
      names = {"-f", "--from"},
      paramLabel = "json|md",
      converter = InputFormat.Converter.class,
      description =
          "Read statements in this format whatever their names; in a directory, only files of"
              + " this format. Default: by extension (.json, .md), and for standard input by its"
              + " first character ('{' is JSON).")
  InputFormat from;

  @Option(
      names = "--limit",
      paramLabel = "NAME=VALUE",
      description =
          "Raise or lower a bound on hostile input, as the error that hits it names it:"
              + " maxSectionDepth (6), maxQuotationDepth (32), maxListDepth (32),"
              + " maxNestingDepth (32), maxTextLength (1048576 characters), maxDocumentLength"
              + " (67108864 characters). Repeatable.")
  Map<String, String> limits = new LinkedHashMap<>();

  Optional<InputFormat> from() {
    return Optional.ofNullable(from);
  }

  /** The limits with the changes asked for; a bad --limit is a usage error. */
  Limits limits(CommandSpec spec) {
    try {
      return limits();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * The inputs {@code files} name ({@link Inputs#expand}); a file of unknown format is a usage
   * error, and so is a list of arguments that names no statement at all.
   *
   * @throws IOException when a directory cannot be listed
   */
  List<Inputs.Input> inputs(CommandSpec spec, List<String> files, boolean recursive)
      throws IOException {
    List<Inputs.Input> inputs;
    try {
      inputs = Inputs.expand(files, from(), recursive);
    } catch (Inputs.UsageException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (inputs.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "no "
              + (from == null ? ".json or .md" : "." + from.shortName())
              + " files in "
              + String.join(", ", files)
              + (recursive ? "" : " (-r looks in subdirectories)"));
    }
    return inputs;
  }

  /**
   * The limits with the changes asked for.
   *
   * @throws IllegalArgumentException naming the bad setting, for a usage error
   */
  Limits limits() {
    Limits result = Limits.defaults();
    for (Map.Entry<String, String> e : limits.entrySet()) {
      String name = e.getKey().strip();
      long value;
      try {
        value = Long.parseLong(e.getValue().strip());
      } catch (NumberFormatException ex) {
        throw new IllegalArgumentException(
            "--limit " + name + ": '" + e.getValue() + "' is not a whole number");
      }
      if (value < 1 || (value > Integer.MAX_VALUE && !name.equals("maxDocumentLength"))) {
        throw new IllegalArgumentException(
            "--limit " + name + ": must be between 1 and " + Integer.MAX_VALUE + ", got " + value);
      }
      result =
          switch (name) {
            case "maxSectionDepth" -> result.withMaxSectionDepth((int) value);
            case "maxQuotationDepth" -> result.withMaxQuotationDepth((int) value);
            case "maxListDepth" -> result.withMaxListDepth((int) value);
            case "maxNestingDepth" -> result.withMaxNestingDepth((int) value);
            case "maxTextLength" -> result.withMaxTextLength((int) value);
            case "maxDocumentLength" -> result.withMaxDocumentLength(value);
            default ->
                throw new IllegalArgumentException(
                    "--limit: unknown limit '"
                        + name
                        + "'; the limits are maxSectionDepth,"
                        + " maxQuotationDepth, maxListDepth, maxNestingDepth, maxTextLength,"
                        + " maxDocumentLength");
          };
    }
    return result;
  }
}
