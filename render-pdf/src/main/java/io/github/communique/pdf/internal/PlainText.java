package io.github.communique.pdf.internal;

import io.github.communique.model.Inline;
import io.github.communique.model.QuoteStyle;
import java.util.List;

/**
 * Inline content as one line of plain text with the right quotation marks, for the places a PDF
 * holds text outside the page: bookmarks and document information.
 */
final class PlainText implements Inline.Visitor<Void> {
  private final StringBuilder text = new StringBuilder();
  private final QuoteStyle quotes;
  private int depth;
  private int nesting;

  private PlainText(QuoteStyle quotes, int depth) {
    this.quotes = quotes;
    this.depth = depth;
  }

  /** {@code content} as text; quotations start at {@code depth}. */
  static String of(List<Inline> content, QuoteStyle quotes, int depth) {
    PlainText plain = new PlainText(quotes, depth);
    content.forEach(inline -> inline.accept(plain));
    return plain.text.toString().replaceAll("\\s+", " ").strip();
  }

  /** The layout refuses content nested this deep; metadata only needs to not overflow the stack. */
  private static final int MAX_NESTING = 256;

  private void inner(List<Inline> content) {
    if (++nesting <= MAX_NESTING) {
      content.forEach(inline -> inline.accept(this));
    }
    nesting--;
  }

  @Override
  public Void visitText(Inline.Text t) {
    text.append(t.text());
    return null;
  }

  @Override
  public Void visitEmphasis(Inline.Emphasis emphasis) {
    inner(emphasis.content());
    return null;
  }

  @Override
  public Void visitStrong(Inline.Strong strong) {
    inner(strong.content());
    return null;
  }

  @Override
  public Void visitLink(Inline.Link link) {
    inner(link.content());
    return null;
  }

  @Override
  public Void visitLineBreak(Inline.LineBreak lineBreak) {
    text.append(' ');
    return null;
  }

  @Override
  public Void visitNoteReference(Inline.NoteReference noteReference) {
    return null; // a note number means nothing in a bookmark
  }

  @Override
  public Void visitQuotation(Inline.Quotation quotation) {
    text.append(quotes.open(depth));
    depth++;
    inner(quotation.content());
    depth--;
    text.append(quotes.close(depth));
    return null;
  }
}
