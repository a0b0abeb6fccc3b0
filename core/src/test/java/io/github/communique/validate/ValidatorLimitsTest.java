package io.github.communique.validate;

import static io.github.communique.model.Blocks.item;
import static io.github.communique.model.Blocks.paragraph;
import static io.github.communique.model.Inlines.text;
import static io.github.communique.validate.Fixtures.error;
import static io.github.communique.validate.Fixtures.problems;
import static io.github.communique.validate.Fixtures.withBody;
import static io.github.communique.validate.Fixtures.withParagraph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.Section;
import io.github.communique.model.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nesting and length limits, and statements nested far deeper than any limit: the validator never
 * recurses, so they give one clear problem instead of a {@link StackOverflowError}. The time
 * bounds are generous guards against a hang, not performance goals.
 */
class ValidatorLimitsTest {
  private static final int HOSTILE = 100_000;
  private static final Duration GENEROUS = Duration.ofSeconds(30);
  private static final Limits UNLIMITED =
      new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
          Integer.MAX_VALUE, Long.MAX_VALUE);

  private static <T> T nest(int depth, T innermost, UnaryOperator<T> wrap) {
    T node = innermost;
    for (int i = 0; i < depth; i++) {
      node = wrap.apply(node);
    }
    return node;
  }

  private static Inline quotations(int depth) {
    return ValidatorLimitsTest.<Inline>nest(depth, text("x"),
        q -> new Inline.Quotation(List.of(q), QuoteKind.SPEECH, Optional.empty()));
  }

  private static Inline emphases(int depth) {
    return ValidatorLimitsTest.<Inline>nest(depth, text("x"), e -> new Inline.Emphasis(List.of(e)));
  }

  private static Block blockQuotations(int depth) {
    return ValidatorLimitsTest.<Block>nest(depth, paragraph("x"),
        b -> new Block.BlockQuotation(List.of(b), Optional.empty()));
  }

  private static Block lists(int depth) {
    return ValidatorLimitsTest.<Block>nest(depth, paragraph("x"), b -> new Block.BulletList(List.of(item(b))));
  }

  private static Block embeddedStatements(int depth) {
    return ValidatorLimitsTest.<Block>nest(depth, paragraph("x"),
        b -> new Block.EmbeddedStatement(Statement.builder("E").block(b).build(),
            Optional.empty()));
  }

  private static Section sections(int depth) {
    return nest(depth - 1,
        new Section(List.of(text("S")), Optional.empty(), List.of(), List.of()),
        s -> new Section(List.of(text("S")), Optional.empty(), List.of(), List.of(s)));
  }

  private static String path(String start, String step, int steps) {
    return start + step.repeat(steps);
  }

  @Test
  void quotationsUpToTheLimitAreFine() {
    assertThat(problems(withParagraph(quotations(32)))).isEmpty();
  }

  @Test
  void quotationsPastTheLimit() {
    assertThat(problems(withParagraph(quotations(33))))
        .containsExactly(error(path("body[0].content[0]", ".content[0]", 32), "quotations nest"
            + " 33 deep; the limit is 32 (Limits.maxQuotationDepth): flatten them or raise the"
            + " limit (what is inside was not checked)"));
  }

  @Test
  void aConfiguredLimit() {
    Validator validator = Validator.create(Limits.defaults().withMaxQuotationDepth(2));

    assertThat(validator.validate(withParagraph(quotations(3))))
        .containsExactly(error("body[0].content[0].content[0].content[0]", "quotations nest 3"
            + " deep; the limit is 2 (Limits.maxQuotationDepth): flatten them or raise the limit"
            + " (what is inside was not checked)"));
  }

  @Test
  void sectionsPastTheLimit() {
    assertThat(problems(Statement.builder("T").section(sections(6)).build())).isEmpty();
    assertThat(problems(Statement.builder("T").section(sections(7)).build()))
        .containsExactly(error(path("sections[0]", ".subsections[0]", 6), "sections nest 7 deep;"
            + " the limit is 6 (Limits.maxSectionDepth): flatten them or raise the limit (what is"
            + " inside was not checked)"));
  }

  @Test
  void anEmbeddedStatementStartsItsOwnOutline() {
    Section deepest =
        new Section(List.of(text("S")), Optional.empty(),
            List.of(new Block.EmbeddedStatement(
                Statement.builder("E").section(sections(6)).build(), Optional.empty())),
            List.of());
    Section outer = nest(5, deepest,
        s -> new Section(List.of(text("S")), Optional.empty(), List.of(), List.of(s)));

    assertThat(problems(Statement.builder("T").section(outer).build())).isEmpty();
  }

  @Test
  void listsPastTheLimit() {
    assertThat(problems(withBody(lists(32)))).isEmpty();
    assertThat(problems(withBody(lists(33))))
        .containsExactly(error(path("body[0]", ".items[0].blocks[0]", 32), "lists nest 33 deep;"
            + " the limit is 32 (Limits.maxListDepth): flatten them or raise the limit (what is"
            + " inside was not checked)"));
  }

  @Test
  void blockQuotationsPastTheLimit() {
    assertThat(problems(withBody(blockQuotations(32)))).isEmpty();
    assertThat(problems(withBody(blockQuotations(33))))
        .containsExactly(error(path("body[0]", ".blocks[0]", 32), "block quotations and embedded"
            + " statements nest 33 deep; the limit is 32 (Limits.maxNestingDepth): flatten them"
            + " or raise the limit (what is inside was not checked)"));
  }

  @Test
  void embeddedStatementsCountWithBlockQuotations() {
    Block mixed = new Block.BlockQuotation(List.of(embeddedStatements(32)), Optional.empty());

    assertThat(problems(withBody(mixed)))
        .containsExactly(error(path("body[0].blocks[0]", ".statement.body[0]", 31),
            "block quotations and embedded statements nest 33 deep; the limit is 32"
                + " (Limits.maxNestingDepth): flatten them or raise the limit (what is inside was"
                + " not checked)"));
  }

  @Test
  void inlineMarkupPastTheLimit() {
    assertThat(problems(withParagraph(emphases(32)))).isEmpty();
    assertThat(problems(withParagraph(emphases(33))))
        .containsExactly(error(path("body[0].content[0]", ".content[0]", 32), "emphasis, strong"
            + " text and links nest 33 deep; the limit is 32 (Limits.maxNestingDepth): flatten"
            + " them or raise the limit (what is inside was not checked)"));
  }

  @Test
  void textLongerThanTheLimit() {
    Validator validator = Validator.create(Limits.defaults().withMaxTextLength(10));

    assertThat(validator.validate(Statement.builder("12345678901").paragraph("1234567890")
            .paragraph("12345678901").build()))
        .containsExactly(
            error("title", "the title is 11 characters long; the limit is 10"
                + " (Limits.maxTextLength): shorten it or raise the limit"),
            error("body[1].content[0].text", "the text is 11 characters long; the limit is 10"
                + " (Limits.maxTextLength): shorten it or raise the limit"));
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> Limits.defaults().withMaxQuotationDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Limits.maxQuotationDepth must be at least 1, got 0");
    assertThatThrownBy(() -> Limits.defaults().withMaxDocumentLength(-5))
        .hasMessage("Limits.maxDocumentLength must be at least 1, got -5");
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        arguments("quotations", withParagraph(quotations(HOSTILE)),
            List.of("quotations nest 33 deep; the limit is 32 (Limits.maxQuotationDepth)")),
        arguments("block quotations", withBody(blockQuotations(HOSTILE)),
            List.of("block quotations and embedded statements nest 33 deep")),
        arguments("embedded statements", withBody(embeddedStatements(HOSTILE)),
            List.of("block quotations and embedded statements nest 33 deep")),
        arguments("lists", withBody(lists(HOSTILE)), List.of("lists nest 33 deep")),
        arguments("markup and sections",
            Statement.builder("T").paragraph(emphases(HOSTILE)).section(sections(HOSTILE))
                .build(),
            List.of("emphasis, strong text and links nest 33 deep", "sections nest 7 deep")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void hostileNestingGivesOneProblemPerChain(String name, Statement s, List<String> expected) {
    List<Problem> problems = assertTimeoutPreemptively(GENEROUS, () -> problems(s));

    assertThat(problems).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(problems.get(i).message()).startsWith(expected.get(i));
    }
  }

  /** Even with every limit lifted, the walk has no recursion to overflow. */
  @Test
  void withoutLimitsHostileNestingIsWalkedToTheBottom() {
    Validator validator = Validator.create(UNLIMITED);
    Statement s =
        Statement.builder("T")
            .paragraph(quotations(HOSTILE), emphases(HOSTILE))
            .block(blockQuotations(HOSTILE))
            .block(lists(HOSTILE))
            .block(embeddedStatements(HOSTILE / 10))
            .section(sections(HOSTILE))
            .build();

    assertThat(assertTimeoutPreemptively(GENEROUS, () -> validator.validate(s))).isEmpty();
  }

  @Test
  void aProblemAtTheBottomOfHostileNestingHasItsFullPath() {
    Inline deep = ValidatorLimitsTest.<Inline>nest(HOSTILE, text("a\u0007"),
        q -> new Inline.Quotation(List.of(q), QuoteKind.SPEECH, Optional.empty()));

    List<Problem> problems =
        assertTimeoutPreemptively(GENEROUS,
            () -> Validator.create(UNLIMITED).validate(withParagraph(deep)));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo(path("body[0].content[0]", ".content[0]", HOSTILE)
          + ".text");
      assertThat(p.message()).isEqualTo("the text contains the control character U+0007 at character 2; remove it");
    });
  }
}
