package io.github.communique.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.Statement;
import io.github.communique.testing.StatementArbitraries;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;

/**
 * Writing a statement and reading it back gives the statement again, for statements of every shape
 * ({@link StatementArbitraries}): the reading equals the statement in {@link NormalForm}, which
 * only joins adjacent texts and drops empty paragraphs, texts and attributions.
 *
 * <p>The properties run with a random seed. A failure prints the seed and the shrunk sample (in
 * the surefire report, {@code core/target/surefire-reports/TEST-*MarkdownRoundTripTest.xml}, and in
 * {@code core/target/jqwik-database}); reproduce it with {@code @Property(seed = "the seed")} and
 * the same {@code tries}, then keep the shrunk sample as an {@code @Example} below.
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

  /**
   * Found by the property (seed 118): the emphasis closer before the emoji makes the writer write
   * the emoji as a reference, so the reader sees ';' before the apostrophe and took it for an
   * opening quotation mark, which the empty quotation's marks then closed.
   */
  @Example
  void anApostropheAfterACharacterReferenceStaysAnApostrophe() {
    roundTrip(
        new Inline.Emphasis(List.of(new Inline.Text("on Monday."))),
        new Inline.Text("😀'word"),
        new Inline.Quotation(List.of(), QuoteKind.SCARE, Optional.empty()));
  }

  private static void roundTrip(Inline... content) {
    Statement statement =
        Statement.builder("word").block(new Block.Paragraph(List.of(content))).build();
    String markdown = MARKDOWN.write(statement);
    assertThat(MARKDOWN.read(markdown, "written.md"))
        .as("read back from%n%s", markdown)
        .isEqualTo(NormalForm.of(statement));
    assertThat(MARKDOWN.write(MARKDOWN.read(markdown, "written.md"))).isEqualTo(markdown);
  }
}
