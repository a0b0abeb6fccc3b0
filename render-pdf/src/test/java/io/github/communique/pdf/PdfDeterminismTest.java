package io.github.communique.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Deterministic output (the default): the same statement and options give the same bytes, on
 * another run, a second later, in another JVM; and a different statement a different document ID.
 */
class PdfDeterminismTest {

  @Test
  void rendersTheSameBytesTwice() {
    assertThat(Pdfs.render(TestStatements.pressRelease()))
        .isEqualTo(Pdfs.render(TestStatements.pressRelease()));
  }

  @Test
  void doesNotReadTheClock() throws InterruptedException {
    byte[] first = Pdfs.render(TestStatements.ukrainian());
    Thread.sleep(1_100); // PDF dates have a resolution of one second
    assertThat(Pdfs.render(TestStatements.ukrainian())).isEqualTo(first);
  }

  @Test
  void rendersTheSameBytesInAnotherJvm() throws Exception {
    byte[] here = Pdfs.render(TestStatements.pressRelease());
    byte[] there = ForkedJvm.run(PdfPreviewMain.class, "-Xmx256m", "press-release");
    assertThat(there).isEqualTo(here);
  }

  @Test
  void derivesTheDocumentIdFromTheContent() throws IOException {
    String first = documentId(Pdfs.render(TestStatements.german()));
    Statement changed =
        Statement.builder("Stellungnahme zur Schließung der Regionalbahnen")
            .language("de")
            .paragraph("Ein anderer Text.")
            .build();
    assertThat(first).matches("<([0-9A-F]{32})><\\1>");
    assertThat(documentId(Pdfs.render(changed))).isNotEqualTo(first);
    try (PDDocument document = Pdfs.load(Pdfs.render(TestStatements.german()))) {
      assertThat(document.getDocument().getDocumentID().size()).isEqualTo(2);
    }
  }

  @Test
  void namesFontSubsetsAfterTheContent() {
    String german = subsetTags(Pdfs.render(TestStatements.german()));
    assertThat(subsetTags(Pdfs.render(TestStatements.german()))).isEqualTo(german);
    assertThat(subsetTags(Pdfs.render(TestStatements.ukrainian()))).isNotEqualTo(german);
  }

  @Test
  void stampsTheTimeAndARandomIdWhenNotDeterministic() throws IOException {
    RenderOptions live = RenderOptions.builder().deterministic(false).build();
    byte[] first = Pdfs.render(TestStatements.german(), live);
    byte[] second = Pdfs.render(TestStatements.german(), live);
    assertThat(documentId(first)).isNotEqualTo(documentId(second));
    try (PDDocument document = Pdfs.load(first)) {
      long created = document.getDocumentInformation().getCreationDate().getTimeInMillis();
      assertThat(created).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(120_000L));
    }
  }

  /** The trailer's /ID, as written. */
  private static String documentId(byte[] pdf) {
    Matcher m = Pattern.compile("/ID\\s*\\[\\s*(<[0-9A-Fa-f]+>\\s*<[0-9A-Fa-f]+>)").matcher(latin1(pdf));
    assertThat(m.find()).as("the PDF has an /ID").isTrue();
    return m.group(1).replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
  }

  private static String subsetTags(byte[] pdf) {
    try (PDDocument document = Pdfs.load(pdf)) {
      StringBuilder tags = new StringBuilder();
      for (var page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          tags.append(page.getResources().getFont(name).getName()).append(' ');
        }
      }
      return tags.toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String latin1(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
