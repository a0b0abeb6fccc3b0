package io.github.communique.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * Writes wrapped, indented plain text as it goes: the only place that knows about columns. Text
 * arrives in pieces ({@link #text}, {@link #glue}); the writer keeps one line, breaks it at spaces
 * when the next word would not fit, and writes each finished line with the prefixes of the
 * enclosing block quotations, list items and headings ({@link #push}).
 *
 * <p>Rules it keeps so callers need not: whitespace collapses to one space and never ends a line;
 * a word is broken only when it is wider than the line, then by code point at the width, never
 * inside a surrogate pair or between a base and its combining marks; East Asian wide characters
 * count two columns and may break without a space, except before closing and after opening
 * punctuation; no-break spaces (U+00A0, U+202F, U+2007) join; control characters and lone
 * surrogates are written as U+FFFD; blank lines between blocks are merged and never start or end
 * the output.
 *
 * <p>Memory is bounded by the line width, whatever the size of a paragraph or a word (except in
 * {@link #unbreakable} text). Not thread-safe: one per render.
 */
final class TextWriter {
  private static final int NONE = 0;
  private static final int SPACE = 1;
  private static final int ZERO_WIDTH = 2;

  /** Deep nesting keeps at least this share of the width for text (one third, at least 10). */
  private static final int MIN_TEXT = 10;

  private static final char REPLACEMENT = '\uFFFD';

  private final Writer out;
  private final int width;
  private final int maxPrefix;

  // Indentation levels: the prefix of a level's first line and of its other lines, same width.
  private String[] firstPrefixes = new String[16];
  private String[] restPrefixes = new String[16];
  private boolean[] firstUsed = new boolean[16];
  private int levels;
  private int prefixWidth;
  private boolean framed;
  private int available;
  private char[] prefix = new char[64];

  // The current line, without prefix; the word being written is its tail from wordStart.
  private char[] line = new char[256];
  private int lineLength;
  private int lineWidth;
  private int wordStart;
  private int wordStartWidth;
  private int beforeSeparator;
  private int beforeSeparatorWidth;
  private int pendingSeparator = NONE;
  private boolean previousWide;
  private int previousCodePoint;
  private boolean noBreak;
  private boolean hardBreaks = true;
  private char[] pendingOpen = new char[16];
  private int pendingOpenLength;

  private boolean anyLine;
  private boolean pendingBlank;
  private int widest;
  private final char[] scratch = new char[128];

  TextWriter(Writer out, int width) {
    this.out = out;
    this.width = width;
    this.maxPrefix = width - Math.max(MIN_TEXT, width / 3);
    this.available = width;
  }

  // ---- indentation

  /**
   * Indents what follows: {@code first} starts the next line written (a list marker "12. "),
   * {@code rest} the lines after it ("    "). Both must be as wide, in ASCII.
   */
  void push(String first, String rest) {
    if (first.length() != rest.length()) {
      throw new IllegalArgumentException("prefixes differ in width: '" + first + "', '" + rest + "'");
    }
    if (levels == firstPrefixes.length) {
      firstPrefixes = Arrays.copyOf(firstPrefixes, levels * 2);
      restPrefixes = Arrays.copyOf(restPrefixes, levels * 2);
      firstUsed = Arrays.copyOf(firstUsed, levels * 2);
    }
    firstPrefixes[levels] = first;
    restPrefixes[levels] = rest;
    firstUsed[levels] = false;
    levels++;
    measurePrefix();
  }

  /** Ends the innermost indentation, after finishing the line in progress. */
  void pop() {
    endLine();
    levels--;
    measurePrefix();
  }

  private void measurePrefix() {
    int total = 0;
    for (int i = 0; i < levels; i++) {
      total += firstPrefixes[i].length();
    }
    prefixWidth = Math.min(total, maxPrefix);
    available = Math.max(1, width - prefixWidth - (framed ? 2 : 0));
  }

  /** The columns left for text on a line at the current indentation. */
  int available() {
    return available;
  }

  // ---- running text

  /** Running text: whitespace is a place to break the line, runs of it one space. */
  void text(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < 0x7F) {
        if (pendingSeparator == NONE && pendingOpenLength == 0 && !previousWide) {
          // The fast path: printable ASCII inside a word.
          if (lineLength == line.length) {
            line = Arrays.copyOf(line, lineLength * 2);
          }
          line[lineLength++] = c;
          lineWidth++;
          previousCodePoint = c;
          if (lineWidth > available) {
            overflow();
          }
        } else {
          put(c);
        }
      } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        space();
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        put(Character.toCodePoint(c, s.charAt(++i)));
      } else if (Character.isSurrogate(c)) {
        put(REPLACEMENT);
      } else if (Character.isWhitespace(c)) {
        space();
      } else if (c == '\u200B') { // zero width space: a break without a space
        if (lineLength > 0 && pendingSeparator == NONE && !noBreak) {
          pendingSeparator = ZERO_WIDTH;
        }
      } else if (Character.isISOControl(c)) {
        put(REPLACEMENT);
      } else {
        put(c);
      }
    }
  }

  /** Text that must stay together: its spaces do not break, and nothing breaks inside it. */
  void glue(String s) {
    noBreak = true;
    text(s);
    noBreak = false;
  }

  /** A decimal number glued to what comes before, for references such as "[12]". */
  void glue(int number) {
    noBreak = true;
    int start = scratch.length;
    int n = number;
    do {
      scratch[--start] = (char) ('0' + n % 10);
      n /= 10;
    } while (n > 0);
    for (int i = start; i < scratch.length; i++) {
      put(scratch[i]);
    }
    noBreak = false;
  }

  /** Joins what comes next to the word before it: drops a pending space. */
  void attach() {
    pendingSeparator = NONE;
  }

  /** Text never broken even when wider than the line, such as a web address. */
  void unbreakable(String s) {
    hardBreaks = false;
    text(s);
    hardBreaks = true;
  }

  /**
   * An opening mark ("_", "“") that belongs to the next word: it waits for the next visible
   * character, so that the mark hugs the word even when the marked text starts with a space.
   */
  void openMark(String mark) {
    int n = mark.length();
    if (pendingOpenLength + n > pendingOpen.length) {
      pendingOpen = Arrays.copyOf(pendingOpen, (pendingOpenLength + n) * 2);
    }
    mark.getChars(0, n, pendingOpen, pendingOpenLength);
    pendingOpenLength += n;
  }

  /**
   * The closing mark for {@link #openMark open}: it joins the word before it, ahead of any pending
   * space. When nothing was written since the opening mark, both marks are dropped.
   */
  void closeMark(String open, String close) {
    if (pendingOpenLength >= open.length()) {
      pendingOpenLength -= open.length();
      return;
    }
    int separator = pendingSeparator;
    pendingSeparator = NONE;
    boolean wasNoBreak = noBreak;
    noBreak = true; // a closing mark never starts a line
    text(close);
    noBreak = wasNoBreak;
    pendingSeparator = separator;
  }

  private void space() {
    if (noBreak) {
      if (lineLength > 0) {
        put(' ');
      }
    } else if (lineLength > 0) {
      pendingSeparator = SPACE;
    }
  }

  /** Adds one visible or zero-width code point to the word being written. */
  private void put(int codePoint) {
    int w = DisplayWidth.of(codePoint);
    boolean wide = w == 2;
    if (pendingSeparator != NONE || pendingOpenLength > 0) {
      startWord();
      if (pendingOpenLength > 0) {
        int n = pendingOpenLength;
        pendingOpenLength = 0;
        boolean wasNoBreak = noBreak;
        for (int i = 0; i < n; i++) {
          put(pendingOpen[i]);
          noBreak = true; // the marks and the word after them stay together
        }
        put(codePoint);
        noBreak = wasNoBreak;
        return;
      }
    } else if ((wide || previousWide) && !noBreak && lineLength > 0
        && w > 0 && mayBreakBetween(previousCodePoint, codePoint)) {
      // East Asian text breaks between characters without spaces.
      beforeSeparator = lineLength;
      beforeSeparatorWidth = lineWidth;
      wordStart = lineLength;
      wordStartWidth = lineWidth;
    }
    if (lineLength + 2 > line.length) {
      line = Arrays.copyOf(line, line.length * 2);
    }
    lineLength += Character.toChars(codePoint, line, lineLength);
    lineWidth += w;
    if (w > 0) {
      previousWide = wide;
      previousCodePoint = codePoint;
    }
    if (lineWidth > available) {
      overflow();
    }
  }

  /** Simplified kinsoku: no line starts with closing punctuation or ends with opening. */
  private static boolean mayBreakBetween(int before, int after) {
    switch (Character.getType(after)) {
      case Character.END_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.MODIFIER_LETTER: // the prolonged sound mark ー and iteration marks
        return false;
      default:
        break;
    }
    if (after == '\u00A0' || after == '\u202F' || after == '\u2007' || isSmallKana(after)) {
      return false;
    }
    int type = Character.getType(before);
    return type != Character.START_PUNCTUATION
        && type != Character.INITIAL_QUOTE_PUNCTUATION
        && before != '\u00A0' && before != '\u202F' && before != '\u2007';
  }

  private static boolean isSmallKana(int c) {
    switch (c) {
      case 'ぁ': case 'ぃ': case 'ぅ': case 'ぇ': case 'ぉ': case 'っ': case 'ゃ': case 'ゅ':
      case 'ょ': case 'ゎ': case 'ァ': case 'ィ': case 'ゥ': case 'ェ': case 'ォ': case 'ッ':
      case 'ャ': case 'ュ': case 'ョ': case 'ヮ': case 'ヵ': case 'ヶ':
        return true;
      default:
        return false;
    }
  }

  /** Writes a pending separator, so that the next character starts a new word. */
  private void startWord() {
    if (lineLength > 0 && pendingSeparator != NONE) {
      beforeSeparator = lineLength;
      beforeSeparatorWidth = lineWidth;
      if (pendingSeparator == SPACE) {
        if (lineLength == line.length) {
          line = Arrays.copyOf(line, lineLength * 2);
        }
        line[lineLength++] = ' ';
        lineWidth++;
      }
      wordStart = lineLength;
      wordStartWidth = lineWidth;
    }
    pendingSeparator = NONE;
  }

  /** The line has grown wider than the room: wrap before the last word, or break the word. */
  private void overflow() {
    while (lineWidth > available) {
      if (wordStart > 0) {
        writeLine(beforeSeparator, beforeSeparatorWidth);
        shift(wordStart, lineWidth - wordStartWidth);
      } else if (hardBreaks) {
        breakWord();
      } else {
        return;
      }
    }
  }

  /** Writes the longest start of the over-long word that fits, by whole code points. */
  private void breakWord() {
    int end = 0;
    int endWidth = 0;
    while (end < lineLength) {
      int c = Character.codePointAt(line, end, lineLength);
      int w = DisplayWidth.of(c);
      if (w > 0 && endWidth + w > available && endWidth > 0) {
        break; // combining marks (w == 0) stay with the base before them
      }
      end += Character.charCount(c);
      endWidth += w;
    }
    // Text glued by (no-break) spaces that is wider than the line breaks at its last space, as
    // a word processor does; the space goes, like any space where a line wraps.
    for (int k = end - 1; k > 0; k--) {
      if (isSpace(line[k])) {
        int chunkWidth = endWidth - widthOf(k, end);
        writeLine(k, chunkWidth);
        shift(k + 1, lineWidth - chunkWidth - 1);
        return;
      }
    }
    writeLine(end, endWidth);
    shift(end, lineWidth - endWidth);
  }

  private int widthOf(int from, int to) {
    int w = 0;
    for (int i = from; i < to; ) {
      int c = Character.codePointAt(line, i, to);
      w += DisplayWidth.of(c);
      i += Character.charCount(c);
    }
    return w;
  }

  /** A space, breaking or not: never at the end of a line. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2007';
  }

  /** Moves line[from..] to the start of the line, which is now {@code restWidth} wide. */
  private void shift(int from, int restWidth) {
    System.arraycopy(line, from, line, 0, lineLength - from);
    lineLength -= from;
    lineWidth = restWidth;
    wordStart = 0;
    wordStartWidth = 0;
    beforeSeparator = 0;
    beforeSeparatorWidth = 0;
  }

  // ---- lines and blocks

  /** Finishes the line in progress, if any. */
  void endLine() {
    if (lineLength > 0) {
      writeLine(lineLength, lineWidth);
      shift(lineLength, 0);
    }
    pendingSeparator = NONE; // pending opening marks stay: they belong to the next word
    previousWide = false;
  }

  /** A forced line break: finishes the line, even an empty one. */
  void breakLine() {
    if (lineLength > 0) {
      endLine();
    } else {
      writeLine(0, 0);
      pendingSeparator = NONE;
    }
  }

  /** Asks for a blank line before whatever is written next (merged, and never at the start). */
  void blank() {
    endLine();
    if (anyLine) {
      pendingBlank = true;
    }
  }

  /** Starts measuring the widest line, for {@link #underline}. */
  void markWidth() {
    endLine();
    widest = 0;
  }

  /** A line of {@code c} as wide as the widest line since {@link #markWidth}. */
  void underline(char c) {
    endLine();
    if (widest > 0) {
      beginLine(true);
      repeat(c, widest);
      write('\n');
    }
  }

  /** {@code s}, short and free of control characters, centred on a line of its own. */
  void centred(String s) {
    endLine();
    beginLine(true);
    repeat(' ', Math.max(0, (available - DisplayWidth.of(s)) / 2));
    write(s);
    write('\n');
  }

  /**
   * Opens a box ruled with {@code +---+} and {@code | } over the rest of the line: the header of
   * an embedded statement. Only lines go into a box, no blank lines or further boxes.
   */
  void openFrame() {
    endLine();
    frameRule();
    push("| ", "| ");
    framed = true;
    measurePrefix();
  }

  /** Closes the box opened by {@link #openFrame}. */
  void closeFrame() {
    endLine();
    framed = false;
    levels--;
    measurePrefix();
    frameRule();
  }

  private void frameRule() {
    beginLine(true);
    write('+');
    repeat('-', Math.max(0, available - 2));
    write('+');
    write('\n');
  }

  /** Finishes the output: the last line, exactly one final newline, and a flush. */
  void finish() {
    endLine();
    if (!anyLine) {
      write('\n');
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes line[0..end) ({@code endWidth} columns) as a finished line. */
  private void writeLine(int end, int endWidth) {
    beginLine(end > 0);
    int trimmed = writeContent(end);
    if (framed) {
      repeat(' ', Math.max(0, available - (endWidth - trimmed)));
      write(" |");
    }
    write('\n');
    widest = Math.max(widest, endWidth - trimmed);
  }

  /** Writes line[0..end) without trailing spaces; returns how many spaces it left out. */
  private int writeContent(int end) {
    int to = end;
    while (to > 0 && isSpace(line[to - 1])) {
      to--;
    }
    try {
      out.write(line, 0, to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return end - to;
  }

  /** Writes a pending blank line, then the prefix of a new line (trimmed if nothing follows). */
  private void beginLine(boolean content) {
    if (pendingBlank) {
      pendingBlank = false;
      writePrefix(false, true);
      write('\n');
    }
    writePrefix(content, false);
    for (int i = 0; i < levels; i++) {
      firstUsed[i] = true;
    }
    anyLine = true;
  }

  /**
   * Writes the prefixes of all levels; when {@code content} is false (an empty line), without
   * trailing spaces. A blank line between blocks shows no list marker: that waits for the text.
   * Beyond {@code maxPrefix} columns, the outer indentation gives way.
   */
  private void writePrefix(boolean content, boolean blankLine) {
    int n = 0;
    for (int i = 0; i < levels; i++) {
      String p = firstUsed[i] || blankLine ? restPrefixes[i] : firstPrefixes[i];
      if (n + p.length() > prefix.length) {
        prefix = Arrays.copyOf(prefix, (n + p.length()) * 2);
      }
      p.getChars(0, p.length(), prefix, n);
      n += p.length();
    }
    int from = Math.max(0, n - maxPrefix);
    if (!content) {
      while (n > from && prefix[n - 1] == ' ') {
        n--;
      }
    }
    try {
      out.write(prefix, from, n - from);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void repeat(char c, int count) {
    Arrays.fill(scratch, 0, Math.min(count, scratch.length), c);
    try {
      for (int left = count; left > 0; left -= scratch.length) {
        out.write(scratch, 0, Math.min(left, scratch.length));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(char c) {
    try {
      out.write(c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
