package io.github.communique.render;

import static java.util.Objects.requireNonNull;

import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.ListItem;
import io.github.communique.model.QuoteStyle;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Content as plain text with the quotation marks of a {@link QuoteStyle}, for the places a
 * renderer puts words outside its page: an HTML page's description and metadata, a PDF's bookmarks
 * and document information. Markup and note references are dropped, a line break becomes a space,
 * paragraphs are separated by a line end, and an embedded statement is left out (it is described by
 * its own metadata). Unlike {@link io.github.communique.model.Traversal#plainText}, quotations keep
 * their marks, nested ones in the marks of their depth.
 *
 * <p>The text goes to a consumer piece by piece, so that a streaming renderer can escape it on the
 * way without building a string. One instance can be reused for many pieces of content of a render;
 * it is not thread-safe.
 */
public final class PlainText {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Consumer<String> out;
  private final QuoteStyle quotes;
  private final Visitor visitor = new Visitor();
  private int depth;
  private boolean firstParagraph;

  private PlainText(Consumer<String> out, QuoteStyle quotes) {
    this.out = out;
    this.quotes = quotes;
  }

  /** Plain text that goes to {@code out}, with the marks of {@code quotes}. */
  public static PlainText to(Consumer<String> out, QuoteStyle quotes) {
    return new PlainText(requireNonNull(out, "out"), requireNonNull(quotes, "quotes"));
  }

  /**
   * {@code content} as one line of text: runs of whitespace, line ends included, become one space,
   * with none at either end. Quotations start {@code depth} levels deep.
   */
  public static String line(List<Inline> content, QuoteStyle quotes, int depth) {
    StringBuilder text = new StringBuilder();
    to(text::append, quotes).inlines(content, depth);
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  /** Writes {@code content}, whose quotations are {@code depth} levels deep (0: not quoted). */
  public void inlines(List<Inline> content, int depth) {
    this.depth = depth;
    visitor.inlines(content);
  }

  /**
   * Writes the paragraphs of {@code blocks}, in block quotations and list items too, one line
   * each; quotations are {@code depth} levels deep.
   */
  public void blocks(List<Block> blocks, int depth) {
    this.depth = depth;
    firstParagraph = true;
    visitor.blocks(blocks);
  }

  /** The walk itself, kept apart so that the visitor methods are not part of the public API. */
  private final class Visitor implements Inline.Visitor<Void>, Block.Visitor<Void> {
    void inlines(List<Inline> content) {
      for (int i = 0; i < content.size(); i++) {
        content.get(i).accept(this);
      }
    }

    void blocks(List<Block> blocks) {
      for (int i = 0; i < blocks.size(); i++) {
        blocks.get(i).accept(this);
      }
    }

    @Override
    public Void visitText(Inline.Text text) {
      out.accept(text.text());
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
      inlines(link.content()); // the words, not the address
      return null;
    }

    @Override
    public Void visitLineBreak(Inline.LineBreak lineBreak) {
      out.accept(" ");
      return null;
    }

    @Override
    public Void visitNoteReference(Inline.NoteReference noteReference) {
      return null; // a note number means nothing outside the page
    }

    @Override
    public Void visitQuotation(Inline.Quotation quotation) {
      out.accept(quotes.open(depth));
      depth++;
      inlines(quotation.content());
      depth--;
      out.accept(quotes.close(depth));
      return null;
    }

    @Override
    public Void visitParagraph(Block.Paragraph paragraph) {
      if (!firstParagraph) {
        out.accept("\n");
      }
      firstParagraph = false;
      inlines(paragraph.content());
      return null;
    }

    @Override
    public Void visitBlockQuotation(Block.BlockQuotation blockQuotation) {
      blocks(blockQuotation.blocks()); // set off on the page, not a level of quotation
      return null;
    }

    @Override
    public Void visitEmbeddedStatement(Block.EmbeddedStatement embeddedStatement) {
      return null;
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
}
