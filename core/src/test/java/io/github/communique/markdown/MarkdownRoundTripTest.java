package io.github.communique.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Statement;
import io.github.communique.testing.StatementArbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;

/**
 * Writing a statement and reading it back gives the statement again, for statements of every shape
 * ({@link StatementArbitraries}): the reading equals the statement in {@link NormalForm}, which
 * only joins adjacent texts and drops empty paragraphs, texts and attributions.
 */
class MarkdownRoundTripTest {
  private static final StatementMarkdown MARKDOWN = StatementMarkdown.create();

  @Property(tries = 1000)
  void readingWhatWasWrittenGivesTheStatementBack(
      @ForAll @From(supplier = StatementArbitraries.Statements.class) Statement statement) {
    String markdown = MARKDOWN.write(statement);
    Statement read = MARKDOWN.read(markdown, "written.md");
    assertThat(read).as("read back from%n%s", markdown).isEqualTo(NormalForm.of(statement));
  }

  @Property(tries = 300)
  void writingIsStable(
      @ForAll @From(supplier = StatementArbitraries.Statements.class) Statement statement) {
    String markdown = MARKDOWN.write(statement);
    assertThat(MARKDOWN.write(MARKDOWN.read(markdown, "written.md"))).isEqualTo(markdown);
  }
}
