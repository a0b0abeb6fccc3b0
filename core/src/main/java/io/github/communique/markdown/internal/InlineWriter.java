package io.github.communique.markdown.internal;

import io.github.communique.model.Inline;
import io.github.communique.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes inline content so that {@link InlineMapper} reads it back exactly. Text is escaped
 * wherever a character would mean markup; emphasis is written with {@code *} and quotations with
 * straight marks, and each delimiter is checked against the reader's flanking rules with its real
 * neighbours. Where a delimiter would not be read as written, the neighbouring character is written
 * as a character reference ({@code &#97;}), and failing that the emphasis or quotation is written
 * as a span ({@code [words]{.em}}, {@code [words]{.scare}}), which is never ambiguous.
 */
final class InlineWriter {
  /** Where the content stands, which decides how line breaks and separators are written. */
  enum Mode {
    /** A paragraph, a note or the standfirst: line breaks as a backslash and a new line. */
    BLOCK,
    /** A heading: one line, line breaks as {@code <br>}. */
    HEADING,
    /** A part of an attribution line: also escapes commas and semicolons. */
    ATTRIBUTION,
    /** The context after an attribution line's semicolon: commas are text again. */
    CONTEXT
  }

  private static final int TEXT = 0;
  private static final int RAW = 1;
  private static final int OPEN = 2;
  private static final int CLOSE = 3;

  private static final int EMPHASIS = 0;
  private static final int STRONG = 1;
  private static final int QUOTATION = 2;

  private static final class Seg {
    final int kind;
    String text;
    boolean encodeFirst;
    boolean encodeLast;
    boolean afterNote;
    int type;
    boolean span;
    boolean singleMark;
    boolean singleAncestor;
    boolean curly;
    boolean nestedInSameKind;
    QuoteKind quoteKind;
    String attributes;
    String attribution;
    Seg partner;
    int index;
    int start;
    int end;

    Seg(int kind, String text) {
      this.kind = kind;
      this.text = text;
    }
  }

  private final QuoteKind doubleQuotes;
  private final QuoteKind singleQuotes;
  private final Mode mode;
  private final List<Seg> segs =
      new ArrayList<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean add(Seg seg) {
          seg.index = size();
          return super.add(seg);
        }
      };
  private final List<Seg> opens = new ArrayList<>();

  private InlineWriter(QuoteKind doubleQuotes, QuoteKind singleQuotes, Mode mode) {
    this.doubleQuotes = doubleQuotes;
    this.singleQuotes = singleQuotes;
    this.mode = mode;
  }

  /** The Markdown for {@code content}. */
  static String write(
      List<Inline> content, QuoteKind doubleQuotes, QuoteKind singleQuotes, Mode mode) {
    InlineWriter writer = new InlineWriter(doubleQuotes, singleQuotes, mode);
    writer.segments(content, 0);
    return writer.render();
  }

  // ---- segments -------------------------------------------------------------------------------

  private int doubleDepth;
  private int emphasisDepth;

  private void segments(List<Inline> content, int singleDepth) {
    for (int i = 0; i < content.size(); i++) {
      Inline inline = content.get(i);
      boolean edge = i == 0 || i == content.size() - 1;
      if (inline instanceof Inline.Text) {
        String text = ((Inline.Text) inline).text();
        Seg last = segs.isEmpty() ? null : segs.get(segs.size() - 1);
        if (last != null && last.kind == TEXT) {
          // Adjacent texts read back as one; writing them as one keeps the output stable.
          last.text += text;
        } else if (!text.isEmpty()) {
          segs.add(new Seg(TEXT, text));
        }
      } else if (inline instanceof Inline.Emphasis) {
        delimited(EMPHASIS, ((Inline.Emphasis) inline).content(), null, singleDepth);
      } else if (inline instanceof Inline.Strong) {
        delimited(STRONG, ((Inline.Strong) inline).content(), null, singleDepth);
      } else if (inline instanceof Inline.Quotation) {
        delimited(
            QUOTATION,
            ((Inline.Quotation) inline).content(),
            (Inline.Quotation) inline,
            singleDepth);
      } else if (inline instanceof Inline.Link) {
        Inline.Link link = (Inline.Link) inline;
        String unsafe = LinkTargets.unsafeScheme(link.target());
        if (unsafe != null) {
          throw new IllegalArgumentException(
              "links to " + unsafe + " addresses are not allowed in a statement: " + link.target());
        }
        if (containsLinkOrNote(link.content())) {
          // Markdown links cannot nest, nor hold footnote references: the link becomes a span.
          StringBuilder value = new StringBuilder("]{link=");
          AttributeWriter.value(link.target(), value);
          segs.add(new Seg(RAW, "["));
          segments(link.content(), 0);
          segs.add(new Seg(RAW, value.append('}').toString()));
        } else {
          segs.add(new Seg(RAW, "["));
          segments(link.content(), 0);
          segs.add(new Seg(RAW, "](" + destination(link.target()) + ")"));
        }
      } else if (inline instanceof Inline.LineBreak) {
        boolean backslash = mode == Mode.BLOCK && !edge;
        segs.add(new Seg(RAW, backslash ? "\\\n" : "<br>"));
      } else if (inline instanceof Inline.NoteReference) {
        String id = ((Inline.NoteReference) inline).noteId();
        segs.add(new Seg(RAW, "[^" + noteId(id) + "]"));
        Seg marker = new Seg(RAW, "");
        marker.afterNote = true;
        segs.add(marker);
      } else {
        throw new AssertionError(inline);
      }
    }
  }

  private void delimited(
      int type, List<Inline> content, Inline.Quotation quotation, int singleDepth) {
    Seg open = new Seg(OPEN, null);
    Seg close = new Seg(CLOSE, null);
    open.type = type;
    close.type = type;
    open.partner = close;
    close.partner = open;
    if (quotation != null) {
      QuoteKind kind = quotation.kind();
      open.quoteKind = kind;
      open.singleMark = kind == singleQuotes && kind != doubleQuotes;
      open.singleAncestor = singleDepth > 0;
      if (open.singleMark && startsLikeApostrophe(content)) {
        open.singleMark = false;
      }
      StringBuilder attribution = new StringBuilder();
      AttributeWriter.meaningful(quotation.attribution())
          .ifPresent(a -> AttributeWriter.attribution(a, attribution));
      open.attribution = attribution.length() == 0 ? null : attribution.toString();
      open.attributes = markAttributes(open);
    }
    open.span = content.isEmpty() && type != QUOTATION;
    close.span = open.span;
    boolean doubleMark = quotation != null && !open.singleMark;
    // A quotation inside a quotation with double marks gets “curly” ones, for the eye only.
    open.curly = doubleMark && doubleDepth > 0;
    // An opener that could also close is safe unless an opener of its kind is still pending.
    open.nestedInSameKind =
        quotation == null ? emphasisDepth > 0 : open.singleMark ? singleDepth > 0 : doubleDepth > 0;
    segs.add(open);
    opens.add(open);
    doubleDepth += doubleMark ? 1 : 0;
    emphasisDepth += quotation == null ? 1 : 0;
    segments(content, singleDepth + (open.singleMark ? 1 : 0));
    doubleDepth -= doubleMark ? 1 : 0;
    emphasisDepth -= quotation == null ? 1 : 0;
    segs.add(close);
  }

  /**
   * Whether content written after an opening single mark would make it an apostrophe in the reader:
   * ’90s, rock ’n’ roll, ’em, ’tis, ’twas, ’cause, ’til.
   */
  private static boolean startsLikeApostrophe(List<Inline> content) {
    String text = leadingText(content);
    if (text.length() >= 2 && isDigit(text.charAt(0)) && isDigit(text.charAt(1))) {
      return true;
    }
    if (text.equals("n")) {
      return true;
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (String elision : new String[] {"em", "tis", "twas", "cause", "til"}) {
      if (lower.startsWith(elision)
          && (lower.length() == elision.length() || !isWord(lower.charAt(elision.length())))) {
        return true;
      }
    }
    return false;
  }

  /** The attribute block after a closing mark: the kind if the marks do not say it, the rest. */
  private String markAttributes(Seg open) {
    QuoteKind marked = open.singleMark ? singleQuotes : doubleQuotes;
    StringBuilder out = new StringBuilder();
    if (open.quoteKind != marked) {
      out.append('.').append(open.quoteKind.name().toLowerCase(java.util.Locale.ROOT));
    }
    if (open.attribution != null) {
      out.append(out.length() == 0 ? "" : " ").append(open.attribution);
    }
    return out.length() == 0 ? null : out.toString();
  }

  private static String spanAttributes(Seg open) {
    if (open.type == EMPHASIS) {
      return ".em";
    }
    if (open.type == STRONG) {
      return ".strong";
    }
    String kind = "." + open.quoteKind.name().toLowerCase(java.util.Locale.ROOT);
    return open.attribution == null ? kind : kind + " " + open.attribution;
  }

  // ---- checking delimiters --------------------------------------------------------------------

  /**
   * Renders, then checks the delimiters in order, rendering again after every change (a change
   * moves its neighbours). Content needing more than {@value #MAX_FIXES} changes is written with
   * spans throughout, which keeps writing linear.
   */
  private String render() {
    String out = renderOnce();
    int fixes = 0;
    for (int i = 0; i < opens.size(); i++) {
      Seg open = opens.get(i);
      if (open.span || !fix(open, out)) {
        continue;
      }
      if (++fixes > MAX_FIXES) {
        opens.forEach(InlineWriter::toSpan);
        return renderOnce();
      }
      out = renderOnce();
      i = -1;
    }
    return out;
  }

  private static final int MAX_FIXES = 64;

  /** Checks one delimiter pair against the rendered text; changes something if it must. */
  private boolean fix(Seg open, String out) {
    Seg close = open.partner;
    int openAt = markStart(open);
    int closeAt = markStart(close);
    int openLength = markLength(open);
    int closeLength = markLength(close);
    char l = before(out, openAt);
    char r = after(out, openAt + openLength);
    char l2 = before(out, closeAt);
    char r2 = after(out, closeAt + closeLength);
    boolean emphasis = open.type != QUOTATION;
    boolean opens = open.nestedInSameKind ? opensOnly(emphasis, l, r) : opens(emphasis, l, r);
    if (!opens || (emphasis && (l == '*' || r == '*'))) {
      Seg prev = textBefore(open);
      if (prev != null && !prev.encodeLast && isWord(l)) {
        prev.encodeLast = true;
        return true;
      }
      Seg next = textAfter(open);
      if (next != null && !next.encodeFirst && Chars.isWhitespace(r)) {
        next.encodeFirst = true;
        return true;
      }
      return toSpan(open);
    }
    if (!closes(emphasis, l2, r2) || (emphasis && (l2 == '*' || r2 == '*'))) {
      Seg next = textAfter(close);
      if (next != null && !next.encodeFirst && isWord(r2)) {
        next.encodeFirst = true;
        return true;
      }
      Seg prev = textBefore(close);
      if (prev != null && !prev.encodeLast && Chars.isWhitespace(l2)) {
        prev.encodeLast = true;
        return true;
      }
      return toSpan(open);
    }
    if (open.singleMark && open.singleAncestor && isPossessive(l2, out, closeAt + 1)) {
      return toSpan(open);
    }
    return false;
  }

  private static boolean toSpan(Seg open) {
    open.span = true;
    open.partner.span = true;
    return true;
  }

  /** The reader's test for a mark that could be an apostrophe: after s, z, x; before " a". */
  private static boolean isPossessive(char before, String out, int next) {
    return "sSzZxX".indexOf(before) >= 0
        && next + 1 < out.length()
        && out.charAt(next) == ' '
        && Character.isLowerCase(out.charAt(next + 1));
  }

  /** Whether a delimiter between {@code l} and {@code r} can open and cannot close. */
  private static boolean opensOnly(boolean emphasis, char l, char r) {
    boolean left = Chars.leftFlanking(l, r);
    boolean right = Chars.rightFlanking(l, r);
    if (emphasis) {
      return left && !right;
    }
    return Chars.quoteCanOpen(l, r) && !Chars.quoteCanClose(l, r);
  }

  /** Whether a delimiter between {@code l} and {@code r} can open. */
  private static boolean opens(boolean emphasis, char l, char r) {
    return emphasis ? Chars.leftFlanking(l, r) : Chars.quoteCanOpen(l, r);
  }

  /** Whether a delimiter between {@code l} and {@code r} can close. */
  private static boolean closes(boolean emphasis, char l, char r) {
    return emphasis ? Chars.rightFlanking(l, r) : Chars.quoteCanClose(l, r);
  }

  private static boolean isWord(char c) {
    return !Chars.isWhitespace(c) && !Chars.isPunctuation(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static char before(String out, int at) {
    return at > 0 ? out.charAt(at - 1) : Chars.EDGE;
  }

  private static char after(String out, int at) {
    return at < out.length() ? out.charAt(at) : Chars.EDGE;
  }

  private int markStart(Seg seg) {
    return seg.start;
  }

  private static int markLength(Seg seg) {
    if (seg.span) {
      return seg.kind == OPEN ? 1 : seg.end - seg.start;
    }
    if (seg.type == QUOTATION) {
      return 1;
    }
    return seg.type == STRONG ? 2 : 1;
  }

  /** The text segment whose last character is right before {@code seg}, if it is text. */
  private Seg textBefore(Seg seg) {
    for (int i = seg.index - 1; i >= 0; i--) {
      Seg s = segs.get(i);
      if (s.end > s.start) {
        return s.kind == TEXT ? s : null;
      }
    }
    return null;
  }

  /** The text segment whose first character comes right after {@code seg}'s mark. */
  private Seg textAfter(Seg seg) {
    if (seg.kind == CLOSE && !seg.span && seg.partner.attributes != null) {
      return null;
    }
    for (int i = seg.index + 1; i < segs.size(); i++) {
      Seg s = segs.get(i);
      if (s.end > s.start) {
        return s.kind == TEXT ? s : null;
      }
    }
    return null;
  }

  // ---- rendering ------------------------------------------------------------------------------

  private String renderOnce() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < segs.size(); i++) {
      Seg seg = segs.get(i);
      seg.start = out.length();
      switch (seg.kind) {
        case TEXT:
          text(seg, i, out);
          break;
        case RAW:
          out.append(seg.text);
          break;
        case OPEN:
          out.append(seg.span ? "[" : mark(seg));
          break;
        case CLOSE:
          if (seg.span) {
            out.append("]{").append(spanAttributes(seg.partner)).append('}');
          } else {
            out.append(closingMark(seg.partner));
            if (seg.partner.attributes != null) {
              out.append('{').append(seg.partner.attributes).append('}');
            }
          }
          break;
        default:
          throw new AssertionError(seg.kind);
      }
      seg.end = out.length();
    }
    return out.toString();
  }

  private static String mark(Seg open) {
    switch (open.type) {
      case EMPHASIS:
        return "*";
      case STRONG:
        return "**";
      default:
        return open.singleMark ? "'" : open.curly ? "“" : "\"";
    }
  }

  private static String closingMark(Seg open) {
    return open.type == QUOTATION && open.curly ? "”" : mark(open);
  }

  private void text(Seg seg, int index, StringBuilder out) {
    String text = seg.text;
    boolean lineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
    boolean lineEnd = isLineEnd(index + 1);
    char next = nextRendered(index + 1);
    boolean afterSpanOrLinkOpen = out.length() > 0 && out.charAt(out.length() - 1) == '[';
    boolean afterNote = index > 0 && segs.get(index - 1).afterNote;
    int length = text.length();
    int leading = 0;
    // Flexmark trims the blanks at the ends of a line and of a link's text.
    if (lineStart || afterSpanOrLinkOpen) {
      while (leading < length && (text.charAt(leading) == ' ' || text.charAt(leading) == '\t')) {
        leading++;
      }
    }
    int escapeAt = lineStart ? orderedMarker(text, leading) : -1;
    int trailing = length;
    if (lineEnd || next == ']') {
      while (trailing > leading
          && (text.charAt(trailing - 1) == ' ' || text.charAt(trailing - 1) == '\t')) {
        trailing--;
      }
    }
    // The last code point starts one character early when it is a surrogate pair.
    int lastStart =
        length >= 2
                && Character.isLowSurrogate(text.charAt(length - 1))
                && Character.isHighSurrogate(text.charAt(length - 2))
            ? length - 2
            : length - 1;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean first = i == 0;
      boolean last = i == lastStart;
      if (i < leading
          || i >= trailing
          || (first && seg.encodeFirst)
          || (last && seg.encodeLast)
          || needsReference(c)) {
        reference(text, i, out);
        if (Character.isHighSurrogate(c) && i + 1 < length) {
          i++;
        }
        continue;
      }
      if (i == escapeAt || (first && lineStart && lineStartEscape(c))) {
        out.append('\\').append(c);
        continue;
      }
      if (first && (afterSpanOrLinkOpen && c == '^' || afterNote && (c == ':' || c == '('))) {
        out.append('\\').append(c);
        continue;
      }
      // The neighbours as the reader sees them: a character written as a reference is ';' before
      // and '&' after, so "&#128512;'w" has a quotation mark where the model has an apostrophe.
      char prev = out.length() > 0 ? out.charAt(out.length() - 1) : Chars.EDGE;
      char following;
      if (i + 1 >= length) {
        following = next;
      } else if (i + 1 >= trailing
          || (i + 1 == lastStart && seg.encodeLast)
          || needsReference(text.charAt(i + 1))) {
        following = '&';
      } else {
        following = text.charAt(i + 1);
      }
      escape(c, prev, following, i + 1 < length, out);
    }
  }

  /** Characters a statement's Markdown can only hold as references: line ends and controls. */
  private static boolean needsReference(char c) {
    return c == '\n' || c == '\r' || Chars.isForbiddenControl(c) || c == '\u0000';
  }

  private static void reference(String text, int i, StringBuilder out) {
    int code = text.codePointAt(i);
    out.append("&#").append(code).append(';');
  }

  /** Whether {@code c} would start a block (or a fence, or a table) at the start of a line. */
  private static boolean lineStartEscape(char c) {
    return "#>+-=~:|".indexOf(c) >= 0 || Chars.isAttributionDash(c);
  }

  /** The index of the {@code .} or {@code )} that would make a line an ordered list item, or -1. */
  private static int orderedMarker(String text, int from) {
    int j = from;
    while (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
      j++;
    }
    if (j > from && j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
      return j;
    }
    return -1;
  }

  private void escape(char c, char prev, char next, boolean nextInText, StringBuilder out) {
    switch (c) {
      case '\\':
      case '*':
      case '`':
      case '[':
      case ']':
      case '<':
      case '{':
      case '|':
        out.append('\\').append(c);
        return;
      case '_':
        if (isWord(prev) && nextInText && isWord(next)) {
          out.append(c);
        } else {
          out.append("\\_");
        }
        return;
      case '&':
        if (next == '#' || (next < 128 && Character.isLetter(next))) {
          out.append("\\&");
        } else {
          out.append(c);
        }
        return;
      case '!':
        out.append(next == '[' ? "\\!" : "!");
        return;
      case ',':
      case ';':
        out.append(mode == Mode.ATTRIBUTION ? "\\" : "").append(c);
        return;
      default:
        break;
    }
    if (Chars.isDoubleQuote(c)) {
      out.append('\\').append(c);
    } else if (Chars.isSingleQuote(c)) {
      if (isWord(prev) && nextInText && isWord(next)) {
        out.append(c);
      } else {
        out.append('\\').append(c);
      }
    } else {
      out.append(c);
    }
  }

  /** Whether nothing follows segment {@code from} on its line. */
  private boolean isLineEnd(int from) {
    for (int i = from; i < segs.size(); i++) {
      Seg s = segs.get(i);
      if (s.kind == RAW && s.text.startsWith("\\\n")) {
        return true;
      }
      if (s.kind == RAW && s.text.isEmpty()) {
        continue;
      }
      if (s.kind == TEXT && s.text.isEmpty()) {
        continue;
      }
      return false;
    }
    return true;
  }

  /** The first character written after segment {@code from} (as rendered last time). */
  private char nextRendered(int from) {
    for (int i = from; i < segs.size(); i++) {
      Seg s = segs.get(i);
      switch (s.kind) {
        case TEXT:
          if (!s.text.isEmpty()) {
            return s.encodeFirst || needsReference(s.text.charAt(0)) ? '&' : s.text.charAt(0);
          }
          break;
        case RAW:
          if (!s.text.isEmpty()) {
            return s.text.charAt(0);
          }
          break;
        case OPEN:
          return s.span ? '[' : mark(s).charAt(0);
        default:
          return s.span ? ']' : closingMark(s.partner).charAt(0);
      }
    }
    return Chars.EDGE;
  }

  // ---- destinations and ids -------------------------------------------------------------------

  /** A link target in one piece: plain with escapes, or in angle brackets if it has blanks. */
  static String destination(String target) {
    boolean angle = false;
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c == ' ' || c == '\t') {
        angle = true;
      }
    }
    StringBuilder out = new StringBuilder(target.length() + 8);
    if (angle) {
      out.append('<');
    }
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
        out.append("&#").append((int) c).append(';');
      } else if (c == '\\' || c == '(' || c == ')' || c == '<' || c == '>' || c == '&' || c == '`'
          || c == '[' || c == ']' || c == '*' || c == '_' || c == '"' || c == '\'') {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    if (angle) {
      out.append('>');
    }
    return out.toString();
  }

  /** A note id as it can stand in {@code [^id]}. */
  static String noteId(String id) {
    if (id.isEmpty()) {
      throw new IllegalArgumentException("a note id cannot be empty");
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Chars.isWhitespace(c) || c == '[' || c == ']' || c == '\\' || c == '^' || c < 0x20) {
        throw new IllegalArgumentException(
            "the note id '"
                + id
                + "' cannot be written as Markdown: note ids are letters, digits and"
                + " punctuation other than [ ] ^ \\, without spaces");
      }
    }
    return id;
  }

  private static boolean containsLinkOrNote(List<Inline> content) {
    for (Inline inline : content) {
      if (inline instanceof Inline.Link || inline instanceof Inline.NoteReference) {
        return true;
      }
      List<Inline> inner =
          inline instanceof Inline.Emphasis
              ? ((Inline.Emphasis) inline).content()
              : inline instanceof Inline.Strong
                  ? ((Inline.Strong) inline).content()
                  : inline instanceof Inline.Quotation
                      ? ((Inline.Quotation) inline).content()
                      : List.of();
      if (containsLinkOrNote(inner)) {
        return true;
      }
    }
    return false;
  }

  /** The first few characters of text the content starts with, for looking ahead. */
  private static String leadingText(List<Inline> content) {
    StringBuilder text = new StringBuilder();
    for (Inline inline : content) {
      if (!(inline instanceof Inline.Text) || text.length() >= 6) {
        break;
      }
      text.append(((Inline.Text) inline).text());
    }
    return text.toString();
  }
}
