package io.github.communique.pdf.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Where laid-out blocks go: the page flow, or the inside of a box (a block quotation, an embedded
 * statement, a list item). Knows the width it has, so nested boxes can stop indenting before the
 * text column becomes too narrow to hold a word.
 */
interface Sink {
  void add(Element element);

  /** A sink for the inside of {@code cell}, which leaves {@code width} points for text. */
  Sink cell(PdfPCell cell, float width);

  /** The width available to text, in points. */
  float width();

  /**
   * Starts a new page when less than {@code height} points are left on this one, so a heading is
   * never left alone at the foot of a page. Boxes split where OpenPDF splits them.
   */
  void keepSpace(float height);

  /**
   * OpenPDF makes a paragraph's space above and below by setting a space character in the
   * paragraph's own font (Helvetica unless set, which would put an unembedded font in the file,
   * and a full-size space that text extraction mistakes for part of the nearest line). Each
   * paragraph gets a tiny embedded font for that, set after its text so the text keeps its fonts.
   */
  static void useSpacer(Element element, Font spacer) {
    if (element instanceof Paragraph paragraph) {
      paragraph.setFont(spacer);
    }
  }

  /** The page flow: elements go straight into the document, which writes full pages out. */
  record Page(Document document, PdfWriter writer, Font spacer) implements Sink {
    @Override
    public void add(Element element) {
      useSpacer(element, spacer);
      try {
        document.add(element);
      } catch (DocumentException e) {
        throw new IllegalStateException("OpenPDF refused a " + element.getClass().getSimpleName(), e);
      }
    }

    @Override
    public float width() {
      return document.right() - document.left();
    }

    @Override
    public Sink cell(PdfPCell cell, float width) {
      return new Cell(cell, width, spacer);
    }

    @Override
    public void keepSpace(float height) {
      if (writer.getVerticalPosition(false) - document.bottom() < height) {
        document.newPage();
      }
    }
  }

  /** The inside of a table cell that draws a box or holds a list item. */
  record Cell(PdfPCell cell, float width, Font spacer) implements Sink {
    @Override
    public void add(Element element) {
      useSpacer(element, spacer);
      cell.addElement(element);
    }

    @Override
    public Sink cell(PdfPCell inner, float innerWidth) {
      return new Cell(inner, innerWidth, spacer);
    }

    @Override
    public void keepSpace(float height) {
      // A cell's content is laid out when the table is: nothing to keep here.
    }
  }
}
