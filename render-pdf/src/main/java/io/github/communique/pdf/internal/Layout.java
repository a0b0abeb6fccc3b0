package io.github.communique.pdf.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.communique.model.Anchors;
import io.github.communique.model.Inline;
import io.github.communique.model.Section;
import io.github.communique.model.Statement;
import io.github.communique.render.PlainText;
import io.github.communique.render.RenderOptions;
import io.github.communique.validate.Limits;
import io.github.communique.validate.Nesting;
import java.awt.Color;
import java.util.List;

/**
 * The state of one render and the top-level order of a statement on the page: title block, body,
 * sections, back matter. The kinds of content are laid out by {@link BlockLayout}, {@link
 * InlineLayout}, {@link FrontMatter} and {@link BackMatter}, one method per model node, so that
 * a later tagged-PDF version can wrap each in its structure element.
 */
final class Layout {
  /** A box stops indenting its content when that would leave less than this many points. */
  private static final float MIN_TEXT_WIDTH = 144;

  final Styles styles;
  final Typesetter typesetter;
  final Limits limits;
  final RenderOptions options;
  final Anchors anchors;
  final InlineLayout inlines;
  final BlockLayout blocks;
  final FrontMatter front;
  final BackMatter back;

  /** The statement being laid out: the top-level one or an embedded one. */
  StatementScope scope;
  /** How many quotations enclose the current point; embedded statements count as one. */
  int quoteDepth;
  /** How many boxes (quotations, embedded statements, lists) enclose the current point. */
  int boxDepth;
  /** The bookmark new sections go under; the root once the document is open. */
  PdfOutline outline;
  /** The style of running text here: smaller in notes. */
  TextStyle body;
  float paragraphSpacing;
  private int statements;
  private int sectionDepth;

  Layout(
      Statement statement, Styles styles, Typesetter typesetter, Limits limits,
      RenderOptions options) {
    this.styles = styles;
    this.typesetter = typesetter;
    this.limits = limits;
    this.options = options;
    this.anchors = Anchors.of(statement);
    this.body = styles.text();
    this.paragraphSpacing = styles.paragraphSpacing;
    this.scope = new StatementScope(statement, statements++, options);
    this.inlines = new InlineLayout(this);
    this.blocks = new BlockLayout(this);
    this.front = new FrontMatter(this);
    this.back = new BackMatter(this);
  }

  /** Lays out the top-level statement into the page flow. */
  void statement(Sink page) {
    Statement statement = scope.statement;
    front.titleBlock(statement, page);
    blocks.add(statement.body(), page);
    for (Section section : statement.sections()) {
      section(section, 1, page);
    }
    back.backMatter(statement, page);
    page.finish();
  }

  /** Lays out a statement embedded in the current one, inside {@code box}. */
  void embedded(Statement statement, java.util.Optional<String> delivery, Sink box) {
    StatementScope outer = scope;
    PdfOutline outerOutline = outline;
    int outerSectionDepth = sectionDepth;
    scope = new StatementScope(statement, statements++, options);
    sectionDepth = 0;
    quoteDepth++; // the embedded statement is itself a quotation
    front.embeddedHeader(statement, delivery, box);
    blocks.add(statement.body(), box);
    for (Section section : statement.sections()) {
      section(section, 2, box);
    }
    back.backMatter(statement, box);
    quoteDepth--;
    sectionDepth = outerSectionDepth;
    outline = outerOutline;
    scope = outer;
  }

  /** A section: heading (a bookmark and a named place), blocks, subsections. */
  void section(Section section, int level, Sink sink) {
    String destination = "section-" + asciiName(anchors.id(section));
    TextStyle style = styles.heading(level);
    Paragraph heading = paragraph(style.size() * 1.25f, styles.body * (level == 1 ? 1.4f : 1.0f));
    heading.setSpacingAfter(styles.body * 0.4f);
    inlines.set(heading, section.heading(), style, destination);
    keepWithNext(heading, sink);
    sink.add(heading);
    PdfOutline parent = outline;
    outline = bookmark(destination, section.heading(), level < 2);
    blocks.add(section.blocks(), sink);
    if (!section.subsections().isEmpty() && ++sectionDepth >= limits.maxSectionDepth()) {
      throw DepthRefusal.of(Nesting.Kind.SECTIONS, limits.maxSectionDepth());
    }
    for (Section subsection : section.subsections()) {
      section(subsection, level + 1, sink);
    }
    if (!section.subsections().isEmpty()) {
      sectionDepth--;
    }
    outline = parent;
  }

  /**
   * Makes sure {@code heading} and three lines of what follows fit on the page, else starts a
   * new one: a heading never stands alone at the foot of a page, nor splits across two. (OpenPDF's
   * keep-together would set the heading through a table, which costs a table layout each.)
   */
  void keepWithNext(Paragraph heading, Sink sink) {
    sink.keepWithNext(heading, styles.leading * 3);
  }

  /**
   * An anchor id as a destination name OpenPDF writes faithfully: it keeps only the low byte of
   * each character of a name, so anything but ASCII letters, digits, '-', '_' and '.' is
   * percent-encoded as UTF-8 ("наші-вимоги" becomes "%D0%BD%D0%B0…"). ASCII names also sort the
   * same as strings and as bytes, which the name tree of destinations needs.
   */
  static String asciiName(String id) {
    StringBuilder name = new StringBuilder(id.length());
    for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '-' || c == '_' || c == '.') {
        name.append(c);
      } else {
        name.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return name.toString();
  }

  /** A bookmark under the current one that opens {@code destination}. */
  PdfOutline bookmark(String destination, List<Inline> title, boolean open) {
    return bookmark(destination, PlainText.line(title, scope.quotes, quoteDepth), open);
  }

  PdfOutline bookmark(String destination, String title, boolean open) {
    return new PdfOutline(
        outline, PdfAction.gotoLocalPage(destination, false), title.isEmpty() ? "·" : title, open);
  }

  /** An empty paragraph with the given leading and space above. */
  Paragraph paragraph(float leading, float spacingBefore) {
    Paragraph paragraph = new Paragraph(leading);
    paragraph.setSpacingBefore(spacingBefore);
    paragraph.setAlignment(Element.ALIGN_LEFT);
    return paragraph;
  }

  /** A paragraph holding {@code text} in one style. */
  Paragraph line(String text, TextStyle style, Decor decor) {
    Paragraph paragraph = paragraph(style.size() * 1.4f, 0);
    typesetter.add(paragraph, text, style, decor);
    return paragraph;
  }

  /**
   * A horizontal rule across {@code percent} of the column: a table whose one empty cell has only
   * a bottom border, which (unlike OpenPDF's LineSeparator) spans exactly the column.
   */
  PdfPTable rule(float thickness, int rgb, float percent, int alignment, float spaceAfter) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(com.lowagie.text.Rectangle.BOTTOM);
    cell.setBorderWidthBottom(thickness);
    cell.setBorderColorBottom(new Color(rgb));
    cell.setFixedHeight(thickness);
    cell.setPadding(0);
    PdfPTable rule = new PdfPTable(1);
    rule.setWidthPercentage(percent);
    rule.setHorizontalAlignment(alignment);
    rule.addCell(cell);
    rule.setSpacingAfter(spaceAfter);
    return rule;
  }

  /**
   * A one-cell table that frames content: a block quotation, an embedded statement, the embargo
   * line. It splits across pages as its content needs.
   */
  PdfPTable box(PdfPCell cell) {
    PdfPTable table = new PdfPTable(1);
    table.setWidthPercentage(100);
    table.setSplitLate(false);
    table.setSplitRows(true);
    table.addCell(cell);
    return table;
  }

  /** A borderless table of columns of the given widths in points, across the column. */
  PdfPTable columns(float... widths) {
    PdfPTable table = new PdfPTable(widths.length);
    table.setWidthPercentage(100);
    if (widths.length > 1) {
      try {
        table.setWidths(widths);
      } catch (com.lowagie.text.DocumentException e) {
        throw new IllegalStateException("column widths " + java.util.Arrays.toString(widths), e);
      }
    }
    table.setSplitLate(false);
    return table;
  }

  /** A table cell without border or padding. */
  static PdfPCell plainCell() {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(com.lowagie.text.Rectangle.NO_BORDER);
    cell.setPadding(0);
    return cell;
  }

  /**
   * Enters a box whose content is indented by {@code indent} points, or by nothing when that
   * would leave the text too narrow; returns the indent to use.
   */
  float enterBox(Sink outer, float indent) {
    if (++boxDepth > limits.maxNestingDepth()) {
      throw DepthRefusal.of(Nesting.Kind.BLOCKS, limits.maxNestingDepth());
    }
    return outer.width() - indent < MIN_TEXT_WIDTH ? 0 : indent;
  }

  void exitBox() {
    boxDepth--;
  }

  /** Runs {@code content} with smaller running text (notes). */
  void withBody(TextStyle style, float spacing, Runnable content) {
    TextStyle savedBody = body;
    float savedSpacing = paragraphSpacing;
    body = style;
    paragraphSpacing = spacing;
    content.run();
    body = savedBody;
    paragraphSpacing = savedSpacing;
  }

  /** A phrase for text outside any paragraph (footer, table cells of labels). */
  Phrase phrase(String text, TextStyle style) {
    Phrase phrase = new Phrase();
    typesetter.add(phrase, text, style, Decor.NONE);
    return phrase;
  }
}
