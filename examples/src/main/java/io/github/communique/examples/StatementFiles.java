package io.github.communique.examples;

import io.github.communique.json.StatementJson;
import io.github.communique.markdown.StatementMarkdown;
import io.github.communique.model.Statement;
import java.io.IOException;
import java.nio.file.Path;

/** Reads a statement file by its extension: {@code .json} or {@code .md}. */
final class StatementFiles {
  private StatementFiles() {}

  static Statement read(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".json")) {
      return StatementJson.create().read(file);
    }
    if (name.endsWith(".md")) {
      return StatementMarkdown.create().read(file);
    }
    throw new IllegalArgumentException(file + ": not a statement file; use .json or .md");
  }
}
