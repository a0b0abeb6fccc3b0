package io.github.communique.markdown.internal;

import io.github.communique.model.QuoteKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pairs brackets, emphasis delimiters and quotation marks among the pieces of one run of inline
 * content: CommonMark's "process emphasis", with quotation marks as delimiters of their own and
 * with CommonMark's bottom-of-stack bookkeeping, which keeps the search for openers linear. Nothing
 * here recurses; the nesting it builds is checked against the limits when the model is built.
 */
final class DelimiterPairing {
  private final Pieces pieces;
  private final ReaderContext ctx;

  DelimiterPairing(Pieces pieces, ReaderContext ctx) {
    this.pieces = pieces;
    this.ctx = ctx;
  }

  /** Pairs brackets, emphasis and quotation marks; returns the first top-level piece. */
  Piece pair() {
    if (!pieces.delimiters) {
      return pieces.head; // nothing to pair: the common plain paragraph
    }
    demoteApostrophes();
    Piece lastDelim = null;
    Piece lastBracket = null;
    for (Piece p = pieces.head; p != null; p = p.next) {
      if (p.kind == Piece.DELIM) {
        p.prevDelim = lastDelim;
        if (lastDelim != null) {
          lastDelim.nextDelim = p;
        }
        lastDelim = p;
      } else if (p.kind == Piece.OPEN_BRACKET) {
        p.bracketBottom = lastDelim;
        p.prevBracket = lastBracket;
        lastBracket = p;
      } else if (p.kind == Piece.CLOSE_BRACKET && lastBracket != null) {
        Piece open = lastBracket;
        lastBracket = open.prevBracket;
        if (p.span != 0) {
          processDelimiters(open.bracketBottom, lastDelim);
          lastDelim = open.bracketBottom;
          if (lastDelim != null) {
            lastDelim.nextDelim = null;
          }
          Piece container = new Piece(p.span, open.offset);
          container.quoteKind = p.quoteKind;
          container.attribution = p.attribution;
          container.target = p.target;
          pieces.wrap(open, p, container);
          pieces.remove(open);
          pieces.remove(p);
          p = container;
        }
      }
    }
    processDelimiters(null, lastDelim);
    return pieces.head;
  }

  /**
   * A single mark that could be an apostrophe (the workers’ rights) closes a single quotation only
   * if no later mark does: a linear pass over the single marks, before pairing.
   */
  private void demoteApostrophes() {
    List<Piece> openers = new ArrayList<>();
    for (Piece p = pieces.head; p != null; p = p.next) {
      if (p.kind != Piece.DELIM || !p.quote || p.doubleMark) {
        continue;
      }
      Piece top = openers.isEmpty() ? null : openers.get(openers.size() - 1);
      if (p.possessive) {
        if (top == null) {
          continue;
        }
        if (top.tentativeCloser == null) {
          top.tentativeCloser = p;
        } else {
          p.canClose = false;
        }
      } else if (p.canClose && top != null) {
        openers.remove(openers.size() - 1);
        if (top.tentativeCloser != null) {
          top.tentativeCloser.canClose = false;
        }
      } else if (p.canOpen) {
        if (top != null && top.tentativeCloser != null) {
          openers.remove(openers.size() - 1);
        }
        openers.add(p);
      }
    }
  }

  /**
   * CommonMark's "process emphasis", with quotation marks as a delimiter of their own: for every
   * closer, from the bottom up, the nearest matching opener; the openers' bottom remembered per
   * kind of closer keeps the search linear.
   */
  private void processDelimiters(Piece stackBottom, Piece top) {
    Piece[] openersBottom = new Piece[14];
    Arrays.fill(openersBottom, stackBottom);
    Piece closer = top;
    while (closer != null && closer.prevDelim != stackBottom) {
      closer = closer.prevDelim;
    }
    while (closer != null) {
      if (!closer.canClose) {
        closer = closer.nextDelim;
        continue;
      }
      int key = bottomKey(closer);
      Piece opener = closer.prevDelim;
      boolean found = false;
      while (opener != null && opener != stackBottom && opener != openersBottom[key]) {
        if (opener.canOpen && compatible(opener, closer)) {
          found = true;
          break;
        }
        opener = opener.prevDelim;
      }
      if (!found) {
        openersBottom[key] = closer.prevDelim;
        Piece next = closer.nextDelim;
        if (!closer.canOpen) {
          Pieces.unlinkDelim(closer);
        }
        closer = next;
        continue;
      }
      Piece next;
      if (closer.quote) {
        if (opener.attributes != null) {
          throw ctx.error(
              opener.attributes.start(),
              "attributes belong after the closing quotation mark, not the opening one");
        }
        Piece container = new Piece(Piece.QUOTATION, opener.offset);
        quotation(opener, closer, container);
        pieces.wrap(opener, closer, container);
        opener.nextDelim = closer;
        closer.prevDelim = opener;
        next = closer.nextDelim;
        Pieces.unlinkDelim(opener);
        Pieces.unlinkDelim(closer);
        pieces.remove(opener);
        pieces.remove(closer);
      } else {
        int use = closer.count >= 2 && opener.count >= 2 ? 2 : 1;
        opener.count -= use;
        closer.count -= use;
        Piece container =
            new Piece(use == 2 ? Piece.STRONG : Piece.EMPHASIS, opener.offset + opener.count);
        pieces.wrap(opener, closer, container);
        opener.nextDelim = closer;
        closer.prevDelim = opener;
        if (opener.count == 0) {
          Pieces.unlinkDelim(opener);
          pieces.remove(opener);
        }
        next = closer;
        if (closer.count == 0) {
          next = closer.nextDelim;
          Pieces.unlinkDelim(closer);
          pieces.remove(closer);
        }
      }
      closer = next;
    }
  }

  private static int bottomKey(Piece closer) {
    if (closer.quote) {
      return closer.doubleMark ? 12 : 13;
    }
    return (closer.ch == '*' ? 0 : 6) + (closer.canOpen ? 3 : 0) + closer.originalCount % 3;
  }

  private static boolean compatible(Piece opener, Piece closer) {
    if (opener.quote || closer.quote) {
      return opener.quote && closer.quote && opener.doubleMark == closer.doubleMark;
    }
    if (opener.ch != closer.ch) {
      return false;
    }
    // CommonMark's rule of three.
    boolean odd =
        (closer.canOpen || opener.canClose)
            && closer.originalCount % 3 != 0
            && (opener.originalCount + closer.originalCount) % 3 == 0;
    return !odd;
  }

  private void quotation(Piece opener, Piece closer, Piece container) {
    QuoteKind kind = opener.doubleMark ? ctx.doubleQuotes : ctx.singleQuotes;
    if (closer.attributes != null) {
      AttributionSyntax.Parsed parsed = AttributionSyntax.read(closer.attributes, true, ctx::error);
      kind = parsed.kind().orElse(kind);
      container.attribution = parsed.attribution();
    }
    container.quoteKind = kind;
    if (opener.frenchSpacing || closer.frenchSpacing) {
      trimSpaces(opener.next, closer.prev, opener, closer);
    }
  }

  private void trimSpaces(Piece first, Piece last, Piece opener, Piece closer) {
    if (first != closer && first.kind == Piece.TEXT) {
      pieces.builder(first);
      int n = 0;
      while (n < first.text.length() && Chars.isFrenchSpace(first.text.charAt(n))) {
        n++;
      }
      first.text.delete(0, n);
    }
    if (last != opener && last.kind == Piece.TEXT) {
      pieces.builder(last);
      int n = last.text.length();
      while (n > 0 && Chars.isFrenchSpace(last.text.charAt(n - 1))) {
        n--;
      }
      last.text.setLength(n);
    }
  }
}
