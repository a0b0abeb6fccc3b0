package io.github.communique.markdown.internal;

import io.github.communique.validate.Limits;

/**
 * One linear pass over the Markdown body before Flexmark sees it, refusing what the model cannot
 * hold and what would make the parser run away, each with its line and column and the fix:
 *
 * <ul>
 *   <li>lines longer than {@link Limits#maxTextLength()};
 *   <li>control characters;
 *   <li>container nesting (block quotes, list items, indentation, statement fences) deeper than
 *       {@link #nestingCap(Limits)}: Flexmark does work proportional to the nesting on every line;
 *   <li>backticks (code) and raw HTML, which the model cannot hold;
 *   <li>link targets not closed on their own line, and link titles: Flexmark rescans the rest of
 *       the paragraph for every unclosed {@code ](};
 *   <li>paragraphs where links follow many unclosed {@code [}: Flexmark walks all of them for each
 *       link.
 * </ul>
 */
public final class InputGuard {
  /** The nesting Flexmark's per-line work can afford, whatever the limits say. */
  static final int HARD_NESTING_CAP = 1_000;

  private final SourceText source;
  private final Limits limits;
  private final String text;
  private final int nestingCap;

  // Per-paragraph budget for Flexmark's walk over open brackets when a link closes.
  private int openBrackets;
  private long bracketWalk;
  private int paragraphStart;

  /**
   * How many lines in a row continue a paragraph behind a prefix ({@code >} markers or
   * indentation). Flexmark joins such lines into one segmented sequence whose segment array grows
   * by one slot per line, so a paragraph of n of them costs n² (40,000 lines behind "> " took 0.85
   * s, 40,000 indented lines 7.5 s).
   */
  static final int MAX_PREFIXED_LINES = 1_000;

  private int prefixedLines;
  private boolean listMarker;
  private int fenceDepth;
  private boolean fenceJustOpened;
  private boolean inFenceHeader;
  private int greaterThanSearch = -1;

  private InputGuard(SourceText source, Limits limits) {
    this.source = source;
    this.limits = limits;
    this.text = source.text();
    this.nestingCap = nestingCap(limits);
  }

  /** How deep containers may nest on one line before the input is refused. */
  public static int nestingCap(Limits limits) {
    long cap = 4L * ((long) limits.maxNestingDepth() + limits.maxListDepth());
    return (int) Math.min(cap, HARD_NESTING_CAP);
  }

  /** Checks {@code text[start, end)}, the body of a statement file. */
  public static void check(SourceText source, int start, int end, Limits limits) {
    new InputGuard(source, limits).run(start, end);
  }

  private void run(int start, int end) {
    paragraphStart = start;
    int i = start;
    // Line ends are found with String.indexOf, which the JIT vectorises; the next '\r' is looked
    // up again only once passed, so a file without any costs one search.
    int nextCr = text.indexOf('\r', i);
    while (i < end) {
      if (nextCr >= 0 && nextCr < i) {
        nextCr = text.indexOf('\r', i);
      }
      int lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0 || lineEnd > end) {
        lineEnd = end;
      }
      if (nextCr >= 0 && nextCr < lineEnd) {
        lineEnd = nextCr;
      }
      line(i, lineEnd);
      boolean crlf =
          lineEnd + 1 < end && text.charAt(lineEnd) == '\r' && text.charAt(lineEnd + 1) == '\n';
      i = lineEnd + (crlf ? 2 : 1);
    }
  }

  private void line(int start, int end) {
    if (end - start > limits.maxTextLength()) {
      throw source.error(
          start + limits.maxTextLength(),
          "this line is "
              + String.format("%,d", end - start)
              + " characters long, more than Limits.maxTextLength ("
              + String.format("%,d", limits.maxTextLength())
              + "); break it into paragraphs or raise Limits.maxTextLength");
    }
    int i = prefix(start, end);
    if (i == end) {
      // A blank line (inside its containers) ends a paragraph.
      openBrackets = 0;
      bracketWalk = 0;
      paragraphStart = end;
      prefixedLines = 0;
      return;
    }
    if (listMarker || i == start) {
      prefixedLines = 0; // a list item starts a new paragraph; a bare line joins cheaply
    } else if (++prefixedLines > MAX_PREFIXED_LINES) {
      throw source.error(
          start,
          "this paragraph runs over more than "
              + String.format("%,d", MAX_PREFIXED_LINES)
              + " lines that start with '>' or indentation, which the parser reads in time that"
              + " grows with their square; break it with a blank line (a line with just '>' in a"
              + " quotation)");
    }
    if (fences(i, end)) {
      return;
    }
    inline(i, end);
  }

  /** Skips indentation, {@code >} and list markers, measuring how deep they nest. */
  private int prefix(int start, int end) {
    listMarker = false;
    int markers = 0;
    int columns = 0;
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == ' ') {
        columns++;
        i++;
      } else if (c == '\t') {
        columns += 4 - (columns % 4);
        i++;
      } else if (c == '>') {
        markers++;
        i++;
      } else if (c == '['
          && i + 1 < end
          && text.charAt(i + 1) == '^'
          && footnoteLabelEnd(i, end) > 0) {
        markers++;
        i = footnoteLabelEnd(i, end);
      } else if ((c == '-' || c == '+' || c == '*') && isMarkerEnd(i + 1, end)) {
        markers++;
        listMarker = true;
        i++;
      } else if (c >= '0' && c <= '9') {
        int j = i;
        while (j < end && j - i < 9 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
          j++;
        }
        if (j < end
            && (text.charAt(j) == '.' || text.charAt(j) == ')')
            && isMarkerEnd(j + 1, end)) {
          markers++;
          listMarker = true;
          i = j + 1;
        } else {
          break;
        }
      } else {
        break;
      }
      long depth = markers + columns / 2L + fenceDepth;
      if (depth > nestingCap) {
        throw source.error(
            i,
            "this line nests more than "
                + nestingCap
                + " block quotes, list items and indentation levels, more than the Markdown"
                + " reader accepts; reduce the nesting or raise Limits.maxNestingDepth and"
                + " Limits.maxListDepth (the reader accepts four times their sum, at most "
                + HARD_NESTING_CAP
                + ")");
      }
    }
    return i;
  }

  /** The end of {@code [^label]:} at {@code i} (a note's definition), or -1. */
  private int footnoteLabelEnd(int i, int end) {
    for (int j = i + 2; j < end && j < i + 1000; j++) {
      char c = text.charAt(j);
      if (c == ']') {
        return j > i + 2 && j + 1 < end && text.charAt(j + 1) == ':' ? j + 2 : -1;
      }
      if (c == ' ' || c == '\t' || c == '[') {
        return -1;
      }
    }
    return -1;
  }

  private boolean isMarkerEnd(int i, int end) {
    return i >= end || text.charAt(i) == ' ' || text.charAt(i) == '\t';
  }

  /**
   * Tracks {@code ::: statement} fences and skips their front matter, which is YAML, not Markdown.
   * Returns whether the line was consumed.
   */
  private boolean fences(int i, int end) {
    int contentEnd = end;
    while (contentEnd > i && Chars.isWhitespace(text.charAt(contentEnd - 1))) {
      contentEnd--;
    }
    boolean justOpened = fenceJustOpened;
    fenceJustOpened = false;
    if (inFenceHeader) {
      if (isRun(i, contentEnd, '-') || isRun(i, contentEnd, '.')) {
        inFenceHeader = false;
      } else if (StatementFenceParser.isBareFence(text, i, contentEnd)) {
        inFenceHeader = false;
        fenceDepth--;
      } else {
        controls(i, end);
      }
      return true;
    }
    if (justOpened && isRun(i, contentEnd, '-')) {
      inFenceHeader = true;
      return true;
    }
    if (StatementFenceParser.isBareFence(text, i, contentEnd)) {
      if (fenceDepth > 0) {
        fenceDepth--;
      }
      return true;
    }
    if (contentEnd - i >= 3
        && text.charAt(i) == ':'
        && text.charAt(i + 1) == ':'
        && text.charAt(i + 2) == ':') {
      int j = i;
      while (j < contentEnd && text.charAt(j) == ':') {
        j++;
      }
      while (j < contentEnd && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
        j++;
      }
      if (text.regionMatches(j, "statement", 0, 9) && j + 9 == contentEnd) {
        fenceDepth++;
        fenceJustOpened = true;
        if (fenceDepth > nestingCap) {
          throw source.error(
              i,
              "embedded statements nest more than "
                  + nestingCap
                  + " deep here; reduce the nesting or raise Limits.maxNestingDepth");
        }
        return true;
      }
    }
    return false;
  }

  private boolean isRun(int start, int end, char c) {
    return StatementFenceParser.isRun(text, start, end, c);
  }

  private void controls(int i, int end) {
    for (; i < end; i++) {
      if (Chars.isForbiddenControl(text.charAt(i))) {
        throw controlCharacter(i);
      }
    }
  }

  private void inline(int i, int end) {
    while (i < end) {
      char c = text.charAt(i);
      if (c >= 0xa0 || (c >= 0x20 && c < 0x7f && !SPECIAL[c])) {
        i++; // the common case: nothing to look at
        continue;
      }
      switch (c) {
        case '\\':
          i += i + 1 < end && Chars.isEscapable(text.charAt(i + 1)) ? 2 : 1;
          break;
        case '`':
          throw source.error(
              i,
              "code is not supported in a statement, and this backtick would start it; write \\`"
                  + " for a literal backtick");
        case '<':
          i = angle(i, end);
          break;
        case '[':
          openBrackets++;
          i++;
          break;
        case ']':
          if (i + 1 < end && text.charAt(i + 1) == '(') {
            bracketWalk += openBrackets;
            if (bracketWalk > 64L * (i - paragraphStart) + 4096) {
              throw source.error(
                  i,
                  "this paragraph has too many unclosed '[' before its links for the parser to"
                      + " read it in reasonable time; write \\[ for a literal bracket");
            }
            i = linkTail(i, end);
          } else {
            i++;
          }
          if (openBrackets > 0) {
            openBrackets--;
          }
          break;
        default:
          if (Chars.isForbiddenControl(c)) {
            throw controlCharacter(i);
          }
          i++;
      }
    }
  }

  private static final boolean[] SPECIAL = new boolean[128];

  static {
    for (char c : "\\`<[]".toCharArray()) {
      SPECIAL[c] = true;
    }
  }

  /** A {@code <}: an autolink, a {@code <br>}, or raw HTML, which is refused. */
  private int angle(int i, int end) {
    int autolink = Autolinks.end(text, i, end);
    if (autolink >= 0) {
      return autolink;
    }
    int lineBreak = lineBreakTagEnd(text, i, end);
    if (lineBreak >= 0) {
      return lineBreak;
    }
    if (i + 1 < end) {
      char next = text.charAt(i + 1);
      boolean tag =
          isAsciiLetter(next) || (next == '/' && i + 2 < end && isAsciiLetter(text.charAt(i + 2)));
      if (next == '!' || next == '?' || (tag && greaterThanFollows(i, end))) {
        throw source.error(
            i,
            "raw HTML is not supported in a statement and would pass through as markup; use"
                + " Markdown instead (*emphasis*, **strong**, a line ending in \\ for a line break)"
                + " or write \\< for a literal '<'");
      }
    }
    return i + 1;
  }

  /** Whether a {@code >} follows on this line; amortised linear over the line. */
  private boolean greaterThanFollows(int i, int end) {
    if (greaterThanSearch < i) {
      int j = i;
      while (j < end && text.charAt(j) != '>') {
        j++;
      }
      greaterThanSearch = j;
    }
    return greaterThanSearch < end && text.charAt(greaterThanSearch) == '>';
  }

  /** The end of {@code <br>}, {@code <br/>} or {@code <br />} at {@code i}, or -1. */
  public static int lineBreakTagEnd(CharSequence s, int i, int end) {
    if (i + 4 > end || s.charAt(i) != '<') {
      return -1;
    }
    if (Character.toLowerCase(s.charAt(i + 1)) != 'b'
        || Character.toLowerCase(s.charAt(i + 2)) != 'r') {
      return -1;
    }
    int j = i + 3;
    if (j < end && s.charAt(j) == ' ') {
      j++;
    }
    if (j < end && s.charAt(j) == '/') {
      j++;
    }
    return j < end && s.charAt(j) == '>' ? j + 1 : -1;
  }

  /** Checks the target after {@code ](} at {@code i}: one piece, closed on this line. */
  private int linkTail(int i, int end) {
    int j = i + 2;
    while (j < end && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    if (j < end && text.charAt(j) == '<') {
      j++;
      while (j < end && text.charAt(j) != '>' && text.charAt(j) != '<') {
        j += text.charAt(j) == '\\' && j + 1 < end ? 2 : 1;
      }
      if (j >= end || text.charAt(j) != '>') {
        throw unclosedLink(i);
      }
      j++;
    } else {
      int depth = 0;
      while (j < end) {
        char c = text.charAt(j);
        if (c == '\\' && j + 1 < end && Chars.isAsciiPunctuation(text.charAt(j + 1))) {
          j += 2;
          continue;
        }
        if (c == ' ' || c == '\t' || Chars.isForbiddenControl(c)) {
          break;
        }
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          if (depth == 0) {
            break;
          }
          depth--;
        }
        j++;
      }
    }
    while (j < end && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    if (j < end && text.charAt(j) == ')') {
      return j + 1;
    }
    if (j < end && (text.charAt(j) == '"' || text.charAt(j) == '\'' || text.charAt(j) == '(')) {
      throw source.error(
          j,
          "link titles ([text](address \"title\")) are not supported in a statement; remove the"
              + " title");
    }
    throw unclosedLink(i);
  }

  private RuntimeException unclosedLink(int i) {
    return source.error(
        i,
        "the link target after '](' is not closed on this line; write [text](https://example.org)"
            + " with the address in one piece on the same line, or \\] for a literal bracket");
  }

  private RuntimeException controlCharacter(int i) {
    return source.error(
        i,
        String.format(
            "control character U+%04X is not allowed in a statement; remove it",
            (int) text.charAt(i)));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
