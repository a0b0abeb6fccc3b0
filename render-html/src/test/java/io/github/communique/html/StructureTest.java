package io.github.communique.html;

import static io.github.communique.model.Blocks.blockQuote;
import static io.github.communique.model.Blocks.embedded;
import static io.github.communique.model.Blocks.paragraph;
import static io.github.communique.model.Inlines.link;
import static io.github.communique.model.Inlines.noteRef;
import static io.github.communique.model.Inlines.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.ListItem;
import io.github.communique.model.Party;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The semantic structure of the page: header, outline, sections, notes, quotations, parts. */
class StructureTest {

  private static Document fragment(Statement s) {
    return Jsoup.parse(Fixtures.fragment(s));
  }

  @Test
  void theHeaderHoldsLabelTitleStandfirstBylineAndDateline() {
    Element header = fragment(Fixtures.greenAlliance()).selectFirst("article.statement > header");
    assertThat(header.children().stream().map(e -> e.tagName() + "." + e.className()))
        .containsExactly("p.embargo", "p.label", "h1.", "p.standfirst", "p.byline", "p.authors",
            "p.dateline", "p.reference");
    assertThat(header.selectFirst("h1").text())
        .isEqualTo("Green Alliance calls for a public inquiry into the Eastport closure");
    assertThat(header.selectFirst(".dateline time").attr("datetime"))
        .isEqualTo("2026-11-25T09:30+01:00");
    assertThat(header.selectFirst(".embargo time").attr("datetime"))
        .isEqualTo("2026-11-25T00:01+01:00");
    assertThat(header.selectFirst(".embargo").text()).isEqualTo(
        "EMBARGOED: not for publication before November 25, 2026, 12:01 AM (Europe/Brussels)");
  }

  @Test
  void headingsFollowTheOutlineIntoEmbeddedStatements() {
    Document doc = fragment(Fixtures.greenAlliance());
    List<Integer> levels = Outline.levels(doc);
    assertThat(levels).containsExactly(1, 2, 3, 4, 4, 3, 2, 2, 2, 2);
    assertThat(doc.selectFirst("article.embedded-statement h3").text())
        .isEqualTo("Workers will not pay for the closure");
  }

  @Test
  void sectionsDeeperThanH6KeepTheirLevelInAriaLevel() {
    Document doc = fragment(StructureTestStatements.deepSections());
    assertThat(Outline.levels(doc)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(doc.select("h6[aria-level]").eachAttr("aria-level")).containsExactly("7", "8");
  }

  @Test
  void theTitleLevelCanStartLowerForAHostPage() {
    HtmlRenderer renderer = HtmlRenderer.builder().titleLevel(2).build();
    Document doc = Jsoup.parse(Fixtures.render(renderer, Fixtures.greenAlliance(),
        io.github.communique.render.RenderOptions.builder().fragment(true).build()));
    assertThat(Outline.levels(doc).get(0)).isEqualTo(2);
    assertThat(Outline.inOrder(Outline.levels(doc))).isTrue();
  }

  @Test
  void sectionsCarryTheCoreAnchors() {
    Document doc = fragment(Fixtures.greenAlliance());
    assertThat(doc.select("section[id]").eachAttr("id")).containsExactly(
        "background", "our-demands", "what-the-board-said", "what-we-are-asking-for");
  }

  @Test
  void repeatedOrSpacedAnchorsOfAnInvalidStatementStillGiveValidUniqueIds() {
    Statement s = Statement.builder("T")
        .section("A", a -> a.anchor("same"))
        .section("B", b -> b.anchor("same"))
        .section("C", c -> c.anchor("has space"))
        .build();
    assertThat(fragment(s).select("section").eachAttr("id"))
        .containsExactly("same", "same-2", "has-space");
  }

  @Test
  void noteReferencesAndNotesLinkBothWays() {
    Document doc = fragment(Fixtures.greenAlliance());
    assertThat(doc.select("a[role=doc-noteref]").eachAttr("href"))
        .containsExactly("#note-1", "#note-1", "#s1-note-1", "#note-2");
    assertThat(doc.select("a[role=doc-noteref]").eachAttr("id"))
        .containsExactly("note-ref-1", "note-ref-1-2", "s1-note-ref-1", "note-ref-2");
    assertThat(doc.select("section.notes > ol > li").eachAttr("id"))
        .containsExactly("s1-note-1", "note-1", "note-2");
    assertThat(doc.select("#note-1 a.backlink").eachAttr("href"))
        .containsExactly("#note-ref-1", "#note-ref-1-2");
    assertEveryFragmentLinkResolves(doc);
  }

  @Test
  void notesAreNumberedByFirstReferenceAndUnreferencedOnesFollow() {
    Statement s = Statement.builder("T")
        .paragraph(text("b"), noteRef("b"), text(" a"), noteRef("a"))
        .note("a", "Note a.").note("unused", "Never referenced.").note("b", "Note b.")
        .build();
    Document doc = fragment(s);
    assertThat(doc.select("section.notes li").eachText())
        .containsExactly("Note b. ↩︎", "Note a. ↩︎", "Never referenced.");
    assertThat(doc.select("section.notes li").get(2).select("a")).isEmpty();
  }

  @Test
  void referencesInNotesAndNotesToEditorsNumberTheNotesTheyReach() {
    Statement s = Statement.builder("T")
        .paragraph(text("x"), noteRef("c"))
        .note("a", paragraph(text("A, see"), noteRef("b")))
        .note("b", "B.")
        .note("c", paragraph(text("C, see"), noteRef("a")))
        .note("d", "D, never referenced.")
        .note("e", "E.")
        .noteToEditors(paragraph(text("Editors, see"), noteRef("e")))
        .build();
    Document doc = fragment(s);
    // Reading order: the body (c), then the notes as declared (a cites b, c cites a), then the
    // notes to editors (e); the unreferenced note last.
    assertThat(doc.select("section.notes li").eachText()).map(t -> t.substring(0, 1))
        .containsExactly("C", "B", "A", "E", "D");
    assertThat(doc.select("a[role=doc-noteref]").eachText()).containsExactly("1", "3", "2", "4");
  }

  @Test
  void aRepairedAnchorStillAvoidsTheDerivedIds() {
    Statement s = Statement.builder("T")
        .section("A", a -> a.anchor("has space"))
        .section("Has space", b -> {})
        .section("C", c -> c.anchor(" c "))
        .build();
    assertThat(fragment(s).select("section").eachAttr("id"))
        .containsExactly("has-space", "has-space-2", "c");
  }

  @Test
  void noteIdsAvoidASectionAnchorThatLooksLikeThem() {
    Statement s = Statement.builder("T")
        .paragraph(text("x"), noteRef("n"))
        .section("Notes", n -> n.anchor("note-1"))
        .note("n", "N.").build();
    Document doc = fragment(s);
    assertThat(doc.select("section.notes li").attr("id")).isEqualTo("fn-1");
    assertEveryFragmentLinkResolves(doc);
  }

  @Test
  void aNoteReferenceInsideALinkIsNotALinkInALink() {
    Statement s = Statement.builder("T")
        .paragraph(link("https://example.org", text("see"), noteRef("n")))
        .note("n", "N.").build();
    Document doc = fragment(s);
    assertThat(doc.select("a a")).isEmpty();
    assertThat(doc.select("sup#note-ref-1").text()).isEqualTo("1");
    assertEveryFragmentLinkResolves(doc);
  }

  @Test
  void anUnknownNoteReferenceStaysVisible() {
    Document doc = fragment(Statement.builder("T").paragraph(text("x"), noteRef("nope")).build());
    assertThat(doc.selectFirst("sup.note-ref").text()).isEqualTo("[nope]");
  }

  @Test
  void blockQuotationsAreFiguresWithTheAttributionInTheCaption() {
    Element figure = fragment(Fixtures.greenAlliance()).selectFirst("figure.quotation");
    assertThat(figure.selectFirst("blockquote").attr("cite"))
        .isEqualTo("https://radio-north.example/morning-briefing/2026-11-24");
    Element caption = figure.selectFirst("figcaption");
    assertThat(caption.text()).isEqualTo("— Maria Keller, party chair, Green Alliance, "
        + "Morning Briefing, Radio North, November 24, 2026, in an unscheduled street interview");
    assertThat(caption.select("cite").eachText()).containsExactly("Morning Briefing");
    assertThat(caption.selectFirst("time").attr("datetime")).isEqualTo("2026-11-24");
  }

  @Test
  void citeNeverHoldsAPerson() {
    Attribution onlySpeaker = Attribution.of(Party.person("Maria Keller"));
    Attribution sourceWithoutTitle = new Attribution(Optional.of(Party.person("A")),
        Optional.of(new Source(Optional.empty(), Optional.of("television"), Optional.empty(),
            Optional.of(LocalDate.of(2026, 1, 2)))), Optional.empty());
    Document doc = fragment(Statement.builder("T")
        .block(blockQuote(onlySpeaker, paragraph("x")))
        .block(blockQuote(sourceWithoutTitle, paragraph("y"))).build());
    assertThat(doc.select("cite")).isEmpty();
    assertThat(doc.select("figcaption").eachText())
        .containsExactly("— Maria Keller", "— A, television, January 2, 2026");
  }

  @Test
  void aBlockQuotationWithoutAttributionIsAPlainBlockquote() {
    Document doc = fragment(Statement.builder("T").block(blockQuote(paragraph("x"))).build());
    assertThat(doc.select("figure")).isEmpty();
    assertThat(doc.select("article > blockquote > p").text()).isEqualTo("x");
  }

  @Test
  void anEmbeddedStatementIsANestedArticleWithItsOwnHeaderAndDelivery() {
    Element inner = fragment(Fixtures.greenAlliance()).selectFirst("article.embedded-statement");
    assertThat(inner.parent().tagName()).isEqualTo("section");
    Element header = inner.selectFirst("header");
    assertThat(header.selectFirst(".delivery").text())
        .isEqualTo("Read out at the factory gates on 23 November");
    assertThat(header.selectFirst(".label").text()).isEqualTo("Joint statement");
    assertThat(header.selectFirst(".byline").text())
        .isEqualTo("Metalworkers’ Union North · Transport Workers’ Federation");
    assertThat(inner.hasAttr("lang")).isFalse();
  }

  @Test
  void anEmbeddedStatementInAnotherLanguageSaysSoAndItsDeliveryKeepsTheOuterOne() {
    Document doc = fragment(Fixtures.kyivAppeal());
    assertThat(doc.selectFirst("article.statement").attr("lang")).isEqualTo("uk");
    Element inner = doc.selectFirst("article.embedded-statement");
    assertThat(inner.attr("lang")).isEqualTo("ru");
    assertThat(inner.selectFirst(".delivery").attr("lang")).isEqualTo("uk");
  }

  @Test
  void anEmbeddedStatementsTitleLinksToItsAddress() {
    Statement inner = Statement.builder("Inner").url("https://example.org/inner").build();
    Document doc = fragment(Statement.builder("T").block(embedded(inner, "Sent")).build());
    assertThat(doc.selectFirst("article.embedded-statement h2 a").attr("href"))
        .isEqualTo("https://example.org/inner");
  }

  @Test
  void notesToEditorsAndContactsFollowTheBodyUnderTheirOwnHeadings() {
    Document doc = fragment(Fixtures.greenAlliance());
    List<String> parts = doc.select("article.statement > section:not([id])").eachAttr("class");
    assertThat(parts).containsExactly("notes", "notes-to-editors", "contacts");
    Element contacts = doc.selectFirst("section.contacts");
    assertThat(contacts.selectFirst("h2").text()).isEqualTo("Media contacts");
    assertThat(contacts.select("address a").eachAttr("href")).containsExactly(
        "mailto:press@green-alliance.example", "tel:+3225550101", "tel:+32470550102");
    assertThat(doc.selectFirst("section.notes-to-editors h2").text())
        .isEqualTo("Notes to editors");
  }

  @Test
  void theWordsThePageAddsAreInTheStatementsLanguage() {
    Statement s = Statement.builder("T").language("de")
        .embargo(java.time.ZonedDateTime.parse("2026-11-25T00:01+01:00[Europe/Berlin]"))
        .noteToEditors("x").build();
    Document doc = fragment(s);
    assertThat(doc.selectFirst(".embargo").text()).startsWith("SPERRFRIST: Veröffentlichung nicht vor dem 25. November 2026");
    assertThat(doc.selectFirst(".notes-to-editors h2").text())
        .isEqualTo("Hinweise für Redaktionen");
  }

  @Test
  void listsKeepTheirStartAndTightItemsHaveNoParagraph() {
    Statement s = Statement.builder("T")
        .block(new Block.OrderedList(3, List.of(
            new ListItem(List.of(paragraph("three"))),
            new ListItem(List.of(paragraph("four"), paragraph("more"))))))
        .build();
    Element ol = fragment(s).selectFirst("ol");
    assertThat(ol.attr("start")).isEqualTo("3");
    assertThat(ol.child(0).children()).isEmpty();
    assertThat(ol.child(1).select("> p")).hasSize(2);
  }

  @Test
  void aLinkInsideALinkKeepsOnlyItsWords() {
    Document doc = fragment(Statement.builder("T").paragraph(
        link("https://a.example", text("outer "), link("https://b.example", "inner"))).build());
    assertThat(doc.select("a")).hasSize(1);
    assertThat(doc.selectFirst("a").text()).isEqualTo("outer inner");
  }

  @Test
  void everyIdOfTheSampleIsUnique() {
    Document doc = Jsoup.parse(Fixtures.page(Fixtures.greenAlliance()));
    List<String> ids = doc.select("[id]").eachAttr("id");
    assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
  }

  private static void assertEveryFragmentLinkResolves(Document doc) {
    Set<String> ids = new HashSet<>(doc.select("[id]").eachAttr("id"));
    List<String> broken = new ArrayList<>();
    for (String href : doc.select("a[href^=#]").eachAttr("href")) {
      if (!ids.contains(href.substring(1))) {
        broken.add(href);
      }
    }
    assertThat(broken).isEmpty();
  }
}
