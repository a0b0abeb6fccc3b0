package io.github.communique.benchmarks.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Statement;
import io.github.communique.model.Traversal;
import java.nio.charset.StandardCharsets;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The generated documents are stable, of the promised size, and the same in every form. */
class StatementGeneratorTest {

  @Test
  void theSameSizeGivesTheSameDocumentEveryTime() {
    assertThat(CommonMarkWriter.write(StatementGenerator.generate(DocumentSize.SMALL)))
        .isEqualTo(CommonMarkWriter.write(StatementGenerator.generate(DocumentSize.SMALL)));
  }

  @Test
  void theSmallDocumentIsOneStatementOfAboutEightKilobytes() {
    Statement small = StatementGenerator.generate(DocumentSize.SMALL);

    assertThat(bytes(CommonMarkWriter.write(small))).isBetween(7_000L, 10_000L);
    assertThat(small.sections()).hasSize(1);
    assertThat(Traversal.blockQuotations(small)).hasSize(2);
    assertThat(Traversal.quotations(small)).isNotEmpty();
    assertThat(small.body().size() + small.sections().get(0).blocks().size()).isBetween(25, 30);
  }

  @Test
  void theMediumDocumentIsAboutOneMegabyte() {
    assertThat(bytes(CommonMarkWriter.write(StatementGenerator.generate(DocumentSize.MEDIUM))))
        .isBetween(1_000_000L, 1_100_000L);
  }

  @Test
  void theTextHasCharactersThatStressEncodersAndEscaping() {
    String text = CommonMarkWriter.write(StatementGenerator.generate(DocumentSize.SMALL));

    assertThat(text).contains("“", "”", "’", "—", "–", "<", ">", "&", "\"");
    assertThat(text).containsPattern("\\p{IsCyrillic}").containsPattern("[éüøłč]");
  }

  @Test
  void theCommonMarkFormHasEveryParagraphOfTheModelWithItsQuotationMarks() {
    Statement small = StatementGenerator.generate(DocumentSize.SMALL);
    StringBuilder parsed = new StringBuilder();
    Node document = Parser.builder().build().parse(CommonMarkWriter.write(small));
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        parsed.append(text.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak softLineBreak) {
        parsed.append(' ');
      }
    });

    for (String paragraph : TextRuns.of(small).paragraphs()) {
      assertThat(parsed.toString()).contains(paragraph);
    }
  }

  private static long bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
