package io.github.communique.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.communique.model.Statement;
import io.github.communique.model.StatementFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The dialect's examples, like CommonMark's {@code spec.txt}: each example in {@code
 * src/test/resources/spec/markdown.txt} holds Markdown, a line with a single dot, and either the
 * statement it reads to (as {@link ModelDump} prints it) or the error it must raise, as {@code
 * line:column: message} (the message may be cut short). Examples without front matter or a {@code
 * #} title get {@code title: T} added before them, and its line is not printed; their line numbers
 * count from their own first line.
 *
 * <p>Every example that reads also round-trips: writing the statement and reading it back gives the
 * same statement.
 */
class MarkdownSpecTest {
  private static final String WRAPPER = "---\ntitle: T\n---\n";
  private static final StatementMarkdown MARKDOWN = StatementMarkdown.create();

  record Example(String name, String input, String expected, boolean error, int line) {}

  @TestFactory
  Stream<DynamicTest> examples() throws IOException {
    return read("/spec/markdown.txt").stream()
        .map(
            example ->
                DynamicTest.dynamicTest(
                    example.name() + " (spec line " + example.line() + ")", () -> run(example)));
  }

  private static void run(Example example) {
    boolean wrap = !example.input().startsWith("---") && !example.input().startsWith("# ");
    String input = wrap ? WRAPPER + example.input() : example.input();
    if (example.error()) {
      assertThatThrownBy(() -> MARKDOWN.read(input, "spec.md"))
          .isInstanceOf(StatementFormatException.class)
          .satisfies(
              e -> {
                StatementFormatException f = (StatementFormatException) e;
                String actual =
                    (f.line() - (wrap ? 3 : 0))
                        + ":"
                        + f.column()
                        + ": "
                        + f.getMessage().substring(f.getMessage().indexOf(": ") + 2);
                assertThat(actual).startsWith(example.expected().strip());
              });
      return;
    }
    Statement statement = MARKDOWN.read(input, "spec.md");
    String dump = ModelDump.of(statement);
    if (wrap) {
      dump = dump.substring(dump.indexOf('\n') + 1);
    }
    assertThat(dump).isEqualTo(example.expected());
    String written = MARKDOWN.write(statement);
    assertThat(MARKDOWN.read(written, "written.md"))
        .as("round trip through%n%s", written)
        .isEqualTo(statement);
  }

  static List<Example> read(String resource) throws IOException {
    String text;
    try (InputStream in = MarkdownSpecTest.class.getResourceAsStream(resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Example> examples = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean error = line.startsWith("~~~~~~~~ error: ");
      if (!error && !line.startsWith("~~~~~~~~ example: ")) {
        continue;
      }
      String name = line.substring(line.indexOf(": ") + 2);
      int start = i;
      StringBuilder input = new StringBuilder();
      StringBuilder expected = new StringBuilder();
      StringBuilder target = input;
      for (i++; !lines[i].equals("~~~~~~~~"); i++) {
        if (lines[i].equals(".") && target == input) {
          target = expected;
          continue;
        }
        target.append(lines[i].replace("→", "\t")).append('\n');
      }
      examples.add(new Example(name, input.toString(), expected.toString(), error, start + 1));
    }
    return examples;
  }
}
