package io.github.communique.examples;

import io.github.communique.json.StatementJson;
import io.github.communique.model.Statement;
import java.io.IOException;
import java.nio.file.Path;

/** Reads a statement file by its extension: {@code .json} (and {@code .md} once supported). */
final class StatementFiles {
  private StatementFiles() {}

  static Statement read(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".json")) {
      return StatementJson.create().read(file);
    }
    // TODO(markdown): StatementMarkdown.create().read(file) for .md, once merged.
    throw new IllegalArgumentException(file + ": not a statement file; use .json");
  }
}
