package io.github.communique.benchmarks;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.github.communique.pdf.PdfRenderer;
import io.github.communique.render.RenderOptions;
import java.io.IOException;
import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PDF, every path embedding DejaVu Serif: Communique's renderer from the model, raw OpenPDF
 * writing the same paragraphs (the practical floor), and openhtmltopdf laying out the HTML that
 * commonmark-java makes of the same content (the path flexmark's PDF converter takes).
 */
// Operations take 0.1-4 s: three 2 s warm-ups are a handful of calls, and the first run of
// 2026-11-25 measured JIT warm-up (medium PDF 600 ms/op, steady 173 ms/op). Ten warm-ups.
@Warmup(iterations = 10, time = 2)
public class PdfBenchmarks extends BenchmarkSettings {
  private static final PdfRenderer COMMUNIQUE = PdfRenderer.create();
  private static final PdfRenderer COMPRESSED_FONTS =
      PdfRenderer.builder().compressFonts(true).build();

  public static class Paragraphs extends Sized {
    List<String> paragraphs;
    byte[] font;
    byte[] commonFont;

    @Setup
    public void setUp() {
      paragraphs = document().runs().paragraphs();
      font = Fonts.dejaVuSerif();
      commonFont = Fonts.dejaVuSerifCommon();
    }
  }

  /**
   * The XHTML page openhtmltopdf reads. Small and medium only: at ~1 MB/s the large document
   * takes minutes per operation and more heap than the fork has.
   */
  @State(Scope.Benchmark)
  public static class Xhtml {
    @Param({"small", "medium"})
    public String size;

    String html;
    byte[] font;

    @Setup
    public void setUp() {
      XRLog.setLoggingEnabled(false);
      String body = HtmlRenderer.builder().build()
          .render(Parser.builder().build().parse(Document.of(size).commonMark()));
      html = "<html><head><title>Statement</title><style>"
          + "@page { size: A4; margin: 25mm } body { font-family: 'DejaVu Serif'; font-size: 11pt }"
          + "</style></head><body>" + body + "</body></html>";
      font = Fonts.dejaVuSerif();
    }
  }

  @Benchmark
  public long communique(Model state) throws IOException {
    NullSink sink = new NullSink();
    COMMUNIQUE.render(state.statement, RenderOptions.defaults(), sink);
    return sink.count();
  }

  /**
   * The renderer with its font programs compressed, as raw OpenPDF and openhtmltopdf compress
   * theirs: what the default's stored fonts buy in time.
   */
  @Benchmark
  public long communiqueCompressedFonts(Model state) throws IOException {
    NullSink sink = new NullSink();
    COMPRESSED_FONTS.render(state.statement, RenderOptions.defaults(), sink);
    return sink.count();
  }

  @Benchmark
  public long rawOpenPdf(Paragraphs state) throws DocumentException {
    return rawOpenPdf(state.paragraphs, state.font);
  }

  /**
   * Raw OpenPDF with the common part of DejaVu Serif, the smaller file Communique's renderer tries
   * first (same glyphs for this text): the floor on the renderer's own terms, so that its lead over
   * {@link #rawOpenPdf} can be split into the smaller font and everything else.
   */
  @Benchmark
  public long rawOpenPdfCommonFont(Paragraphs state) throws DocumentException {
    return rawOpenPdf(state.paragraphs, state.commonFont);
  }

  private static long rawOpenPdf(List<String> paragraphs, byte[] font) throws DocumentException {
    NullSink sink = new NullSink();
    com.lowagie.text.Document pdf = new com.lowagie.text.Document(PageSize.A4, 71, 71, 71, 71);
    PdfWriter.getInstance(pdf, sink);
    pdf.open();
    BaseFont serif;
    try {
      serif = BaseFont.createFont("DejaVuSerif.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
          false, font, null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Font title = new Font(serif, 18);
    Font body = new Font(serif, 11);
    boolean first = true;
    for (String paragraph : paragraphs) {
      pdf.add(new Paragraph(paragraph, first ? title : body));
      first = false;
    }
    pdf.close();
    return sink.count();
  }

  @Benchmark
  public long openHtmlToPdf(Xhtml state) throws IOException {
    NullSink sink = new NullSink();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useFont(() -> Fonts.open(state.font), "DejaVu Serif");
    builder.withHtmlContent(state.html, null);
    builder.toStream(sink);
    builder.run();
    return sink.count();
  }
}
