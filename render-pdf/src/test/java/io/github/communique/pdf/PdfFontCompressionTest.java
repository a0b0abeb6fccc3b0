package io.github.communique.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.render.RenderOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * Font programs are stored by default, for speed, and compressed when asked, for size: the same
 * text and fonts either way.
 */
class PdfFontCompressionTest {
  private static final RenderOptions FIXED = RenderOptions.builder().deterministic(true).build();

  private final byte[] stored = Pdfs.render(TestStatements.pressRelease(), FIXED);
  private final byte[] compressed = Pdfs.render(PdfRenderer.builder().compressFonts(true).build(),
      TestStatements.pressRelease(), FIXED);

  @Test
  void byDefaultFontProgramsAreStored() throws IOException {
    // In deflate's stored blocks: still /FlateDecode, but a few bytes larger than the font.
    assertThat(fontPrograms(stored)).isNotEmpty()
        .allSatisfy(p -> assertThat(p.encoded()).isGreaterThanOrEqualTo(p.decoded()));
  }

  @Test
  void compressFontsDeflatesThemAndMakesTheFileSmaller() throws IOException {
    assertThat(fontPrograms(compressed)).isNotEmpty()
        .allSatisfy(p -> assertThat(p.encoded()).isLessThan(p.decoded() * 4 / 5));
    assertThat(compressed.length).isLessThan(stored.length * 3 / 4);
  }

  @Test
  void theTextAndTheFontsAreTheSameEitherWay() throws IOException {
    assertThat(Pdfs.text(compressed)).isEqualTo(Pdfs.text(stored));
    assertThat(fontNames(compressed)).isEqualTo(fontNames(stored));
  }

  @Test
  void withCompressedFontsSwitchesOnlyTheFonts() {
    PdfRenderer large = PdfRenderer.builder().fontSize(14).build();
    byte[] largeCompressed = Pdfs.render(
        PdfRenderer.builder().fontSize(14).compressFonts(true).build(),
        TestStatements.pressRelease(), FIXED);

    assertThat(Pdfs.render(large.withCompressedFonts(true), TestStatements.pressRelease(), FIXED))
        .isEqualTo(largeCompressed);
    assertThat(Pdfs.render(
            large.withCompressedFonts(true).withCompressedFonts(false),
            TestStatements.pressRelease(), FIXED))
        .isEqualTo(Pdfs.render(large, TestStatements.pressRelease(), FIXED));
  }

  private record Program(long encoded, long decoded) {}

  /** The sizes, in the file and decoded, of each page font's embedded TrueType program. */
  private static List<Program> fontPrograms(byte[] pdf) throws IOException {
    List<Program> programs = new ArrayList<>();
    try (PDDocument document = Pdfs.load(pdf)) {
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDType0Font font = (PDType0Font) page.getResources().getFont(name);
          PDStream program = font.getDescendantFont().getFontDescriptor().getFontFile2();
          programs.add(new Program(program.getCOSObject().getLength(),
              program.toByteArray().length));
        }
      }
    }
    return programs;
  }

  /** Each page's font names without their subset tags, which come from the bytes. */
  private static List<String> fontNames(byte[] pdf) throws IOException {
    List<String> names = new ArrayList<>();
    try (PDDocument document = Pdfs.load(pdf)) {
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          names.add(page.getResources().getFont(name).getName().substring(7));
        }
      }
    }
    names.sort(null);
    return names;
  }
}
