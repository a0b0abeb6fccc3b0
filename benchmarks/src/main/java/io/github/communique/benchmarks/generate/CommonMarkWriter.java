package io.github.communique.benchmarks.generate;

import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.ListItem;
import io.github.communique.model.Party;
import io.github.communique.model.QuoteStyle;
import io.github.communique.model.Section;
import io.github.communique.model.Statement;
import java.util.List;

/**
 * Writes a statement as plain CommonMark, the form the peers (commonmark-java, flexmark) read: the
 * same words, with quotation marks typed into the text as a writer would, block quotations as
 * {@code >} blocks ending in a "— speaker" line, and the metadata as a line under the title. Its
 * UTF-8 size is the "Markdown-equivalent size" every MB/s figure is computed from.
 *
 * <p>Covers what {@link StatementGenerator} makes; embedded statements and notes are refused.
 */
public final class CommonMarkWriter implements Block.Visitor<Void>, Inline.Visitor<Void> {
  private final StringBuilder out = new StringBuilder();
  private final QuoteStyle quotes;
  private String prefix = "";
  private int quoteDepth;

  private CommonMarkWriter(String language) {
    this.quotes = QuoteStyle.forLanguage(language);
  }

  public static String write(Statement statement) {
    CommonMarkWriter writer = new CommonMarkWriter(statement.language());
    writer.statement(statement);
    return writer.out.toString();
  }

  private void statement(Statement s) {
    out.append("# ").append(s.title()).append("\n\n");
    StringBuilder meta = new StringBuilder();
    s.label().ifPresent(meta::append);
    for (Party issuer : s.issuers()) {
      meta.append(meta.length() > 0 ? " — " : "").append(issuer.name());
    }
    s.place().ifPresent(p -> meta.append(meta.length() > 0 ? " — " : "").append(p));
    s.date().ifPresent(d -> meta.append(", ").append(d.date()));
    if (meta.length() > 0) {
      out.append(meta).append("\n\n");
    }
    if (!s.standfirst().isEmpty()) {
      out.append("**");
      inlines(s.standfirst());
      out.append("**\n\n");
    }
    blocks(s.body());
    for (Section section : s.sections()) {
      section(section, 2);
    }
    if (!s.notes().isEmpty() || !s.notesToEditors().isEmpty()) {
      throw new UnsupportedOperationException("notes are not generated");
    }
  }

  private void section(Section section, int level) {
    out.append("#".repeat(level)).append(' ');
    inlines(section.heading());
    out.append("\n\n");
    blocks(section.blocks());
    for (Section sub : section.subsections()) {
      section(sub, level + 1);
    }
  }

  private void blocks(List<Block> blocks) {
    for (Block block : blocks) {
      block.accept(this);
    }
  }

  private void inlines(List<Inline> inlines) {
    for (Inline inline : inlines) {
      inline.accept(this);
    }
  }

  /** Ends a block: a blank line, carrying the block-quotation prefix. */
  private void endBlock() {
    out.append('\n').append(prefix.stripTrailing()).append('\n');
  }

  @Override
  public Void visitParagraph(Block.Paragraph paragraph) {
    out.append(prefix);
    inlines(paragraph.content());
    endBlock();
    return null;
  }

  @Override
  public Void visitBlockQuotation(Block.BlockQuotation quotation) {
    String outer = prefix;
    prefix = outer + "> ";
    blocks(quotation.blocks());
    quotation.attribution().flatMap(a -> a.speaker()).ifPresent(speaker -> {
      out.append(prefix).append("— ").append(speaker.name());
      speaker.role().ifPresent(r -> out.append(", ").append(r));
      speaker.affiliation().ifPresent(a -> out.append(", ").append(a));
      out.append('\n');
    });
    prefix = outer;
    out.append(prefix.stripTrailing()).append('\n');
    return null;
  }

  @Override
  public Void visitEmbeddedStatement(Block.EmbeddedStatement embedded) {
    throw new UnsupportedOperationException("embedded statements are not generated");
  }

  @Override
  public Void visitBulletList(Block.BulletList list) {
    items(list.items(), "- ");
    return null;
  }

  @Override
  public Void visitOrderedList(Block.OrderedList list) {
    int number = list.start();
    for (ListItem item : list.items()) {
      items(List.of(item), (number++) + ". ");
    }
    return null;
  }

  private void items(List<ListItem> items, String marker) {
    String outer = prefix;
    for (ListItem item : items) {
      out.append(outer).append(marker);
      prefix = outer + " ".repeat(marker.length());
      boolean first = true;
      for (Block block : item.blocks()) {
        if (first && block instanceof Block.Paragraph p) {
          inlines(p.content());
          out.append('\n');
        } else {
          block.accept(this);
        }
        first = false;
      }
      prefix = outer;
    }
    out.append(prefix.stripTrailing()).append('\n');
  }

  @Override
  public Void visitThematicBreak(Block.ThematicBreak thematicBreak) {
    out.append(prefix).append("***");
    endBlock();
    return null;
  }

  @Override
  public Void visitText(Inline.Text text) {
    String s = text.text();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '*', '_', '[', ']', '`' -> out.append('\\').append(c);
        case '<' -> {
          boolean tagLike = i + 1 < s.length()
              && (Character.isLetter(s.charAt(i + 1)) || "/!?".indexOf(s.charAt(i + 1)) >= 0);
          out.append(tagLike ? "\\<" : "<");
        }
        default -> out.append(c);
      }
    }
    return null;
  }

  @Override
  public Void visitEmphasis(Inline.Emphasis emphasis) {
    out.append('*');
    inlines(emphasis.content());
    out.append('*');
    return null;
  }

  @Override
  public Void visitStrong(Inline.Strong strong) {
    out.append("**");
    inlines(strong.content());
    out.append("**");
    return null;
  }

  @Override
  public Void visitLink(Inline.Link link) {
    out.append('[');
    inlines(link.content());
    out.append("](").append(link.target()).append(')');
    return null;
  }

  @Override
  public Void visitLineBreak(Inline.LineBreak lineBreak) {
    out.append("\\\n").append(prefix);
    return null;
  }

  @Override
  public Void visitNoteReference(Inline.NoteReference noteReference) {
    throw new UnsupportedOperationException("notes are not generated");
  }

  @Override
  public Void visitQuotation(Inline.Quotation quotation) {
    out.append(quotes.open(quoteDepth));
    quoteDepth++;
    inlines(quotation.content());
    quoteDepth--;
    out.append(quotes.close(quoteDepth));
    return null;
  }
}
