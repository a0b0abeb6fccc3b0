package io.github.communique.markdown;

import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.ListItem;
import io.github.communique.model.Note;
import io.github.communique.model.Section;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statement Markdown gives back for a statement: the few things Markdown cannot tell apart are
 * normalised, as {@code docs/markdown-format.md} documents under "What a round trip keeps":
 *
 * <ul>
 *   <li>adjacent texts are one text, and empty texts are no text;
 *   <li>a paragraph with no content, and a list with no items, are no block;
 *   <li>a source that names nothing is no source, and an attribution that names nothing is no
 *       attribution.
 * </ul>
 */
final class NormalForm {
  private NormalForm() {}

  static Statement of(Statement s) {
    return new Statement(
        s.title(),
        inlines(s.standfirst()),
        s.label(),
        s.issuers(),
        s.authors(),
        s.date(),
        s.place(),
        s.language(),
        s.keywords(),
        s.id(),
        s.url(),
        s.embargo(),
        s.contacts(),
        blocks(s.body()),
        s.sections().stream().map(NormalForm::section).toList(),
        s.notes().stream().map(n -> new Note(n.id(), blocks(n.blocks()))).toList(),
        blocks(s.notesToEditors()));
  }

  private static Section section(Section s) {
    return new Section(
        inlines(s.heading()),
        s.anchor(),
        blocks(s.blocks()),
        s.subsections().stream().map(NormalForm::section).toList());
  }

  static List<Block> blocks(List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    for (Block block : blocks) {
      Block b = block(block);
      boolean empty =
          (b instanceof Block.Paragraph && ((Block.Paragraph) b).content().isEmpty())
              || (b instanceof Block.BulletList && ((Block.BulletList) b).items().isEmpty())
              || (b instanceof Block.OrderedList && ((Block.OrderedList) b).items().isEmpty());
      if (!empty) {
        out.add(b);
      }
    }
    return out;
  }

  private static Block block(Block block) {
    if (block instanceof Block.Paragraph) {
      return new Block.Paragraph(inlines(((Block.Paragraph) block).content()));
    }
    if (block instanceof Block.BlockQuotation) {
      Block.BlockQuotation q = (Block.BlockQuotation) block;
      return new Block.BlockQuotation(blocks(q.blocks()), attribution(q.attribution()));
    }
    if (block instanceof Block.BulletList) {
      return new Block.BulletList(items(((Block.BulletList) block).items()));
    }
    if (block instanceof Block.OrderedList) {
      Block.OrderedList list = (Block.OrderedList) block;
      return new Block.OrderedList(list.start(), items(list.items()));
    }
    if (block instanceof Block.EmbeddedStatement) {
      Block.EmbeddedStatement e = (Block.EmbeddedStatement) block;
      return new Block.EmbeddedStatement(of(e.statement()), e.delivery());
    }
    return block;
  }

  private static List<ListItem> items(List<ListItem> items) {
    return items.stream().map(i -> new ListItem(blocks(i.blocks()))).toList();
  }

  static List<Inline> inlines(List<Inline> content) {
    List<Inline> out = new ArrayList<>();
    StringBuilder text = null;
    for (Inline inline : content) {
      if (inline instanceof Inline.Text) {
        if (text == null) {
          text = new StringBuilder();
        }
        text.append(((Inline.Text) inline).text());
        continue;
      }
      if (text != null && text.length() > 0) {
        out.add(new Inline.Text(text.toString()));
      }
      text = null;
      out.add(inline(inline));
    }
    if (text != null && text.length() > 0) {
      out.add(new Inline.Text(text.toString()));
    }
    return out;
  }

  private static Inline inline(Inline inline) {
    if (inline instanceof Inline.Emphasis) {
      return new Inline.Emphasis(inlines(((Inline.Emphasis) inline).content()));
    }
    if (inline instanceof Inline.Strong) {
      return new Inline.Strong(inlines(((Inline.Strong) inline).content()));
    }
    if (inline instanceof Inline.Link) {
      Inline.Link link = (Inline.Link) inline;
      return new Inline.Link(link.target(), inlines(link.content()));
    }
    if (inline instanceof Inline.Quotation) {
      Inline.Quotation q = (Inline.Quotation) inline;
      return new Inline.Quotation(inlines(q.content()), q.kind(), attribution(q.attribution()));
    }
    return inline;
  }

  private static Optional<Attribution> attribution(Optional<Attribution> attribution) {
    return attribution
        .map(
            a ->
                new Attribution(
                    a.speaker(), a.source().filter(NormalForm::namesSomething), a.context()))
        .filter(a -> a.speaker().isPresent() || a.source().isPresent() || a.context().isPresent());
  }

  private static boolean namesSomething(Source s) {
    return s.title().isPresent()
        || s.medium().isPresent()
        || s.url().isPresent()
        || s.date().isPresent();
  }
}
