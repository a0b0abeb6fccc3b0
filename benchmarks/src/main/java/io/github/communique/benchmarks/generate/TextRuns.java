package io.github.communique.benchmarks.generate;

import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.ListItem;
import io.github.communique.model.QuoteStyle;
import io.github.communique.model.Section;
import io.github.communique.model.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a statement flattened for the floors that measure what any renderer must at least
 * do: {@link #runs} are the text runs in reading order (each {@code Text} inline's string as it
 * stands in the model, with a {@code "\n"} run closing each block), for the escape and copy loops;
 * {@link #paragraphs} are the paragraphs' whole text with quotation marks, for raw OpenPDF.
 *
 * @param runs text runs, a {@code "\n"} after each block
 * @param paragraphs each heading, paragraph and list item as one string, title first
 */
public record TextRuns(List<String> runs, List<String> paragraphs) {

  public static TextRuns of(Statement statement) {
    Collector collector = new Collector(QuoteStyle.forLanguage(statement.language()));
    collector.line(List.of(new Inline.Text(statement.title())));
    collector.line(statement.standfirst());
    collector.blocks(statement.body());
    for (Section section : statement.sections()) {
      collector.section(section);
    }
    return new TextRuns(List.copyOf(collector.runs), List.copyOf(collector.paragraphs));
  }

  private static final class Collector implements Block.Visitor<Void>, Inline.Visitor<Void> {
    private final List<String> runs = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();
    private final QuoteStyle quotes;
    private final StringBuilder paragraph = new StringBuilder();
    private int depth;

    Collector(QuoteStyle quotes) {
      this.quotes = quotes;
    }

    void section(Section section) {
      line(section.heading());
      blocks(section.blocks());
      section.subsections().forEach(this::section);
    }

    void blocks(List<Block> blocks) {
      blocks.forEach(b -> b.accept(this));
    }

    void line(List<Inline> content) {
      content.forEach(i -> i.accept(this));
      runs.add("\n");
      paragraphs.add(paragraph.toString());
      paragraph.setLength(0);
    }

    @Override
    public Void visitParagraph(Block.Paragraph p) {
      line(p.content());
      return null;
    }

    @Override
    public Void visitBlockQuotation(Block.BlockQuotation q) {
      blocks(q.blocks());
      q.attribution().flatMap(a -> a.speaker())
          .ifPresent(s -> line(List.of(new Inline.Text("— " + s.name()))));
      return null;
    }

    @Override
    public Void visitEmbeddedStatement(Block.EmbeddedStatement e) {
      throw new UnsupportedOperationException("embedded statements are not generated");
    }

    @Override
    public Void visitBulletList(Block.BulletList list) {
      list.items().forEach(this::item);
      return null;
    }

    @Override
    public Void visitOrderedList(Block.OrderedList list) {
      list.items().forEach(this::item);
      return null;
    }

    private void item(ListItem item) {
      blocks(item.blocks());
    }

    @Override
    public Void visitThematicBreak(Block.ThematicBreak t) {
      return null;
    }

    @Override
    public Void visitText(Inline.Text text) {
      runs.add(text.text());
      paragraph.append(text.text());
      return null;
    }

    @Override
    public Void visitEmphasis(Inline.Emphasis e) {
      e.content().forEach(i -> i.accept(this));
      return null;
    }

    @Override
    public Void visitStrong(Inline.Strong s) {
      s.content().forEach(i -> i.accept(this));
      return null;
    }

    @Override
    public Void visitLink(Inline.Link l) {
      l.content().forEach(i -> i.accept(this));
      return null;
    }

    @Override
    public Void visitLineBreak(Inline.LineBreak b) {
      paragraph.append(' ');
      return null;
    }

    @Override
    public Void visitNoteReference(Inline.NoteReference n) {
      throw new UnsupportedOperationException("notes are not generated");
    }

    @Override
    public Void visitQuotation(Inline.Quotation q) {
      paragraph.append(quotes.open(depth));
      depth++;
      q.content().forEach(i -> i.accept(this));
      depth--;
      paragraph.append(quotes.close(depth));
      return null;
    }
  }
}
