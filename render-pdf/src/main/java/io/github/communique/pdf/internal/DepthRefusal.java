package io.github.communique.pdf.internal;

import io.github.communique.render.RenderException;
import io.github.communique.validate.Nesting;

/**
 * The one wording of the PDF renderer's depth refusals: the check before the first page ({@link
 * Nesting}) and the layout's own checks, its second line of defence, say the same thing.
 */
public final class DepthRefusal {
  private DepthRefusal() {}

  /** The refusal of content of {@code kind} nested deeper than {@code limit} levels. */
  public static RenderException of(Nesting.Kind kind, int limit) {
    String levels = " levels; raise Limits.";
    return new RenderException(switch (kind) {
      case SECTIONS -> "sections nest deeper than " + limit + levels + "maxSectionDepth to render them";
      case LISTS -> "lists nest deeper than " + limit + levels + "maxListDepth to render them";
      case BLOCKS -> "blocks nest deeper than " + limit + levels + "maxNestingDepth to render them";
      case QUOTATIONS ->
          "quotations nest deeper than " + limit + levels + "maxQuotationDepth to render them";
      case MARKUP ->
          "inline content nests deeper than " + limit + levels + "maxNestingDepth to render it";
    });
  }
}
