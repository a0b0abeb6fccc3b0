package io.github.communique.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats statements are read from and converted between: JSON and Markdown. */
enum InputFormat {
  JSON("json", ".json"),
  MARKDOWN("md", ".md", ".markdown");

  private final String name;
  private final String[] extensions;

  InputFormat(String name, String... extensions) {
    this.name = name;
    this.extensions = extensions;
  }

  /** The name used on the command line and the usual extension without its dot: json, md. */
  String shortName() {
    return name;
  }

  /** The format a file's extension says, if it says one: {@code a.json}, {@code b.md}. */
  static Optional<InputFormat> ofFile(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    for (InputFormat format : values()) {
      for (String extension : format.extensions) {
        if (lower.endsWith(extension) && lower.length() > extension.length()) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /** The file name without the format's extension: {@code green-alliance.json} → green-alliance. */
  static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * The format of content that starts with {@code firstNonBlank}: JSON starts with an object,
   * anything else is taken for Markdown. For standard input, which has no extension.
   */
  static InputFormat sniff(int firstNonBlank) {
    return firstNonBlank == '{' ? JSON : MARKDOWN;
  }

  /**
   * Reads {@code --from} or {@code --to}: json, md or markdown.
   *
   * @throws UsageError naming {@code option} for any other value
   */
  static InputFormat parse(OptionSpec option, String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "json" -> JSON;
      case "md", "markdown" -> MARKDOWN;
      default ->
          throw UsageError.invalidValue(
              option, "unknown input format '" + value + "': use json or md");
    };
  }
}
