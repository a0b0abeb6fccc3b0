package io.github.communique.model;

import static io.github.communique.model.Blocks.blockQuote;
import static io.github.communique.model.Blocks.bullets;
import static io.github.communique.model.Blocks.embedded;
import static io.github.communique.model.Blocks.paragraph;
import static io.github.communique.model.Inlines.emphasis;
import static io.github.communique.model.Inlines.lineBreak;
import static io.github.communique.model.Inlines.link;
import static io.github.communique.model.Inlines.noteRef;
import static io.github.communique.model.Inlines.scare;
import static io.github.communique.model.Inlines.speech;
import static io.github.communique.model.Inlines.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Walking a statement in reading order. */
class TraversalTest {
  private static final Party KELLER = Party.person("Maria Keller", "chair", "Green Alliance");
  private static final Party UNION = Party.organisation("Rail Union");

  private static final Statement EMBEDDED =
      Statement.builder("Union statement")
          .issuer(UNION)
          .paragraph(text("We say "), speech(UNION, "enough"), text("."))
          .note("u1", "The union's own note.")
          .build();

  private static final Statement STATEMENT =
      Statement.builder("Green Alliance calls for an inquiry")
          .standfirst(text("A "), scare("review"), text(" is not enough."))
          .paragraph(
              text("Keller said "),
              speech(Attribution.of(KELLER), text("they called it "), scare("progress")),
              noteRef("b"),
              text("."))
          .block(blockQuote(Attribution.of(KELLER), paragraph("We will not wait.")))
          .block(embedded(EMBEDDED, "read out at the gates"))
          .section(
              "Background",
              s ->
                  s.paragraph(link("https://example.org/report", "the report"), noteRef("a"))
                      .subsection("Sources", sub -> sub.block(bullets("one", "two"))))
          .section("Contacts", s -> s.paragraph(link("mailto:press@example.org", "Press")))
          .note("a", "Note a.")
          .note("b", paragraph(link("https://example.org/b", "Note b.")))
          .note("c", "Never referenced.")
          .noteToEditors("About the Green Alliance.")
          .build();

  @Test
  void sectionsInReadingOrderIncludingSubsectionsAndEmbeddedStatements() {
    Statement withEmbeddedSection =
        Statement.builder("T")
            .block(embedded(Statement.builder("E").section("Inner", s -> {}).build(), "sent"))
            .section("Outer", s -> s.subsection("Sub", sub -> {}))
            .build();

    assertThat(Traversal.sections(withEmbeddedSection))
        .extracting(s -> Traversal.plainText(s.heading()))
        .containsExactly("Inner", "Outer", "Sub");
  }

  @Test
  void aWalkReportsTheSectionsInTheirOrderAmongTheBlocks() {
    Statement statement =
        Statement.builder("T")
            .paragraph("Body.")
            .block(embedded(Statement.builder("E").section("Inner", s -> s.paragraph("I."))
                .build(), "sent"))
            .section("Outer", s -> s.paragraph("O.").subsection("Sub", sub -> {}))
            .build();
    List<String> events = new ArrayList<>();
    Traversal.walk(statement, s -> events.add("section " + Traversal.plainText(s.heading())),
        b -> events.add(b.getClass().getSimpleName()), i -> {});

    assertThat(events).containsExactly("Paragraph", "EmbeddedStatement", "section Inner",
        "Paragraph", "section Outer", "Paragraph", "section Sub");
  }

  @Test
  void blocksInReadingOrderNestedAfterTheirParent() {
    assertThat(Traversal.blocks(STATEMENT))
        .extracting(b -> b.getClass().getSimpleName())
        .containsExactly(
            "Paragraph", // body
            "BlockQuotation", "Paragraph",
            "EmbeddedStatement", "Paragraph", "Paragraph", // its body, then its note
            "Paragraph", "BulletList", "Paragraph", "Paragraph", // sections
            "Paragraph", // Contacts
            "Paragraph", "Paragraph", "Paragraph", // notes a, b, c
            "Paragraph"); // notes to editors
  }

  @Test
  void quotationsInReadingOrderWithTheirSpeakers() {
    List<Inline.Quotation> quotations = Traversal.quotations(STATEMENT);

    assertThat(quotations)
        .extracting(q -> Traversal.plainText(q.content()))
        .containsExactly("review", "they called it progress", "progress", "enough");
    assertThat(quotations)
        .extracting(q -> q.attribution().flatMap(Attribution::speaker).map(Party::name))
        .containsExactly(
            Optional.empty(), Optional.of("Maria Keller"), Optional.empty(),
            Optional.of("Rail Union"));
    assertThat(quotations).extracting(Inline.Quotation::kind)
        .containsExactly(QuoteKind.SCARE, QuoteKind.SPEECH, QuoteKind.SCARE, QuoteKind.SPEECH);
  }

  @Test
  void aWalkOfQuotationsReportsTheSameSectionsBlocksAndQuotationsAsTheFullWalk() {
    List<Object> full = new ArrayList<>();
    Traversal.walk(STATEMENT, full::add, full::add, i -> {
      if (i instanceof Inline.Quotation) {
        full.add(i);
      }
    });
    List<Object> quotationsOnly = new ArrayList<>();
    Traversal.walkQuotations(STATEMENT, quotationsOnly::add, quotationsOnly::add,
        quotationsOnly::add);

    assertThat(quotationsOnly).isEqualTo(full).hasSize(22);
  }

  @Test
  void aWalkOfQuotationsFindsThemInsideMarkupHeadingsNotesAndEmbeddedStatements() {
    Statement statement =
        Statement.builder("T")
            .paragraph(text("No quotation here, "), emphasis("only markup"), text("."))
            .paragraph(link("https://example.org", emphasis(text("a "), scare("link")))) // 1
            .block(embedded(Statement.builder("E")
                .paragraph(emphasis(speech(Attribution.of(UNION), text("said "), scare("this"))))
                .build(), "sent")) // 2, 3
            .section(new Section(List.of(text("The "), scare("heading")), Optional.empty(), List.of(),
                List.of())) // 4
            .note("n", paragraph(text("See "), speech("that"))) // 5
            .build();
    List<Inline.Quotation> quotations = new ArrayList<>();
    Traversal.walkQuotations(statement, s -> {}, b -> {}, quotations::add);

    assertThat(quotations)
        .extracting(q -> Traversal.plainText(q.content()))
        .containsExactly("link", "said this", "this", "heading", "that");
    assertThat(quotations).isEqualTo(Traversal.quotations(statement));
  }

  @Test
  void blockQuotationsAndLinks() {
    assertThat(Traversal.blockQuotations(STATEMENT)).hasSize(1);
    assertThat(Traversal.links(STATEMENT))
        .extracting(Inline.Link::target)
        .containsExactly(
            "https://example.org/report", "mailto:press@example.org", "https://example.org/b");
  }

  @Test
  void notesAreOrderedByFirstReferenceThenDeclaration() {
    assertThat(Traversal.noteOrder(STATEMENT)).extracting(Note::id).containsExactly("b", "a", "c");
  }

  @Test
  void anEmbeddedStatementsNotesAreItsOwn() {
    assertThat(Traversal.noteOrder(EMBEDDED)).extracting(Note::id).containsExactly("u1");
  }

  @Test
  void referencesInsideNotesCountInReadingOrder() {
    Statement s =
        Statement.builder("T")
            .paragraph(noteRef("1"))
            .note("1", paragraph(text("See also"), noteRef("2")))
            .note("3", "Unreferenced.")
            .note("2", "Second.")
            .build();

    assertThat(Traversal.noteOrder(s)).extracting(Note::id).containsExactly("1", "2", "3");
  }

  @Test
  void plainTextDropsMarkupAndQuotationMarksAndBreaksLinesWithSpaces() {
    List<Inline> content =
        List.of(text("Say "), speech(emphasis("no")), lineBreak(), link("/x", "here"),
            noteRef("1"));

    assertThat(Traversal.plainText(content)).isEqualTo("Say no here");
  }
}
