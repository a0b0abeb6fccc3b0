package io.github.communique.html;

import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.ListItem;
import io.github.communique.model.QuoteStyle;
import java.util.List;

/**
 * Writes inline content as plain text (for the page's description and the JSON-LD metadata)
 * straight into an attribute value or a JSON string, without building a string first. Quotation
 * marks come from the quote style like everywhere else; note references and markup are dropped.
 */
final class PlainText implements Inline.Visitor<Void>, Block.Visitor<Void> {
  /** Where the text goes. */
  enum Sink {
    ATTRIBUTE,
    JSON
  }

  private final HtmlWriter out;
  private final Sink sink;
  private final QuoteStyle style;
  private int depth;
  private boolean firstBlock = true;

  PlainText(HtmlWriter out, Sink sink, QuoteStyle style) {
    this.out = out;
    this.sink = sink;
    this.style = style;
  }

  /** Starts a new text whose quotations are {@code depth} levels deep; returns this. */
  PlainText at(int depth) {
    this.depth = depth;
    this.firstBlock = true;
    return this;
  }

  void inlines(List<Inline> content) {
    for (int i = 0; i < content.size(); i++) {
      content.get(i).accept(this);
    }
  }

  /** The text of blocks, one line per paragraph. */
  void blocks(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      blocks.get(i).accept(this);
    }
  }

  private void write(String text) {
    if (sink == Sink.ATTRIBUTE) {
      out.attr(text);
    } else {
      out.jsonChars(text);
    }
  }

  @Override
  public Void visitText(Inline.Text text) {
    write(text.text());
    return null;
  }

  @Override
  public Void visitEmphasis(Inline.Emphasis emphasis) {
    inlines(emphasis.content());
    return null;
  }

  @Override
  public Void visitStrong(Inline.Strong strong) {
    inlines(strong.content());
    return null;
  }

  @Override
  public Void visitLink(Inline.Link link) {
    inlines(link.content());
    return null;
  }

  @Override
  public Void visitLineBreak(Inline.LineBreak lineBreak) {
    write(" ");
    return null;
  }

  @Override
  public Void visitNoteReference(Inline.NoteReference noteReference) {
    return null;
  }

  @Override
  public Void visitQuotation(Inline.Quotation quotation) {
    write(style.open(depth));
    depth++;
    inlines(quotation.content());
    depth--;
    write(style.close(depth));
    return null;
  }

  @Override
  public Void visitParagraph(Block.Paragraph paragraph) {
    if (!firstBlock) {
      write("\n");
    }
    firstBlock = false;
    inlines(paragraph.content());
    return null;
  }

  @Override
  public Void visitBlockQuotation(Block.BlockQuotation blockQuotation) {
    blocks(blockQuotation.blocks());
    return null;
  }

  @Override
  public Void visitEmbeddedStatement(Block.EmbeddedStatement embeddedStatement) {
    return null; // a statement of its own, described by its own metadata
  }

  @Override
  public Void visitBulletList(Block.BulletList bulletList) {
    items(bulletList.items());
    return null;
  }

  @Override
  public Void visitOrderedList(Block.OrderedList orderedList) {
    items(orderedList.items());
    return null;
  }

  private void items(List<ListItem> items) {
    for (int i = 0; i < items.size(); i++) {
      blocks(items.get(i).blocks());
    }
  }

  @Override
  public Void visitThematicBreak(Block.ThematicBreak thematicBreak) {
    return null;
  }
}
