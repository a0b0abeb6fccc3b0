package io.github.communique.model;

import static io.github.communique.model.Inlines.emphasis;
import static io.github.communique.model.Inlines.speech;
import static io.github.communique.model.Inlines.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.communique.testing.DeepStatements;
import io.github.communique.testing.StatementArbitraries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * {@link NestingDepths}, which the model works out as it is built, against a plain recursive
 * count of the same rules, and {@link NodeList}, the lists that carry it.
 */
class NestingDepthsTest {

  /**
   * Replay a CI failure with {@code @Property(seed = "...")}, taking the seed jqwik printed.
   */
  @Property(tries = 2000)
  void agreesWithCountingByWalking(
      @ForAll @From(supplier = Deeper.class) Statement statement) {
    NestingDepths depths = NestingDepths.of(statement);
    int[] walked = new Count().statement(statement);
    assertThat(new int[] {depths.sections(), depths.lists(), depths.blocks(),
        depths.quotations(), depths.markup()})
        .as("sections, lists, blocks, quotations, markup of %s", depths)
        .containsExactly(walked);
  }

  /** Statements nested three deep, so that every kind reaches past 1. */
  public static final class Deeper implements net.jqwik.api.ArbitrarySupplier<Statement> {
    @Override
    public net.jqwik.api.Arbitrary<Statement> get() {
      return StatementArbitraries.statements(3);
    }
  }

  @Test
  void countsEachKindAsTheLimitsDo() {
    Statement embedded = Statement.builder("Inner")
        .section("One", one -> one.subsection("Two", two -> two.subsection("Three", three -> {})))
        .build();
    Block list = new Block.BulletList(List.of(new ListItem(List.of(
        new Block.OrderedList(1, List.of(Blocks.item("deepest")))))));
    Statement statement = Statement.builder("Outer")
        .standfirst(speech(text("a "), speech(emphasis(text("b")))))
        .block(Blocks.blockQuote(Blocks.paragraph("quoted"), list))
        .block(Blocks.embedded(embedded, "read out"))
        .section("Only one level here", section -> {})
        .build();

    NestingDepths depths = NestingDepths.of(statement);

    assertThat(depths.sections()).as("the embedded statement's own sections").isEqualTo(3);
    assertThat(depths.lists()).isEqualTo(2);
    assertThat(depths.blocks()).as("the block quotation, or the embedded statement").isEqualTo(1);
    assertThat(depths.quotations()).isEqualTo(2);
    assertThat(depths.markup()).isEqualTo(1);
  }

  @Test
  void aPlainStatementDoesNotNest() {
    NestingDepths depths =
        NestingDepths.of(Statement.builder("Title").paragraph("Text.").build());

    assertThat(depths.toString()).isEqualTo(
        "NestingDepths[sections=0, lists=0, blocks=0, quotations=0, markup=0]");
  }

  @Test
  void knowsTheDepthOfAStatementTooDeepToWalkRecursively() {
    Statement deep = DeepStatements.all(DeepStatements.DEPTH).get("quotations");

    assertThat(NestingDepths.of(deep).quotations()).isEqualTo(DeepStatements.DEPTH);
  }

  @Test
  void modelListsBehaveAsListCopyOf() {
    List<Inline> content = new ArrayList<>(List.of(text("a"), text("b")));
    List<Inline> copy = new Block.Paragraph(content).content();

    assertThat(copy).isEqualTo(List.of(text("a"), text("b")));
    assertThat(List.of(text("a"), text("b"))).isEqualTo(copy);
    assertThat(copy.hashCode()).isEqualTo(List.copyOf(content).hashCode());
    assertThat(copy).hasToString(List.copyOf(content).toString());
    assertThat(new Block.Paragraph(copy).content()).as("not copied again").isSameAs(copy);
    assertThatThrownBy(() -> copy.add(text("c")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.set(0, text("c")))
        .isInstanceOf(UnsupportedOperationException.class);
    List<Inline> empty = new Block.Paragraph(List.of()).content();
    assertThatThrownBy(empty::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> empty.addAll(List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> empty.removeIf(inline -> true))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new Block.Paragraph(Arrays.asList(text("a"), null)))
        .isInstanceOf(NullPointerException.class);
  }

  /** The rules of {@code validate.Nesting}, counted by walking: sections, lists, blocks, ... */
  private static final class Count {
    private final int[] max = new int[5];

    int[] statement(Statement s) {
      walk(s, 0, 0);
      return max;
    }

    private void walk(Statement s, int lists, int blocks) {
      inlines(s.standfirst(), 0, 0);
      blocks(s.body(), lists, blocks);
      sections(s.sections(), 1, lists, blocks);
      for (Note note : s.notes()) {
        blocks(note.blocks(), lists, blocks);
      }
      blocks(s.notesToEditors(), lists, blocks);
    }

    private void sections(List<Section> sections, int level, int lists, int blocks) {
      for (Section section : sections) {
        max[0] = Math.max(max[0], level);
        inlines(section.heading(), 0, 0);
        blocks(section.blocks(), lists, blocks);
        sections(section.subsections(), level + 1, lists, blocks);
      }
    }

    private void blocks(List<Block> content, int lists, int blocks) {
      max[1] = Math.max(max[1], lists);
      max[2] = Math.max(max[2], blocks);
      for (Block block : content) {
        if (block instanceof Block.Paragraph p) {
          inlines(p.content(), 0, 0);
        } else if (block instanceof Block.BlockQuotation q) {
          max[2] = Math.max(max[2], blocks + 1);
          blocks(q.blocks(), lists, blocks + 1);
        } else if (block instanceof Block.EmbeddedStatement e) {
          max[2] = Math.max(max[2], blocks + 1);
          walk(e.statement(), lists, blocks + 1);
        } else if (block instanceof Block.BulletList l) {
          items(l.items(), lists + 1, blocks);
        } else if (block instanceof Block.OrderedList l) {
          items(l.items(), lists + 1, blocks);
        }
      }
    }

    private void items(List<ListItem> items, int lists, int blocks) {
      max[1] = Math.max(max[1], lists);
      for (ListItem item : items) {
        blocks(item.blocks(), lists, blocks);
      }
    }

    private void inlines(List<Inline> content, int quotations, int markup) {
      max[3] = Math.max(max[3], quotations);
      max[4] = Math.max(max[4], markup);
      for (Inline inline : content) {
        if (inline instanceof Inline.Quotation q) {
          inlines(q.content(), quotations + 1, markup);
        } else if (inline instanceof Inline.Emphasis e) {
          inlines(e.content(), quotations, markup + 1);
        } else if (inline instanceof Inline.Strong s) {
          inlines(s.content(), quotations, markup + 1);
        } else if (inline instanceof Inline.Link l) {
          inlines(l.content(), quotations, markup + 1);
        }
      }
    }
  }
}
