package io.github.communique.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Block;
import io.github.communique.model.Statement;
import io.github.communique.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples in {@code docs/markdown-format.md} read as the document says: the complete example
 * is a valid statement that round-trips, and every smaller example reads (with a title added).
 */
class MarkdownDocsTest {
  private static final StatementMarkdown MARKDOWN = StatementMarkdown.create();

  private static List<String> examples() throws IOException {
    Path doc = Path.of("../docs/markdown-format.md");
    if (!Files.exists(doc)) {
      doc = Path.of("docs/markdown-format.md");
    }
    List<String> blocks = new ArrayList<>();
    StringBuilder current = null;
    for (String line : Files.readAllLines(doc)) {
      if (current == null && line.equals("```markdown")) {
        current = new StringBuilder();
      } else if (current != null && line.equals("```")) {
        blocks.add(current.toString());
        current = null;
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    return blocks;
  }

  @Test
  void theCompleteExampleIsAValidStatementThatRoundTrips() throws IOException {
    String example = examples().get(0);
    Statement statement = MARKDOWN.read(example, "markdown-format.md");
    assertThat(statement.title()).isEqualTo("Green Alliance calls for a public inquiry");
    assertThat(statement.sections()).hasSize(1);
    assertThat(statement.sections().get(0).subsections()).hasSize(1);
    assertThat(io.github.communique.model.Traversal.blocks(statement))
        .anySatisfy(b -> assertThat(b).isInstanceOf(Block.EmbeddedStatement.class));
    assertThat(statement.notesToEditors()).hasSize(1);
    assertThat(statement.notes()).hasSize(1);
    assertThat(Validator.create().validate(statement))
        .allSatisfy(problem -> assertThat(problem.isError()).as(problem.toString()).isFalse());
    assertThat(MARKDOWN.read(MARKDOWN.write(statement), "written.md")).isEqualTo(statement);
  }

  @Test
  void everySmallerExampleReads() throws IOException {
    List<String> examples = examples();
    assertThat(examples).hasSizeGreaterThan(3);
    for (String example : examples.subList(1, examples.size())) {
      String body =
          example.startsWith("> —")
              ? "> Words.\n>\n" + example.lines().findFirst().orElseThrow() + "\n"
              : example;
      assertThat(MARKDOWN.read("---\ntitle: T\n---\n" + body, "example.md")).isNotNull();
    }
  }
}
