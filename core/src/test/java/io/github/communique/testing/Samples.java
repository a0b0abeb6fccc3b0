package io.github.communique.testing;

import io.github.communique.json.StatementJson;
import io.github.communique.model.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The sample statements in {@code examples/statements/}, for tests in every module (shared
 * through the {@code communique-core} test-jar):
 *
 * <pre>{@code
 * Statement statement = Samples.load(Samples.GREEN_ALLIANCE);
 * for (String name : Samples.names()) { ... Samples.path(name) ... }
 * }</pre>
 *
 * <p>The folder is found by walking up from the working directory ({@code user.dir}), so tests
 * find it whether Maven runs them from the root or from a module.
 */
public final class Samples {
  /** A two-page party statement in English with every kind of block and inline. */
  public static final String GREEN_ALLIANCE = "green-alliance";

  /** An open letter in Ukrainian with nested quotations and an embedded statement in German. */
  public static final String KYIV_APPEAL = "kyiv-appeal";

  /** Only a title and one paragraph. */
  public static final String MINIMAL = "minimal";

  private static final Map<String, Statement> LOADED = new ConcurrentHashMap<>();

  private Samples() {}

  /** The {@code examples/statements} folder. */
  public static Path directory() {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("examples").resolve("statements");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "no examples/statements folder in " + start + " or any folder above it");
  }

  /** The names of all samples, without {@code .json}, sorted: {@code green-alliance, ...}. */
  public static List<String> names() {
    try (Stream<Path> files = Files.list(directory())) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".json"))
          .map(name -> name.substring(0, name.length() - ".json".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file of sample {@code name} ({@code "minimal"} or {@code "minimal.json"}). */
  public static Path path(String name) {
    String file = name.endsWith(".json") ? name : name + ".json";
    Path path = directory().resolve(file);
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("no sample " + file + "; the samples are " + names());
    }
    return path;
  }

  /** Sample {@code name} read with {@link StatementJson#create()}; read once, then shared. */
  public static Statement load(String name) {
    return LOADED.computeIfAbsent(
        name.endsWith(".json") ? name.substring(0, name.length() - 5) : name,
        key -> {
          try {
            return StatementJson.create().read(path(key));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The text of sample {@code name}'s file, as UTF-8. */
  public static String text(String name) {
    try {
      return Files.readString(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
