package io.github.communique.markdown.internal;

/**
 * The pieces of one run of inline content as a doubly linked list, with the text they hold kept as
 * stretches of the source until an escape or a join needs a builder. Pairing wraps the pieces
 * between two delimiters into a container piece in constant time.
 */
final class Pieces {
  private final String src;
  Piece head;
  Piece tail;

  /** Whether any piece is a delimiter or a bracket, that is whether there is anything to pair. */
  boolean delimiters;

  Pieces(String src) {
    this.src = src;
  }

  void literal(char c, int offset) {
    builder(textPiece(offset)).append(c);
  }

  void literal(String s, int offset) {
    builder(textPiece(offset)).append(s);
  }

  /** Adds {@code src[start, end)} as text: kept as a range while the text is one stretch. */
  void raw(int start, int end) {
    Piece piece = textPiece(start);
    if (piece.text == null && piece.rawStart < 0) {
      piece.rawStart = start;
      piece.rawEnd = end;
    } else if (piece.text == null && piece.rawEnd == start) {
      piece.rawEnd = end;
    } else {
      builder(piece).append(src, start, end);
    }
  }

  /** The piece's text as a builder, holding what its range held. */
  StringBuilder builder(Piece piece) {
    if (piece.text == null) {
      piece.text = new StringBuilder();
      if (piece.rawStart >= 0) {
        piece.text.append(src, piece.rawStart, piece.rawEnd);
      }
    }
    return piece.text;
  }

  Piece textPiece(int offset) {
    if (tail != null && tail.kind == Piece.TEXT) {
      return tail;
    }
    Piece piece = new Piece(Piece.TEXT, offset);
    piece.rawStart = -1;
    append(piece);
    return piece;
  }

  /** The text a text piece stands for. */
  String textOf(Piece piece) {
    if (piece.text != null) {
      return piece.text.toString();
    }
    return piece.rawStart < 0 ? "" : src.substring(piece.rawStart, piece.rawEnd);
  }

  void append(Piece piece) {
    delimiters |=
        piece.kind == Piece.DELIM
            || piece.kind == Piece.OPEN_BRACKET
            || piece.kind == Piece.CLOSE_BRACKET;
    if (tail == null) {
      head = piece;
    } else {
      tail.next = piece;
      piece.prev = tail;
    }
    tail = piece;
  }

  /** Moves the pieces strictly between {@code open} and {@code close} into {@code container}. */
  void wrap(Piece open, Piece close, Piece container) {
    if (open.next != close) {
      container.firstChild = open.next;
      container.firstChild.prev = null;
      close.prev.next = null;
    }
    open.next = container;
    container.prev = open;
    container.next = close;
    close.prev = container;
  }

  void remove(Piece piece) {
    if (piece.prev == null) {
      head = piece.next;
    } else {
      piece.prev.next = piece.next;
    }
    if (piece.next == null) {
      tail = piece.prev;
    } else {
      piece.next.prev = piece.prev;
    }
  }

  void replace(Piece old, Piece replacement) {
    replacement.prev = old.prev;
    replacement.next = old.next;
    if (old.prev != null) {
      old.prev.next = replacement;
    }
    if (old.next != null) {
      old.next.prev = replacement;
    }
  }

  static void unlinkDelim(Piece delim) {
    if (delim.prevDelim != null) {
      delim.prevDelim.nextDelim = delim.nextDelim;
    }
    if (delim.nextDelim != null) {
      delim.nextDelim.prevDelim = delim.prevDelim;
    }
  }
}
