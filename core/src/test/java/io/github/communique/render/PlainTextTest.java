package io.github.communique.render;

import static io.github.communique.model.Blocks.blockQuote;
import static io.github.communique.model.Blocks.bullets;
import static io.github.communique.model.Blocks.embedded;
import static io.github.communique.model.Blocks.paragraph;
import static io.github.communique.model.Blocks.thematicBreak;
import static io.github.communique.model.Inlines.emphasis;
import static io.github.communique.model.Inlines.lineBreak;
import static io.github.communique.model.Inlines.link;
import static io.github.communique.model.Inlines.noteRef;
import static io.github.communique.model.Inlines.scare;
import static io.github.communique.model.Inlines.speech;
import static io.github.communique.model.Inlines.strong;
import static io.github.communique.model.Inlines.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Inline;
import io.github.communique.model.QuoteStyle;
import io.github.communique.model.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void dropsMarkupAndNoteNumbersButKeepsQuotationMarksByDepth() {
    List<Inline> content =
        List.of(
            strong("Jobs"),
            text(" first: "),
            speech(text("we said "), scare("fair"), text(" and meant it")),
            noteRef("n1"),
            text(" "),
            link("https://example.org", emphasis("more")));
    assertThat(PlainText.line(content, QuoteStyle.ENGLISH, 0))
        .isEqualTo("Jobs first: “we said ‘fair’ and meant it” more");
    assertThat(PlainText.line(content, QuoteStyle.GERMAN, 1))
        .as("content already inside a quotation starts at the inner marks")
        .isEqualTo("Jobs first: ‚we said „fair“ and meant it‘ more");
  }

  @Test
  void lineCollapsesWhitespaceAndLineBreaksToSingleSpaces() {
    List<Inline> content = List.of(text("  one\n\ttwo"), lineBreak(), text("three  "));
    assertThat(PlainText.line(content, QuoteStyle.ENGLISH, 0)).isEqualTo("one two three");
  }

  @Test
  void blocksGiveOneLinePerParagraphAndLeaveEmbeddedStatementsOut() {
    Statement quoted = Statement.builder("Their statement").paragraph("not ours").build();
    List<String> pieces = new ArrayList<>();
    PlainText.to(pieces::add, QuoteStyle.ENGLISH)
        .blocks(
            List.of(
                paragraph("First."),
                blockQuote(paragraph(speech("Quoted."))),
                thematicBreak(),
                bullets("a", "b"),
                embedded(quoted, "read out")),
            0);
    assertThat(String.join("", pieces)).isEqualTo("First.\n“Quoted.”\na\nb");
  }

  @Test
  void oneInstanceServesManyPiecesEachFromItsOwnDepth() {
    StringBuilder out = new StringBuilder();
    PlainText text = PlainText.to(out::append, QuoteStyle.ENGLISH);
    text.inlines(List.of(speech("a")), 1);
    out.append('|');
    text.inlines(List.of(speech("b")), 0);
    out.append('|');
    text.blocks(List.of(paragraph("c"), paragraph("d")), 0);
    assertThat(out).hasToString("‘a’|“b”|c\nd");
  }
}
