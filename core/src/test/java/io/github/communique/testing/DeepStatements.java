package io.github.communique.testing;

import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.ListItem;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.Section;
import io.github.communique.model.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Hostile statements built in Java, nested {@value #DEPTH} levels deep in each way the model
 * allows, for the tests that every entry point refuses them (or handles them) without overflowing
 * the stack. Built with loops, from the innermost node out: building them never recurses (but the
 * records' generated {@code equals}, {@code hashCode} and {@code toString} do, so tests must not
 * compare or print them).
 */
public final class DeepStatements {
  /** Deeper than any Java stack can recurse through with the default thread stack size. */
  public static final int DEPTH = 100_000;

  private DeepStatements() {}

  /** Every way of nesting, by name, each {@code depth} levels deep. */
  public static Map<String, Statement> all(int depth) {
    Map<String, Statement> all = new LinkedHashMap<>();
    all.put("emphasis", paragraph(depth, c -> new Inline.Emphasis(List.of(c))));
    all.put("strong", paragraph(depth, c -> new Inline.Strong(List.of(c))));
    all.put("links", paragraph(depth, c -> new Inline.Link("https://example.org", List.of(c))));
    all.put("quotations", paragraph(depth, DeepStatements::speech));
    all.put("mixed inlines", paragraph(depth, mixed()));
    all.put("standfirst", Statement.builder("t").standfirst(inline(depth, mixed())).build());
    all.put("heading", Statement.builder("t")
        .section(new Section(List.of(inline(depth, mixed())), Optional.empty(), List.of(),
            List.of()))
        .build());
    all.put("block quotations", body(blocks(depth,
        b -> new Block.BlockQuotation(List.of(b), Optional.empty()))));
    all.put("bullet lists", body(blocks(depth,
        b -> new Block.BulletList(List.of(new ListItem(List.of(b)))))));
    all.put("ordered lists", body(blocks(depth,
        b -> new Block.OrderedList(1, List.of(new ListItem(List.of(b)))))));
    all.put("embedded statements", body(blocks(depth,
        b -> new Block.EmbeddedStatement(Statement.builder("e").block(b).build(),
            Optional.empty()))));
    all.put("mixed blocks", body(blocks(depth, mixedBlocks())));
    all.put("sections", Statement.builder("t").section(sections(depth)).build());
    all.put("note", Statement.builder("t").paragraph(new Inline.NoteReference("1"))
        .note("1", blocks(depth, b -> new Block.BlockQuotation(List.of(b), Optional.empty())))
        .build());
    return all;
  }

  /** A statement whose only paragraph holds {@code depth} levels of {@code wrap} around text. */
  public static Statement paragraph(int depth, UnaryOperator<Inline> wrap) {
    return Statement.builder("t").paragraph(inline(depth, wrap)).build();
  }

  /** {@code depth} levels of {@code wrap} around the text "deep". */
  public static Inline inline(int depth, UnaryOperator<Inline> wrap) {
    Inline inline = new Inline.Text("deep");
    for (int i = 0; i < depth; i++) {
      inline = wrap.apply(inline);
    }
    return inline;
  }

  /** {@code depth} levels of {@code wrap} around a paragraph. */
  public static Block blocks(int depth, UnaryOperator<Block> wrap) {
    Block block = new Block.Paragraph(List.of(new Inline.Text("deep")));
    for (int i = 0; i < depth; i++) {
      block = wrap.apply(block);
    }
    return block;
  }

  /** {@code depth} sections, each the only subsection of the one before. */
  public static Section sections(int depth) {
    Section section = new Section(List.of(new Inline.Text("s")), Optional.empty(),
        List.of(new Block.Paragraph(List.of(new Inline.Text("deep")))), List.of());
    for (int i = 1; i < depth; i++) {
      section = new Section(List.of(new Inline.Text("s")), Optional.empty(), List.of(),
          List.of(section));
    }
    return section;
  }

  private static Statement body(Block block) {
    return Statement.builder("t").block(block).build();
  }

  private static Inline speech(Inline content) {
    return new Inline.Quotation(List.of(content), QuoteKind.SPEECH, Optional.empty());
  }

  /** Emphasis, strong, a link and a quotation, inside each other in turn. */
  private static UnaryOperator<Inline> mixed() {
    int[] n = {0};
    return c -> switch (n[0]++ % 4) {
      case 0 -> new Inline.Emphasis(List.of(c));
      case 1 -> new Inline.Strong(List.of(c));
      case 2 -> new Inline.Link("https://example.org", List.of(c));
      default -> speech(c);
    };
  }

  /** Block quotations, list items and embedded statements inside each other in turn. */
  private static UnaryOperator<Block> mixedBlocks() {
    int[] n = {0};
    return b -> switch (n[0]++ % 3) {
      case 0 -> new Block.BlockQuotation(List.of(b), Optional.empty());
      case 1 -> new Block.BulletList(List.of(new ListItem(List.of(b))));
      default -> new Block.EmbeddedStatement(Statement.builder("e").block(b).build(),
          Optional.empty());
    };
  }
}
