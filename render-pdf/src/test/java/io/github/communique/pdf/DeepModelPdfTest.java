package io.github.communique.pdf;

import static io.github.communique.testing.DeepStatements.DEPTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.Inlines;
import io.github.communique.model.ListItem;
import io.github.communique.model.Statement;
import io.github.communique.render.RenderException;
import io.github.communique.render.RenderOptions;
import io.github.communique.testing.DeepStatements;
import io.github.communique.validate.Limits;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A statement built in Java and nested {@value DeepStatements#DEPTH} levels deep, in each way the
 * model allows, is refused by the PDF renderer before the first page reaches the stream, with the
 * message of the layout's own depth checks, which names the {@link Limits} setting.
 */
class DeepModelPdfTest {
  private static final Map<String, Statement> DEEP = DeepStatements.all(DEPTH);

  static Stream<Arguments> deep() {
    return DEEP.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deep")
  void isRefusedBeforeAnythingIsWritten(String name, Statement deep) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RenderException e = catchThrowableOfType(RenderException.class,
        () -> PdfRenderer.create().renderWithReport(deep, RenderOptions.defaults(), out));
    assertThat(e.getMessage()).matches(
        "(sections|lists|blocks|quotations) nest deeper than \\d+ levels; raise Limits\\.max\\w+"
            + " to render them|inline content nests deeper than 32 levels; raise"
            + " Limits\\.maxNestingDepth to render it");
    assertThat(out.size()).isZero();
    assertThatThrownBy(() -> PdfRenderer.create().render(deep, RenderOptions.defaults(), out))
        .isInstanceOf(RenderException.class).hasMessage(e.getMessage());
    assertThatThrownBy(() -> PdfRenderer.create().unsupportedCodePoints(deep))
        .isInstanceOf(RenderException.class).hasMessage(e.getMessage());
    assertThat(out.size()).isZero();
  }

  @Test
  void eachKindOfNestingNamesItsSetting() {
    Map<String, String> expected = Map.of(
        "sections", "sections nest deeper than 6 levels; raise Limits.maxSectionDepth to render"
            + " them",
        "bullet lists", "lists nest deeper than 32 levels; raise Limits.maxListDepth to render"
            + " them",
        "embedded statements", "blocks nest deeper than 32 levels; raise Limits.maxNestingDepth"
            + " to render them",
        "quotations", "quotations nest deeper than 32 levels; raise Limits.maxQuotationDepth to"
            + " render them",
        "links", "inline content nests deeper than 32 levels; raise Limits.maxNestingDepth to"
            + " render it");
    expected.forEach((name, message) ->
        assertThatThrownBy(() -> Pdfs.render(DEEP.get(name)))
            .as(name).isInstanceOf(RenderException.class).hasMessage(message));
  }

  @Test
  void listsWithinRaisedLimitsAreRendered() {
    Block lists = DeepStatements.blocks(3,
        b -> new Block.BulletList(List.of(new ListItem(List.of(b)))));
    Statement statement = Statement.builder("t").block(lists).build();
    PdfRenderer strict = PdfRenderer.builder().limits(Limits.defaults().withMaxListDepth(2))
        .build();
    assertThatThrownBy(() -> Pdfs.render(strict, statement, RenderOptions.defaults()))
        .hasMessage("lists nest deeper than 2 levels; raise Limits.maxListDepth to render them");
    assertThat(Pdfs.flatText(Pdfs.render(statement))).contains("deep");
  }

  @Test
  void withLimitsChangesOnlyTheLimits() {
    Block lists = DeepStatements.blocks(3,
        b -> new Block.BulletList(List.of(new ListItem(List.of(b)))));
    Statement statement = Statement.builder("t").block(lists).build();
    PdfRenderer large = PdfRenderer.builder().fontSize(14).build();
    PdfRenderer strict = large.withLimits(Limits.defaults().withMaxListDepth(2));
    assertThatThrownBy(() -> Pdfs.render(strict, statement, RenderOptions.defaults()))
        .hasMessage("lists nest deeper than 2 levels; raise Limits.maxListDepth to render them");
    RenderOptions fixed = RenderOptions.builder().deterministic(true).build();
    byte[] fourteenPoint = Pdfs.render(large, statement, fixed);
    assertThat(Pdfs.render(large.withLimits(Limits.defaults()), statement, fixed))
        .isEqualTo(fourteenPoint)
        .isNotEqualTo(Pdfs.render(PdfRenderer.create(), statement, fixed));
  }

  @Test
  void aStatementNestedTooDeeplyForTheStackIsARenderException() {
    Inline nested = Inlines.text("x");
    for (int i = 0; i < 200_000; i++) {
      nested = Inlines.speech(nested);
    }
    Statement statement = Statement.builder("Deep").paragraph(nested).build();
    // Limits raised past what the stack can walk: the last resort, after the checks above.
    PdfRenderer unlimited = PdfRenderer.builder()
        .limits(Limits.defaults().withMaxQuotationDepth(Integer.MAX_VALUE)
            .withMaxNestingDepth(Integer.MAX_VALUE))
        .build();

    assertThatThrownBy(() -> unlimited.render(
            statement, RenderOptions.defaults(), OutputStream.nullOutputStream()))
        .isInstanceOf(RenderException.class)
        .hasMessageStartingWith("cannot render the statement as PDF: quotations nest 200000"
            + " deep, deeper than this thread's stack can walk; the limits given to"
            + " PdfRenderer.builder().limits allow it (Limits.maxQuotationDepth is 2147483647)");
  }
}
