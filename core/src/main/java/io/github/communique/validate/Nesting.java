package io.github.communique.validate;

import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.ListItem;
import io.github.communique.model.Note;
import io.github.communique.model.Section;
import io.github.communique.model.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The cheap depth check that renderers and writers run before they write anything: whether a
 * statement nests deeper than the {@link Limits} allow, counted as the {@link Validator} counts
 * (sections per statement, lists, block quotations and embedded statements, quotations, and
 * emphasis, strong text and links). A statement built in Java skips the readers' limits; this
 * keeps one nested 100,000 levels deep from overflowing a renderer's stack.
 *
 * <p>The walk never recurses (an explicit stack of lists), stops at the first node past a limit,
 * allocates nothing per node and takes an inline list (mostly text) in one loop: it costs little
 * next to writing the statement.
 */
public final class Nesting {
  // The kinds of list a frame walks.
  private static final byte INLINES = 0;
  private static final byte BLOCKS = 1;
  private static final byte SECTIONS = 2;
  private static final byte ITEMS = 3;
  private static final byte NOTES = 4;

  private Nesting() {}

  /** The kinds of nesting the {@link Limits} bound, each with the setting that bounds it. */
  public enum Kind {
    SECTIONS("sections", "maxSectionDepth"),
    LISTS("lists", "maxListDepth"),
    BLOCKS("block quotations and embedded statements", "maxNestingDepth"),
    QUOTATIONS("quotations", "maxQuotationDepth"),
    MARKUP("emphasis, strong text and links", "maxNestingDepth");

    private final String what;
    private final String setting;

    Kind(String what, String setting) {
      this.what = what;
      this.setting = setting;
    }

    /** What nests, for messages: "block quotations and embedded statements". */
    public String what() {
      return what;
    }

    /** The {@link Limits} component that bounds it: "maxNestingDepth". */
    public String setting() {
      return setting;
    }
  }

  /** What nests too deeply, and the {@code limit} it passes. */
  public record TooDeep(Kind kind, int limit) {
    /** "lists nest more than 32 deep, more than Limits.maxListDepth allows". */
    public String describe() {
      return kind.what + " nest more than " + limit + " deep, more than Limits." + kind.setting
          + " allows";
    }

    /**
     * The whole message for a renderer or writer that refuses: {@code refusal} ("cannot render
     * the statement as HTML"), what is too deep, and how to fix it, with {@code configure} saying
     * where raised limits go ("HtmlRenderer.builder().limits").
     */
    public String message(String refusal, String configure) {
      return refusal + ": " + describe() + "; validate it first (the Validator says where),"
          + " then flatten the nesting or raise the limit with Limits.with"
          + Character.toUpperCase(kind.setting.charAt(0)) + kind.setting.substring(1)
          + " and give the limits to " + configure;
    }
  }

  /**
   * A nesting in {@code statement} deeper than {@code limits}, or empty when there is none. Which
   * one, when there are several, is not specified: the walk does not keep reading order.
   */
  public static Optional<TooDeep> check(Statement statement, Limits limits) {
    return Optional.ofNullable(new Walk(limits).statement(statement));
  }

  /**
   * A depth-first walk over an explicit stack of frames, each a list and the position in it, with
   * the depths around the list: for block lists sections, lists and blocks; for inline lists
   * quotations and markup.
   */
  private static final class Walk {
    private final Limits limits;
    private List<?>[] lists = new List<?>[32];
    private int[] index = new int[32];
    private byte[] kind = new byte[32];
    private int[] a = new int[32]; // sections, or quotations in inline frames
    private int[] b = new int[32]; // lists, or markup in inline frames
    private int[] c = new int[32]; // block quotations and embedded statements
    private int top = -1;

    Walk(Limits limits) {
      this.limits = limits;
    }

    TooDeep statement(Statement s) {
      pushStatement(s, 0, 0);
      while (top >= 0) {
        List<?> list = lists[top];
        if (kind[top] == INLINES) { // a whole inline list at once: most of it is text
          int quotations = a[top];
          int markup = b[top];
          lists[top--] = null;
          TooDeep tooDeep = inlines(list, quotations, markup);
          if (tooDeep != null) {
            return tooDeep;
          }
          continue;
        }
        int i = index[top];
        if (i == list.size()) {
          lists[top--] = null;
          continue;
        }
        index[top] = i + 1;
        TooDeep tooDeep = visit(list.get(i), kind[top], a[top], b[top], c[top]);
        if (tooDeep != null) {
          return tooDeep;
        }
      }
      return null;
    }

    private TooDeep visit(Object node, byte k, int a, int b, int c) {
      switch (k) {
        case BLOCKS:
          return block((Block) node, a, b, c);
        case SECTIONS:
          Section section = (Section) node;
          if (a + 1 > limits.maxSectionDepth()) {
            return new TooDeep(Kind.SECTIONS, limits.maxSectionDepth());
          }
          push(section.subsections(), SECTIONS, a + 1, b, c);
          push(section.blocks(), BLOCKS, a + 1, b, c);
          return inlines(section.heading(), 0, 0);
        case ITEMS:
          push(((ListItem) node).blocks(), BLOCKS, a, b, c);
          return null;
        default:
          push(((Note) node).blocks(), BLOCKS, a, b, c);
          return null;
      }
    }

    private TooDeep block(Block block, int sections, int lists, int blocks) {
      if (block instanceof Block.Paragraph paragraph) {
        return inlines(paragraph.content(), 0, 0); // no frame for the usual paragraph of text
      } else if (block instanceof Block.BlockQuotation quotation) {
        if (blocks + 1 > limits.maxNestingDepth()) {
          return tooManyBlocks();
        }
        push(quotation.blocks(), BLOCKS, sections, lists, blocks + 1);
      } else if (block instanceof Block.EmbeddedStatement embedded) {
        if (blocks + 1 > limits.maxNestingDepth()) {
          return tooManyBlocks();
        }
        pushStatement(embedded.statement(), lists, blocks + 1); // its own sections
      } else if (block instanceof Block.BulletList list) {
        return list(list.items(), sections, lists, blocks);
      } else if (block instanceof Block.OrderedList list) {
        return list(list.items(), sections, lists, blocks);
      }
      return null;
    }

    private TooDeep list(List<ListItem> items, int sections, int lists, int blocks) {
      if (lists + 1 > limits.maxListDepth()) {
        return new TooDeep(Kind.LISTS, limits.maxListDepth());
      }
      push(items, ITEMS, sections, lists + 1, blocks);
      return null;
    }

    private TooDeep tooManyBlocks() {
      return new TooDeep(Kind.BLOCKS, limits.maxNestingDepth());
    }

    /** Checks the inlines of {@code content}; pushes the content of each that holds more. */
    private TooDeep inlines(List<?> content, int quotations, int markup) {
      for (int i = 0; i < content.size(); i++) {
        Object inline = content.get(i);
        List<Inline> inner;
        if (inline instanceof Inline.Text) {
          continue; // most inlines: nothing inside
        } else if (inline instanceof Inline.Quotation quotation) {
          if (quotations + 1 > limits.maxQuotationDepth()) {
            return new TooDeep(Kind.QUOTATIONS, limits.maxQuotationDepth());
          }
          push(quotation.content(), INLINES, quotations + 1, markup, 0);
          continue;
        } else if (inline instanceof Inline.Emphasis emphasis) {
          inner = emphasis.content();
        } else if (inline instanceof Inline.Strong strong) {
          inner = strong.content();
        } else if (inline instanceof Inline.Link link) {
          inner = link.content();
        } else {
          continue; // line breaks and note references
        }
        if (markup + 1 > limits.maxNestingDepth()) {
          return new TooDeep(Kind.MARKUP, limits.maxNestingDepth());
        }
        push(inner, INLINES, quotations, markup + 1, 0);
      }
      return null;
    }

    /** Pushes a statement's parts so that they pop in reading order. */
    private void pushStatement(Statement s, int lists, int blocks) {
      push(s.notesToEditors(), BLOCKS, 0, lists, blocks);
      push(s.notes(), NOTES, 0, lists, blocks);
      push(s.sections(), SECTIONS, 0, lists, blocks);
      push(s.body(), BLOCKS, 0, lists, blocks);
      push(s.standfirst(), INLINES, 0, 0, 0);
    }

    private void push(List<?> list, byte k, int a, int b, int c) {
      if (list.isEmpty()) {
        return;
      }
      if (++top == lists.length) {
        int size = top * 2;
        lists = Arrays.copyOf(lists, size);
        index = Arrays.copyOf(index, size);
        kind = Arrays.copyOf(kind, size);
        this.a = Arrays.copyOf(this.a, size);
        this.b = Arrays.copyOf(this.b, size);
        this.c = Arrays.copyOf(this.c, size);
      }
      lists[top] = list;
      index[top] = 0;
      kind[top] = k;
      this.a[top] = a;
      this.b[top] = b;
      this.c[top] = c;
    }
  }
}
