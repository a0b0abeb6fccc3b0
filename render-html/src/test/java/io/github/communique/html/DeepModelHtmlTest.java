package io.github.communique.html;

import static io.github.communique.testing.DeepStatements.DEPTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.Statement;
import io.github.communique.render.RenderException;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Renderer;
import io.github.communique.render.Renderers;
import io.github.communique.testing.DeepStatements;
import io.github.communique.validate.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A statement built in Java and nested {@value DeepStatements#DEPTH} levels deep, in each way the
 * model allows, is refused by the HTML renderer before it writes a byte, with a message that
 * names the {@link Limits} setting; never a {@link StackOverflowError}.
 */
class DeepModelHtmlTest {
  static Stream<Arguments> deep() {
    return DeepStatements.all(DEPTH).entrySet().stream()
        .flatMap(e -> Stream.of(
            Arguments.of(e.getKey() + ", page", e.getValue(), HtmlRenderer.create(), false),
            Arguments.of(e.getKey() + ", fragment", e.getValue(), HtmlRenderer.create(), true),
            Arguments.of(e.getKey() + ", without JSON-LD", e.getValue(),
                HtmlRenderer.builder().jsonLd(false).build(), false)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deep")
  void isRefusedBeforeAnythingIsWritten(String name, Statement deep, HtmlRenderer html,
      boolean fragment) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RenderOptions options = RenderOptions.builder().fragment(fragment).build();
    RenderException e = catchThrowableOfType(RenderException.class,
        () -> html.render(deep, options, out));
    assertThat(e.getMessage())
        .startsWith("cannot render the statement as HTML: ")
        .contains(" more than Limits.max")
        .contains("validate it first (the Validator says where)")
        .endsWith("and give the limits to HtmlRenderer.builder().limits");
    assertThat(e.getCause()).isNull(); // the check, not the last resort
    assertThat(out.size()).isZero();
  }

  @Test
  void theMessageNamesTheSettingToRaise() {
    Statement deep = DeepStatements.all(DEPTH).get("block quotations");
    assertThatThrownBy(() -> HtmlRenderer.create()
            .render(deep, RenderOptions.defaults(), new ByteArrayOutputStream()))
        .isInstanceOf(RenderException.class)
        .hasMessage("cannot render the statement as HTML: block quotations and embedded"
            + " statements nest more than 32 deep, more than Limits.maxNestingDepth allows;"
            + " validate it first (the Validator says where), then flatten the nesting or raise"
            + " the limit with Limits.withMaxNestingDepth and give the limits to"
            + " HtmlRenderer.builder().limits");
  }

  @Test
  void theRendererFoundByFormatRefusesToo() {
    Renderer html = Renderers.discover().require("html");
    Statement deep = DeepStatements.all(DEPTH).get("sections");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> html.render(deep, RenderOptions.defaults(), out))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("sections nest more than 6 deep, more than"
            + " Limits.maxSectionDepth allows")
        .hasMessageContaining("Limits.withMaxSectionDepth");
    assertThat(out.size()).isZero();
  }

  @Test
  void raisedLimitsRenderWhatTheyAllow() throws IOException {
    Block block = DeepStatements.blocks(40,
        b -> new Block.BlockQuotation(List.of(b), Optional.empty()));
    Statement statement = Statement.builder("t").block(block).build();
    HtmlRenderer raised = HtmlRenderer.builder()
        .limits(Limits.defaults().withMaxNestingDepth(40)).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    raised.render(statement, RenderOptions.defaults(), out);
    assertThat(out.toString().split("<blockquote", -1)).hasSize(41);
    assertThatThrownBy(() -> HtmlRenderer.create()
            .render(statement, RenderOptions.defaults(), new ByteArrayOutputStream()))
        .hasMessageContaining("more than Limits.maxNestingDepth allows");
  }

  @Test
  void withLimitsRaisesTheLimitsAndKeepsTheOtherSettings() throws IOException {
    Block block = DeepStatements.blocks(40,
        b -> new Block.BlockQuotation(List.of(b), Optional.empty()));
    Statement statement = Statement.builder("t").block(block).build();
    Renderer raised = HtmlRenderer.builder().jsonLd(false).build()
        .withLimits(Limits.defaults().withMaxNestingDepth(40));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    raised.render(statement, RenderOptions.defaults(), out);
    assertThat(out.toString().split("<blockquote", -1)).hasSize(41);
    assertThat(out.toString()).doesNotContain("application/ld+json");
    assertThatThrownBy(() -> raised.withLimits(Limits.defaults())
            .render(statement, RenderOptions.defaults(), new ByteArrayOutputStream()))
        .hasMessageContaining("more than Limits.maxNestingDepth allows");
  }

  @Test
  void aStatementAtTheLimitsIsRendered() throws IOException {
    Inline inline = DeepStatements.inline(32, c -> new Inline.Strong(List.of(c)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HtmlRenderer.create().render(Statement.builder("t").paragraph(inline).build(),
        RenderOptions.defaults(), out);
    assertThat(out.toString()).contains("<strong>".repeat(32) + "deep" + "</strong>".repeat(32));
  }
}
