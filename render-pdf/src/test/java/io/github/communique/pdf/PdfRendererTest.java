package io.github.communique.pdf;

import static io.github.communique.model.Blocks.blockQuote;
import static io.github.communique.model.Blocks.embedded;
import static io.github.communique.model.Blocks.paragraph;
import static io.github.communique.model.Inlines.emphasis;
import static io.github.communique.model.Inlines.noteRef;
import static io.github.communique.model.Inlines.speech;
import static io.github.communique.model.Inlines.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.Statement;
import io.github.communique.render.PaperSize;
import io.github.communique.render.RenderException;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Renderers;
import io.github.communique.validate.Limits;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.junit.jupiter.api.Test;

/** What a reader of the PDF sees: text in order, quotation marks, links, notes, pages. */
class PdfRendererTest {

  @Test
  void isFoundThroughTheServiceLoaderAsFormatPdf() {
    var renderer = Renderers.discover().require("pdf");
    assertThat(renderer).isInstanceOf(PdfRenderer.class);
    assertThat(renderer.mediaType()).isEqualTo("application/pdf");
    assertThat(renderer.fileExtension()).isEqualTo("pdf");
  }

  @Test
  void writesAPdfFile() {
    byte[] pdf = Pdfs.render(TestStatements.german());
    assertThat(new String(pdf, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.");
  }

  @Test
  void printsEveryParagraphInOrderWithTheLanguagesQuotationMarks() {
    String text = Pdfs.flatText(Pdfs.render(TestStatements.pressRelease()));
    assertThat(text)
        .containsSubsequence(
            "EMBARGOED UNTIL",
            "Green Alliance",
            "PARTY STATEMENT",
            "Green Alliance calls for a public inquiry into rail closures",
            "The party wants an independent inquiry into the closure of fourteen regional lines and"
                + " calls the minister's plan “a false economy”.",
            "Brussels",
            "Ref. PR-2026-114",
            "By Maria Keller, party chair, Green Alliance",
            "Party chair Maria Keller said “the minister told us ‘nothing will close’, and now"
                + " fourteen lines are gone”.",
            "The word “closure” appears twelve times in the ministry's Rail Plan 2030.",
            "Background",
            "The ministry published its plan in May. Fourteen lines, two hundred stations.",
            "We will not accept a plan that cuts off whole regions. People were told “the trains"
                + " will keep running”. They deserve the truth.",
            "— Maria Keller, party chair, Green Alliance, Radio North, Morning Briefing, November 3,"
                + " 2026, in an unscheduled street interview",
            "The lines affected",
            "• The Valley Line between Ashford and Brenton",
            "• The Coast Line, closed since the storms of 2025",
            "1. Publish the full cost figures.",
            "3. Hear the unions and the passenger groups.",
            "Page 1 of 2",
            "What the unions say",
            "JOINT DECLARATION",
            "Joint statement of the transport unions",
            "Read out at the gates of the Antwerp depot",
            "The so-called ‘efficiency plan’ has cost 400 jobs.",
            "NOTES",
            "Figures from the unions' own survey, October 2026.",
            "NOTES",
            "Ministry of Transport, Rail Plan 2030, table 4.",
            "NOTES TO EDITORS",
            "Green Alliance is a party of 40,000 members with 12 seats in parliament.",
            "MEDIA CONTACTS",
            "Press office",
            "press@greens.example.org",
            "Online: https://greens.example.org/press/2026/rail-inquiry",
            "Page 2 of 2");
  }

  @Test
  void nestsUkrainianAndGermanQuotationMarks() {
    assertThat(Pdfs.flatText(Pdfs.render(TestStatements.ukrainian())))
        .contains("Голова ініціативи заявила: «Ми не чекатимемо на „кращі часи“, ми діємо зараз».")
        .contains("Сторінка 1 з 1");
    assertThat(Pdfs.flatText(Pdfs.render(TestStatements.german())))
        .contains("Die Vorsitzende sagte: „Man hat uns ‚keine Schließungen‘ versprochen“.")
        .contains("Seite 1 von 1");
  }

  @Test
  void usesTheHouseQuoteStyleOfTheOptions() {
    RenderOptions british =
        RenderOptions.builder().quoteStyle(io.github.communique.model.QuoteStyle.BRITISH).build();
    assertThat(Pdfs.flatText(Pdfs.render(TestStatements.pressRelease(), british)))
        .contains("said ‘the minister told us “nothing will close”, and now fourteen lines are gone’.");
  }

  @Test
  void quotationsInsideAnEmbeddedStatementStartOneLevelDeepInItsLanguage() {
    Statement german =
        Statement.builder("Erklärung")
            .language("de")
            .paragraph(text("Sie sagte "), speech(text("wir "), speech("bleiben")), text("."))
            .build();
    Statement outer =
        Statement.builder("Statement")
            .paragraph(speech("outer"))
            .block(embedded(german, "read out"))
            .build();
    assertThat(Pdfs.flatText(Pdfs.render(outer)))
        .contains("“outer”")
        .contains("Sie sagte ‚wir „bleiben“‘.");
  }

  @Test
  void blockQuotationsDoNotAddAQuotationLevel() {
    Statement statement =
        Statement.builder("Quote")
            .block(blockQuote(paragraph(text("They said "), speech("no"), text("."))))
            .build();
    assertThat(Pdfs.flatText(Pdfs.render(statement))).contains("They said “no”.");
  }

  @Test
  void linksOnlySafeAddresses() throws IOException {
    try (PDDocument document = Pdfs.load(Pdfs.render(TestStatements.pressRelease()))) {
      List<String> uris = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getAction() instanceof PDActionURI uri) {
            uris.add(uri.getURI());
          }
        }
      }
      assertThat(uris)
          .contains(
              "https://ministry.example.gov/rail-plan.pdf",
              "https://radio.example.org/briefing",
              "mailto:press@greens.example.org",
              "tel:+3225550123",
              "https://greens.example.org/press/2026/rail-inquiry")
          .noneMatch(uri -> uri.startsWith("javascript"));
    }
    assertThat(Pdfs.flatText(Pdfs.render(TestStatements.pressRelease())))
        .contains("A link with an unsafe address stays plain: do not click.");
  }

  @Test
  void resolvesRelativeLinksAgainstTheStatementsAddress() throws IOException {
    Statement statement =
        Statement.builder("Relative")
            .url("https://example.org/press/2026/one.html")
            .paragraph(io.github.communique.model.Inlines.link("two.html", "the next one"))
            .build();
    assertThat(linkTargets(Pdfs.render(statement))).contains("https://example.org/press/2026/two.html");
  }

  @Test
  void linksNoteReferencesToTheirNotesAndBack() throws IOException {
    byte[] pdf = Pdfs.render(TestStatements.pressRelease());
    try (PDDocument document = Pdfs.load(pdf)) {
      List<Integer> targets = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getAction() instanceof PDActionGoTo goTo
              && goTo.getDestination() instanceof PDPageDestination destination) {
            targets.add(destination.retrievePageNumber());
          }
        }
      }
      // Three references (two in the statement, one in the embedded one), each linked to its
      // note, and three notes linked back: references on pages 1-2, notes on page 2.
      assertThat(targets).hasSize(6).allMatch(page -> page == 0 || page == 1);
      assertThat(Pdfs.destinationNames(document))
          .contains("note-0-1", "noteref-0-1", "note-0-2", "noteref-0-2", "note-1-1", "noteref-1-1");
    }
  }

  @Test
  void numbersNotesInOrderOfFirstReference() {
    Statement statement =
        Statement.builder("Notes")
            .paragraph(text("First"), noteRef("b"), text(" then"), noteRef("a"), text("."))
            .note("a", "Note A.")
            .note("b", "Note B.")
            .note("c", "Note C, never referenced.")
            .build();
    assertThat(Pdfs.flatText(Pdfs.render(statement)))
        .containsSubsequence("NOTES", "1 Note B.", "2 Note A.", "3 Note C, never referenced.");
  }

  @Test
  void showsAReferenceToAMissingNoteByItsId() {
    Statement statement =
        Statement.builder("Notes").paragraph(text("Dangling"), noteRef("nowhere"), text(".")).build();
    assertThat(Pdfs.flatText(Pdfs.render(statement))).contains("Dangling[nowhere].");
  }

  @Test
  void printsAnEmptyHeadingAndAnEmptyStatement() {
    Statement statement =
        Statement.builder("")
            .section(new io.github.communique.model.Section(List.of(), java.util.Optional.empty(), List.of(), List.of()))
            .build();
    assertThat(Pdfs.load(Pdfs.render(statement)).getNumberOfPages()).isEqualTo(1);
  }

  @Test
  void usesThePaperSizeOfTheOptions() throws IOException {
    for (PaperSize size : List.of(PaperSize.A4, PaperSize.LETTER, PaperSize.parse("148x210mm"))) {
      byte[] pdf = Pdfs.render(TestStatements.pressRelease(), RenderOptions.builder().paperSize(size).build());
      try (PDDocument document = Pdfs.load(pdf)) {
        for (PDPage page : document.getPages()) {
          assertThat(page.getMediaBox().getWidth()).isCloseTo(size.widthPoints(), org.assertj.core.data.Offset.offset(0.01f));
          assertThat(page.getMediaBox().getHeight()).isCloseTo(size.heightPoints(), org.assertj.core.data.Offset.offset(0.01f));
        }
      }
    }
  }

  @Test
  void fillsAPlausibleNumberOfPages() {
    assertThat(Pdfs.load(Pdfs.render(TestStatements.pressRelease())).getNumberOfPages()).isEqualTo(2);
    assertThat(Pdfs.load(Pdfs.render(TestStatements.paragraphs(200))).getNumberOfPages())
        .isBetween(8, 16);
    byte[] a5 = Pdfs.render(TestStatements.paragraphs(200), RenderOptions.builder().paperSize(PaperSize.parse("148x210mm")).build());
    assertThat(Pdfs.load(a5).getNumberOfPages()).isBetween(18, 40);
  }

  @Test
  void numbersPagesAsPageNOfM() {
    byte[] pdf = Pdfs.render(TestStatements.paragraphs(60));
    int pages = Pdfs.load(pdf).getNumberOfPages();
    assertThat(pages).isGreaterThan(2);
    String text = Pdfs.flatText(pdf);
    for (int page = 1; page <= pages; page++) {
      assertThat(text).contains("Long statement Page " + page + " of " + pages);
    }
    assertThat(text).doesNotContain("Page " + (pages + 1));
  }

  @Test
  void scalesWithTheFontSizeSetting() {
    PdfRenderer large = PdfRenderer.builder().fontSize(14).build();
    int normal = Pdfs.load(Pdfs.render(TestStatements.paragraphs(100))).getNumberOfPages();
    int bigger = Pdfs.load(Pdfs.render(large, TestStatements.paragraphs(100), RenderOptions.defaults())).getNumberOfPages();
    assertThat(bigger).isGreaterThan(normal);
  }

  @Test
  void rejectsSettingsOutOfRangeWithTheRange() {
    assertThatThrownBy(() -> PdfRenderer.builder().fontSize(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("font size must be between 6 and 24 points, got 3.0");
    assertThatThrownBy(() -> PdfRenderer.builder().accentColor(0x1000000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accent colour must be 0xRRGGBB, got 0x1000000");
  }

  @Test
  void refusesContentNestedDeeperThanTheLimitsAndNamesTheSetting() {
    Block nested = paragraph("deep");
    for (int i = 0; i < 5; i++) {
      nested = blockQuote(nested);
    }
    Statement statement = Statement.builder("Deep").block(nested).build();
    PdfRenderer strict = PdfRenderer.builder().limits(Limits.defaults().withMaxNestingDepth(4)).build();
    assertThatThrownBy(() -> Pdfs.render(strict, statement, RenderOptions.defaults()))
        .isInstanceOf(RenderException.class)
        .hasMessage("blocks nest deeper than 4 levels; raise Limits.maxNestingDepth to render them");

    Inline inline = text("deep");
    for (int i = 0; i < 5; i++) {
      inline = emphasis(inline);
    }
    Statement inlines = Statement.builder("Deep").paragraph(inline).build();
    assertThatThrownBy(() -> Pdfs.render(strict, inlines, RenderOptions.defaults()))
        .isInstanceOf(RenderException.class)
        .hasMessage("inline content nests deeper than 4 levels; raise Limits.maxNestingDepth to render it");

    Inline quote = text("deep");
    for (int i = 0; i < 4; i++) {
      quote = speech(quote);
    }
    Statement quotes = Statement.builder("Deep").paragraph(quote).build();
    PdfRenderer fewQuotes = PdfRenderer.builder().limits(Limits.defaults().withMaxQuotationDepth(3)).build();
    assertThatThrownBy(() -> Pdfs.render(fewQuotes, quotes, RenderOptions.defaults()))
        .isInstanceOf(RenderException.class)
        .hasMessage("quotations nest deeper than 3 levels; raise Limits.maxQuotationDepth to render them");
  }

  @Test
  void refusesSectionsNestedDeeperThanTheLimits() {
    Statement statement =
        Statement.builder("Deep")
            .section("1", a -> a.subsection("2", b -> b.subsection("3", c -> c.paragraph("x"))))
            .build();
    PdfRenderer strict = PdfRenderer.builder().limits(Limits.defaults().withMaxSectionDepth(2)).build();
    assertThatThrownBy(() -> Pdfs.render(strict, statement, RenderOptions.defaults()))
        .isInstanceOf(RenderException.class)
        .hasMessage("sections nest deeper than 2 levels; raise Limits.maxSectionDepth to render them");
    assertThat(Pdfs.flatText(Pdfs.render(statement))).containsSubsequence("1", "2", "3", "x");
  }

  @Test
  void rendersDeepNestingWithinTheDefaultLimitsWithoutSqueezingTheText() {
    Block nested = paragraph("The innermost paragraph still has room for its words.");
    for (int i = 0; i < 30; i++) {
      nested = i % 2 == 0 ? blockQuote(nested) : new Block.BulletList(List.of(io.github.communique.model.Blocks.item(nested)));
    }
    Statement statement = Statement.builder("Deep").block(nested).build();
    assertThat(Pdfs.flatText(Pdfs.render(statement)))
        .contains("The innermost paragraph still has room for its words.");
  }

  @Test
  void leavesTheStreamOpenAndPassesOnItsFailures() throws IOException {
    class Recording extends java.io.ByteArrayOutputStream {
      boolean closed;

      @Override
      public void close() {
        closed = true;
      }
    }
    Recording out = new Recording();
    PdfRenderer.create().render(TestStatements.german(), RenderOptions.defaults(), out);
    assertThat(out.closed).isFalse();
    assertThat(out.size()).isGreaterThan(1000);

    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(() -> PdfRenderer.create().render(TestStatements.paragraphs(100), RenderOptions.defaults(), failing))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }

  @Test
  void rendersConcurrentlyWithOneInstance() throws Exception {
    byte[] expected = Pdfs.render(TestStatements.pressRelease());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> Pdfs.render(TestStatements.pressRelease())));
      }
      for (Future<byte[]> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  private static List<String> linkTargets(byte[] pdf) throws IOException {
    List<String> uris = new ArrayList<>();
    try (PDDocument document = Pdfs.load(pdf)) {
      for (PDPage page : document.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
            uris.add(uri.getURI());
          }
        }
      }
    }
    return uris;
  }
}
