package io.github.communique.cli;

import java.util.List;

/**
 * One option of a command, as the parser reads it and {@code --help} lists it.
 *
 * @param names the short name first when there is one ({@code -t}), then the long one ({@code
 *     --to}); messages name the option by its last name
 * @param label what the value is called in the help ({@code FORMAT}), or null for a flag
 * @param repeatable whether the option may be given more than once (its values are kept in order)
 * @param description the help text, one paragraph
 */
record OptionSpec(List<String> names, String label, boolean repeatable, String description) {

  /** An option without a value, such as {@code -r, --recursive}. */
  static OptionSpec flag(String shortName, String longName, String description) {
    return new OptionSpec(names(shortName, longName), null, false, description);
  }

  /** An option with one value, such as {@code -o, --output=DIR}; given once at most. */
  static OptionSpec value(String shortName, String longName, String label, String description) {
    return new OptionSpec(names(shortName, longName), label, false, description);
  }

  /** An option with a value that may be given again, such as {@code --limit=NAME=VALUE}. */
  static OptionSpec repeatable(
      String shortName, String longName, String label, String description) {
    return new OptionSpec(names(shortName, longName), label, true, description);
  }

  private static List<String> names(String shortName, String longName) {
    return shortName == null ? List.of(longName) : List.of(shortName, longName);
  }

  boolean isFlag() {
    return label == null;
  }

  /** The name messages use: the long one, as in "Invalid value for option '--width'". */
  String longName() {
    return names.get(names.size() - 1);
  }

  /** The short name ({@code -t}), or null. */
  String shortName() {
    return names.size() > 1 ? names.get(0) : null;
  }

  /** How messages refer to it: {@code '--width' (N)}, or {@code '--verbose'} for a flag. */
  String quoted() {
    return isFlag() ? "'" + longName() + "'" : "'" + longName() + "' (" + label + ")";
  }
}
