package io.github.communique.cli;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's arguments, parsed by the rules of {@link CommandSpec}: {@code --name value}, {@code
 * --name=value}, {@code -n value}, {@code -nvalue}, {@code -n=value}, clustered flags ({@code
 * -rq}, {@code -rqj4}), {@code --flag=true|false}, {@code -} as a parameter and {@code --} before
 * parameters that start with a dash. Values are kept as text: each command converts its own, so
 * that a bad value names its option.
 *
 * <p>A hand-written parser, not a library: the command starts in a fresh JVM for every run, and
 * building a reflective model of the options took more time than rendering a statement.
 */
final class Arguments {
  private final CommandSpec spec;
  private final String[] args;
  // By identity: options are constants, and a record's own hashCode would be bootstrapped through
  // method handles on first use, tens of milliseconds of a run.
  private final Map<OptionSpec, List<String>> values = new IdentityHashMap<>();
  private final List<String> parameters = new ArrayList<>();
  private final List<Integer> parameterIndexes = new ArrayList<>();
  private UsageError deferred; // reported unless --help or --version makes it moot

  private Arguments(CommandSpec spec, String[] args) {
    this.spec = spec;
    this.args = args;
  }

  /**
   * Parses {@code args[from..]} for {@code spec}. An option that takes a value and finds none, or a
   * flag given twice, is a usage error at once; an unknown option is one only when neither help nor
   * the version is asked for ({@link #check}).
   *
   * @param stopAtParameter stop at the first parameter (the main command, whose first parameter
   *     names the subcommand); {@link #end} says where
   */
  static Arguments parse(CommandSpec spec, String[] args, int from, boolean stopAtParameter) {
    Arguments parsed = new Arguments(spec, args);
    parsed.end = parsed.read(from, stopAtParameter);
    return parsed;
  }

  private int end;

  /** The index of the first argument not parsed: the subcommand's name, or {@code args.length}. */
  int end() {
    return end;
  }

  private int read(int from, boolean stopAtParameter) {
    boolean onlyParameters = false;
    for (int i = from; i < args.length; i++) {
      String arg = args[i];
      if (onlyParameters || arg.equals("-") || !arg.startsWith("-")) {
        if (stopAtParameter) {
          return i;
        }
        parameters.add(arg);
        parameterIndexes.add(i);
      } else if (arg.equals("--")) {
        onlyParameters = true;
      } else if (arg.startsWith("--")) {
        int eq = arg.indexOf('=');
        OptionSpec option = spec.option(eq < 0 ? arg : arg.substring(0, eq));
        if (option == null) {
          defer("Unknown option: '" + arg + "'");
        } else {
          i = take(option, eq < 0 ? null : arg.substring(eq + 1), i);
        }
      } else {
        i = readShort(arg, i);
      }
    }
    return args.length;
  }

  /** {@code -t html}, {@code -thtml}, {@code -t=html}, {@code -rq}, {@code -rqj4}. */
  private int readShort(String arg, int i) {
    OptionSpec whole = spec.option(arg);
    if (whole != null) {
      return take(whole, null, i);
    }
    for (int k = 1; k < arg.length(); k++) {
      OptionSpec option = spec.option("-" + arg.charAt(k));
      if (option == null) {
        defer(
            "Unknown option: '-"
                + arg.charAt(k)
                + "'"
                + (arg.length() > 2 ? " (while processing option: '" + arg + "')" : ""));
        return i;
      }
      String rest = arg.substring(k + 1);
      if (option.isFlag() && !rest.startsWith("=")) {
        take(option, null, i);
        continue;
      }
      rest = rest.startsWith("=") ? rest.substring(1) : rest;
      return take(option, rest.isEmpty() && !arg.endsWith("=") ? null : rest, i);
    }
    return i;
  }

  /** Records {@code option} with its value; returns the index of the last argument used. */
  private int take(OptionSpec option, String attached, int i) {
    List<String> given = values.get(option);
    if (given != null && !option.repeatable()) {
      throw new UsageError("option " + option.quoted() + " should be specified only once");
    }
    String value = attached;
    int last = i;
    if (option.isFlag()) {
      value = flagValue(option, attached);
    } else if (value == null) {
      if (i + 1 >= args.length) {
        throw new UsageError(
            "Missing required parameter for option " + option.quoted());
      }
      String next = args[i + 1];
      if (looksLikeOption(next)) {
        throw new UsageError(
            "Expected parameter for option '"
                + option.longName()
                + "' but found '"
                + next
                + "'");
      }
      value = next;
      last = i + 1;
    }
    if (given == null) {
      given = new ArrayList<>(1);
      values.put(option, given);
    }
    given.add(value);
    return last;
  }

  private static String flagValue(OptionSpec option, String attached) {
    if (attached == null || attached.equalsIgnoreCase("true")) {
      return "true";
    }
    if (attached.equalsIgnoreCase("false")) {
      return "false";
    }
    throw UsageError.invalidValue(option, "'" + attached + "' is not a boolean");
  }

  /** Whether an argument after an option is another option rather than the option's value. */
  private boolean looksLikeOption(String arg) {
    if (!arg.startsWith("-") || arg.equals("-")) {
      return false;
    }
    int eq = arg.indexOf('=');
    return spec.option(eq < 0 ? arg : arg.substring(0, eq)) != null
        || (!arg.startsWith("--") && spec.option(arg.substring(0, 2)) != null);
  }

  private void defer(String message) {
    if (deferred == null) {
      deferred = new UsageError(message);
    }
  }

  /**
   * Throws the first unknown option, a missing parameter or one too many: called once help and
   * version are known not to be asked for.
   */
  Arguments check() {
    if (deferred != null) {
      throw deferred;
    }
    List<ParameterSpec> expected = spec.parameters();
    boolean many = !expected.isEmpty() && expected.get(expected.size() - 1).many();
    if (parameters.size() < expected.size()) {
      List<ParameterSpec> missing = expected.subList(parameters.size(), expected.size());
      StringBuilder names = new StringBuilder();
      for (ParameterSpec p : missing) {
        names.append(names.length() == 0 ? "'" : ", '").append(p.label()).append('\'');
      }
      throw new UsageError(
          (missing.size() == 1 ? "Missing required parameter: " : "Missing required parameters: ")
              + names);
    }
    if (!many && parameters.size() > expected.size()) {
      throw unmatched(expected.size());
    }
    return this;
  }

  /** "Unmatched argument at index 3: 'c'", "Unmatched arguments from index 3: 'c', 'd'". */
  private UsageError unmatched(int first) {
    List<String> extra = parameters.subList(first, parameters.size());
    StringBuilder quoted = new StringBuilder();
    for (String e : extra) {
      quoted.append(quoted.length() == 0 ? "'" : ", '").append(e).append('\'');
    }
    return new UsageError(
        (extra.size() == 1 ? "Unmatched argument at index " : "Unmatched arguments from index ")
            + parameterIndexes.get(first)
            + ": "
            + quoted);
  }

  /** Whether the flag was given (and not as {@code =false}). */
  boolean flag(OptionSpec option) {
    List<String> given = values.get(option);
    return given != null && given.get(given.size() - 1).equals("true");
  }

  /** The option's value, or null when it was not given. */
  String value(OptionSpec option) {
    List<String> given = values.get(option);
    return given == null ? null : given.get(0);
  }

  /** Every value of a repeatable option in order; empty when it was not given. */
  List<String> values(OptionSpec option) {
    List<String> given = values.get(option);
    return given == null ? List.of() : given;
  }

  /** The positional parameters, in order. */
  List<String> parameters() {
    return parameters;
  }

  /** The integer value of {@code option}, or {@code otherwise} when it was not given. */
  int intValue(OptionSpec option, int otherwise) {
    String value = value(option);
    if (value == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw UsageError.invalidValue(option, "'" + value + "' is not an int");
    }
  }
}
