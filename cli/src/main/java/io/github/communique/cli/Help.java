package io.github.communique.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A command's {@code --help}, laid out from its {@link CommandSpec} in 80 columns: header,
 * synopsis, description, the parameters and options with their descriptions, the subcommands, and
 * the exit codes.
 */
final class Help {
  private Help() {}

  /** Text lines are at most this long. */
  private static final int WIDTH = 79;

  /** Option names longer than this put their description on the next line. */
  private static final int MAX_NAME_COLUMN = 20;

  /** The whole help of {@code spec}, ending in a newline. */
  static String of(CommandSpec spec) {
    StringBuilder out = new StringBuilder();
    out.append('\n').append(spec.header()).append("\n\n");
    synopsis(spec, out);
    for (String paragraph : spec.description()) {
      if (paragraph.startsWith(" ")) {
        out.append(paragraph).append('\n');
      } else {
        wrap(paragraph, 0, 0, out);
      }
    }
    options(spec, out);
    if (!spec.commands().isEmpty()) {
      out.append("\nCommands:\n");
      int column = 0;
      for (String[] command : spec.commands()) {
        column = Math.max(column, command[0].length());
      }
      for (String[] command : spec.commands()) {
        row("  " + command[0], 2 + column + 2, command[1], out);
      }
    }
    return out.append('\n').append(ExitCodes.HELP_FOOTER).append('\n').toString();
  }

  /** {@code Usage: communique render [-hqrV] [--fragment] ... FILE...}, wrapped under itself. */
  private static void synopsis(CommandSpec spec, StringBuilder out) {
    List<String> parts = new ArrayList<>();
    StringBuilder shortFlags = new StringBuilder();
    List<OptionSpec> flags = new ArrayList<>();
    List<OptionSpec> single = new ArrayList<>();
    List<OptionSpec> repeated = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      if (option.isFlag() && option.shortName() != null) {
        shortFlags.append(option.shortName().charAt(1));
      } else if (option.isFlag()) {
        flags.add(option);
      } else if (option.repeatable()) {
        repeated.add(option);
      } else {
        single.add(option);
      }
    }
    if (shortFlags.length() > 0) {
      parts.add("[-" + sortedIgnoringCase(shortFlags) + "]");
    }
    for (OptionSpec option : sortedByName(flags)) {
      parts.add("[" + option.longName() + "]");
    }
    for (OptionSpec option : sortedByName(single)) {
      parts.add("[" + shortest(option) + "=" + option.label() + "]");
    }
    for (OptionSpec option : sortedByName(repeated)) {
      parts.add("[" + shortest(option) + "=" + option.label() + "]...");
    }
    for (ParameterSpec parameter : spec.parameters()) {
      parts.add(parameter.synopsis());
    }
    if (!spec.commands().isEmpty()) {
      parts.add("[COMMAND]");
    }
    String start = "Usage: " + spec.name();
    StringBuilder line = new StringBuilder(start);
    for (String part : parts) {
      if (line.length() + 1 + part.length() > WIDTH && line.length() > start.length()) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(" ".repeat(start.length()));
      }
      line.append(' ').append(part);
    }
    out.append(line).append("\n\n");
  }

  /** The parameters, then the options: names in one column, descriptions beside them. */
  private static void options(CommandSpec spec, StringBuilder out) {
    List<String> names = new ArrayList<>();
    List<String> descriptions = new ArrayList<>();
    for (ParameterSpec parameter : spec.parameters()) {
      names.add("      " + parameter.synopsis());
      descriptions.add(parameter.description());
    }
    for (OptionSpec option : spec.options()) {
      String shortName = option.shortName();
      String name = (shortName == null ? "      " : "  " + shortName + ", ") + option.longName();
      names.add(option.isFlag() ? name : name + "=" + option.label());
      descriptions.add(option.description());
    }
    int longest = 0;
    for (String name : names) {
      int length = name.length() - 6;
      if (length <= MAX_NAME_COLUMN) {
        longest = Math.max(longest, length);
      }
    }
    int column = 6 + longest + 3;
    for (int i = 0; i < names.size(); i++) {
      row(names.get(i), column, descriptions.get(i), out);
    }
  }

  /** A name and its description from {@code column}, continued 2 columns further in. */
  private static void row(String name, int column, String description, StringBuilder out) {
    if (name.length() + 1 > column) { // too long: the description starts on the next line
      out.append(name).append('\n');
      wrap(description, column, column + 2, out);
    } else {
      out.append(name).append(" ".repeat(column - name.length()));
      wrapRest(description, column, column + 2, out);
    }
  }

  /** {@code text} in lines of at most {@link #WIDTH}: the first from {@code first}, the rest indented. */
  private static void wrap(String text, int first, int rest, StringBuilder out) {
    out.append(" ".repeat(first));
    wrapRest(text, first, rest, out);
  }

  private static void wrapRest(String text, int first, int rest, StringBuilder out) {
    int column = first;
    boolean lineStart = true;
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      // A word ends at most at column 79 with the space after it; the last one may fill column 80.
      int limit = i == words.length - 1 ? WIDTH + 1 : WIDTH;
      if (!lineStart && column + 1 + word.length() > limit) {
        out.append('\n').append(" ".repeat(rest));
        column = rest;
        lineStart = true;
      }
      if (!lineStart) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
      lineStart = false;
    }
    out.append('\n');
  }

  private static String shortest(OptionSpec option) {
    return option.names().get(0);
  }

  private static String sortedIgnoringCase(CharSequence letters) {
    List<Character> chars = new ArrayList<>();
    for (int i = 0; i < letters.length(); i++) {
      chars.add(letters.charAt(i));
    }
    chars.sort(
        (a, b) -> {
          int c = Character.compare(Character.toLowerCase(a), Character.toLowerCase(b));
          return c != 0 ? c : Character.compare(a, b);
        });
    StringBuilder sorted = new StringBuilder();
    for (char c : chars) {
      sorted.append(c);
    }
    return sorted.toString();
  }

  /** By name without dashes, the short name first when there is one: -f, -j, --paper, -t. */
  private static List<OptionSpec> sortedByName(List<OptionSpec> options) {
    List<OptionSpec> sorted = new ArrayList<>(options);
    sorted.sort((a, b) -> key(a).compareTo(key(b)));
    return sorted;
  }

  private static String key(OptionSpec option) {
    return shortest(option).replace("-", "").toLowerCase(java.util.Locale.ROOT);
  }
}
