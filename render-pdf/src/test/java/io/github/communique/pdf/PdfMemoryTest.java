package io.github.communique.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Pages are written as they fill: a statement of 5,000 paragraphs (about 300 pages) renders in a
 * JVM limited to a 256 MB heap. The render runs in a forked JVM so the limit is real; the same
 * can be checked by hand with {@code java -Xmx256m -cp <test class path>
 * io.github.communique.pdf.PdfPreviewMain paragraphs:5000 > long.pdf}.
 */
class PdfMemoryTest {

  @Test
  void rendersFiveThousandParagraphsIn256Megabytes() throws Exception {
    byte[] pdf = ForkedJvm.run(PdfPreviewMain.class, "-Xmx256m", "paragraphs:5000");
    try (PDDocument document = Pdfs.load(pdf)) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isBetween(250, 400);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(pages);
      stripper.setEndPage(pages);
      assertThat(stripper.getText(document))
          .contains("Paragraph 5000. The council met on Monday")
          .contains("Page " + pages + " of " + pages);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
