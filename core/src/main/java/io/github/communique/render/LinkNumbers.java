package io.github.communique.render;

import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.ListItem;
import io.github.communique.model.Note;
import io.github.communique.model.Section;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import io.github.communique.model.Traversal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of the web addresses a statement points to, for formats that print links as a
 * reference ("the report [3]") and list the addresses at the end: text, and HTML or PDF made for
 * print. Decided once here so that every renderer numbers alike.
 *
 * <p>Numbered are the targets of {@link Inline.Link}s and the source URLs of block quotations'
 * attributions (printed with the attribution line), in reading order: standfirst, body, sections,
 * notes (in {@link Traversal#noteOrder} order), notes to editors, with embedded statements where
 * they stand and a block quotation's source after its text. The same address always gets the same
 * number, the number of its first appearance. A link whose text is its own address ({@link
 * #showsTarget}) gets no number: the reader already sees it. Immutable.
 */
public final class LinkNumbers {
  private final Map<String, Integer> numbers;
  private final List<String> targets;

  private LinkNumbers(Map<String, Integer> numbers, List<String> targets) {
    this.numbers = numbers;
    this.targets = targets;
  }

  /** Numbers the addresses of {@code statement}, embedded statements included. */
  public static LinkNumbers of(Statement statement) {
    Collector collector = new Collector();
    collector.statement(statement);
    return new LinkNumbers(Map.copyOf(collector.numbers), List.copyOf(collector.targets));
  }

  /** The number of {@code link}'s target (1-based), or 0 when the link shows its own address. */
  public int number(Inline.Link link) {
    return showsTarget(link) ? 0 : number(link.target());
  }

  /**
   * The number of {@code target} (1-based).
   *
   * @throws IllegalArgumentException when the statement these numbers were made for has no such
   *     address
   */
  public int number(String target) {
    Integer number = numbers.get(target);
    if (number == null) {
      throw new IllegalArgumentException("not an address of this statement: " + target);
    }
    return number;
  }

  /** The numbered addresses in order: number 1 is the first element. */
  public List<String> targets() {
    return targets;
  }

  /**
   * Whether the link's text is its address, so that printing the address again would repeat it:
   * {@code <https://example.org>}, an e-mail address linked with {@code mailto:}, or a phone
   * number linked with {@code tel:} (compared by its digits: "+44 20 7946 0321" shows {@code
   * tel:+442079460321}).
   */
  public static boolean showsTarget(Inline.Link link) {
    if (link.content().size() != 1 || !(link.content().get(0) instanceof Inline.Text text)) {
      return false;
    }
    String shown = text.text();
    String target = link.target();
    if (target.startsWith("mailto:")) {
      return target.length() == 7 + shown.length() && target.startsWith(shown, 7);
    }
    if (target.startsWith("tel:")) {
      return sameNumber(shown, target, 4);
    }
    return shown.equals(target);
  }

  /** Whether {@code shown} and {@code target} from {@code from} have the same digits and '+'. */
  private static boolean sameNumber(String shown, String target, int from) {
    int i = 0;
    int j = from;
    boolean digits = false;
    while (true) {
      while (i < shown.length() && !isNumberChar(shown.charAt(i))) {
        i++;
      }
      while (j < target.length() && !isNumberChar(target.charAt(j))) {
        j++;
      }
      if (i == shown.length() || j == target.length()) {
        return digits && i == shown.length() && j == target.length();
      }
      if (shown.charAt(i++) != target.charAt(j++)) {
        return false;
      }
      digits = true;
    }
  }

  private static boolean isNumberChar(char c) {
    return (c >= '0' && c <= '9') || c == '+';
  }

  /** Walks a statement in the order a reader meets its addresses. */
  private static final class Collector implements Block.Visitor<Void>, Inline.Visitor<Void> {
    final Map<String, Integer> numbers = new HashMap<>();
    final List<String> targets = new ArrayList<>();

    void add(String target) {
      if (numbers.putIfAbsent(target, targets.size() + 1) == null) {
        targets.add(target);
      }
    }

    void statement(Statement statement) {
      inlines(statement.standfirst());
      blocks(statement.body());
      statement.sections().forEach(this::section);
      if (!statement.notes().isEmpty()) {
        for (Note note : Traversal.noteOrder(statement)) {
          blocks(note.blocks());
        }
      }
      blocks(statement.notesToEditors());
    }

    void section(Section section) {
      inlines(section.heading());
      blocks(section.blocks());
      section.subsections().forEach(this::section);
    }

    void blocks(List<Block> blocks) {
      for (int i = 0; i < blocks.size(); i++) { // no iterators: renderers call this per render
        blocks.get(i).accept(this);
      }
    }

    void inlines(List<Inline> inlines) {
      for (int i = 0; i < inlines.size(); i++) {
        inlines.get(i).accept(this);
      }
    }

    void items(List<ListItem> items) {
      for (ListItem item : items) {
        blocks(item.blocks());
      }
    }

    @Override
    public Void visitParagraph(Block.Paragraph paragraph) {
      inlines(paragraph.content());
      return null;
    }

    @Override
    public Void visitBlockQuotation(Block.BlockQuotation quotation) {
      blocks(quotation.blocks());
      quotation.attribution().flatMap(Attribution::source).flatMap(Source::url).ifPresent(this::add);
      return null;
    }

    @Override
    public Void visitEmbeddedStatement(Block.EmbeddedStatement embedded) {
      statement(embedded.statement());
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
      if (!showsTarget(link)) {
        add(link.target());
      }
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
