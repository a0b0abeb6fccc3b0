package io.github.communique.model;

/**
 * How deeply a statement nests, for each kind of nesting that {@code Limits} bounds: sections
 * within one statement; lists; block quotations and embedded statements together; quotations
 * within a paragraph; and emphasis, strong text and links within a paragraph.
 *
 * <p>Free to ask: every list in the model knows the depths of what it holds, worked out when the
 * list was made from the depths its elements' lists already knew. Renderers use it to refuse a
 * statement nested too deep before they write anything, without walking it first. Immutable.
 */
public final class NestingDepths {
  static final NestingDepths NONE = new NestingDepths(0, 0, 0, 0, 0, 0);

  // Sections are counted per statement: the chain of sections in the part of a statement this
  // describes, and, apart, the deepest in the statements embedded in it, which start again at 1.
  private final int sections;
  private final int embeddedSections;
  private final int lists;
  private final int blocks;
  private final int quotations;
  private final int markup;

  private NestingDepths(
      int sections, int embeddedSections, int lists, int blocks, int quotations, int markup) {
    this.sections = sections;
    this.embeddedSections = embeddedSections;
    this.lists = lists;
    this.blocks = blocks;
    this.quotations = quotations;
    this.markup = markup;
  }

  /** The depths of {@code statement}, its embedded statements included. */
  public static NestingDepths of(Statement statement) {
    return NodeList.depths(statement.standfirst())
        .max(NodeList.depths(statement.body()))
        .max(NodeList.depths(statement.sections()))
        .max(NodeList.depths(statement.notes()))
        .max(NodeList.depths(statement.notesToEditors()));
  }

  /** The deepest sections nest in any one statement: 1 for sections without subsections. */
  public int sections() {
    return Math.max(sections, embeddedSections);
  }

  /** The deepest lists nest, through block quotations, list items and embedded statements. */
  public int lists() {
    return lists;
  }

  /** The deepest block quotations and embedded statements nest, counted together. */
  public int blocks() {
    return blocks;
  }

  /** The deepest quotations nest within one paragraph, heading or standfirst. */
  public int quotations() {
    return quotations;
  }

  /** The deepest emphasis, strong text and links nest within one paragraph, heading or standfirst. */
  public int markup() {
    return markup;
  }

  /** The depths that one element of a model list adds: read off its own lists, never walked. */
  static NestingDepths ofElement(Object element) {
    if (element instanceof Inline.Text) {
      return NONE; // most elements
    } else if (element instanceof Inline.Quotation q) {
      return NodeList.depths(q.content()).inQuotation();
    } else if (element instanceof Inline.Emphasis e) {
      return NodeList.depths(e.content()).inMarkup();
    } else if (element instanceof Inline.Strong s) {
      return NodeList.depths(s.content()).inMarkup();
    } else if (element instanceof Inline.Link l) {
      return NodeList.depths(l.content()).inMarkup();
    } else if (element instanceof Block.Paragraph p) {
      return NodeList.depths(p.content());
    } else if (element instanceof Block.BlockQuotation q) {
      return NodeList.depths(q.blocks()).inBlock();
    } else if (element instanceof Block.EmbeddedStatement e) {
      return of(e.statement()).embedded();
    } else if (element instanceof Block.BulletList l) {
      return NodeList.depths(l.items()).inList();
    } else if (element instanceof Block.OrderedList l) {
      return NodeList.depths(l.items()).inList();
    } else if (element instanceof ListItem item) {
      return NodeList.depths(item.blocks());
    } else if (element instanceof Note note) {
      return NodeList.depths(note.blocks());
    } else if (element instanceof Section s) {
      // Blocks and headings hold no sections of this statement: only subsections add to the chain.
      return NodeList.depths(s.heading())
          .max(NodeList.depths(s.blocks()))
          .max(NodeList.depths(s.subsections()))
          .inSection();
    }
    return NONE; // line breaks, note references, thematic breaks
  }

  // What holding these depths one level down adds, for each kind of holder.

  private NestingDepths inQuotation() {
    return with(sections, embeddedSections, lists, blocks, quotations + 1, markup);
  }

  private NestingDepths inMarkup() {
    return with(sections, embeddedSections, lists, blocks, quotations, markup + 1);
  }

  private NestingDepths inBlock() {
    return with(sections, embeddedSections, lists, blocks + 1, quotations, markup);
  }

  private NestingDepths inList() {
    return with(sections, embeddedSections, lists + 1, blocks, quotations, markup);
  }

  private NestingDepths inSection() {
    return with(sections + 1, embeddedSections, lists, blocks, quotations, markup);
  }

  /** As a statement embedded in another: a block, whose sections start again at 1. */
  private NestingDepths embedded() {
    return with(0, sections(), lists, blocks + 1, quotations, markup);
  }

  /** The deeper of this and {@code other} in each kind. */
  NestingDepths max(NestingDepths other) {
    if (other == NONE || other == this) {
      return this;
    } else if (this == NONE) {
      return other;
    }
    return with(
        Math.max(sections, other.sections),
        Math.max(embeddedSections, other.embeddedSections),
        Math.max(lists, other.lists),
        Math.max(blocks, other.blocks),
        Math.max(quotations, other.quotations),
        Math.max(markup, other.markup));
  }

  /** These depths, or new ones when any differs: lists of plain text all share {@link #NONE}. */
  private NestingDepths with(
      int sections, int embeddedSections, int lists, int blocks, int quotations, int markup) {
    if (sections == this.sections
        && embeddedSections == this.embeddedSections
        && lists == this.lists
        && blocks == this.blocks
        && quotations == this.quotations
        && markup == this.markup) {
      return this;
    }
    return new NestingDepths(sections, embeddedSections, lists, blocks, quotations, markup);
  }

  @Override
  public String toString() {
    return "NestingDepths[sections=" + sections() + ", lists=" + lists + ", blocks=" + blocks
        + ", quotations=" + quotations + ", markup=" + markup + "]";
  }
}
