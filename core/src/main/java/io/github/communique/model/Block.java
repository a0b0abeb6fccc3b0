package io.github.communique.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A unit of the body that stands on its own lines: paragraphs, block quotations, embedded
 * statements, lists and breaks.
 *
 * <p>Each kind is a record nested here; {@link Visitor} dispatches over all of them.
 */
public sealed interface Block {

  <R> R accept(Visitor<R> visitor);

  /** One method per kind of block; adding a kind breaks every visitor until it handles it. */
  interface Visitor<R> {
    R visitParagraph(Paragraph paragraph);

    R visitBlockQuotation(BlockQuotation blockQuotation);

    R visitEmbeddedStatement(EmbeddedStatement embeddedStatement);

    R visitBulletList(BulletList bulletList);

    R visitOrderedList(OrderedList orderedList);

    R visitThematicBreak(ThematicBreak thematicBreak);
  }

  /** A paragraph of running text. */
  record Paragraph(List<Inline> content) implements Block {
    public Paragraph {
      content = NodeList.copyOf(content);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitParagraph(this);
    }
  }

  /**
   * A quotation set apart from the text, such as a passage from a speech, with who said it and
   * where.
   */
  record BlockQuotation(List<Block> blocks, Optional<Attribution> attribution) implements Block {
    public BlockQuotation {
      blocks = NodeList.copyOf(blocks);
      requireNonNull(attribution, "attribution");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBlockQuotation(this);
    }
  }

  /**
   * A whole statement quoted inside this one, with its own issuers, date, place and body: "the
   * unions delivered the following statement:". {@code delivery} says how it was delivered
   * ("read out at the factory gates").
   */
  record EmbeddedStatement(Statement statement, Optional<String> delivery) implements Block {
    public EmbeddedStatement {
      requireNonNull(statement, "statement");
      requireNonNull(delivery, "delivery");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitEmbeddedStatement(this);
    }
  }

  /** A list whose items are marked with bullets. */
  record BulletList(List<ListItem> items) implements Block {
    public BulletList {
      items = NodeList.copyOf(items);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBulletList(this);
    }
  }

  /** A numbered list whose first item carries the number {@code start}. */
  record OrderedList(int start, List<ListItem> items) implements Block {
    public OrderedList {
      if (start < 0) {
        throw new IllegalArgumentException("start must not be negative: " + start);
      }
      items = NodeList.copyOf(items);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitOrderedList(this);
    }
  }

  /** A break between parts of the text, printed as a rule or a row of asterisks. */
  record ThematicBreak() implements Block {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitThematicBreak(this);
    }
  }
}
