package io.github.communique.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.Statement;
import io.github.communique.model.Traversal;
import io.github.communique.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The samples read, are written in the writer's own layout, and hold what the other modules' tests
 * rely on. Run with {@code -Dgolden.update=true} to rewrite the samples in the writer's layout
 * after changing the writer.
 */
class SamplesTest {
  private static final StatementJson JSON = StatementJson.create();

  static Iterable<String> samples() {
    return Samples.names();
  }

  @Test
  void theThreeSamplesAreThere() {
    assertThat(Samples.names())
        .contains(Samples.GREEN_ALLIANCE, Samples.KYIV_APPEAL, Samples.MINIMAL);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sampleIsInTheWritersLayout(String name) throws IOException {
    Statement statement = Samples.load(name);
    String written = JSON.write(statement);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Samples.path(name), written);
    }
    assertThat(written).isEqualTo(Samples.text(name));
    assertThat(JSON.read(written, name)).isEqualTo(statement);
  }

  @Test
  void greenAllianceIsATwoPageStatementWithEveryKindOfNode() {
    Statement s = Samples.load(Samples.GREEN_ALLIANCE);
    assertThat(words(s)).isGreaterThanOrEqualTo(900);
    assertThat(s.label()).isPresent();
    assertThat(s.standfirst()).isNotEmpty();
    assertThat(s.issuers()).anySatisfy(p -> assertThat(p.role()).isPresent());
    assertThat(s.authors()).isNotEmpty();
    assertThat(s.date().orElseThrow().zone()).isPresent();
    assertThat(s.place()).isPresent();
    assertThat(s.keywords()).isNotEmpty();
    assertThat(s.id()).isPresent();
    assertThat(s.url()).isPresent();
    assertThat(s.embargo()).isPresent();
    assertThat(s.contacts()).isNotEmpty();
    assertThat(s.notes()).isNotEmpty();
    assertThat(s.notesToEditors()).isNotEmpty();
    assertThat(s.sections()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(s.sections()).anySatisfy(section -> assertThat(section.subsections()).isNotEmpty());

    Set<Class<?>> blocks =
        Traversal.blocks(s).stream().map(Object::getClass).collect(Collectors.toSet());
    assertThat(blocks).containsAll(Set.of(Block.class.getPermittedSubclasses()));
    Set<Class<?>> inlines =
        Traversal.inlines(s).stream().map(Object::getClass).collect(Collectors.toSet());
    assertThat(inlines).containsAll(Set.of(Inline.class.getPermittedSubclasses()));

    assertThat(Traversal.quotations(s))
        .extracting(Inline.Quotation::kind)
        .contains(QuoteKind.SPEECH, QuoteKind.SCARE, QuoteKind.MENTION);
    assertThat(Traversal.quotations(s))
        .anySatisfy(q -> assertThat(q.attribution()).isPresent())
        .anySatisfy(q -> assertThat(q.attribution()).isEmpty())
        .anySatisfy(q -> assertThat(q.content()).hasAtLeastOneElementOfType(Inline.Quotation.class));
    assertThat(Traversal.blockQuotations(s))
        .anySatisfy(
            q -> {
              var a = q.attribution().orElseThrow();
              assertThat(a.speaker().orElseThrow().role()).isPresent();
              assertThat(a.speaker().orElseThrow().affiliation()).isPresent();
              var source = a.source().orElseThrow();
              assertThat(source.title()).isPresent();
              assertThat(source.medium()).isPresent();
              assertThat(source.url()).isPresent();
              assertThat(source.date()).isPresent();
              assertThat(a.context()).isPresent();
            });
    Statement embedded = embedded(s);
    assertThat(embedded.issuers()).isNotEmpty();
    assertThat(embedded.date()).isPresent();
    assertThat(embedded.place()).isPresent();
    assertThat(embedded.body()).isNotEmpty();
  }

  @Test
  void kyivAppealIsInUkrainianWithAnEmbeddedStatementInAnotherLanguage() {
    Statement s = Samples.load(Samples.KYIV_APPEAL);
    assertThat(s.language()).isEqualTo("uk");
    assertThat(s.title()).containsPattern("\\p{IsCyrillic}{5}");
    assertThat(Traversal.blockQuotations(s)).isNotEmpty();
    assertThat(Traversal.quotations(s))
        .anySatisfy(q -> assertThat(q.content()).hasAtLeastOneElementOfType(Inline.Quotation.class));
    assertThat(embedded(s).language()).isNotEqualTo("uk");
  }

  @Test
  void minimalHasOnlyATitleAndOneParagraph() {
    Statement s = Samples.load(Samples.MINIMAL);
    assertThat(s).isEqualTo(Statement.builder(s.title()).paragraph(
        ((Inline.Text) ((Block.Paragraph) s.body().get(0)).content().get(0)).text()).build());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void samplesHoldNoControlCharactersAndOnlyWebLinks(String name) {
    assertThat(Samples.text(name)).doesNotContainPattern("[\\p{Cc}&&[^\\n]]");
    assertThat(Traversal.links(Samples.load(name)))
        .allSatisfy(link -> assertThat(link.target()).matches("(https?|mailto|tel):.+"));
  }

  private static Statement embedded(Statement s) {
    return Traversal.blocks(s).stream()
        .filter(Block.EmbeddedStatement.class::isInstance)
        .map(b -> ((Block.EmbeddedStatement) b).statement())
        .findFirst()
        .orElseThrow();
  }

  private static long words(Statement s) {
    return Traversal.inlines(s).stream()
        .filter(Inline.Text.class::isInstance)
        .mapToLong(t -> ((Inline.Text) t).text().split("\\s+").length)
        .sum();
  }
}
