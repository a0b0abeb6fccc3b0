package io.github.communique.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.junit.jupiter.api.Test;

/** What a viewer and a catalogue see: information, XMP, language, bookmarks, fonts. */
class PdfMetadataTest {
  private static final byte[] PRESS_RELEASE = Pdfs.render(TestStatements.pressRelease());

  @Test
  void setsTheDocumentInformationFromTheStatement() throws IOException {
    try (PDDocument document = Pdfs.load(PRESS_RELEASE)) {
      PDDocumentInformation info = document.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo("Green Alliance calls for a public inquiry into rail closures");
      assertThat(info.getAuthor()).isEqualTo("Green Alliance");
      assertThat(info.getSubject())
          .isEqualTo(
              "The party wants an independent inquiry into the closure of fourteen regional lines"
                  + " and calls the minister's plan “a false economy”.");
      assertThat(info.getKeywords()).isEqualTo("rail, transport, inquiry");
      assertThat(info.getCreator()).matches("Communique \\d+\\.\\d+\\.\\d+.*");
      assertThat(info.getProducer()).startsWith("OpenPDF");
    }
  }

  @Test
  void datesTheFileWithTheStatementsDate() throws IOException {
    try (PDDocument document = Pdfs.load(PRESS_RELEASE)) {
      Calendar created = document.getDocumentInformation().getCreationDate();
      Calendar expected = Calendar.getInstance(TimeZone.getTimeZone("Europe/Brussels"));
      expected.clear();
      expected.set(2026, Calendar.NOVEMBER, 25, 14, 30, 0);
      assertThat(created.getTimeInMillis()).isEqualTo(expected.getTimeInMillis());
      assertThat(document.getDocumentInformation().getModificationDate().getTimeInMillis())
          .isEqualTo(expected.getTimeInMillis());
    }
  }

  @Test
  void leavesTheDatesOutWhenTheStatementHasNone() throws IOException {
    Statement undated = Statement.builder("Undated").paragraph("Text.").build();
    try (PDDocument document = Pdfs.load(Pdfs.render(undated))) {
      assertThat(document.getDocumentInformation().getCreationDate()).isNull();
      assertThat(document.getDocumentInformation().getModificationDate()).isNull();
    }
  }

  @Test
  void setsTheLanguageAndAsksViewersToShowTheTitle() throws IOException {
    try (PDDocument document = Pdfs.load(PRESS_RELEASE)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
      PDViewerPreferences preferences = document.getDocumentCatalog().getViewerPreferences();
      assertThat(preferences.displayDocTitle()).isTrue();
      assertThat(document.getDocumentCatalog().getPageMode().stringValue()).isEqualTo("UseOutlines");
    }
    try (PDDocument document = Pdfs.load(Pdfs.render(TestStatements.ukrainian()))) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("uk");
    }
  }

  @Test
  void carriesXmpMetadataThatAgreesWithTheInformation() throws IOException {
    try (PDDocument document = Pdfs.load(PRESS_RELEASE)) {
      String xmp =
          new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp)
          .contains("<rdf:li xml:lang=\"x-default\">Green Alliance calls for a public inquiry into rail closures</rdf:li>")
          .contains("<dc:creator><rdf:Seq><rdf:li>Green Alliance</rdf:li></rdf:Seq></dc:creator>")
          .contains("calls the minister&apos;s plan “a false economy”.")
          .contains("<dc:subject><rdf:Bag><rdf:li>rail</rdf:li><rdf:li>transport</rdf:li><rdf:li>inquiry</rdf:li></rdf:Bag></dc:subject>")
          .contains("<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>")
          .contains("<dc:identifier>PR-2026-114</dc:identifier>")
          .contains("<pdf:Keywords>rail, transport, inquiry</pdf:Keywords>")
          .containsPattern("<xmp:CreatorTool>Communique [^<]+</xmp:CreatorTool>")
          .contains("<xmp:CreateDate>2026-11-25T14:30:00+01:00</xmp:CreateDate>");
    }
  }

  @Test
  void bookmarksMirrorTheSectionsAndTheBackMatter() throws IOException {
    try (PDDocument document = Pdfs.load(PRESS_RELEASE)) {
      assertThat(Pdfs.outline(document))
          .containsExactly(
              "Background",
              "  The lines affected",
              "What the unions say",
              "  Joint statement of the transport unions",
              "    Notes",
              "Notes",
              "Notes to editors",
              "Media contacts");
      List<String> missing = new ArrayList<>();
      checkDestinations(document, document.getDocumentCatalog().getDocumentOutline(), missing);
      assertThat(missing).as("bookmarks whose destination does not exist").isEmpty();
    }
  }

  @Test
  void everyBookmarkOfEverySampleOpensAPage() throws IOException {
    for (String name : io.github.communique.testing.Samples.names()) {
      try (PDDocument document = Pdfs.load(Pdfs.render(io.github.communique.testing.Samples.load(name)))) {
        List<String> missing = new ArrayList<>();
        if (document.getDocumentCatalog().getDocumentOutline() != null) {
          checkDestinations(document, document.getDocumentCatalog().getDocumentOutline(), missing);
        }
        assertThat(missing).as("bookmarks of %s whose destination does not exist", name).isEmpty();
      }
    }
  }

  @Test
  void namesPlacesInAscii() throws IOException {
    try (PDDocument document = Pdfs.load(Pdfs.render(TestStatements.ukrainian()))) {
      assertThat(Pdfs.destinationNames(document))
          .contains("section-%D0%BD%D0%B0%D1%88%D1%96-%D0%B2%D0%B8%D0%BC%D0%BE%D0%B3%D0%B8")
          .allMatch(name -> name.matches("[A-Za-z0-9%._-]+"));
    }
  }

  @Test
  void bookmarksShowQuotationMarksOfHeadings() throws IOException {
    Statement statement =
        Statement.builder("Q")
            .section(
                new io.github.communique.model.Section(
                    List.of(
                        io.github.communique.model.Inlines.text("Why "),
                        io.github.communique.model.Inlines.scare("reform")),
                    java.util.Optional.empty(),
                    List.of(),
                    List.of()))
            .build();
    try (PDDocument document = Pdfs.load(Pdfs.render(statement))) {
      assertThat(Pdfs.outline(document)).containsExactly("Why “reform”");
    }
  }

  @Test
  void hasNoBookmarksForAStatementWithoutSections() throws IOException {
    try (PDDocument document = Pdfs.load(Pdfs.render(TestStatements.german()))) {
      assertThat(Pdfs.outline(document)).isEmpty();
      assertThat(document.getDocumentCatalog().getPageMode().stringValue()).isEqualTo("UseNone");
    }
  }

  @Test
  void embedsEveryFontAsASubset() throws IOException {
    try (PDDocument document = Pdfs.load(PRESS_RELEASE)) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font).isInstanceOf(PDType0Font.class);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
              .as("TrueType program of %s", font.getName())
              .isNotNull();
          fonts.add(font.getName());
        }
      }
      assertThat(fonts)
          .allMatch(name -> name.matches("[A-Z]{6}\\+DejaVu(Serif|Sans)(-\\w+)?"), "subset DejaVu")
          .anyMatch(name -> name.endsWith("+DejaVuSerif"))
          .anyMatch(name -> name.endsWith("+DejaVuSerif-Italic"))
          .anyMatch(name -> name.endsWith("+DejaVuSerif-Bold"))
          .anyMatch(name -> name.endsWith("+DejaVuSans-Bold"));
    }
  }

  @Test
  void keepsEmbeddedFontsSmall() {
    // Four subset faces of a two-page statement: the whole fonts would be over a megabyte.
    assertThat(PRESS_RELEASE.length).isLessThan(150_000);
  }

  private static void checkDestinations(PDDocument document, PDOutlineNode node, List<String> missing)
      throws IOException {
    for (PDOutlineItem item : node.children()) {
      if (!(item.getAction() instanceof PDActionGoTo goTo)
          || !(goTo.getDestination() instanceof PDNamedDestination named)
          || document.getDocumentCatalog().findNamedDestinationPage(named) == null) {
        missing.add(item.getTitle());
      }
      checkDestinations(document, item, missing);
    }
  }
}
