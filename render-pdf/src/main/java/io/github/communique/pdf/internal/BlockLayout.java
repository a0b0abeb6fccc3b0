package io.github.communique.pdf.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.ListItem;
import java.awt.Color;
import java.util.List;

/**
 * Lays out blocks, one method per kind: paragraphs in the flow, block quotations indented behind
 * a coloured rule with the attribution under them, embedded statements in a framed box, lists as
 * two-column tables (marker, content) so every line of an item hangs clear of its marker.
 */
final class BlockLayout implements Block.Visitor<Void> {
  private static final String[] BULLETS = {"•", "◦", "▪"};

  private final Layout layout;
  private Sink sink;
  private int listDepth;

  BlockLayout(Layout layout) {
    this.layout = layout;
  }

  /** Lays out {@code blocks} into {@code target}. */
  void add(List<Block> blocks, Sink target) {
    Sink saved = sink;
    sink = target;
    for (Block block : blocks) {
      block.accept(this);
    }
    sink = saved;
  }

  @Override
  public Void visitParagraph(Block.Paragraph paragraph) {
    TextStyle style = layout.body;
    Paragraph p = layout.paragraph(style.size() * 1.45f, 0);
    p.setSpacingAfter(layout.paragraphSpacing);
    layout.inlines.set(p, paragraph.content(), style, null);
    sink.add(p);
    return null;
  }

  @Override
  public Void visitBlockQuotation(Block.BlockQuotation quotation) {
    Styles styles = layout.styles;
    float indent = layout.enterBox(sink, styles.body * 1.5f);
    PdfPCell cell = new PdfPCell();
    cell.setBorder(indent > 0 ? Rectangle.LEFT : Rectangle.NO_BORDER);
    cell.setBorderWidthLeft(2.5f);
    cell.setBorderColorLeft(new Color(styles.accent));
    cell.setPadding(0);
    cell.setPaddingLeft(indent);
    cell.setPaddingBottom(styles.body * 0.1f);
    Sink inside = sink.cell(cell, sink.width() - indent);
    add(quotation.blocks(), inside);
    quotation.attribution().ifPresent(a -> attribution(a, inside));
    closeBox(cell, styles.body * 0.2f, styles.body * 0.3f);
    return null;
  }

  /** Leaves a box and adds it with space above and (beyond a paragraph's) below. */
  private void closeBox(PdfPCell cell, float above, float below) {
    layout.exitBox();
    PdfPTable box = layout.box(cell);
    box.setSpacingBefore(above);
    box.setSpacingAfter(layout.paragraphSpacing + below);
    sink.add(box);
  }

  /** "— Maria Keller, party chair, Green Alliance · Radio North, 3 March 2026 · in an interview". */
  private void attribution(Attribution attribution, Sink inside) {
    TextStyle style = layout.styles.caption().size(layout.styles.body * 0.85f);
    Paragraph p = layout.paragraph(style.size() * 1.4f, 0);
    p.setSpacingAfter(layout.styles.body * 0.3f);
    Bylines.attribution(layout, p, attribution, style);
    inside.add(p);
  }

  @Override
  public Void visitEmbeddedStatement(Block.EmbeddedStatement embedded) {
    Styles styles = layout.styles;
    float padding = layout.enterBox(sink, styles.body * 1.1f);
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.BOX);
    cell.setBorderWidth(0.75f);
    cell.setBorderColor(new Color(Styles.BOX_BORDER));
    cell.setBackgroundColor(new Color(Styles.BOX_FILL));
    cell.setPadding(padding);
    cell.setPaddingTop(padding * 0.6f);
    Sink inside = sink.cell(cell, sink.width() - 2 * padding);
    layout.embedded(embedded.statement(), embedded.delivery(), inside);
    closeBox(cell, styles.body * 0.4f, styles.body * 0.4f);
    return null;
  }

  @Override
  public Void visitBulletList(Block.BulletList list) {
    String bullet = BULLETS[listDepth % BULLETS.length];
    String[] markers = new String[list.items().size()];
    java.util.Arrays.fill(markers, bullet);
    list(list.items(), markers, layout.styles.body * 1.4f);
    return null;
  }

  @Override
  public Void visitOrderedList(Block.OrderedList list) {
    String[] markers = new String[list.items().size()];
    float widest = 0;
    TextStyle style = layout.body;
    for (int i = 0; i < markers.length; i++) {
      markers[i] = (list.start() + (long) i) + ".";
      widest = Math.max(widest, Typesetter.width(layout.phrase(markers[i], style)));
    }
    list(list.items(), markers, widest + layout.styles.body * 0.7f);
    return null;
  }

  private void list(List<ListItem> items, String[] markers, float markerWidth) {
    if (items.isEmpty()) {
      return;
    }
    float hang = layout.enterBox(sink, markerWidth);
    listDepth++;
    float width = sink.width();
    PdfPTable table = hang > 0 ? layout.columns(hang, width - hang) : layout.columns(width);
    table.setSpacingAfter(layout.paragraphSpacing * 0.6f);
    TextStyle style = layout.body;
    float itemSpacing = layout.paragraphSpacing * 0.4f;
    for (int i = 0; i < items.size(); i++) {
      if (hang > 0) {
        PdfPCell marker = Layout.plainCell();
        marker.setPaddingRight(layout.styles.body * 0.45f);
        Paragraph m = layout.paragraph(style.size() * 1.45f, 0);
        m.setAlignment(Element.ALIGN_RIGHT);
        layout.typesetter.add(m, markers[i], style.bold(false).italic(false), Decor.NONE);
        sink.cell(marker, hang).add(m);
        table.addCell(marker);
      }
      PdfPCell content = Layout.plainCell();
      content.setPaddingBottom(itemSpacing);
      Sink inside = sink.cell(content, width - hang);
      ListItem item = items.get(i);
      layout.withBody(style, layout.styles.body * 0.35f, () -> add(item.blocks(), inside));
      table.addCell(content);
    }
    listDepth--;
    layout.exitBox();
    sink.add(table);
  }

  @Override
  public Void visitThematicBreak(Block.ThematicBreak thematicBreak) {
    PdfPTable rule =
        layout.rule(0.6f, Styles.RULE, 30, Element.ALIGN_CENTER, layout.paragraphSpacing * 1.5f);
    rule.setSpacingBefore(layout.paragraphSpacing);
    sink.add(rule);
    return null;
  }
}
