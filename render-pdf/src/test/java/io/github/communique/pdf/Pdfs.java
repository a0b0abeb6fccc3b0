package io.github.communique.pdf;

import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Renders statements and reads the PDFs back with PDFBox, for the tests. */
final class Pdfs {
  static final PdfRenderer RENDERER = PdfRenderer.create();

  private Pdfs() {}

  static byte[] render(Statement statement) {
    return render(RENDERER, statement, RenderOptions.defaults());
  }

  static byte[] render(Statement statement, RenderOptions options) {
    return render(RENDERER, statement, options);
  }

  static byte[] render(PdfRenderer renderer, Statement statement, RenderOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(statement, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static PDDocument load(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text of every page in reading order, as PDFBox extracts it. Sorted by position: OpenPDF
   * writes table cells (boxes, lists) to another layer of the page than running text.
   */
  static String text(byte[] pdf) {
    try (PDDocument document = load(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      return stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with every run of white space made one space: lines joined. */
  static String flatText(byte[] pdf) {
    return text(pdf).replaceAll("\\s+", " ");
  }

  /** The outline as indented lines: "Background", "  The lines affected". */
  static List<String> outline(PDDocument document) {
    List<String> lines = new ArrayList<>();
    if (document.getDocumentCatalog().getDocumentOutline() != null) {
      outline(document.getDocumentCatalog().getDocumentOutline(), "", lines);
    }
    return lines;
  }

  private static void outline(PDOutlineNode node, String indent, List<String> lines) {
    for (PDOutlineItem item : node.children()) {
      lines.add(indent + item.getTitle());
      outline(item, indent + "  ", lines);
    }
  }

  /** The names of the document's named destinations (the places links and bookmarks open). */
  static java.util.Set<String> destinationNames(PDDocument document) throws IOException {
    var names = new java.util.TreeSet<String>();
    var dests = document.getDocumentCatalog().getNames().getDests();
    collect(dests, names);
    return names;
  }

  private static void collect(
      org.apache.pdfbox.pdmodel.common.PDNameTreeNode<?> node, java.util.Set<String> names)
      throws IOException {
    if (node.getNames() != null) {
      names.addAll(node.getNames().keySet());
    }
    if (node.getKids() != null) {
      for (var kid : node.getKids()) {
        collect(kid, names);
      }
    }
  }

  /** A glyph's place on a page: its left edge, its right edge and its baseline, in points. */
  record Glyph(int page, String text, float left, float right, float y) {}

  /** Every glyph PDFBox finds, with its position. */
  static List<Glyph> glyphs(byte[] pdf) {
    List<Glyph> glyphs = new ArrayList<>();
    try (PDDocument document = load(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              for (TextPosition p : positions) {
                glyphs.add(
                    new Glyph(
                        getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(),
                        p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj()));
              }
            }
          };
      stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return glyphs;
  }

  static float pageWidth(byte[] pdf) {
    try (PDDocument document = load(pdf)) {
      PDPage page = document.getPage(0);
      return page.getMediaBox().getWidth();
    }  catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
