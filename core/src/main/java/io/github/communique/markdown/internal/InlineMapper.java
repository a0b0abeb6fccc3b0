package io.github.communique.markdown.internal;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import io.github.communique.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps the inline nodes Flexmark produced for a paragraph, heading or link text to the model's
 * inlines, in three steps: the text is cut into {@link Pieces} (text, delimiter runs, quotation
 * marks, brackets, Flexmark's own nodes), {@link DelimiterPairing} pairs emphasis ({@code *},
 * {@code _}), quotation marks and {@code [span]{.em}} brackets without recursion, and the pieces
 * are built into the model, with a depth check against the limits before each step down. Flexmark
 * has already found links, footnote references, entities and line breaks.
 *
 * <p>Quotation marks pair by flanking like emphasis ("we act" opens before a letter and closes
 * after one); a mark between two letters is an apostrophe (don't, Russia’s), as are the marks in
 * ’90s and rock ’n’ roll and a few elisions (’em, ’tis, ’twas, ’cause, ’til). A single mark after
 * s, z or x and before a space and a lower-case letter (the workers’ rights) closes a single
 * quotation only if no later mark does. An unpaired double mark is an error; an unpaired single
 * mark is an apostrophe.
 */
final class InlineMapper {
  /** The parts of an attribution line, split at top-level commas; then its context. */
  record AttributionLine(
      List<List<Inline>> parts, List<Integer> offsets, Optional<Context> context) {}

  /** The text after the first top-level semicolon of an attribution line. */
  record Context(List<Inline> content, int offset) {}

  private final ReaderContext ctx;
  private final String src;
  private final boolean attributionMode;

  private final Pieces pieces;
  private char prevRaw;
  private boolean stripLeading;
  private int skipUntil = -1;

  private InlineMapper(ReaderContext ctx, boolean attributionMode) {
    this.ctx = ctx;
    this.src = ctx.source.text();
    this.attributionMode = attributionMode;
    this.pieces = new Pieces(src);
  }

  /**
   * The inline content of the nodes {@code first} to {@code last} (null: to the end), within file
   * offsets {@code [from, to)}. {@code startEdge} and {@code endEdge} are the characters that count
   * as lying before and after the content (a line end, or the brackets of a link).
   */
  static List<Inline> content(
      ReaderContext ctx,
      Node first,
      Node last,
      int from,
      int to,
      char startEdge,
      char endEdge,
      String path,
      int nesting,
      int quoting) {
    InlineMapper mapper = new InlineMapper(ctx, false);
    mapper.tokenize(first, last, from, to, startEdge, endEdge);
    Piece pieces = mapper.pair();
    return mapper.build(pieces, path, nesting, quoting);
  }

  /**
   * The inline content of {@code src[from, to)} read as one stretch of text, for text in which
   * Flexmark would find nothing (see {@link StandfirstReader}): emphasis and quotation marks are
   * this class's anyway.
   */
  static List<Inline> plainText(ReaderContext ctx, int from, int to) {
    InlineMapper mapper = new InlineMapper(ctx, false);
    mapper.prevRaw = Chars.EDGE;
    mapper.text(from, to, Chars.EDGE);
    return mapper.build(mapper.pair(), null, 0, 0);
  }

  /** The parts of an attribution line: commas and a semicolon at the top level separate them. */
  static AttributionLine attributionLine(
      ReaderContext ctx, Node first, Node last, int from, int to) {
    InlineMapper mapper = new InlineMapper(ctx, true);
    mapper.tokenize(first, last, from, to, Chars.EDGE, Chars.EDGE);
    Piece p = mapper.pair();
    List<List<Inline>> parts = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    Piece start = p;
    int startOffset = from;
    while (true) {
      if (p != null && p.kind != Piece.SEPARATOR) {
        p = p.next;
        continue;
      }
      Piece segment = start == p ? null : start;
      if (p != null && p.prev != null) {
        p.prev.next = null;
      }
      if (segment != null) {
        segment.prev = null;
      }
      parts.add(mapper.build(segment, null, 0, 0));
      offsets.add(startOffset);
      if (p == null) {
        return new AttributionLine(parts, offsets, Optional.empty());
      }
      Piece rest = p.next;
      if (rest != null) {
        rest.prev = null;
      }
      if (p.ch == ';') {
        List<Inline> context = mapper.buildContext(rest);
        return new AttributionLine(parts, offsets, Optional.of(new Context(context, p.offset + 1)));
      }
      start = rest;
      startOffset = p.offset + 1;
      p = rest;
    }
  }

  /** After the first semicolon, commas and semicolons are text again. */
  private List<Inline> buildContext(Piece first) {
    for (Piece p = first; p != null; p = p.next) {
      if (p.kind == Piece.SEPARATOR) {
        Piece text = new Piece(Piece.TEXT, p.offset);
        text.text = new StringBuilder().append(p.ch);
        text.rawStart = -1;
        pieces.replace(p, text);
        if (p == first) {
          first = text;
        }
        p = text;
      }
    }
    return build(first, null, 0, 0);
  }

  // ---- tokenizing -----------------------------------------------------------------------------

  private void tokenize(Node first, Node last, int from, int to, char startEdge, char endEdge) {
    prevRaw = startEdge;
    for (Node n = first; n != null; n = n == last ? null : n.getNext()) {
      int start = ctx.offset(n.getStartOffset());
      int end = ctx.offset(n.getEndOffset());
      if (end <= from) {
        continue;
      }
      if (start >= to) {
        break;
      }
      if (start < skipUntil) {
        if (end <= skipUntil) {
          continue;
        }
        if (!(n instanceof Text)) {
          throw ctx.error(start, "markup runs into an attribute block here; escape it with \\");
        }
      }
      node(n, Math.max(start, from), Math.min(end, to), to, endEdge);
    }
  }

  private void node(Node n, int start, int end, int to, char endEdge) {
    if (!(n instanceof Text)) {
      // Only the text right after a hard line break loses its leading blanks.
      stripLeading = n instanceof HardLineBreak;
    }
    if (n instanceof Text) {
      text(start, end, end < to ? charAt(end) : endEdge);
    } else if (n instanceof HtmlEntity) {
      literal(Escaping.unescapeString(n.getChars().toString()), start);
      prevRaw = ';';
    } else if (n instanceof SoftLineBreak) {
      literal(" ", start);
      prevRaw = '\n';
    } else if (n instanceof HardLineBreak) {
      append(new Piece(Piece.LINE_BREAK, start));
      prevRaw = '\n';
    } else if (n instanceof LinkRef && referenceOf((LinkRef) n) == null) {
      undefinedReference((LinkRef) n, start, end, to, endEdge);
    } else if (n instanceof Link
        || n instanceof LinkRef
        || n instanceof AutoLink
        || n instanceof MailLink
        || n instanceof Footnote) {
      Piece piece = new Piece(Piece.NODE, start);
      piece.node = n;
      append(piece);
      prevRaw = charAt(end - 1);
    } else if (n instanceof Image || n instanceof ImageRef) {
      throw ctx.error(
          start,
          "images are not supported in a statement; link to the image instead:"
              + " [description](address)");
    } else {
      throw ctx.error(
          start,
          "this Markdown ("
              + n.getNodeName()
              + ") cannot be part of a statement's text; remove it or escape its characters with"
              + " \\");
    }
  }

  /** {@code [text]} without a definition is text; its brackets may make a span. */
  private void undefinedReference(LinkRef ref, int start, int end, int to, char endEdge) {
    Node first = ref.getFirstChild();
    if (first == null) {
      text(start, end, end < to ? charAt(end) : endEdge);
      return;
    }
    int childStart = ctx.offset(first.getStartOffset());
    text(start, childStart, charAt(childStart));
    for (Node c = first; c != null; c = c.getNext()) {
      int cs = ctx.offset(c.getStartOffset());
      int ce = ctx.offset(c.getEndOffset());
      if (cs < skipUntil) {
        continue;
      }
      node(c, cs, ce, end, charAt(ce));
    }
    int childEnd = ctx.offset(ref.getLastChild().getEndOffset());
    text(Math.max(childEnd, skipUntil), end, end < to ? charAt(end) : endEdge);
  }

  private void text(int start, int end, char after) {
    int i = start;
    if (stripLeading) {
      while (i < end && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
        i++;
      }
      stripLeading = false;
    }
    while (i < end) {
      if (i < skipUntil) {
        i = skipUntil;
        continue;
      }
      // Runs of ordinary characters go in one piece: the common case, kept tight.
      int run = i;
      while (run < end && !isSpecial(src.charAt(run))) {
        run++;
      }
      if (run > i) {
        pieces.raw(i, run);
        prevRaw = src.charAt(run - 1);
        i = run;
        continue;
      }
      char c = src.charAt(i);
      switch (c) {
        case '\\':
          if (i + 1 < end && Chars.isEscapable(src.charAt(i + 1))) {
            literal(src.charAt(i + 1), i);
            prevRaw = src.charAt(i + 1);
            i += 2;
          } else {
            pieces.raw(i, i + 1); // a backslash that escapes nothing stands for itself
            prevRaw = '\\';
            i++;
          }
          break;
        case '*':
        case '_':
          i = delimiterRun(i, end, after);
          break;
        case '[':
          append(new Piece(Piece.OPEN_BRACKET, i));
          prevRaw = '[';
          i++;
          break;
        case ']':
          i = closeBracket(i);
          break;
        case '<':
          int br = InputGuard.lineBreakTagEnd(src, i, end);
          if (br > 0) {
            append(new Piece(Piece.LINE_BREAK, i));
            prevRaw = '>';
            i = br;
          } else {
            pieces.raw(i, i + 1);
            prevRaw = '<';
            i++;
          }
          break;
        case ',':
        case ';':
          if (attributionMode) {
            Piece separator = new Piece(Piece.SEPARATOR, i);
            separator.ch = c;
            append(separator);
            prevRaw = c;
            i++;
            break;
          }
          // Outside attribution lines a comma is text: kept as a stretch of the source, so that a
          // paragraph with commas stays one range rather than a builder.
          pieces.raw(i, i + 1);
          prevRaw = c;
          i++;
          break;
        default:
          if (Chars.isQuoteMark(c)) {
            i = quoteMark(i, end, after);
          } else {
            literal(c, i);
            prevRaw = c;
            i++;
          }
      }
    }
  }

  private static final boolean[] SPECIAL = new boolean[128];

  static {
    for (char c : "\\*_[]<,;\"'".toCharArray()) {
      SPECIAL[c] = true;
    }
  }

  /** Whether {@link #text} must look at {@code c} on its own. */
  private static boolean isSpecial(char c) {
    if (c < 128) {
      return SPECIAL[c];
    }
    // Most text above ASCII (accented Latin, Cyrillic, Greek) lies below the quotation marks.
    return c < '\u2018' ? c == '«' || c == '»' : c <= '\u201F' || c == '‹' || c == '›';
  }

  private int delimiterRun(int i, int end, char after) {
    char c = src.charAt(i);
    int j = i;
    while (j < end && src.charAt(j) == c) {
      j++;
    }
    char before = prevRaw;
    char next = j < end ? src.charAt(j) : after;
    boolean left = Chars.leftFlanking(before, next);
    boolean right = Chars.rightFlanking(before, next);
    boolean canOpen;
    boolean canClose;
    if (c == '*') {
      canOpen = left;
      canClose = right;
    } else {
      canOpen = left && (!right || Chars.isPunctuation(before));
      canClose = right && (!left || Chars.isPunctuation(next));
    }
    prevRaw = c;
    if (!canOpen && !canClose) {
      pieces.raw(i, j);
      return j;
    }
    Piece run = new Piece(Piece.DELIM, i);
    run.ch = c;
    run.count = j - i;
    run.originalCount = j - i;
    run.canOpen = canOpen;
    run.canClose = canClose;
    append(run);
    return j;
  }

  private int quoteMark(int i, int end, char after) {
    char c = src.charAt(i);
    char before = prevRaw;
    char next = i + 1 < end ? src.charAt(i + 1) : after;
    boolean doubleMark = Chars.isDoubleQuote(c);
    if (!doubleMark && isApostropheMark(c)) {
      int literal = apostrophe(i, end, before, next, after);
      if (literal > i) {
        pieces.raw(i, literal); // the apostrophe is text as written
        prevRaw = src.charAt(literal - 1);
        return literal;
      }
    }
    boolean left = Chars.leftFlanking(before, next);
    boolean right = Chars.rightFlanking(before, next);
    Piece mark = new Piece(Piece.DELIM, i);
    mark.ch = c;
    mark.count = 1;
    mark.originalCount = 1;
    mark.quote = true;
    mark.doubleMark = doubleMark;
    mark.canOpen = Chars.quoteCanOpen(before, next);
    mark.canClose = Chars.quoteCanClose(before, next);
    if (isFrenchGuillemet(c, before, next)) {
      // « Oui » : French spacing inside guillemets; the renderer adds its own.
      mark.canOpen = c == '«' || c == '‹';
      mark.canClose = !mark.canOpen;
      mark.frenchSpacing = true;
    }
    mark.possessive =
        !doubleMark
            && mark.canClose
            && !mark.canOpen
            && isApostropheMark(c)
            && "sSzZxX".indexOf(before) >= 0
            && next == ' '
            && i + 2 < end
            && Character.isLowerCase(src.charAt(i + 2));
    append(mark);
    prevRaw = c;
    int j = i + 1;
    if (mark.canClose && j < src.length() && src.charAt(j) == '{') {
      mark.attributes = attributes(j);
      skipUntil = mark.attributes.end();
      prevRaw = '}';
      return skipUntil;
    }
    return j;
  }

  private static boolean isFrenchGuillemet(char c, char before, char next) {
    if (c == '«' || c == '‹') {
      return Chars.isFrenchSpace(next)
          && (Chars.isWhitespace(before) || Chars.isPunctuation(before));
    }
    if (c == '»' || c == '›') {
      return Chars.isFrenchSpace(before) && (Chars.isWhitespace(next) || Chars.isPunctuation(next));
    }
    return false;
  }

  private static boolean isApostropheMark(char c) {
    return c == '\'' || c == '’' || c == '‘';
  }

  /** The end of an apostrophe starting at {@code i} that is not a quotation mark, or {@code i}. */
  private int apostrophe(int i, int end, char before, char next, char after) {
    if (isWord(before) && isWord(next)) {
      return i + 1; // don't, Russia’s
    }
    if (!(Chars.isWhitespace(before) || Chars.isPunctuation(before))) {
      return i;
    }
    // rock ’n’ roll
    if (next == 'n'
        && i + 2 < end
        && isApostropheMark(src.charAt(i + 2))
        && Chars.isWhitespace(i + 3 < end ? src.charAt(i + 3) : after)) {
      return i + 3;
    }
    // ’90s, ’68
    if (isDigit(next) && i + 2 < end && isDigit(src.charAt(i + 2))) {
      char third = i + 3 < end ? src.charAt(i + 3) : after;
      char fourth = i + 4 < end ? src.charAt(i + 4) : after;
      if (!isWord(third) || (third == 's' && !isWord(fourth))) {
        return i + 1;
      }
    }
    for (String elision : ELISIONS) {
      int e = i + 1 + elision.length();
      if (e <= end
          && src.regionMatches(true, i + 1, elision, 0, elision.length())
          && !isWord(e < end ? src.charAt(e) : after)) {
        return i + 1;
      }
    }
    return i;
  }

  private static final String[] ELISIONS = {"em", "tis", "twas", "cause", "til"};

  private int closeBracket(int i) {
    Piece close = new Piece(Piece.CLOSE_BRACKET, i);
    append(close);
    prevRaw = ']';
    int j = i + 1;
    if (j < src.length() && src.charAt(j) == '{') {
      Attributes attributes = attributes(j);
      List<String> classes = attributes.classes();
      boolean plain = attributes.values().isEmpty() && attributes.id().isEmpty();
      if (plain && classes.equals(List.of("em"))) {
        close.span = Piece.EMPHASIS;
      } else if (plain && classes.equals(List.of("strong"))) {
        close.span = Piece.STRONG;
      } else if (classes.isEmpty()
          && attributes.id().isEmpty()
          && attributes.values().keySet().equals(java.util.Set.of("link"))) {
        close.span = Piece.LINK;
        close.target = attributes.values().get("link");
      } else if (classes.size() == 1
          && List.of("speech", "scare", "mention").contains(classes.get(0))) {
        AttributionSyntax.Parsed parsed = AttributionSyntax.read(attributes, true, ctx::error);
        close.span = Piece.QUOTATION;
        close.quoteKind = parsed.kind().orElseThrow();
        close.attribution = parsed.attribution();
      } else {
        throw ctx.error(
            j,
            "after ] an attribute block makes a span: [words]{.em}, [words]{.strong}, a"
                + " quotation such as [words]{.speech speaker=\"…\"} or a link [words]{link=\"…\"};"
                + " write \\{ for a literal brace");
      }
      skipUntil = attributes.end();
      prevRaw = '}';
      return skipUntil;
    }
    return j;
  }

  private Attributes attributes(int brace) {
    try {
      return Attributes.parse(src, brace, src.length());
    } catch (Attributes.SyntaxException e) {
      throw ctx.error(e.index(), e.getMessage());
    }
  }

  private static boolean isWord(char c) {
    return Chars.isWord(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private char charAt(int offset) {
    return offset < src.length() ? src.charAt(offset) : Chars.EDGE;
  }

  private Piece pair() {
    return new DelimiterPairing(pieces, ctx).pair();
  }

  private void append(Piece piece) {
    pieces.append(piece);
  }

  private void literal(char c, int offset) {
    pieces.literal(c, offset);
  }

  private void literal(String text, int offset) {
    pieces.literal(text, offset);
  }

  // ---- building the model ---------------------------------------------------------------------

  private List<Inline> build(Piece first, String path, int nesting, int quoting) {
    List<Inline> out = new ArrayList<>();
    // Text between inlines: one string as it is, or several joined (unpaired marks, brackets).
    String single = null;
    StringBuilder text = null;
    int textOffset = 0;
    for (Piece p = first; p != null; p = p.next) {
      String literal = literalOf(p);
      if (literal != null) {
        if (single == null) {
          single = literal;
          textOffset = p.offset;
        } else {
          if (text == null) {
            text = new StringBuilder(single);
          }
          text.append(literal);
        }
        continue;
      }
      if (single != null) {
        add(out, new Inline.Text(text != null ? text.toString() : single), path, textOffset);
        single = null;
        text = null;
      }
      String childPath =
          path != null && ctx.positions.enabled() ? path + "[" + out.size() + "]" : null;
      String childList = childPath == null ? null : childPath + ".content";
      switch (p.kind) {
        case Piece.LINE_BREAK:
          add(out, new Inline.LineBreak(), path, p.offset);
          break;
        case Piece.NODE:
          add(out, node(p.node, childList, nesting), path, p.offset);
          break;
        case Piece.EMPHASIS:
        case Piece.STRONG:
        case Piece.LINK:
          checkNesting(nesting + 1, p.offset);
          List<Inline> content = build(p.firstChild, childList, nesting + 1, quoting);
          Inline inline;
          if (p.kind == Piece.EMPHASIS) {
            inline = new Inline.Emphasis(content);
          } else if (p.kind == Piece.STRONG) {
            inline = new Inline.Strong(content);
          } else {
            inline = new Inline.Link(safeTarget(p.target, p.offset), content);
          }
          add(out, inline, path, p.offset);
          break;
        case Piece.QUOTATION:
          if (quoting + 1 > ctx.limits.maxQuotationDepth()) {
            throw ctx.error(
                p.offset,
                "quotations nest more than Limits.maxQuotationDepth ("
                    + ctx.limits.maxQuotationDepth()
                    + ") deep here; reduce the nesting or raise Limits.maxQuotationDepth");
          }
          List<Inline> quoted = build(p.firstChild, childList, nesting, quoting + 1);
          if (p.attribution.isPresent() && childPath != null) {
            ctx.positions.put(childPath + ".attribution", p.offset);
          }
          add(out, new Inline.Quotation(quoted, p.quoteKind, p.attribution), path, p.offset);
          break;
        default:
          throw new AssertionError(p.kind);
      }
    }
    if (single != null) {
      add(out, new Inline.Text(text != null ? text.toString() : single), path, textOffset);
    }
    return out;
  }

  /** The text a piece stands for when it paired with nothing, or null for real inlines. */
  private String literalOf(Piece p) {
    switch (p.kind) {
      case Piece.TEXT:
        return pieces.textOf(p);
      case Piece.DELIM:
        if (p.attributes != null) {
          throw ctx.error(
              p.attributes.start(),
              "these attributes follow a quotation mark that closes no quotation; pair the marks"
                  + " or write \\{ for a literal brace");
        }
        if (p.quote && p.doubleMark) {
          throw ctx.error(
              p.offset,
              "this quotation mark does not pair with another: close the quotation, or write \\"
                  + p.ch
                  + " for a literal mark");
        }
        return String.valueOf(p.ch).repeat(p.count);
      case Piece.OPEN_BRACKET:
        return "[";
      case Piece.CLOSE_BRACKET:
        if (p.span != 0) {
          throw ctx.error(p.offset, "this ]{.em} or ]{.strong} has no [ to start its span");
        }
        return "]";
      case Piece.SEPARATOR:
        return String.valueOf(p.ch);
      default:
        return null;
    }
  }

  /** Adds {@code inline} to {@code out}, recording it at {@code path[index]} (no path: not). */
  private void add(List<Inline> out, Inline inline, String path, int offset) {
    if (path != null && ctx.positions.enabled()) {
      ctx.positions.put(path + "[" + out.size() + "]", offset);
    }
    out.add(inline);
  }

  private void checkNesting(int depth, int offset) {
    if (depth > ctx.limits.maxNestingDepth()) {
      throw ctx.error(
          offset,
          "emphasis, strong text and links nest more than Limits.maxNestingDepth ("
              + ctx.limits.maxNestingDepth()
              + ") deep here; reduce the nesting or raise Limits.maxNestingDepth");
    }
  }

  private Inline node(Node n, String path, int nesting) {
    if (n instanceof Footnote) {
      return new Inline.NoteReference(((Footnote) n).getText().toString());
    }
    if (n instanceof AutoLink) {
      String url = ((AutoLink) n).getText().toString();
      return new Inline.Link(
          safeTarget(url, ctx.offset(n.getStartOffset())), List.of(new Inline.Text(url)));
    }
    if (n instanceof MailLink) {
      String address = ((MailLink) n).getText().toString();
      return new Inline.Link("mailto:" + address, List.of(new Inline.Text(address)));
    }
    checkNesting(nesting + 1, ctx.offset(n.getStartOffset()));
    String target;
    int textStart;
    int textEnd;
    if (n instanceof Link) {
      Link link = (Link) n;
      if (!link.getTitle().isEmpty()) {
        throw ctx.error(
            ctx.offset(link.getTitleOpeningMarker().getStartOffset()),
            "link titles are not supported in a statement; remove the title");
      }
      target = Unescape.text(link.getUrl());
      textStart = ctx.offset(link.getTextOpeningMarker().getEndOffset());
      textEnd = ctx.offset(link.getTextClosingMarker().getStartOffset());
    } else {
      LinkRef ref = (LinkRef) n;
      Reference reference = referenceOf(ref);
      target = Unescape.text(reference.getUrl());
      textStart = ctx.offset(ref.getTextOpeningMarker().getEndOffset());
      textEnd = ctx.offset(ref.getTextClosingMarker().getStartOffset());
    }
    List<Inline> content =
        content(ctx, n.getFirstChild(), null, textStart, textEnd, '[', ']', path, nesting + 1, 0);
    return new Inline.Link(safeTarget(target, ctx.offset(n.getStartOffset())), content);
  }

  private Reference referenceOf(LinkRef ref) {
    return ctx.references == null ? null : ref.getReferenceNode(ctx.references);
  }

  private String safeTarget(String target, int offset) {
    String unsafe = LinkTargets.unsafeScheme(target);
    if (unsafe != null) {
      throw ctx.error(
          offset,
          "links to "
              + unsafe
              + " addresses are not allowed in a statement: they run code or open local files"
              + " in a reader's browser; link to a web address (https://…) instead");
    }
    return target;
  }
}
