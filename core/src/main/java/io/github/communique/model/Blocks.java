package io.github.communique.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Short factories for blocks, meant for static import beside {@link Inlines}. */
public final class Blocks {
  private Blocks() {}

  public static Block.Paragraph paragraph(Inline... content) {
    return new Block.Paragraph(List.of(content));
  }

  public static Block.Paragraph paragraph(String text) {
    return paragraph(Inlines.text(text));
  }

  /** A block quotation of the given blocks, attributed. */
  public static Block.BlockQuotation blockQuote(Attribution attribution, Block... blocks) {
    return new Block.BlockQuotation(List.of(blocks), Optional.of(attribution));
  }

  /** A block quotation without attribution. */
  public static Block.BlockQuotation blockQuote(Block... blocks) {
    return new Block.BlockQuotation(List.of(blocks), Optional.empty());
  }

  /** A whole statement quoted inside another, with how it was delivered. */
  public static Block.EmbeddedStatement embedded(Statement statement, String delivery) {
    return new Block.EmbeddedStatement(statement, Optional.of(delivery));
  }

  /** A bulleted list with one paragraph per item. */
  public static Block.BulletList bullets(String... items) {
    return new Block.BulletList(Arrays.stream(items).map(Blocks::item).toList());
  }

  /** A numbered list, starting at 1, with one paragraph per item. */
  public static Block.OrderedList numbered(String... items) {
    return new Block.OrderedList(1, Arrays.stream(items).map(Blocks::item).toList());
  }

  public static ListItem item(Block... blocks) {
    return new ListItem(List.of(blocks));
  }

  public static ListItem item(String text) {
    return item(paragraph(text));
  }

  public static Block.ThematicBreak thematicBreak() {
    return new Block.ThematicBreak();
  }
}
