package io.github.communique.cli;

import io.github.communique.validate.Limits;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * How statements are read: {@code --from} and {@code --limit}, shared by every command that reads.
 */
final class InputSettings {

  static final OptionSpec FROM =
      OptionSpec.value(
          "-f",
          "--from",
          "json|md",
          "Read statements in this format whatever their names; in a directory, only files of"
              + " this format. Default: by extension (.json, .md), and for standard input by its"
              + " first character ('{' is JSON).");

  static final OptionSpec LIMIT =
      OptionSpec.repeatable(
          null,
          "--limit",
          "NAME=VALUE",
          "Raise or lower a bound on hostile input, as the error that hits it names it:"
              + " maxSectionDepth (6), maxQuotationDepth (32), maxListDepth (32),"
              + " maxNestingDepth (32), maxTextLength (1048576 characters), maxDocumentLength"
              + " (67108864 characters). Repeatable.");

  static final List<OptionSpec> OPTIONS = List.of(FROM, LIMIT);

  private final InputFormat from;
  private final List<String> limits;

  /** The settings given in {@code args}; a bad --from is a usage error. */
  InputSettings(Arguments args) {
    String format = args.value(FROM);
    this.from = format == null ? null : InputFormat.parse(FROM, format);
    this.limits = args.values(LIMIT);
  }

  Optional<InputFormat> from() {
    return Optional.ofNullable(from);
  }

  /**
   * The inputs {@code files} name ({@link Inputs#expand}); a file of unknown format is a usage
   * error, and so is a list of arguments that names no statement at all.
   *
   * @throws IOException when a directory cannot be listed
   */
  List<Inputs.Input> inputs(List<String> files, boolean recursive) throws IOException {
    List<Inputs.Input> inputs;
    try {
      inputs = Inputs.expand(files, from(), recursive);
    } catch (Inputs.UsageException e) {
      throw new UsageError(e.getMessage());
    }
    if (inputs.isEmpty()) {
      throw new UsageError(
          "no "
              + (from == null ? ".json or .md" : "." + from.shortName())
              + " files in "
              + String.join(", ", files)
              + (recursive ? "" : " (-r looks in subdirectories)"));
    }
    return inputs;
  }

  /**
   * The limits with the changes asked for; a later --limit of the same name wins.
   *
   * @throws UsageError naming the bad setting
   */
  Limits limits() {
    Limits result = Limits.defaults();
    for (String setting : limits) {
      int eq = setting.indexOf('=');
      if (eq < 0) {
        throw UsageError.invalidValue(
            LIMIT, "'" + setting + "' is not NAME=VALUE, such as maxTextLength=100000");
      }
      result = with(result, setting.substring(0, eq).strip(), setting.substring(eq + 1));
    }
    return result;
  }

  private static Limits with(Limits limits, String name, String text) {
    long value;
    try {
      value = Long.parseLong(text.strip());
    } catch (NumberFormatException ex) {
      throw new UsageError("--limit " + name + ": '" + text + "' is not a whole number");
    }
    if (value < 1 || (value > Integer.MAX_VALUE && !name.equals("maxDocumentLength"))) {
      throw new UsageError(
          "--limit " + name + ": must be between 1 and " + Integer.MAX_VALUE + ", got " + value);
    }
    return switch (name) {
      case "maxSectionDepth" -> limits.withMaxSectionDepth((int) value);
      case "maxQuotationDepth" -> limits.withMaxQuotationDepth((int) value);
      case "maxListDepth" -> limits.withMaxListDepth((int) value);
      case "maxNestingDepth" -> limits.withMaxNestingDepth((int) value);
      case "maxTextLength" -> limits.withMaxTextLength((int) value);
      case "maxDocumentLength" -> limits.withMaxDocumentLength(value);
      default ->
          throw new UsageError(
              "--limit: unknown limit '"
                  + name
                  + "'; the limits are maxSectionDepth,"
                  + " maxQuotationDepth, maxListDepth, maxNestingDepth, maxTextLength,"
                  + " maxDocumentLength");
    };
  }
}
