package io.github.communique.cli;

import java.util.List;

/**
 * What a command accepts and how its {@code --help} reads: the parser and {@link Help} both work
 * from this, so an option is declared once.
 *
 * @param name the command as typed: {@code communique}, {@code communique render}
 * @param header one line saying what the command does
 * @param description paragraphs after the synopsis; lines that start with a space are examples and
 *     are printed as they are
 * @param parameters the positional parameters, in order
 * @param options the options in the order the help lists them
 * @param commands for the main command, its subcommands' names and headers; empty otherwise
 */
record CommandSpec(
    String name,
    String header,
    List<String> description,
    List<ParameterSpec> parameters,
    List<OptionSpec> options,
    List<String[]> commands) {

  /** The option called {@code name} ({@code -t} or {@code --to}), or null. */
  OptionSpec option(String name) {
    for (OptionSpec option : options) {
      if (option.names().contains(name)) {
        return option;
      }
    }
    return null;
  }

  /** {@code communique render: MESSAGE (see 'communique render --help')}. */
  String usageErrorLine(String message) {
    return name + ": " + message + " (see '" + name + " --help')";
  }
}
