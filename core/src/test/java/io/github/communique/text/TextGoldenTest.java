package io.github.communique.text;

import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import io.github.communique.testing.GoldenFile;
import io.github.communique.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders each sample of {@code examples/statements/} and each statement of {@link TestStatements},
 * and compares it with {@code golden/<case>/statement.txt}. After an intended change of the output,
 * run {@code mvn -pl core verify -Dgolden.update=true} and review the golden files with {@code git
 * diff}.
 */
class TextGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<Arguments> cases() {
    Map<String, Statement> cases = new TreeMap<>(TestStatements.all());
    for (String name : Samples.names()) {
      cases.put(name, Samples.load(name));
    }
    return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGoldenFile(String name, Statement statement) {
    GoldenFile.assertMatches(GOLDEN.resolve(name).resolve("statement.txt"), render(statement));
  }

  static String render(Statement statement) {
    return render(statement, RenderOptions.defaults());
  }

  static String render(Statement statement, RenderOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      TextRenderer.create().render(statement, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
