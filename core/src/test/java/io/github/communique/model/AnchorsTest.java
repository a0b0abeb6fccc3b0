package io.github.communique.model;

import static io.github.communique.model.Inlines.emphasis;
import static io.github.communique.model.Inlines.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Section anchors: derived from headings, unique in the page, explicit ones kept. */
class AnchorsTest {

  private static Section section(String heading) {
    return new Section(List.of(text(heading)), Optional.empty(), List.of(), List.of());
  }

  private static Section section(String heading, String anchor) {
    return new Section(List.of(text(heading)), Optional.of(anchor), List.of(), List.of());
  }

  private static List<String> ids(Statement statement) {
    Anchors anchors = Anchors.of(statement);
    return Traversal.sections(statement).stream().map(anchors::id).toList();
  }

  private static Statement withSections(Section... sections) {
    StatementBuilder b = Statement.builder("Title");
    for (Section s : sections) {
      b.section(s);
    }
    return b.build();
  }

  @Test
  void anAnchorIsDerivedFromTheHeading() {
    assertThat(ids(withSections(section("What happens next?"), section("  Q&A: the  report  "))))
        .containsExactly("what-happens-next", "q-a-the-report");
  }

  @Test
  void markupInTheHeadingIsReadAsItsText() {
    Section s =
        new Section(List.of(text("The "), emphasis("new"), text(" plan")), Optional.empty(),
            List.of(), List.of());

    assertThat(ids(withSections(s))).containsExactly("the-new-plan");
  }

  @Test
  void accentsAreDroppedAndOtherScriptsKept() {
    assertThat(ids(withSections(section("Député élu à Málaga"), section("Що далі"),
            section("Straße"), section("東京の声明"))))
        .containsExactly("depute-elu-a-malaga", "що-далі", "straße", "東京の声明");
  }

  @Test
  void theLatinShortcutDerivesTheSameIdsAsTheGeneralPath() {
    List<String> headings = new ArrayList<>(List.of("What happens next?", "  Q&A: the  report  ",
        "2. MIXED case, Digits 42!", "---", "", "word ".repeat(100), "X".repeat(70) + " tail",
        "Député élu à Málaga", "Łódź, Dvořák, Straße", "ŉ ĳ ſ µ ¼ ª ß İ Ÿ"));
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x180; c++) {
      headings.add("A" + c + "b " + c);
      every.append(c);
    }
    headings.add(every.toString());
    for (String heading : headings) {
      assertThat(Anchors.latinSlug(heading, new StringBuilder()))
          .as(heading)
          .isEqualTo(Anchors.normalisedSlug(heading, new StringBuilder()));
    }
  }

  @Test
  void aHeadingWithoutLettersGetsAGenericId() {
    assertThat(ids(withSections(section("!!!"), section("")))).containsExactly("section",
        "section-2");
  }

  @Test
  void aLongHeadingGivesABoundedId() {
    String id = ids(withSections(section("word ".repeat(100)))).get(0);

    assertThat(id).hasSizeLessThanOrEqualTo(64).startsWith("word-word-").doesNotEndWith("-");
  }

  @Test
  void repeatedHeadingsAreMadeUniqueWithSuffixes() {
    assertThat(ids(withSections(section("Background"), section("Background"),
            section("background"))))
        .containsExactly("background", "background-2", "background-3");
  }

  @Test
  void explicitAnchorsWinAndDerivedOnesAvoidThem() {
    assertThat(ids(withSections(section("Background"), section("Context", "background"),
            section("Background", "bg"))))
        .containsExactly("background-2", "background", "bg");
  }

  @Test
  void subsectionsAndEmbeddedStatementsShareTheIdSpace() {
    Statement embedded = withSections(section("Demands"), section("Background"));
    Section parent =
        new Section(List.of(text("Background")), Optional.empty(), List.of(),
            List.of(section("Demands")));
    Statement statement =
        Statement.builder("Title")
            .block(Blocks.embedded(embedded, "read out at the gates"))
            .section(parent)
            .build();

    assertThat(ids(statement))
        .containsExactly("demands", "background", "background-2", "demands-2");
  }

  @Test
  void theAnchorsListTheSectionsInReadingOrder() {
    Statement embedded = withSections(section("Demands"));
    Statement statement = Statement.builder("Title")
        .block(Blocks.embedded(embedded, "read out at the gates"))
        .section(section("Background"))
        .build();

    assertThat(Anchors.of(statement).sections())
        .containsExactlyElementsOf(Traversal.sections(statement));
  }

  @Test
  void anchorsOfTheSectionsAreTheStatementsAnchors() {
    Statement statement = withSections(section("Background"), section("Context", "background"),
        section("Background"));
    List<Section> sections = Traversal.sections(statement);
    Anchors fromList = Anchors.of(sections);

    assertThat(sections).extracting(fromList::id).containsExactlyElementsOf(ids(statement));
  }

  @Test
  void aSectionOfAnotherStatementHasNoId() {
    Anchors anchors = Anchors.of(withSections(section("A")));
    Section other = section("A");

    assertThatThrownBy(() -> anchors.id(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("section is not part of this statement: ");
  }
}
