package io.github.communique.model;

import static io.github.communique.model.Inlines.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model is immutable and null-free: lists are copied in, and nulls are refused. */
class DefensiveCopyTest {

  @Test
  void mutatingAListPassedInDoesNotChangeTheRecord() {
    List<Inline> content = new ArrayList<>(List.of(text("one")));
    Block.Paragraph paragraph = new Block.Paragraph(content);
    content.add(text("two"));
    content.set(0, text("changed"));

    assertThat(paragraph.content()).containsExactly(text("one"));
  }

  @Test
  void everyListOfEveryRecordIsCopied() {
    List<Block> blocks = new ArrayList<>(List.of(Blocks.paragraph("a")));
    List<Inline> inlines = new ArrayList<>(List.of(text("a")));
    List<Section> subsections = new ArrayList<>();
    List<ListItem> items = new ArrayList<>(List.of(Blocks.item("a")));

    Section section = new Section(inlines, Optional.empty(), blocks, subsections);
    Block.BlockQuotation quotation = new Block.BlockQuotation(blocks, Optional.empty());
    Block.BulletList bullets = new Block.BulletList(items);
    Block.OrderedList numbered = new Block.OrderedList(3, items);
    ListItem item = new ListItem(blocks);
    Note note = new Note("1", blocks);
    Inline.Emphasis emphasis = new Inline.Emphasis(inlines);
    Inline.Strong strong = new Inline.Strong(inlines);
    Inline.Link link = new Inline.Link("https://example.org/", inlines);
    Inline.Quotation quote = new Inline.Quotation(inlines, QuoteKind.SPEECH, Optional.empty());

    blocks.clear();
    inlines.clear();
    subsections.add(section);
    items.clear();

    assertThat(section.heading()).hasSize(1);
    assertThat(section.blocks()).hasSize(1);
    assertThat(section.subsections()).isEmpty();
    assertThat(quotation.blocks()).hasSize(1);
    assertThat(bullets.items()).hasSize(1);
    assertThat(numbered.items()).hasSize(1);
    assertThat(item.blocks()).hasSize(1);
    assertThat(note.blocks()).hasSize(1);
    assertThat(emphasis.content()).hasSize(1);
    assertThat(strong.content()).hasSize(1);
    assertThat(link.content()).hasSize(1);
    assertThat(quote.content()).hasSize(1);
  }

  @Test
  void aStatementCopiesItsLists() {
    List<Party> issuers = new ArrayList<>(List.of(Party.organisation("Green Alliance")));
    List<String> keywords = new ArrayList<>(List.of("transport"));
    List<Block> body = new ArrayList<>(List.of(Blocks.paragraph("Text.")));
    Statement statement =
        new Statement("Title", List.of(), Optional.empty(), issuers, List.of(), Optional.empty(),
            Optional.empty(), "en", keywords, Optional.empty(), Optional.empty(), Optional.empty(),
            List.of(), body, List.of(), List.of(), List.of());

    issuers.clear();
    keywords.add("rail");
    body.clear();

    assertThat(statement.issuers()).containsExactly(Party.organisation("Green Alliance"));
    assertThat(statement.keywords()).containsExactly("transport");
    assertThat(statement.body()).hasSize(1);
  }

  @Test
  void theListsARecordHandsOutCannotBeChanged() {
    Block.Paragraph paragraph = Blocks.paragraph("a");

    assertThatThrownBy(() -> paragraph.content().add(text("b")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Statement.builder("T").build().body().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> new Inline.Text(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Block.Paragraph(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Block.Paragraph(Arrays.asList(text("a"), null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Inline.Link(null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("target");
    assertThatThrownBy(() -> new Inline.Quotation(List.of(), null, Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
    assertThatThrownBy(() -> new Section(List.of(), null, List.of(), List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("anchor");
    assertThatThrownBy(() -> Party.person(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Note("1", Arrays.asList((Block) null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Statement.builder(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("title");
    assertThatThrownBy(() -> Statement.builder("T").language(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("language");
  }

  @Test
  void anOrderedListCannotStartBelowZero() {
    assertThatThrownBy(() -> new Block.OrderedList(-1, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start must not be negative: -1");
  }

  @Test
  void aZoneNeedsATime() {
    assertThatThrownBy(
            () ->
                new StatementDate(
                    java.time.LocalDate.of(2026, 11, 25),
                    Optional.empty(),
                    Optional.of(java.time.ZoneId.of("Europe/Brussels"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a zone needs a time: Europe/Brussels");
  }
}
