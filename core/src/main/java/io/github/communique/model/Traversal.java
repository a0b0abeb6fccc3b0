package io.github.communique.model;

import java.util.ArrayList;
import java.util.Arrays;
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

  /**
   * {@link #walk(Statement, Consumer, Consumer, Consumer)} for a pass that wants, of the inlines,
   * only the quotations, such as a renderer's metadata: every section and block, and each inline
   * quotation. It does not go into a paragraph, heading or piece of markup that holds no
   * quotation (its list knows, see {@link NestingDepths}), so most of a statement's text is never
   * read: on a large statement that is most of what the walk costs.
   */
  public static void walkQuotations(Statement statement, Consumer<Section> onSection,
      Consumer<Block> onBlock, Consumer<Inline.Quotation> onQuotation) {
    Consumer<Inline> onInline = inline -> {
      if (inline instanceof Inline.Quotation quotation) {
        onQuotation.accept(quotation);
      }
    };
    new Walker(true, onBlock, onInline, onSection, true).statement(statement);
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

  /**
   * A depth-first walk that reports each block, inline and section to a consumer. It recurses
   * (the fastest walk, on every render) down to {@link #MAX_RECURSION} levels; below that a
   * {@link DeepWalker} takes each node with all it holds, so that a statement built in Java and
   * nested 100,000 levels deep cannot overflow the stack.
   */
  private static final class Walker implements Block.Visitor<Void>, Inline.Visitor<Void> {
    /** Far deeper than any statement within the Limits' defaults, far less than the stack holds. */
    static final int MAX_RECURSION = 400;

    private final boolean intoEmbedded;
    private final Consumer<Block> onBlock;
    private final Consumer<Inline> onInline;
    private final Consumer<Section> onSection;
    private final boolean intoInlines;
    private final boolean quotationsOnly;
    private int depth;
    private DeepWalker deep;

    Walker(
        boolean intoEmbedded,
        Consumer<Block> onBlock,
        Consumer<Inline> onInline,
        Consumer<Section> onSection) {
      this(intoEmbedded, onBlock, onInline, onSection, false);
    }

    /** {@code quotationsOnly}: inline lists without a quotation in them are not walked. */
    Walker(
        boolean intoEmbedded,
        Consumer<Block> onBlock,
        Consumer<Inline> onInline,
        Consumer<Section> onSection,
        boolean quotationsOnly) {
      this.intoEmbedded = intoEmbedded;
      this.onBlock = onBlock;
      this.onInline = onInline;
      this.onSection = onSection;
      this.intoInlines = onInline != NO_INLINES;
      this.quotationsOnly = quotationsOnly;
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
      if (depth > MAX_RECURSION) {
        deepWalker().walk(section, DeepWalker.SECTIONS);
        return;
      }
      depth++;
      onSection.accept(section);
      inlines(section.heading());
      blocks(section.blocks());
      for (int i = 0; i < section.subsections().size(); i++) {
        section(section.subsections().get(i));
      }
      depth--;
    }

    // Paragraphs and text are most of a statement: walk into them without accept(this), which
    // would make each record's accept call site see one more visitor class besides a renderer's
    // own (three and more are a slow megamorphic call, in the renderer's walk too).
    void block(Block block) {
      if (depth > MAX_RECURSION) {
        deepWalker().walk(block, DeepWalker.BLOCKS);
        return;
      }
      onBlock.accept(block);
      if (block instanceof Block.Paragraph paragraph) {
        inlines(paragraph.content());
      } else {
        depth++;
        block.accept(this);
        depth--;
      }
    }

    void inline(Inline inline) {
      onInline.accept(inline);
      if (!(inline instanceof Inline.Text)) { // a Text holds nothing to walk into
        if (depth > MAX_RECURSION) {
          deepWalker().walkContent(inline);
          return;
        }
        depth++;
        inline.accept(this);
        depth--;
      }
    }

    private DeepWalker deepWalker() {
      if (deep == null) {
        deep = new DeepWalker(this);
      }
      return deep;
    }

    // Index loops, not forEach(this::...): a walk over a large statement allocates nothing.
    private void blocks(List<Block> blocks) {
      for (int i = 0; i < blocks.size(); i++) {
        block(blocks.get(i));
      }
    }

    private void inlines(List<Inline> inlines) {
      if (!intoInlines || (quotationsOnly && NodeList.depths(inlines).quotations() == 0)) {
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

  /**
   * The walk of {@link Walker} without recursion, for what lies deeper than {@link
   * Walker#MAX_RECURSION}: an explicit stack of frames (a list and the position in it) holds the
   * way down, so a statement built in Java and nested 100,000 levels deep is walked like any
   * other, in the same order. A frame is popped only when its list is done; children are pushed
   * so that they pop in reading order.
   */
  private static final class DeepWalker {
    // The kinds of list a frame walks.
    static final byte INLINES = 0;
    static final byte BLOCKS = 1;
    static final byte SECTIONS = 2;
    private static final byte ITEMS = 3;
    private static final byte NOTES = 4;

    private final boolean intoEmbedded;
    private final Consumer<Block> onBlock;
    private final Consumer<Inline> onInline;
    private final Consumer<Section> onSection;
    private final boolean intoInlines;
    private List<?>[] lists = new List<?>[16];
    private int[] index = new int[16];
    private byte[] kind = new byte[16];
    private int top = -1;

    /** Walks for {@code walker}: the same consumers, the same choices. */
    DeepWalker(Walker walker) {
      this.intoEmbedded = walker.intoEmbedded;
      this.onBlock = walker.onBlock;
      this.onInline = walker.onInline;
      this.onSection = walker.onSection;
      this.intoInlines = walker.intoInlines;
    }

    /** Walks one node of {@code kind} and all it holds; the walker can walk again afterwards. */
    void walk(Object node, byte kind) {
      push(List.of(node), kind);
      run();
    }

    /** Walks what {@code inline}, already reported, holds. */
    void walkContent(Inline inline) {
      pushContent(inline);
      run();
    }

    private void run() {
      while (top >= 0) {
        List<?> list = lists[top];
        int i = index[top];
        if (i == list.size()) {
          lists[top--] = null;
          continue;
        }
        index[top] = i + 1;
        Object node = list.get(i);
        switch (kind[top]) {
          case INLINES -> inline((Inline) node);
          case BLOCKS -> block((Block) node);
          case SECTIONS -> section((Section) node);
          case ITEMS -> push(((ListItem) node).blocks(), BLOCKS);
          default -> push(((Note) node).blocks(), BLOCKS);
        }
      }
    }

    private void section(Section section) {
      onSection.accept(section);
      push(section.subsections(), SECTIONS);
      push(section.blocks(), BLOCKS);
      push(section.heading(), INLINES);
    }

    // instanceof, not accept(this): a visitor here would make each record's accept call site see
    // one more visitor class besides a renderer's own (three and more are a slow megamorphic
    // call, in the renderer's walk too). Paragraphs and text, most of a statement, come first.
    private void block(Block block) {
      onBlock.accept(block);
      if (block instanceof Block.Paragraph paragraph) {
        push(paragraph.content(), INLINES);
      } else if (block instanceof Block.BlockQuotation quotation) {
        push(quotation.blocks(), BLOCKS);
      } else if (block instanceof Block.EmbeddedStatement embedded) {
        if (intoEmbedded) {
          pushStatement(embedded.statement());
        }
      } else if (block instanceof Block.BulletList list) {
        push(list.items(), ITEMS);
      } else if (block instanceof Block.OrderedList list) {
        push(list.items(), ITEMS);
      }
    }

    private void inline(Inline inline) {
      onInline.accept(inline);
      if (!(inline instanceof Inline.Text)) { // a Text holds nothing to walk into
        pushContent(inline);
      }
    }

    /** Pushes the inlines {@code inline} holds, if it holds any. */
    private void pushContent(Inline inline) {
      if (inline instanceof Inline.Emphasis emphasis) {
        push(emphasis.content(), INLINES);
      } else if (inline instanceof Inline.Strong strong) {
        push(strong.content(), INLINES);
      } else if (inline instanceof Inline.Link link) {
        push(link.content(), INLINES);
      } else if (inline instanceof Inline.Quotation quotation) {
        push(quotation.content(), INLINES);
      }
    }

    /** Pushes a statement's parts so that they pop in reading order. */
    private void pushStatement(Statement s) {
      push(s.notesToEditors(), BLOCKS);
      push(s.notes(), NOTES);
      push(s.sections(), SECTIONS);
      push(s.body(), BLOCKS);
      push(s.standfirst(), INLINES);
    }

    private void push(List<?> list, byte k) {
      if (list.isEmpty() || (k == INLINES && !intoInlines)) {
        return;
      }
      if (++top == lists.length) {
        lists = Arrays.copyOf(lists, top * 2);
        index = Arrays.copyOf(index, top * 2);
        kind = Arrays.copyOf(kind, top * 2);
      }
      lists[top] = list;
      index[top] = 0;
      kind[top] = k;
    }
  }
}
