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
    String what = switch (kind) { // the layout's words, shorter than Kind.what()
      case SECTIONS -> "sections nest";
      case LISTS -> "lists nest";
      case BLOCKS -> "blocks nest";
      case QUOTATIONS -> "quotations nest";
      case MARKUP -> "inline content nests";
    };
    return new RenderException(what + " deeper than " + limit + " levels; raise Limits."
        + kind.setting() + " to render " + (kind == Nesting.Kind.MARKUP ? "it" : "them"));
  }
}
