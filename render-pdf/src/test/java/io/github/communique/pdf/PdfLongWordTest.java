package io.github.communique.pdf;

import static io.github.communique.model.Blocks.blockQuote;
import static io.github.communique.model.Blocks.embedded;
import static io.github.communique.model.Blocks.item;
import static io.github.communique.model.Blocks.paragraph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.communique.model.Block;
import io.github.communique.model.Inlines;
import io.github.communique.model.Statement;
import io.github.communique.render.PaperSize;
import io.github.communique.render.RenderOptions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A word longer than a line (a 5,000-character address) breaks across lines, wherever it stands,
 * without running past the margin, losing characters or looping.
 */
class PdfLongWordTest {
  private static final String URL = "https://example.org/" + "segment/".repeat(200) + "x".repeat(3_380);
  private static final String WORD = "a".repeat(5_000);

  static Stream<Arguments> placements() {
    return Stream.of(
        Arguments.of(paragraph(URL), URL),
        Arguments.of(paragraph(Inlines.link(URL, URL)), URL),
        Arguments.of(paragraph(WORD), WORD),
        Arguments.of(blockQuote(paragraph(WORD)), WORD),
        Arguments.of(new Block.BulletList(List.of(item(paragraph(URL)))), URL),
        Arguments.of(embedded(Statement.builder("Embedded").paragraph(WORD).build(), "read out"), WORD));
  }

  @ParameterizedTest
  @MethodSource("placements")
  void breaksAcrossLinesWithinTheMargins(Block block, String word) {
    assertThat(URL).hasSize(5_000);
    Statement statement = Statement.builder("Long word").block(block).build();
    byte[] pdf = Pdfs.render(statement);
    float rightMargin = Pdfs.pageWidth(pdf) - 71.43f;
    List<Pdfs.Glyph> glyphs = Pdfs.glyphs(pdf);
    assertThat(glyphs).isNotEmpty();
    assertThat(glyphs)
        .allSatisfy(g -> assertThat(g.right()).as("right edge of %s", g).isLessThanOrEqualTo(rightMargin + 0.5f));
    String text = Pdfs.text(pdf).replaceAll("Long word Page \\d+ of \\d+", "").replaceAll("\\s", "");
    assertThat(text).as("every character, in order").contains(word);
  }

  @Test
  void breaksAfterSlashesInAddresses() {
    byte[] pdf = Pdfs.render(Statement.builder("Address").paragraph(URL).build());
    String[] lines = Pdfs.text(pdf).split("\n");
    assertThat(Stream.of(lines).filter(line -> line.startsWith("segment/")).count()).isGreaterThan(5);
    assertThat(Stream.of(lines).filter(line -> line.contains("segment/") && !line.endsWith("/")))
        .allMatch(line -> line.endsWith("x") || line.contains("x"));
  }

  @Test
  void handlesNarrowPagesAndVeryLongWordsInBoundedTime() {
    // Generous bounds: these take well under a second each (the narrow page has 250 pages).
    Statement longer =
        Statement.builder("Longer").paragraph("b".repeat(50_000)).block(blockQuote(paragraph("c".repeat(20_000)))).build();
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Pdfs.render(longer));
    Statement quote = Statement.builder("Narrow").block(blockQuote(paragraph(WORD))).build();
    RenderOptions narrow = RenderOptions.builder().paperSize(PaperSize.parse("30x50mm")).build();
    byte[] pdf = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Pdfs.render(quote, narrow));
    assertThat(Pdfs.text(pdf).replaceAll("Page \\d+ of \\d+", "").replaceAll("\\s", ""))
        .contains(WORD);
  }
}
