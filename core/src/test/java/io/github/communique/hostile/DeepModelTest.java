package io.github.communique.hostile;

import static io.github.communique.testing.DeepStatements.DEPTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.communique.json.StatementJson;
import io.github.communique.markdown.StatementMarkdown;
import io.github.communique.model.Anchors;
import io.github.communique.model.Inline;
import io.github.communique.model.Section;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementFormatException;
import io.github.communique.model.Traversal;
import io.github.communique.render.RenderException;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Renderers;
import io.github.communique.render.Renderer;
import io.github.communique.testing.DeepStatements;
import io.github.communique.text.TextRenderer;
import io.github.communique.validate.Limits;
import io.github.communique.validate.Nesting;
import io.github.communique.validate.Problem;
import io.github.communique.validate.ValidationException;
import io.github.communique.validate.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Statements built in Java skip the readers' limits: every entry point of the core module either
 * handles one nested {@value DeepStatements#DEPTH} levels deep (in each way the model allows) or
 * refuses it with the library's own exception, whose message names the {@link Limits} setting;
 * never a {@link StackOverflowError}. No timings: a quadratic walk would make this class take
 * minutes instead of a second.
 */
class DeepModelTest {
  private static final Map<String, Statement> DEEP = DeepStatements.all(DEPTH);

  static Stream<Arguments> deep() {
    return DEEP.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @Nested
  @DisplayName("the text renderer")
  class Text {
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.communique.hostile.DeepModelTest#deep")
    void refusesBeforeWritingAnything(String name, Statement deep) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RenderException e = catchThrowableOfType(RenderException.class,
          () -> TextRenderer.create().render(deep, RenderOptions.defaults(), out));
      assertThat(e.getMessage())
          .startsWith("cannot render the statement as text: ")
          .contains("validate it first (the Validator says where)")
          .endsWith("and give the limits to TextRenderer.builder().limits");
      assertThat(out.size()).isZero();
    }

    @Test
    void namesTheSettingThatIsPassed() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThatThrownBy(() -> TextRenderer.create()
              .render(DEEP.get("bullet lists"), RenderOptions.defaults(), out))
          .isInstanceOf(RenderException.class)
          .hasMessage("cannot render the statement as text: lists nest more than 32 deep, more"
              + " than Limits.maxListDepth allows; validate it first (the Validator says where),"
              + " then flatten the nesting or raise the limit with Limits.withMaxListDepth and"
              + " give the limits to TextRenderer.builder().limits");
    }

    @Test
    void rendersWhatItsLimitsAllow() throws IOException {
      Statement statement = DeepStatements.paragraph(40, c -> new Inline.Emphasis(List.of(c)));
      TextRenderer raised = TextRenderer.builder()
          .limits(Limits.defaults().withMaxNestingDepth(40)).build();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      raised.render(statement, RenderOptions.defaults(), out);
      assertThat(out.toString().replace("\n", ""))
          .contains("_".repeat(40) + "deep" + "_".repeat(40));
      assertThatThrownBy(() -> TextRenderer.create()
              .render(statement, RenderOptions.defaults(), new ByteArrayOutputStream()))
          .hasMessageContaining("emphasis, strong text and links nest more than 32 deep, more"
              + " than Limits.maxNestingDepth allows")
          .hasMessageContaining("Limits.withMaxNestingDepth");
    }

    @Test
    void withLimitsGivesARendererWithThoseLimits() throws IOException {
      Statement statement = DeepStatements.paragraph(40, c -> new Inline.Emphasis(List.of(c)));
      Renderer found = Renderers.discover().require("text");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      found.withLimits(Limits.defaults().withMaxNestingDepth(40))
          .render(statement, RenderOptions.defaults(), out);
      assertThat(out.toString().replace("\n", "")).contains("_".repeat(40) + "deep");
      assertThatThrownBy(() -> found.render(statement, RenderOptions.defaults(), out))
          .hasMessageContaining("more than Limits.maxNestingDepth allows");
    }
  }

  @Nested
  @DisplayName("the JSON writer")
  class Json {
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.communique.hostile.DeepModelTest#deep")
    void refusesWithoutWritingHalfADocument(String name, Statement deep) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      StatementFormatException e = catchThrowableOfType(StatementFormatException.class,
          () -> StatementJson.create().write(deep, out));
      assertThat(e.getMessage())
          .contains("the statement nests more than 348 levels of JSON deep")
          .endsWith("raise Limits.maxNestingDepth (now 32) with Limits.withMaxNestingDepth");
      assertThat(out.size()).isZero();
      assertThatThrownBy(() -> StatementJson.create().write(deep))
          .isInstanceOf(StatementFormatException.class);
    }

    @Test
    void writesADeepStatementWhoseJsonFitsTheLimits() throws IOException {
      Statement deep = DeepStatements.paragraph(40, c -> new Inline.Emphasis(List.of(c)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      StatementJson.create().write(deep, out);
      assertThat(out.toString()).isEqualTo(StatementJson.create().write(deep));
      assertThat(StatementJson.create(Limits.defaults().withMaxNestingDepth(40))
          .read(out.toString(), "x")).isEqualTo(deep);
    }
  }

  @Nested
  @DisplayName("the Markdown writer")
  class Markdown {
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.communique.hostile.DeepModelTest#deep")
    void refusesBeforeWritingAnything(String name, Statement deep) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      StatementFormatException e = catchThrowableOfType(StatementFormatException.class,
          () -> StatementMarkdown.create().write(deep, out));
      assertThat(e.getMessage())
          .startsWith("<statement being written>: cannot write the statement as Markdown: ")
          .endsWith("and give the limits to StatementMarkdown.create");
      assertThat(out.size()).isZero();
      assertThatThrownBy(() -> StatementMarkdown.create().write(deep))
          .isInstanceOf(StatementFormatException.class)
          .hasMessage(e.getMessage());
    }

    @Test
    void namesTheSettingThatIsPassed() {
      assertThatThrownBy(() -> StatementMarkdown.create().write(DEEP.get("sections")))
          .hasMessage("<statement being written>: cannot write the statement as Markdown:"
              + " sections nest more than 6 deep, more than Limits.maxSectionDepth allows;"
              + " validate it first (the Validator says where), then flatten the nesting or"
              + " raise the limit with Limits.withMaxSectionDepth and give the limits to"
              + " StatementMarkdown.create");
      assertThatThrownBy(() -> StatementMarkdown.create().write(DEEP.get("quotations")))
          .hasMessageContaining("quotations nest more than 32 deep, more than"
              + " Limits.maxQuotationDepth allows")
          .hasMessageContaining("Limits.withMaxQuotationDepth");
      assertThatThrownBy(() -> StatementMarkdown.create().write(DEEP.get("embedded statements")))
          .hasMessageContaining("block quotations and embedded statements nest more than 32"
              + " deep, more than Limits.maxNestingDepth allows");
    }
  }

  @Nested
  @DisplayName("the Validator")
  class Validation {
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.communique.hostile.DeepModelTest#deep")
    void reportsTheFirstLevelPastTheLimit(String name, Statement deep) {
      List<Problem> problems = Validator.create().validate(deep);
      assertThat(problems).anySatisfy(p -> assertThat(p.message())
          .containsPattern(" nest \\d+ deep; the limit is \\d+ \\(Limits\\.max\\w+\\)"));
      assertThatThrownBy(() -> Validator.create().check(deep))
          .isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.communique.hostile.DeepModelTest#deep")
    void agreesWithTheRenderersCheck(String name, Statement deep) {
      assertThat(Nesting.check(deep, Limits.defaults())).isPresent();
      Limits unbounded = new Limits(DEPTH + 1, DEPTH + 1, DEPTH + 1, DEPTH + 1, 1 << 20, 1L << 26);
      assertThat(Nesting.check(deep, unbounded)).isEmpty();
      assertThat(Validator.create(unbounded).validate(deep))
          .noneSatisfy(p -> assertThat(p.message()).contains("(Limits.max"));
    }
  }

  @Nested
  @DisplayName("Traversal and Anchors")
  class Walks {
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.communique.hostile.DeepModelTest#deep")
    void walkEveryNodeWithoutRecursing(String name, Statement deep) {
      List<Object> walked = new ArrayList<>();
      Traversal.walk(deep, walked::add, walked::add, walked::add);
      assertThat(walked)
          .hasSize(Traversal.sections(deep).size() + Traversal.blocks(deep).size()
              + Traversal.inlines(deep).size())
          .hasSizeGreaterThan(DEPTH);
      assertThat(Traversal.quotations(deep).size() + Traversal.blockQuotations(deep).size()
          + Traversal.links(deep).size()).isLessThanOrEqualTo(walked.size());
      assertThat(Traversal.noteOrder(deep)).hasSize(deep.notes().size());
      List<Inline.Quotation> quotations = new ArrayList<>();
      Traversal.walkQuotations(deep, s -> {}, b -> {}, quotations::add);
      assertThat(quotations).isEqualTo(Traversal.quotations(deep));
      Anchors anchors = Anchors.of(deep);
      assertThat(anchors.sections()).isEqualTo(Traversal.sections(deep));
    }

    @Test
    void walkNestedInlinesInReadingOrder() {
      Statement deep = DEEP.get("mixed inlines");
      List<Inline> inlines = Traversal.inlines(deep);
      assertThat(inlines).hasSize(DEPTH + 1);
      assertThat(inlines.get(0)).isSameAs(deep.body().get(0) instanceof
          io.github.communique.model.Block.Paragraph p ? p.content().get(0) : null);
      assertThat(inlines.get(DEPTH)).isInstanceOf(Inline.Text.class);
      assertThat(Traversal.plainText(((io.github.communique.model.Block.Paragraph)
          deep.body().get(0)).content())).isEqualTo("deep");
      assertThat(Traversal.quotations(deep)).hasSize(DEPTH / 4);
      assertThat(Traversal.links(deep)).hasSize(DEPTH / 4);
    }

    @Test
    void giveEachOfTheDeepSectionsItsOwnAnchorInLinearTime() {
      Statement deep = DEEP.get("sections");
      List<Section> sections = Traversal.sections(deep);
      assertThat(sections).hasSize(DEPTH);
      Anchors anchors = Anchors.of(deep);
      assertThat(anchors.id(sections.get(0))).isEqualTo("s");
      assertThat(anchors.id(sections.get(1))).isEqualTo("s-2");
      assertThat(anchors.id(sections.get(DEPTH - 1))).isEqualTo("s-" + DEPTH);
    }

    @Test
    void keepTheFirstFreeSuffixWhenAnchorsTakeSome() {
      Statement statement = Statement.builder("t")
          .section("A", s -> s.anchor("a-2"))
          .section("A", s -> {})
          .section("A", s -> {})
          .section("A", s -> s.anchor("a-4"))
          .section("A", s -> {})
          .build();
      Anchors anchors = Anchors.of(statement);
      assertThat(statement.sections()).extracting(anchors::id)
          .containsExactly("a-2", "a", "a-3", "a-4", "a-5");
    }
  }
}
