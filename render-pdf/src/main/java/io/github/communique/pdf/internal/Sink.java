package io.github.communique.pdf.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import java.awt.Color;

/**
 * Where laid-out blocks go: the page flow, the inside of a table cell (an embedded statement's
 * box, a note), or either of these indented (a block quotation, a list item). Knows the width it
 * has, so nested boxes can stop indenting before the text column becomes too narrow to hold a
 * word.
 *
 * <p>Indented content stays in the flow it is in, as paragraphs with a left indent, rather than
 * going into a table cell: OpenPDF sets a cell's text through {@code ColumnText}, several times
 * slower than the page flow, and lays each table out twice (to measure it, then to draw it).
 */
interface Sink {
  void add(Element element);

  /** A sink for the inside of {@code cell}, which leaves {@code width} points for text. */
  Sink cell(PdfPCell cell, float width);

  /** The width available to text, in points. */
  float width();

  /**
   * Keeps {@code heading}, about to be added, with {@code next} points of what follows: starts a
   * new page unless both fit. In a cell, where OpenPDF lays the text out later, it does nothing.
   */
  default void keepWithNext(Paragraph heading, float next) {}

  /** Leaves {@code points} of space above whatever is added next (none at the top of a page). */
  void space(float points);

  /** This flow, indented by {@code indent} points on the left. */
  default Sink indented(float indent) {
    return new Indented(this, indent, null, 0);
  }

  /**
   * This flow indented by {@code hang} points, with {@code marker} hanging in the indent before
   * the first line of the first paragraph: a list item. The marker ends {@code gap}
   * points before the text, so markers of different widths line up on their right.
   */
  default Sink hanging(float hang, Phrase marker, float markerWidth, float gap) {
    return new Indented(this, hang, marker, markerWidth + gap);
  }

  /**
   * Starts a vertical rule of {@code width} points in {@code rgb} down the left edge of what is
   * added from now until {@link #closeRule}, across pages; null where no rule can be drawn (inside
   * a table cell), and the caller frames the content with a cell border instead.
   */
  SideRules.Rule openRule(float width, int rgb);

  /** Ends {@code rule} {@code below} points under the last line added. */
  void closeRule(SideRules.Rule rule, float below);

  /**
   * Called when nothing more is added: sets a marker that no paragraph took (an empty item), or
   * writes out what the page flow holds back.
   */
  default void finish() {}

  /**
   * In a table cell OpenPDF makes a paragraph's space above and below by setting a space
   * character in the paragraph's own font (Helvetica unless set, which would put an unembedded
   * font in the file, and a full-size space that text extraction mistakes for part of the nearest
   * line). Each paragraph in a cell gets a tiny embedded font for that, set after its text so the
   * text keeps its fonts. (The page flow, {@link Flow}, leaves a gap instead.)
   */
  static void useSpacer(Element element, Font spacer) {
    if (element instanceof Paragraph paragraph) {
      paragraph.setFont(spacer);
    }
  }

  /** Adds {@code extra} points to the space above {@code element}. */
  static void addSpaceBefore(Element element, float extra) {
    if (extra == 0) {
      return;
    }
    if (element instanceof Paragraph paragraph) {
      paragraph.setSpacingBefore(paragraph.getSpacingBefore() + extra);
    } else if (element instanceof PdfPTable table) {
      table.setSpacingBefore(table.spacingBefore() + extra);
    }
  }

  /**
   * The page flow: elements go to the {@link Flow}, which writes full pages out. The last element
   * is held back until the next comes, so that space asked for after it (after a list item or a
   * block quotation) joins its own space below: one gap, as when these were table cells, rather
   * than two that the flow would place or leave out separately at the foot of a page.
   */
  final class Page implements Sink {
    private final Flow flow;
    private final Font spacer;
    private Element held;
    private float pending;

    Page(Flow flow, Font spacer) {
      this.flow = flow;
      this.spacer = spacer;
    }

    @Override
    public void add(Element element) {
      flush();
      addSpaceBefore(element, pending);
      pending = 0;
      held = element;
    }

    @Override
    public void finish() {
      flush();
      flow.finish();
    }

    private void flush() {
      Element element = held;
      if (element != null) {
        held = null;
        flow.add(element);
      }
    }

    @Override
    public float width() {
      return flow.width();
    }

    @Override
    public Sink cell(PdfPCell cell, float width) {
      return new Cell(cell, width, spacer);
    }

    private void keepSpace(float height) {
      flush();
      if (flow.y() - flow.bottom() < height) {
        flow.newPage();
      }
    }

    @Override
    public void keepWithNext(Paragraph heading, float next) {
      // Spaced as when OpenPDF's keep-together set headings in a table: a line's height more
      // above, and the text right below.
      heading.setSpacingBefore(heading.getSpacingBefore() + heading.getTotalLeading());
      heading.setSpacingAfter(0);
      // The lines the heading takes, counting a little short so a nearly full line counts as two.
      int lines = 1 + (int) (flow.measure(heading) / (flow.width() * 0.9f));
      keepSpace(heading.getTotalLeading() * lines + next);
    }

    @Override
    public void space(float points) {
      if (held instanceof Paragraph paragraph) {
        paragraph.setSpacingAfter(paragraph.getSpacingAfter() + points);
      } else if (held instanceof PdfPTable table) {
        table.setSpacingAfter(table.spacingAfter() + points);
      } else {
        pending += points;
      }
    }

    @Override
    public SideRules.Rule openRule(float width, int rgb) {
      flush();
      return flow.openRule(width, new Color(rgb));
    }

    @Override
    public void closeRule(SideRules.Rule rule, float below) {
      flush();
      flow.closeRule(rule, below);
    }
  }

  /** The inside of a table cell that draws a box or holds a note. */
  final class Cell implements Sink {
    private final PdfPCell cell;
    private final float width;
    private final Font spacer;
    private float pending;

    Cell(PdfPCell cell, float width, Font spacer) {
      this.cell = cell;
      this.width = width;
      this.spacer = spacer;
    }

    @Override
    public void add(Element element) {
      addSpaceBefore(element, pending); // OpenPDF ignores it at the top of the cell
      pending = 0;
      useSpacer(element, spacer);
      cell.addElement(element);
    }

    @Override
    public Sink cell(PdfPCell inner, float innerWidth) {
      return new Cell(inner, innerWidth, spacer);
    }

    @Override
    public float width() {
      return width;
    }

    @Override
    public void space(float points) {
      pending += points;
    }

    @Override
    public SideRules.Rule openRule(float width, int rgb) {
      return null;
    }

    @Override
    public void closeRule(SideRules.Rule rule, float below) {
      throw new IllegalStateException("a cell has no rules to close");
    }
  }

  /**
   * Another flow indented: paragraphs get a left indent, anything else (a box, a rule) a table
   * that holds it clear of the indent. May carry a marker for the first paragraph.
   */
  final class Indented implements Sink {
    private final Sink outer;
    private final float indent;
    private Phrase marker;
    private final float markerSpace;

    Indented(Sink outer, float indent, Phrase marker, float markerSpace) {
      this.outer = outer;
      this.indent = indent;
      this.marker = marker;
      this.markerSpace = markerSpace;
    }

    @Override
    public void add(Element element) {
      if (element instanceof Paragraph paragraph) {
        if (marker != null) {
          hang(paragraph);
          marker = null;
        }
        paragraph.setIndentationLeft(paragraph.getIndentationLeft() + indent);
        outer.add(paragraph);
        return;
      }
      if (marker != null) {
        outer.add(markerOnly());
      }
      if (indent <= 0) {
        outer.add(element);
        return;
      }
      PdfPTable wrapper = new PdfPTable(2);
      wrapper.setWidthPercentage(100);
      try {
        wrapper.setWidths(new float[] {indent, outer.width() - indent});
      } catch (DocumentException e) {
        throw new IllegalStateException("indent " + indent + " of " + outer.width(), e);
      }
      wrapper.setSplitLate(false);
      wrapper.setSplitRows(true);
      if (element instanceof PdfPTable table) {
        wrapper.setSpacingBefore(table.spacingBefore());
        wrapper.setSpacingAfter(table.spacingAfter());
        table.setSpacingBefore(0);
        table.setSpacingAfter(0);
      }
      wrapper.addCell(Layout.plainCell());
      PdfPCell cell = Layout.plainCell();
      cell.addElement(element);
      wrapper.addCell(cell);
      outer.add(wrapper);
    }

    /**
     * Sets the marker in front of {@code paragraph}'s first line, hanging into the indent: the
     * first line starts where the indent does, a tab stop takes the marker to its place and
     * another takes the text to where the paragraph's other lines start.
     */
    private void hang(Paragraph paragraph) {
      Font font = ((Chunk) marker.get(0)).getFont();
      if (indent < markerSpace) { // no room to hang it (a very narrow column): inline
        paragraph.add(0, new Chunk(" ", font));
        for (int i = marker.size() - 1; i >= 0; i--) {
          paragraph.add(0, marker.get(i));
        }
        return;
      }
      paragraph.setFirstLineIndent(paragraph.getFirstLineIndent() - indent);
      // Markers already there (an item that starts with a list) move right with their line.
      for (int i = 0; i < paragraph.size(); i++) {
        if (paragraph.get(i) instanceof Chunk chunk && chunk.hasAttributes()
            && chunk.getChunkAttributes().get(Chunk.TAB) instanceof Object[] tab) {
          paragraph.set(i, tab(chunk.getFont(), (Float) tab[1] + indent));
        }
      }
      int at = 0;
      paragraph.add(at++, tab(font, Math.max(0, indent - markerSpace)));
      for (Element element : marker) {
        paragraph.add(at++, element);
      }
      paragraph.add(at, tab(font, indent));
    }

    /** A paragraph of just the marker, for an item that starts with something else. */
    private Paragraph markerOnly() {
      Font font = ((Chunk) marker.get(0)).getFont();
      Paragraph paragraph = new Paragraph(font.getSize() * 1.45f);
      paragraph.add(tab(font, Math.max(0, indent - markerSpace)));
      marker.forEach(paragraph::add);
      marker = null;
      return paragraph; // at the outer sink's indent, where the marker's column starts
    }

    private static Chunk tab(Font font, float position) {
      Chunk tab = new Chunk(new VerticalPositionMark(), position);
      tab.setFont(font); // else OpenPDF would name Helvetica, unembedded, for it
      return tab;
    }

    @Override
    public Sink cell(PdfPCell cell, float width) {
      return outer.cell(cell, width);
    }

    @Override
    public float width() {
      return outer.width() - indent;
    }

    @Override
    public void keepWithNext(Paragraph heading, float next) {
      outer.keepWithNext(heading, next);
    }

    @Override
    public void space(float points) {
      outer.space(points);
    }

    @Override
    public void finish() {
      if (marker != null) {
        outer.add(markerOnly());
      }
    }

    @Override
    public SideRules.Rule openRule(float width, int rgb) {
      SideRules.Rule rule = outer.openRule(width, rgb);
      if (rule != null) {
        rule.shift(indent);
      }
      return rule;
    }

    @Override
    public void closeRule(SideRules.Rule rule, float below) {
      outer.closeRule(rule, below);
    }
  }
}
