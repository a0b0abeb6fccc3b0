package io.github.communique.markdown.internal;

import com.vladsch.flexmark.util.ast.Node;
import io.github.communique.model.Attribution;
import io.github.communique.model.QuoteKind;
import java.util.Optional;

/** One piece of inline content while delimiters are being paired. */
final class Piece {
  static final int TEXT = 0;
  static final int DELIM = 1;
  static final int OPEN_BRACKET = 2;
  static final int CLOSE_BRACKET = 3;
  static final int NODE = 4;
  static final int LINE_BREAK = 5;
  static final int SEPARATOR = 6;
  static final int EMPHASIS = 7;
  static final int STRONG = 8;
  static final int QUOTATION = 9;
  static final int LINK = 10;

  final int kind;
  final int offset;

  /** A text piece: a stretch of the source, until an escape or a join makes it a builder. */
  int rawStart;

  int rawEnd;
  StringBuilder text;
  char ch;
  int count;
  int originalCount;
  boolean canOpen;
  boolean canClose;
  boolean quote;
  boolean doubleMark;
  boolean possessive;
  boolean frenchSpacing;
  Attributes attributes;
  Piece tentativeCloser;
  Node node;
  int span;
  Piece prev;
  Piece next;
  Piece prevDelim;
  Piece nextDelim;
  Piece bracketBottom;
  Piece prevBracket;
  Piece firstChild;
  QuoteKind quoteKind;
  Optional<Attribution> attribution = Optional.empty();
  String target;

  Piece(int kind, int offset) {
    this.kind = kind;
    this.offset = offset;
  }
}
