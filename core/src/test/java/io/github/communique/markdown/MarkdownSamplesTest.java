package io.github.communique.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Statement;
import io.github.communique.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample in {@code examples/statements/} has a Markdown twin ({@code NAME.md} beside {@code
 * NAME.json}) that reads to the same statement, so both render to identical output; and writing
 * what was read is stable.
 */
class MarkdownSamplesTest {
  private static final StatementMarkdown MARKDOWN = StatementMarkdown.create();

  static List<String> samples() {
    return Samples.names();
  }

  private static Path twin(String name) {
    return Samples.directory().resolve(name + ".md");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theMarkdownTwinReadsToTheSameStatementAsTheJson(String name) throws IOException {
    assertThat(twin(name)).as("the Markdown twin of %s.json", name).isRegularFile();
    assertThat(MARKDOWN.read(twin(name))).isEqualTo(Samples.load(name));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void writingWhatWasReadIsStable(String name) throws IOException {
    String written = MARKDOWN.write(MARKDOWN.read(twin(name)));
    Statement again = MARKDOWN.read(written, name + "-written.md");
    assertThat(again).isEqualTo(Samples.load(name));
    assertThat(MARKDOWN.write(again)).isEqualTo(written);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theTwinUsesOnlyLineFeedsAndEndsWithOne(String name) throws IOException {
    String text = Files.readString(twin(name));
    assertThat(text).doesNotContain("\r").endsWith("\n");
  }
}
