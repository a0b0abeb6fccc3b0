package io.github.communique.pdf.internal;

import com.lowagie.text.Phrase;
import io.github.communique.model.Inline;
import io.github.communique.validate.Nesting;
import java.util.List;
import java.util.Optional;

/**
 * Sets inline content into a phrase: one method per kind of inline, so each could later be
 * wrapped in its own structure tag. Emphasis toggles the slant, strong sets bold, links are
 * clickable only for safe addresses, quotations get the marks of the statement's language at
 * their depth, note references become raised numbers linked to their note and back.
 */
final class InlineLayout implements Inline.Visitor<Void> {
  private final Layout layout;
  private Phrase target;
  private TextStyle style;
  private Decor decor = Decor.NONE;
  private String pendingDestination;
  private int depth;

  InlineLayout(Layout layout) {
    this.layout = layout;
  }

  /**
   * Appends {@code content} to {@code phrase} in {@code base} style; when {@code destination} is
   * not null, the first character set becomes that named place (for headings and notes).
   */
  void set(Phrase phrase, List<Inline> content, TextStyle base, String destination) {
    Phrase savedTarget = target;
    TextStyle savedStyle = style;
    Decor savedDecor = decor;
    target = phrase;
    style = base;
    decor = Decor.NONE;
    pendingDestination = destination;
    for (Inline inline : content) {
      inline.accept(this);
    }
    if (pendingDestination != null) {
      // Nothing was set (an empty heading): the place still needs something to stand on.
      text(" ");
    }
    target = savedTarget;
    style = savedStyle;
    decor = savedDecor;
  }

  private void text(String text) {
    Decor d = decor;
    if (pendingDestination != null && !text.isEmpty()) {
      d = d.withDestination(pendingDestination);
      pendingDestination = null;
    }
    layout.typesetter.add(target, text, style, d);
  }

  private void nested(List<Inline> content, TextStyle inner, Decor innerDecor) {
    if (++depth > layout.limits.maxNestingDepth()) {
      throw DepthRefusal.of(Nesting.Kind.MARKUP, layout.limits.maxNestingDepth());
    }
    TextStyle savedStyle = style;
    Decor savedDecor = decor;
    style = inner;
    decor = innerDecor;
    for (Inline inline : content) {
      inline.accept(this);
    }
    style = savedStyle;
    decor = savedDecor;
    depth--;
  }

  @Override
  public Void visitText(Inline.Text text) {
    text(text.text());
    return null;
  }

  @Override
  public Void visitEmphasis(Inline.Emphasis emphasis) {
    nested(emphasis.content(), style.emphasised(), decor);
    return null;
  }

  @Override
  public Void visitStrong(Inline.Strong strong) {
    nested(strong.content(), style.bold(true), decor);
    return null;
  }

  @Override
  public Void visitLink(Inline.Link link) {
    Optional<String> target = layout.scope.links.target(link.target());
    List<Inline> content =
        link.content().isEmpty() ? List.of(new Inline.Text(link.target())) : link.content();
    if (target.isEmpty()) {
      nested(content, style, decor); // shown, not clickable
    } else {
      nested(content, style.rgb(layout.styles.accent), Decor.link(target.get()));
    }
    return null;
  }

  @Override
  public Void visitLineBreak(Inline.LineBreak lineBreak) {
    layout.typesetter.newline(target, style);
    return null;
  }

  @Override
  public Void visitNoteReference(Inline.NoteReference reference) {
    StatementScope scope = layout.scope;
    int number = scope.noteNumber(reference.noteId());
    TextStyle marker = style.size(style.size() * 0.68f).bold(false).italic(false);
    Decor raised = Decor.NONE.withRise(style.size() * 0.36f);
    if (number == 0) {
      // No such note (validation reports it): show the id rather than drop the reference.
      layout.typesetter.add(target, "[" + reference.noteId() + "]", marker, raised);
      return null;
    }
    Decor linked = raised.withLocalGoto(scope.noteDestination(number));
    if (scope.firstReference(number)) {
      linked = linked.withDestination(scope.referenceDestination(number));
    }
    layout.typesetter.add(
        target, Integer.toString(number), marker.rgb(layout.styles.accent), linked);
    return null;
  }

  @Override
  public Void visitQuotation(Inline.Quotation quotation) {
    int level = layout.quoteDepth;
    if (level >= layout.limits.maxQuotationDepth()) {
      throw DepthRefusal.of(Nesting.Kind.QUOTATIONS, layout.limits.maxQuotationDepth());
    }
    text(layout.scope.quotes.open(level));
    layout.quoteDepth++;
    nested(quotation.content(), style, decor);
    layout.quoteDepth--;
    text(layout.scope.quotes.close(level));
    return null;
  }
}
