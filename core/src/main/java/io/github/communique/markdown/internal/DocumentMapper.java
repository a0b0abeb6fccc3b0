package io.github.communique.markdown.internal;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.Note;
import io.github.communique.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps a statement's blocks from Flexmark's tree: the {@code #} title, {@code ##} sections and
 * their subsections, paragraphs, lists, block quotations with their attribution line, embedded
 * statements, footnotes and the notes to editors. Recursion follows the document's nesting and is
 * bounded by the limits, checked before each step down.
 */
final class DocumentMapper {
  /** The heading that starts the notes to editors. */
  static final String NOTES_TO_EDITORS = "Notes to editors";

  /** How far back from a heading's end an attribute block is looked for. */
  private static final int MAX_HEADING_ATTRIBUTES = 1024;

  private final ReaderContext ctx;
  private final String src;
  private final boolean paths;

  DocumentMapper(ReaderContext ctx) {
    this.ctx = ctx;
    this.src = ctx.source.text();
    this.paths = ctx.positions.enabled();
  }

  /** A section while its blocks and subsections are still being read. */
  private static final class Draft {
    final List<Inline> heading;
    final Optional<String> anchor;
    final int depth;
    final String path;
    final List<Block> blocks = new ArrayList<>();
    final List<Draft> subsections = new ArrayList<>();

    Draft(List<Inline> heading, Optional<String> anchor, int depth, String path) {
      this.heading = heading;
      this.anchor = anchor;
      this.depth = depth;
      this.path = path;
    }

    Section build() {
      return new Section(heading, anchor, blocks, subsections.stream().map(Draft::build).toList());
    }
  }

  // Where the statement's reading stands between top-level blocks: kept in fields so that the body
  // can come in several pieces (see ChunkBoundaries), each mapped by a call to statement().
  private final List<Draft> open = new ArrayList<>();
  private boolean notesToEditors;
  private boolean seenContent;

  /**
   * Reads the children of {@code container} (the document, or an embedded statement's fence) as the
   * body of a statement, or the next part of it: a further call continues where the last one
   * stopped, in the same section. {@code prefix} is the statement's document path ("" or {@code
   * "body[2].statement."}).
   */
  void statement(Node container, StatementParts parts, String prefix, int blockDepth) {
    Node mapped = null;
    for (Node n = container.getFirstChild(); n != null; n = n.getNext()) {
      detach(mapped);
      mapped = n;
      int offset = ctx.offset(n.getStartOffset());
      if (n instanceof Reference) {
        reference((Reference) n);
        continue;
      }
      if (n instanceof FootnoteBlock) {
        note((FootnoteBlock) n, parts, prefix, blockDepth);
        continue;
      }
      if (n instanceof Heading) {
        Heading heading = (Heading) n;
        if (heading.getLevel() == 1) {
          title(heading, parts, prefix);
          seenContent = true;
          continue;
        }
        seenContent = true;
        if (notesToEditors) {
          throw ctx.error(
              offset,
              "no heading can follow ## "
                  + NOTES_TO_EDITORS
                  + ": they end the statement; move this section before them");
        }
        if (isNotesToEditors(heading)) {
          notesToEditors = true;
          record(at(prefix, "notesToEditors"), offset);
          continue;
        }
        section(heading, prefix);
        continue;
      }
      seenContent = true;
      List<Block> target;
      String path;
      if (notesToEditors) {
        target = parts.notesToEditors;
        path = at(prefix, "notesToEditors", target.size());
      } else if (open.isEmpty()) {
        target = parts.body;
        path = at(prefix, "body", target.size());
      } else {
        Draft current = open.get(open.size() - 1);
        target = current.blocks;
        path = at(current.path, ".blocks", target.size());
      }
      Block block = block(n, path, blockDepth, 0, parts, prefix);
      if (block != null) {
        target.add(block);
      }
    }
    detach(mapped);
  }

  /**
   * Detaches a mapped block from the tree, so that its subtree is garbage while the rest is mapped:
   * the tree alive at once shrinks as the model grows, and a collection during the mapping of a
   * large file need not keep the part already mapped.
   */
  private static void detach(Node mapped) {
    if (mapped != null) {
      mapped.unlink();
    }
  }

  private void title(Heading heading, StatementParts parts, String prefix) {
    int offset = ctx.offset(heading.getStartOffset());
    if (parts.title.isPresent()) {
      throw ctx.error(
          offset,
          "the title is given twice: this # heading is a second one; remove one (use ## for a"
              + " section)");
    }
    if (seenContent) {
      throw ctx.error(
          offset,
          "a # heading is the statement's title and must come before its text; use ## for a"
              + " section");
    }
    parts.title = Optional.of(Unescape.text(heading.getText()));
    record(at(prefix, "title"), ctx.offset(heading.getText().getStartOffset()));
  }

  /**
   * {@code ## Notes to editors}, or a level-2 heading in any words marked {@code
   * {.notes-to-editors}} (renderers print their own heading in the statement's language).
   */
  private boolean isNotesToEditors(Heading heading) {
    if (heading.getLevel() != 2) {
      return false;
    }
    if (heading.getText().toString().equalsIgnoreCase(NOTES_TO_EDITORS)) {
      return true;
    }
    int from = ctx.offset(heading.getText().getStartOffset());
    Attributes attributes = headingAttributes(from, ctx.offset(heading.getText().getEndOffset()));
    if (attributes == null || !attributes.classes().contains("notes-to-editors")) {
      return false;
    }
    if (attributes.classes().size() > 1
        || !attributes.values().isEmpty()
        || attributes.id().isPresent()) {
      throw ctx.error(
          attributes.start(),
          "{.notes-to-editors} takes nothing else: remove the other attributes");
    }
    return true;
  }

  private void section(Heading heading, String prefix) {
    int offset = ctx.offset(heading.getStartOffset());
    BasedSequence text = heading.getText();
    int from = ctx.offset(text.getStartOffset());
    int to = ctx.offset(text.getEndOffset());
    Attributes attributes = headingAttributes(from, to);
    int level = heading.getLevel();
    Optional<String> anchor = Optional.empty();
    if (attributes != null) {
      to = attributes.start();
      while (to > from && (src.charAt(to - 1) == ' ' || src.charAt(to - 1) == '\t')) {
        to--;
      }
      if (!attributes.classes().isEmpty()) {
        throw ctx.error(
            attributes.start(),
            "a heading takes only {#anchor} and {level=N}; remove ." + attributes.classes().get(0));
      }
      String idValue = attributes.values().get("id");
      if (idValue != null && attributes.id().isPresent()) {
        throw ctx.error(attributes.start(), "give the anchor once: {#anchor} or {id=\"…\"}");
      }
      anchor = attributes.id().or(() -> Optional.ofNullable(idValue));
      for (String key : attributes.values().keySet()) {
        if (!key.equals("id") && !key.equals("level")) {
          throw ctx.error(
              attributes.start(), "a heading takes only {#anchor} and {level=N}; remove " + key);
        }
      }
      String levelValue = attributes.values().get("level");
      if (levelValue != null) {
        level = explicitLevel(levelValue, heading, attributes.start());
      }
    }
    int depth = level - 1;
    if (depth > open.size() + 1) {
      throw ctx.error(
          offset,
          "a level-"
              + level
              + " heading cannot follow "
              + (open.isEmpty() ? "the title" : "a level-" + (open.size() + 1) + " heading")
              + "; use "
              + "#".repeat(Math.min(open.size() + 2, 6))
              + (open.size() + 2 > 6 ? " with {level=" + (open.size() + 2) + "}" : "")
              + " for the next level");
    }
    if (depth > ctx.limits.maxSectionDepth()) {
      throw ctx.error(
          offset,
          "sections nest more than Limits.maxSectionDepth ("
              + ctx.limits.maxSectionDepth()
              + ") deep here; use fewer heading levels or raise Limits.maxSectionDepth");
    }
    while (open.size() >= depth) {
      open.remove(open.size() - 1);
    }
    List<Draft> siblings = open.isEmpty() ? topLevel : open.get(open.size() - 1).subsections;
    String path =
        open.isEmpty()
            ? at(prefix, "sections", siblings.size())
            : at(open.get(open.size() - 1).path, ".subsections", siblings.size());
    record(path, offset);
    List<Inline> content =
        InlineMapper.content(
            ctx,
            heading.getFirstChild(),
            null,
            from,
            to,
            Chars.EDGE,
            Chars.EDGE,
            at(path, ".heading"),
            0,
            0);
    Draft draft = new Draft(content, anchor, depth, path);
    siblings.add(draft);
    open.add(draft);
  }

  /** Sections at the top level, in order, built into the statement's parts at the end. */
  private final List<Draft> topLevel = new ArrayList<>();

  /** Builds the sections read so far into {@code parts}. */
  void finishSections(StatementParts parts) {
    topLevel.forEach(draft -> parts.sections.add(draft.build()));
    topLevel.clear();
  }

  private int explicitLevel(String value, Heading heading, int at) {
    int level;
    try {
      level = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      level = -1;
    }
    if (level < 7 || heading.getLevel() != 6) {
      throw ctx.error(
          at,
          "{level=N} is for sections deeper than ###### allows: write ###### Heading {level=7}"
              + " (or 8, …)");
    }
    return level;
  }

  /** The attribute block ending a heading ({@code {#anchor}}), or null. */
  private Attributes headingAttributes(int from, int to) {
    if (to <= from || src.charAt(to - 1) != '}') {
      return null;
    }
    for (int i = to - 2; i >= from && to - i <= MAX_HEADING_ATTRIBUTES; i--) {
      // The block stands apart: after a blank, or alone (a quotation's attributes touch it).
      if (src.charAt(i) != '{'
          || (i > from && src.charAt(i - 1) != ' ' && src.charAt(i - 1) != '\t')) {
        continue;
      }
      try {
        Attributes attributes = Attributes.parse(src, i, to);
        if (attributes.end() == to) {
          return attributes;
        }
      } catch (Attributes.SyntaxException e) {
        // Not an attribute block from here; a brace further left may start one.
      }
    }
    return null;
  }

  private void reference(Reference reference) {
    if (!reference.getTitle().isEmpty()) {
      throw ctx.error(
          ctx.offset(reference.getTitleOpeningMarker().getStartOffset()),
          "link titles are not supported in a statement; remove the title from this definition");
    }
  }

  private void note(FootnoteBlock block, StatementParts parts, String prefix, int depth) {
    String path = at(prefix, "notes", parts.notes.size());
    record(path, ctx.offset(block.getStartOffset()));
    // Reserve the note's place before its blocks, which may hold further definitions.
    int index = parts.notes.size();
    parts.notes.add(null);
    List<Block> blocks = children(block, at(path, ".blocks"), depth, 0, parts, prefix);
    parts.notes.set(index, new Note(block.getText().toString(), blocks));
  }

  private List<Block> children(
      Node container,
      String listPath,
      int depth,
      int listDepth,
      StatementParts parts,
      String prefix) {
    List<Block> blocks = new ArrayList<>();
    for (Node n = container.getFirstChild(); n != null; n = n.getNext()) {
      Block block = block(n, at(listPath, "", blocks.size()), depth, listDepth, parts, prefix);
      if (block != null) {
        blocks.add(block);
      }
    }
    return blocks;
  }

  /** One block, or null for nodes that hold no content (link and footnote definitions). */
  private Block block(
      Node n, String path, int depth, int listDepth, StatementParts parts, String prefix) {
    int offset = ctx.offset(n.getStartOffset());
    if (n instanceof Reference) {
      reference((Reference) n);
      return null;
    }
    if (n instanceof FootnoteBlock) {
      note((FootnoteBlock) n, parts, prefix, depth);
      return null;
    }
    record(path, offset);
    if (n instanceof Paragraph) {
      return paragraph((Paragraph) n, path);
    }
    if (n instanceof BlockQuote) {
      checkDepth(depth + 1, offset);
      return blockQuotation((BlockQuote) n, path, depth + 1, listDepth, parts, prefix);
    }
    if (n instanceof BulletList || n instanceof OrderedList) {
      if (listDepth + 1 > ctx.limits.maxListDepth()) {
        throw ctx.error(
            offset,
            "lists nest more than Limits.maxListDepth ("
                + ctx.limits.maxListDepth()
                + ") deep here; flatten them or raise Limits.maxListDepth");
      }
      List<io.github.communique.model.ListItem> items = new ArrayList<>();
      for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
        String itemPath = at(path, ".items", items.size());
        record(itemPath, ctx.offset(item.getStartOffset()));
        if (!(item instanceof ListItem)) {
          throw unsupported(item);
        }
        items.add(
            new io.github.communique.model.ListItem(
                children(item, at(itemPath, ".blocks"), depth, listDepth + 1, parts, prefix)));
      }
      if (n instanceof OrderedList) {
        return new Block.OrderedList(((OrderedList) n).getStartNumber(), items);
      }
      return new Block.BulletList(items);
    }
    if (n instanceof ThematicBreak) {
      return new Block.ThematicBreak();
    }
    if (n instanceof StatementFence) {
      checkDepth(depth + 1, offset);
      return embedded((StatementFence) n, path, depth + 1);
    }
    if (n instanceof Heading) {
      throw ctx.error(
          offset,
          "a heading cannot stand inside a list, a block quotation or a note; only at the level"
              + " of the statement's text");
    }
    if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
      throw ctx.error(
          offset, "code blocks are not supported in a statement; write the text as paragraphs");
    }
    throw unsupported(n);
  }

  private RuntimeException unsupported(Node n) {
    return ctx.error(
        ctx.offset(n.getStartOffset()),
        "this Markdown ("
            + n.getNodeName()
            + ") cannot be part of a statement; remove it or escape its characters with \\");
  }

  private void checkDepth(int depth, int offset) {
    if (depth > ctx.limits.maxNestingDepth()) {
      throw ctx.error(
          offset,
          "block quotations and embedded statements nest more than Limits.maxNestingDepth ("
              + ctx.limits.maxNestingDepth()
              + ") deep here; reduce the nesting or raise Limits.maxNestingDepth");
    }
  }

  private Block.Paragraph paragraph(Paragraph paragraph, String path) {
    checkTable(paragraph);
    return new Block.Paragraph(
        InlineMapper.content(
            ctx,
            paragraph.getFirstChild(),
            null,
            ctx.offset(paragraph.getStartOffset()),
            ctx.offset(paragraph.getEndOffset()),
            Chars.EDGE,
            Chars.EDGE,
            at(path, ".content"),
            0,
            0));
  }

  /** A pipe table's delimiter row on the second line ({@code |---|:--:|}) is an error. */
  private void checkTable(Paragraph paragraph) {
    List<BasedSequence> lines = paragraph.getContentLines();
    if (lines.size() < 2 || lines.get(0).indexOf('|') < 0) {
      return;
    }
    BasedSequence row = lines.get(1).trim();
    boolean pipe = false;
    boolean dash = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '|') {
        pipe = true;
      } else if (c == '-') {
        dash = true;
      } else if (c != ':' && c != ' ' && c != '\t') {
        return;
      }
    }
    if (pipe && dash) {
      throw ctx.error(
          ctx.offset(paragraph.getStartOffset()),
          "tables are not supported in a statement; write the rows as a list, or escape the"
              + " pipes as \\| if this is text");
    }
  }

  private Block.BlockQuotation blockQuotation(
      BlockQuote quote,
      String path,
      int depth,
      int listDepth,
      StatementParts parts,
      String prefix) {
    List<Block> blocks = new ArrayList<>();
    Optional<Attribution> attribution = Optional.empty();
    for (Node n = quote.getFirstChild(); n != null; n = n.getNext()) {
      String blockPath = at(path, ".blocks", blocks.size());
      if (n.getNext() == null && n instanceof Paragraph) {
        Node line = AttributionLineReader.lineStart(ctx, (Paragraph) n);
        if (line != null) {
          Node before = line.getPrevious();
          if (before != null) {
            record(blockPath, ctx.offset(n.getStartOffset()));
            blocks.add(
                new Block.Paragraph(
                    InlineMapper.content(
                        ctx,
                        n.getFirstChild(),
                        before,
                        ctx.offset(n.getStartOffset()),
                        ctx.offset(line.getStartOffset()),
                        Chars.EDGE,
                        Chars.EDGE,
                        at(blockPath, ".content"),
                        0,
                        0)));
          }
          Node first = line instanceof Text ? line : line.getNext();
          record(at(path, ".attribution"), ctx.offset(first.getStartOffset()));
          attribution = AttributionLineReader.read(ctx, first, ctx.offset(n.getEndOffset()));
          break;
        }
      }
      Block block = block(n, blockPath, depth, listDepth, parts, prefix);
      if (block != null) {
        blocks.add(block);
      }
    }
    return new Block.BlockQuotation(blocks, attribution);
  }

  private Block.EmbeddedStatement embedded(StatementFence fence, String path, int depth) {
    int offset = ctx.offset(fence.getStartOffset());
    if (!fence.isClosed()) {
      throw ctx.error(
          offset,
          "the embedded statement that starts here is not closed: add a line ::: after its body");
    }
    if (fence.hasHeader() && !fence.isHeaderClosed()) {
      throw ctx.error(
          ctx.offset(fence.headerOpening().getStartOffset()),
          "the front matter of this embedded statement is not closed: add a line --- after it");
    }
    // HeaderFields takes the prefix for source positions only.
    String prefix = paths ? path + ".statement." : "";
    record(at(path, ".statement"), offset);
    StatementParts parts = new StatementParts();
    Optional<HeaderFields.Standfirst> standfirst = Optional.empty();
    if (fence.hasHeader()) {
      List<BasedSequence> lines = fence.headerLines();
      int[] starts = new int[Math.max(1, lines.size())];
      StringBuilder yaml = new StringBuilder();
      starts[0] = ctx.offset(fence.headerOpening().getEndOffset()); // used only when empty
      for (int i = 0; i < lines.size(); i++) {
        starts[i] = ctx.offset(lines.get(i).getStartOffset());
        yaml.append(lines.get(i)).append('\n');
      }
      YamlFrontMatter.Text text = new YamlFrontMatter.Text(yaml.toString(), starts);
      Optional<org.snakeyaml.engine.v2.nodes.Node> root =
          YamlFrontMatter.compose(ctx.source, text, ctx.limits);
      if (root.isPresent()) {
        standfirst =
            HeaderFields.read(ctx.source, text, root.get(), parts, ctx.positions, prefix, true);
        if (parts.delivery.isPresent()) {
          record(at(path, ".delivery"), ctx.offset(fence.headerOpening().getStartOffset()));
        }
      }
    }
    DocumentMapper inner = new DocumentMapper(ctx);
    inner.statement(fence, parts, prefix, depth);
    inner.finishSections(parts);
    standfirst.ifPresent(s -> parts.standfirst = StandfirstReader.read(ctx, s));
    if (parts.title.isEmpty()) {
      throw ctx.error(
          offset,
          "this embedded statement has no title: add title: … to its front matter, or a # heading"
              + " as its first line");
    }
    return new Block.EmbeddedStatement(parts.build(parts.title.get()), parts.delivery);
  }

  /**
   * The document path {@code base + name}, or null when no source map is being recorded: reading
   * without one builds no path strings.
   */
  private String at(String base, String name) {
    return paths ? base + name : null;
  }

  /** The document path {@code base + name + "[" + index + "]"}, or null (see above). */
  private String at(String base, String name, int index) {
    return paths ? base + name + "[" + index + "]" : null;
  }

  private void record(String path, int offset) {
    if (paths) {
      ctx.positions.put(path, offset);
    }
  }
}
