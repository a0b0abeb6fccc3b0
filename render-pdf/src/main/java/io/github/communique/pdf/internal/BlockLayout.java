package io.github.communique.pdf.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
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
  private static final float RULE_WIDTH = 2.5f;

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
    sink.space(styles.body * 0.2f);
    SideRules.Rule rule = indent > 0 ? sink.openRule(RULE_WIDTH, styles.accent) : null;
    if (rule == null) {
      framedQuotation(quotation, indent);
      return null;
    }
    // In the page flow: indented paragraphs beside a rule, looking as the framed cell below.
    Sink inside = sink.indented(indent);
    add(quotation.blocks(), inside);
    quotation.attribution().ifPresent(a -> attribution(a, inside));
    sink.closeRule(rule, styles.body * 0.1f);
    layout.exitBox();
    sink.space(layout.paragraphSpacing + styles.body * 0.4f);
    return null;
  }

  /** A block quotation in a table cell (inside a box or a note), its rule the cell's border. */
  private void framedQuotation(Block.BlockQuotation quotation, float indent) {
    Styles styles = layout.styles;
    PdfPCell cell = new PdfPCell();
    cell.setBorder(indent > 0 ? Rectangle.LEFT : Rectangle.NO_BORDER);
    cell.setBorderWidthLeft(RULE_WIDTH);
    cell.setBorderColorLeft(new Color(styles.accent));
    cell.setPadding(0);
    cell.setPaddingLeft(indent);
    cell.setPaddingBottom(styles.body * 0.1f);
    Sink inside = sink.cell(cell, sink.width() - indent);
    add(quotation.blocks(), inside);
    quotation.attribution().ifPresent(a -> attribution(a, inside));
    closeBox(cell, 0, styles.body * 0.3f);
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

  /**
   * Each item's blocks indented by {@code markerWidth}, its marker hanging in the indent beside
   * the first line, right-aligned so that numbers of different widths line up.
   */
  private void list(List<ListItem> items, String[] markers, float markerWidth) {
    if (items.isEmpty()) {
      return;
    }
    float hang = layout.enterBox(sink, markerWidth);
    listDepth++;
    TextStyle style = layout.body;
    TextStyle markerStyle = style.bold(false).italic(false);
    float gap = layout.styles.body * 0.45f;
    float itemSpacing = layout.paragraphSpacing * 0.4f;
    for (int i = 0; i < items.size(); i++) {
      Phrase marker = layout.phrase(markers[i], markerStyle);
      Sink inside = sink.hanging(hang, marker, Typesetter.width(marker), gap);
      ListItem item = items.get(i);
      layout.withBody(style, layout.styles.body * 0.35f, () -> add(item.blocks(), inside));
      inside.finish();
      sink.space(itemSpacing);
    }
    listDepth--;
    layout.exitBox();
    sink.space(layout.paragraphSpacing * 0.6f);
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
