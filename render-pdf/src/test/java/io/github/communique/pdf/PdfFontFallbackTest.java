package io.github.communique.pdf;

import static io.github.communique.model.Inlines.emphasis;
import static io.github.communique.model.Inlines.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characters the serif lacks come from DejaVu Sans, then from the fallback fonts given to the
 * builder; characters no font has are printed as U+FFFD and reported, never dropped silently.
 */
class PdfFontFallbackTest {
  private static final Path MATH_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf");

  @Test
  void setsLatinGreekAndCyrillicWithTheBundledFonts() {
    Statement statement =
        Statement.builder("Ελληνικά και кириллица")
            .paragraph("Ça coûte 12 € — Łódź, Ærø, İstanbul, Ελλάδα, Україна, Россия, Српски, Қазақ.")
            .build();
    assertThat(Pdfs.RENDERER.unsupportedCodePoints(statement)).isEmpty();
    assertThat(Pdfs.flatText(Pdfs.render(statement)))
        .contains("Ça coûte 12 € — Łódź, Ærø, İstanbul, Ελλάδα, Україна, Россия, Српски, Қазақ.");
  }

  @Test
  void embedsTheCommonPartOfAFaceForLatinGreekAndCyrillic() throws IOException {
    Statement statement =
        Statement.builder("Ελληνικά και кириллица").paragraph("Łódź, Ærø, Україна — 12 €.").build();
    try (PDDocument document = Pdfs.load(Pdfs.render(statement))) {
      PDResources resources = document.getPage(0).getResources();
      for (COSName name : resources.getFontNames()) {
        PDType0Font font = (PDType0Font) resources.getFont(name);
        // The whole faces have 3,500 to 6,250 glyphs; their common parts 1,100 to 1,300.
        assertThat(((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont().getNumberOfGlyphs())
            .as(font.getName())
            .isLessThan(1_500);
      }
    }
  }

  @Test
  void takesWhatTheCommonPartLacksFromTheWholeFace() throws IOException {
    Statement statement = Statement.builder("Tiếng Việt").paragraph("Xin chào, Việt Nam.").build();
    byte[] pdf = Pdfs.render(statement);
    assertThat(Pdfs.RENDERER.unsupportedCodePoints(statement)).isEmpty();
    assertThat(Pdfs.flatText(pdf)).contains("Xin chào, Việt Nam.");
    List<String> serif =
        fontNames(pdf).stream().filter(name -> name.endsWith("+DejaVuSerif")).distinct().toList();
    assertThat(serif).as("the common part and the whole face, with their own tags").hasSize(2);
  }

  @Test
  void takesWhatTheSerifLacksFromDejaVuSans() throws IOException {
    Statement statement = Statement.builder("Snow").paragraph("Weather: ☃ and ☂.").build();
    byte[] pdf = Pdfs.render(statement);
    assertThat(Pdfs.flatText(pdf)).contains("Weather: ☃ and ☂.");
    assertThat(fontNames(pdf)).anyMatch(name -> name.endsWith("+DejaVuSans"));
    assertThat(Pdfs.RENDERER.unsupportedCodePoints(statement)).isEmpty();
  }

  @Test
  void printsAReplacementCharacterForWhatNoFontHasAndReportsIt() throws IOException {
    Statement statement =
        Statement.builder("Symbols")
            .paragraph("Price in ₿ and 中文, in Hebrew שלום.")
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfReport report = PdfRenderer.create().renderWithReport(statement, RenderOptions.defaults(), out);
    assertThat(report.unsupportedCodePoints())
        .containsExactly(0x5D5, 0x5DC, 0x5DD, 0x5E9, 0x20BF, 0x4E2D, 0x6587);
    assertThat(report.complete()).isFalse();
    assertThat(report.describeUnsupported())
        .startsWith("U+05D5 (HEBREW LETTER VAV), U+05DC (HEBREW LETTER LAMED)")
        .endsWith("U+6587 (CJK UNIFIED IDEOGRAPHS 6587)");
    assertThat(Pdfs.flatText(out.toByteArray())).contains("Price in � and ��, in Hebrew ����.");
    assertThat(Pdfs.RENDERER.unsupportedCodePoints(statement)).isEqualTo(report.unsupportedCodePoints());
  }

  @Test
  void reportsCharactersOfTheTitleBylineAndNotesToo() {
    Statement statement =
        Statement.builder("Title ₿")
            .place("中")
            .note("n", "Note 文")
            .paragraph(text("x"), io.github.communique.model.Inlines.noteRef("n"))
            .build();
    assertThat(Pdfs.RENDERER.unsupportedCodePoints(statement)).containsExactly(0x20BF, 0x4E2D, 0x6587);
  }

  @Test
  void leavesOutInvisibleCharactersNoFontHasWithoutReportingThem() {
    // Soft hyphen, zero-width joiner, variation selector 16, a tag character.
    Statement statement =
        Statement.builder("Invisible").paragraph("Wahl\u00ADkampf, a\u200Db, ☺\uFE0F, x\uDB40\uDC41y.").build();
    assertThat(Pdfs.RENDERER.unsupportedCodePoints(statement)).isEmpty();
    assertThat(Pdfs.flatText(Pdfs.render(statement))).contains("Wahlkampf,").doesNotContain("\u00AD");
  }

  @Test
  void turnsTabsAndLineFeedsIntoSpacesAndReportsOtherControlCharacters() {
    Statement statement = Statement.builder("Controls").paragraph("one\ttwo\nthree\u0007.").build();
    assertThat(Pdfs.flatText(Pdfs.render(statement))).contains("one two three�.");
    assertThat(Pdfs.RENDERER.unsupportedCodePoints(statement)).containsExactly(0x07);
  }

  @Test
  void keepsItalicsWhenTheFallbackFontHasNone() {
    Statement statement = Statement.builder("Italic").paragraph(emphasis("snow ☃ falls")).build();
    assertThat(Pdfs.flatText(Pdfs.render(statement))).contains("snow ☃ falls");
  }

  @Test
  void usesFallbackFontsGivenToTheBuilder() throws IOException {
    assumeTrue(Files.isReadable(MATH_FONT), "needs Debian's fonts-dejavu-core");
    Statement statement = Statement.builder("Math").paragraph("The constant ℊ.").build();
    assertThat(Pdfs.RENDERER.unsupportedCodePoints(statement)).containsExactly(0x210A);

    PdfRenderer withMath = PdfRenderer.builder().fallbackFont(MATH_FONT).build();
    assertThat(withMath.unsupportedCodePoints(statement)).isEmpty();
    byte[] pdf = Pdfs.render(withMath, statement, RenderOptions.defaults());
    assertThat(Pdfs.flatText(pdf)).contains("The constant ℊ.");
    assertThat(fontNames(pdf)).anyMatch(name -> name.matches("[A-Z]{6}\\+DejaVuMathTeXGyre.*"));
  }

  @Test
  void refusesAFallbackFontThatIsNoFont(@TempDir Path dir) throws IOException {
    Path notAFont = Files.writeString(dir.resolve("notes.ttf"), "not a font");
    assertThatThrownBy(() -> PdfRenderer.builder().fallbackFont(notAFont))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot read font notes.ttf: ");
  }

  private static List<String> fontNames(byte[] pdf) throws IOException {
    List<String> names = new ArrayList<>();
    try (PDDocument document = Pdfs.load(pdf)) {
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          names.add(page.getResources().getFont(name).getName());
        }
      }
    }
    return names;
  }
}
