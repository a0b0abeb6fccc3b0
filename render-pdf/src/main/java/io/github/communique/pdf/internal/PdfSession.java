package io.github.communique.pdf.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import io.github.communique.model.Statement;
import io.github.communique.render.PaperSize;
import io.github.communique.render.PlainText;
import io.github.communique.render.RenderException;
import io.github.communique.render.RenderOptions;
import io.github.communique.validate.Limits;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.zip.Deflater;

/**
 * One render: sets up OpenPDF's document and writer over the caller's stream, lays the statement
 * out page by page (OpenPDF writes each full page out, so memory does not grow with the length
 * of the statement), and closes the document without closing the stream.
 */
public final class PdfSession {
  private final Settings settings;
  private final Statement statement;
  private final RenderOptions options;

  /**
   * What a {@code PdfRenderer} was built with.
   *
   * @param bodySize the size of running text in points
   * @param accent the colour of headings, rules and links, 0xRRGGBB
   * @param extraFonts fonts tried after the bundled ones, in order
   * @param limits how deep content may nest
   * @param compressFonts whether embedded font programs are compressed (smaller, slower)
   * @param creator the document's Creator: "Communique 1.0.0"
   */
  public record Settings(
      float bodySize, int accent, List<LoadedFont> extraFonts, Limits limits,
      boolean compressFonts, String creator) {
    public Settings {
      extraFonts = List.copyOf(extraFonts);
    }

    public Settings withLimits(Limits limits) {
      return new Settings(bodySize, accent, extraFonts, limits, compressFonts, creator);
    }

    public Settings withCompressFonts(boolean compress) {
      return new Settings(bodySize, accent, extraFonts, limits, compress, creator);
    }
  }

  /** What a render found out: how many pages it wrote, which characters it could not draw. */
  public record Result(int pages, SortedSet<Integer> unsupportedCodePoints) {}

  public PdfSession(Settings settings, Statement statement, RenderOptions options) {
    this.settings = settings;
    this.statement = statement;
    this.options = options;
  }

  /** Writes the PDF to {@code out}, flushed and left open. */
  public Result render(OutputStream out) throws IOException {
    DigestingStream digesting = new DigestingStream(out);
    PaperSize paper = options.paperSize();
    float side = clamp(paper.widthPoints() * 0.12f, 28, 72);
    float top = clamp(paper.heightPoints() * 0.07f, 28, 60);
    float bottom = top + settings.bodySize() * 2.5f;
    Document document =
        new Document(
            new Rectangle(paper.widthPoints(), paper.heightPoints()), side, side, top, bottom);
    Styles styles = new Styles(settings.bodySize(), settings.accent());
    Typesetter typesetter = new Typesetter(settings.extraFonts(), settings.compressFonts());
    Layout layout = new Layout(statement, styles, typesetter, settings.limits(), options);
    String subject = PlainText.line(statement.standfirst(), layout.scope.quotes, 0);
    DocumentMetadata metadata =
        new DocumentMetadata(statement, subject, settings.creator(), options.deterministic());
    try {
      // OpenPDF shapes text through Apache FOP when FOP happens to be on the class path: off, so
      // the output does not depend on the class path (and Flow sets glyphs character by
      // character, as OpenPDF does without FOP).
      document.setGlyphSubstitutionEnabled(false);
      PdfWriter writer = PdfWriter.getInstance(document, digesting);
      writer.setCloseStream(false);
      writer.setFullCompression();
      // Page contents and object streams at zlib's fastest level: 1 % larger on a short statement
      // and 12 % on a long one than at the default level, and 10 % less time for a short one.
      writer.setCompressionLevel(Deflater.BEST_SPEED);
      metadata.begin(document, writer);
      PageDecorations pages =
          new PageDecorations(
              layout,
              layout.scope.captions,
              statement.title(),
              () -> {
                writer.flush(); // so the digest covers every page written
                // fonts, outlines and trailer follow from what the digest covered
                SubsetTags.begin(metadata.finish(writer, digesting));
                if (!writer.getRootOutline().getKids().isEmpty()) {
                  writer.setViewerPreferences(
                      PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
                }
              });
      writer.setPageEvent(pages);
      SideRules rules = new SideRules(settings.bodySize() * 0.3f);
      document.open();
      metadata.writeXmp(writer);
      layout.outline = writer.getRootOutline();
      layout.statement(
          new Sink.Page(new Flow(document, writer, typesetter, rules), typesetter.spacer()));
      document.close();
      digesting.flush();
      return new Result(pages.pages(), Collections.unmodifiableSortedSet(typesetter.unsupported()));
    } catch (ExceptionConverter | DocumentException | IllegalStateException e) {
      // OpenPDF wraps the stream's IOException (sometimes twice) in unchecked exceptions.
      for (Throwable cause = e; cause != null; cause = unwrap(cause)) {
        if (cause instanceof IOException io) {
          throw io;
        }
        if (cause instanceof RenderException re) {
          throw re;
        }
      }
      throw new RenderException("OpenPDF could not write the statement: " + e.getMessage(), e);
    } finally {
      SubsetTags.end();
    }
  }

  private static Throwable unwrap(Throwable e) {
    if (e instanceof ExceptionConverter converter && converter.getException() != e) {
      return converter.getException();
    }
    return e.getCause() == e ? null : e.getCause();
  }

  private static float clamp(float value, float min, float max) {
    return Math.max(min, Math.min(max, value));
  }
}
