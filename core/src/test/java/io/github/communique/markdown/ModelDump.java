package io.github.communique.markdown;

import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.Contact;
import io.github.communique.model.Inline;
import io.github.communique.model.ListItem;
import io.github.communique.model.Note;
import io.github.communique.model.Party;
import io.github.communique.model.Section;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A compact, readable rendering of a statement for spec tests, one block per line:
 *
 * <pre>
 * para "He said " speech("we act") "."
 * quote
 *   para "We will not wait."
 *   — speaker=Maria Keller role=party chair
 * </pre>
 *
 * Metadata appears only where it differs from an empty statement.
 */
final class ModelDump {
  private final StringBuilder out = new StringBuilder();

  private ModelDump() {}

  static String of(Statement statement) {
    ModelDump dump = new ModelDump();
    dump.statement(statement, "");
    return dump.out.toString();
  }

  private void statement(Statement s, String indent) {
    line(indent, "title " + quote(s.title()));
    if (!s.standfirst().isEmpty()) {
      line(indent, "standfirst " + inlines(s.standfirst()));
    }
    s.label().ifPresent(v -> line(indent, "label " + quote(v)));
    s.issuers().forEach(p -> line(indent, "issuer " + party(p)));
    s.authors().forEach(p -> line(indent, "author " + party(p)));
    s.date()
        .ifPresent(
            d ->
                line(
                    indent,
                    "date "
                        + d.date()
                        + d.time().map(t -> " " + t).orElse("")
                        + d.zone().map(z -> " " + z).orElse("")));
    s.place().ifPresent(v -> line(indent, "place " + quote(v)));
    if (!s.language().equals(Statement.DEFAULT_LANGUAGE)) {
      line(indent, "language " + s.language());
    }
    if (!s.keywords().isEmpty()) {
      line(
          indent,
          "keywords "
              + s.keywords().stream().map(ModelDump::quote).collect(Collectors.joining(" ")));
    }
    s.id().ifPresent(v -> line(indent, "id " + quote(v)));
    s.url().ifPresent(v -> line(indent, "url " + v));
    s.embargo().ifPresent(v -> line(indent, "embargo " + v));
    s.contacts().forEach(c -> line(indent, "contact " + contact(c)));
    blocks(s.body(), indent);
    s.sections().forEach(section -> section(section, indent, 2));
    if (!s.notesToEditors().isEmpty()) {
      line(indent, "notes to editors");
      blocks(s.notesToEditors(), indent + "  ");
    }
    for (Note note : s.notes()) {
      line(indent, "note " + note.id());
      blocks(note.blocks(), indent + "  ");
    }
  }

  private void section(Section section, String indent, int level) {
    line(
        indent,
        "#".repeat(level)
            + " "
            + inlines(section.heading())
            + section.anchor().map(a -> " {#" + a + "}").orElse(""));
    blocks(section.blocks(), indent + "  ");
    section.subsections().forEach(sub -> section(sub, indent + "  ", level + 1));
  }

  private void blocks(List<Block> blocks, String indent) {
    for (Block block : blocks) {
      block(block, indent);
    }
  }

  private void block(Block block, String indent) {
    if (block instanceof Block.Paragraph) {
      line(indent, "para " + inlines(((Block.Paragraph) block).content()));
    } else if (block instanceof Block.BlockQuotation) {
      Block.BlockQuotation q = (Block.BlockQuotation) block;
      line(indent, "quote");
      blocks(q.blocks(), indent + "  ");
      q.attribution().ifPresent(a -> line(indent + "  ", "— " + attribution(a)));
    } else if (block instanceof Block.BulletList) {
      line(indent, "bullets");
      items(((Block.BulletList) block).items(), indent);
    } else if (block instanceof Block.OrderedList) {
      Block.OrderedList list = (Block.OrderedList) block;
      line(indent, "numbered from " + list.start());
      items(list.items(), indent);
    } else if (block instanceof Block.ThematicBreak) {
      line(indent, "break");
    } else if (block instanceof Block.EmbeddedStatement) {
      Block.EmbeddedStatement e = (Block.EmbeddedStatement) block;
      line(indent, "embedded" + e.delivery().map(d -> " (" + d + ")").orElse(""));
      statement(e.statement(), indent + "  ");
    }
  }

  private void items(List<ListItem> items, String indent) {
    for (ListItem item : items) {
      line(indent + "  ", "item");
      blocks(item.blocks(), indent + "    ");
    }
  }

  static String inlines(List<Inline> content) {
    return content.stream().map(ModelDump::inline).collect(Collectors.joining(" "));
  }

  private static String inline(Inline inline) {
    if (inline instanceof Inline.Text) {
      return quote(((Inline.Text) inline).text());
    }
    if (inline instanceof Inline.Emphasis) {
      return "em(" + inlines(((Inline.Emphasis) inline).content()) + ")";
    }
    if (inline instanceof Inline.Strong) {
      return "strong(" + inlines(((Inline.Strong) inline).content()) + ")";
    }
    if (inline instanceof Inline.Link) {
      Inline.Link link = (Inline.Link) inline;
      return "link<" + link.target() + ">(" + inlines(link.content()) + ")";
    }
    if (inline instanceof Inline.LineBreak) {
      return "br";
    }
    if (inline instanceof Inline.NoteReference) {
      return "note(" + ((Inline.NoteReference) inline).noteId() + ")";
    }
    Inline.Quotation q = (Inline.Quotation) inline;
    return q.kind().name().toLowerCase()
        + q.attribution().map(a -> "{" + attribution(a) + "}").orElse("")
        + "("
        + inlines(q.content())
        + ")";
  }

  private static String attribution(Attribution a) {
    StringBuilder s = new StringBuilder();
    a.speaker()
        .ifPresent(
            p ->
                s.append(p.kind() == Party.Kind.PERSON ? "speaker=" : "organisation=")
                    .append(p.name())
                    .append(p.role().map(r -> " role=" + r).orElse(""))
                    .append(p.affiliation().map(r -> " affiliation=" + r).orElse("")));
    a.source().ifPresent(src -> s.append(source(src)));
    a.context().ifPresent(c -> s.append(" context=").append(c));
    return s.toString().trim();
  }

  private static String source(Source src) {
    return src.title().map(t -> " source=" + t).orElse("")
        + src.medium().map(t -> " medium=" + t).orElse("")
        + src.url().map(t -> " url=" + t).orElse("")
        + src.date().map(t -> " date=" + t).orElse("");
  }

  private static String party(Party p) {
    return quote(p.name())
        + " "
        + p.kind().name().toLowerCase()
        + p.role().map(r -> " role=" + quote(r)).orElse("")
        + p.affiliation().map(r -> " affiliation=" + quote(r)).orElse("");
  }

  private static String contact(Contact c) {
    return quote(c.name())
        + opt(" organisation=", c.organisation())
        + opt(" email=", c.email())
        + opt(" phone=", c.phone());
  }

  private static String opt(String key, Optional<String> value) {
    return value.map(v -> key + quote(v)).orElse("");
  }

  static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        q.append('\\').append(c);
      } else if (c == '\n') {
        q.append("\\n");
      } else if (c < 0x20) {
        q.append(String.format("\\u%04x", (int) c));
      } else {
        q.append(c);
      }
    }
    return q.append('"').toString();
  }

  private void line(String indent, String text) {
    out.append(indent).append(text).append('\n');
  }
}
