package io.github.communique.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Walks a statement in reading order, for tools and renderers: every block, every inline, every
 * quotation with its attribution, every link, the sections, and the order of the notes.
 *
 * <p>Reading order is: standfirst, body, sections (heading, blocks, subsections), notes, notes to
 * editors. Embedded statements are walked where they stand, unless a method says otherwise.
 */
public final class Traversal {
  /** For walks that need no inlines: blocks and sections never sit inside inlines, so skip them. */
  private static final Consumer<Inline> NO_INLINES = i -> {};

  private Traversal() {}

  /** Every section in reading order, subsections and sections of embedded statements included. */
  public static List<Section> sections(Statement statement) {
    List<Section> sections = new ArrayList<>();
    new Walker(true, b -> {}, NO_INLINES, sections::add).statement(statement);
    return sections;
  }

  /** Every block in reading order, nested blocks after the block that holds them. */
  public static List<Block> blocks(Statement statement) {
    List<Block> blocks = new ArrayList<>();
    new Walker(true, blocks::add, NO_INLINES, s -> {}).statement(statement);
    return blocks;
  }

  /** Every inline in reading order, nested inlines after the inline that holds them. */
  public static List<Inline> inlines(Statement statement) {
    List<Inline> inlines = new ArrayList<>();
    new Walker(true, b -> {}, inlines::add, s -> {}).statement(statement);
    return inlines;
  }

  /** Every inline quotation in reading order, nested ones after the one that holds them. */
  public static List<Inline.Quotation> quotations(Statement statement) {
    return ofType(inlines(statement), Inline.Quotation.class);
  }

  /** Every block quotation in reading order. */
  public static List<Block.BlockQuotation> blockQuotations(Statement statement) {
    return ofType(blocks(statement), Block.BlockQuotation.class);
  }

  /** Every link in reading order. */
  public static List<Inline.Link> links(Statement statement) {
    return ofType(inlines(statement), Inline.Link.class);
  }

  /**
   * The notes of this statement (not of the statements embedded in it) in the order renderers
   * number them: by first reference in reading order, then the unreferenced ones in the order they
   * were declared. Note 1 is the first element.
   */
  public static List<Note> noteOrder(Statement statement) {
    if (statement.notes().isEmpty()) {
      return List.of(); // nothing to number: skip the walk over every inline
    }
    Map<String, Note> byId = new LinkedHashMap<>();
    statement.notes().forEach(n -> byId.putIfAbsent(n.id(), n));
    Map<String, Note> ordered = new LinkedHashMap<>();
    Consumer<Inline> onInline =
        inline -> {
          if (inline instanceof Inline.NoteReference ref && byId.containsKey(ref.noteId())) {
            ordered.putIfAbsent(ref.noteId(), byId.get(ref.noteId()));
          }
        };
    new Walker(false, b -> {}, onInline, s -> {}).statement(statement);
    byId.forEach(ordered::putIfAbsent);
    return List.copyOf(ordered.values());
  }

  /**
   * Reports every block and every inline to the consumers in reading order, embedded statements
   * included, without collecting them first: for passes over large statements that should not
   * allocate in proportion to their size (a renderer's metadata pass, for one).
   */
  public static void walk(Statement statement, Consumer<Block> onBlock, Consumer<Inline> onInline) {
    walk(statement, s -> {}, onBlock, onInline);
  }

  /**
   * {@link #walk(Statement, Consumer, Consumer)} that also reports each section (in the order of
   * {@link #sections}) before its heading, blocks and subsections: one pass for a renderer that
   * needs both the sections and the rest.
   */
  public static void walk(Statement statement, Consumer<Section> onSection,
      Consumer<Block> onBlock, Consumer<Inline> onInline) {
    new Walker(true, onBlock, onInline, onSection).statement(statement);
  }

  /** The text of inline content without any markup or quotation marks: for ids and metadata. */
  public static String plainText(List<Inline> content) {
    if (content.size() == 1 && content.get(0) instanceof Inline.Text t) {
      return t.text(); // the usual heading: its one string, without a copy
    }
    StringBuilder text = new StringBuilder();
    Walker walker =
        new Walker(
            false,
            b -> {},
            inline -> {
              if (inline instanceof Inline.Text t) {
                text.append(t.text());
              } else if (inline instanceof Inline.LineBreak) {
                text.append(' ');
              }
            },
            s -> {});
    for (int i = 0; i < content.size(); i++) {
      walker.inline(content.get(i));
    }
    return text.toString();
  }

  private static <T> List<T> ofType(List<?> items, Class<T> type) {
    return items.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** A depth-first walk that reports each block, inline and section to a consumer. */
  private static final class Walker implements Block.Visitor<Void>, Inline.Visitor<Void> {
    private final boolean intoEmbedded;
    private final Consumer<Block> onBlock;
    private final Consumer<Inline> onInline;
    private final Consumer<Section> onSection;
    private final boolean intoInlines;

    Walker(
        boolean intoEmbedded,
        Consumer<Block> onBlock,
        Consumer<Inline> onInline,
        Consumer<Section> onSection) {
      this.intoEmbedded = intoEmbedded;
      this.onBlock = onBlock;
      this.onInline = onInline;
      this.onSection = onSection;
      this.intoInlines = onInline != NO_INLINES;
    }

    void statement(Statement statement) {
      inlines(statement.standfirst());
      blocks(statement.body());
      for (int i = 0; i < statement.sections().size(); i++) {
        section(statement.sections().get(i));
      }
      for (int i = 0; i < statement.notes().size(); i++) {
        blocks(statement.notes().get(i).blocks());
      }
      blocks(statement.notesToEditors());
    }

    void section(Section section) {
      onSection.accept(section);
      inlines(section.heading());
      blocks(section.blocks());
      for (int i = 0; i < section.subsections().size(); i++) {
        section(section.subsections().get(i));
      }
    }

    // Paragraphs and text are most of a statement: walk into them without accept(this), which
    // would make each record's accept call site see one more visitor class besides a renderer's
    // own (three and more are a slow megamorphic call, in the renderer's walk too).
    void block(Block block) {
      onBlock.accept(block);
      if (block instanceof Block.Paragraph paragraph) {
        inlines(paragraph.content());
      } else {
        block.accept(this);
      }
    }

    void inline(Inline inline) {
      onInline.accept(inline);
      if (!(inline instanceof Inline.Text)) { // a Text holds nothing to walk into
        inline.accept(this);
      }
    }

    // Index loops, not forEach(this::...): a walk over a large statement allocates nothing.
    private void blocks(List<Block> blocks) {
      for (int i = 0; i < blocks.size(); i++) {
        block(blocks.get(i));
      }
    }

    private void inlines(List<Inline> inlines) {
      if (!intoInlines) {
        return;
      }
      for (int i = 0; i < inlines.size(); i++) {
        inline(inlines.get(i));
      }
    }

    private void items(List<ListItem> items) {
      for (int i = 0; i < items.size(); i++) {
        blocks(items.get(i).blocks());
      }
    }

    @Override
    public Void visitParagraph(Block.Paragraph paragraph) {
      inlines(paragraph.content());
      return null;
    }

    @Override
    public Void visitBlockQuotation(Block.BlockQuotation blockQuotation) {
      blocks(blockQuotation.blocks());
      return null;
    }

    @Override
    public Void visitEmbeddedStatement(Block.EmbeddedStatement embedded) {
      if (intoEmbedded) {
        statement(embedded.statement());
      }
      return null;
    }

    @Override
    public Void visitBulletList(Block.BulletList list) {
      items(list.items());
      return null;
    }

    @Override
    public Void visitOrderedList(Block.OrderedList list) {
      items(list.items());
      return null;
    }

    @Override
    public Void visitThematicBreak(Block.ThematicBreak thematicBreak) {
      return null;
    }

    @Override
    public Void visitText(Inline.Text text) {
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
      inlines(link.content());
      return null;
    }

    @Override
    public Void visitLineBreak(Inline.LineBreak lineBreak) {
      return null;
    }

    @Override
    public Void visitNoteReference(Inline.NoteReference noteReference) {
      return null;
    }

    @Override
    public Void visitQuotation(Inline.Quotation quotation) {
      inlines(quotation.content());
      return null;
    }
  }
}
