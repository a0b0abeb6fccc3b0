package io.github.communique.text;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * Writes wrapped, indented plain text as it goes: the only place that knows about columns. Text
 * arrives in pieces ({@link #text}, {@link #glue}); the writer keeps one line, breaks it at spaces
 * when the next word would not fit, and writes each finished line with the prefixes of the
 * enclosing block quotations, list items and headings ({@link #push}).
 *
 * <p>Rules it keeps so callers need not: whitespace collapses to one space and never ends a line; a
 * word is broken only when it is wider than the line, then by code point at the width, never inside
 * a surrogate pair or between a base and its combining marks; East Asian wide characters count two
 * columns and may break without a space, except before closing and after opening punctuation;
 * no-break spaces (U+00A0, U+202F, U+2007) join; control characters and lone surrogates are written
 * as U+FFFD; blank lines between blocks are merged and never start or end the output.
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

  /** Characters of a text taken at a time. */
  private static final int CHUNK = 1024;

  private final Utf8Output out;
  private final int width;
  private final int maxPrefix;

  // Indentation levels: the prefix of a level's first line and of its other lines, same width.
  // First prefixes are copied into arrays kept from render to render of a level, so that a caller
  // can build numbered markers ("[12] ") in one reused builder instead of a string for each.
  private char[][] firstPrefixes = new char[16][];
  private String[] restPrefixes = new String[16];
  private boolean[] firstUsed = new boolean[16];
  private int levels;
  private int prefixWidth;
  private boolean framed;
  private int available;
  private char[] prefix = new char[64];

  // The current line without prefix, in UTF-8 (offsets count bytes, widths columns); the word
  // being written is its tail from wordStart. Bytes, so that runs of ASCII are copied in bulk
  // from the text and a finished line goes out without another encoding pass.
  private byte[] line = new byte[512];
  private int lineLength;
  private int lineWidth;
  private int wordStart;
  private int wordStartWidth;
  private int beforeSeparator;
  private int beforeSeparatorWidth;
  // Where the breaks recorded above end: after it, simpleRun has written only one-column
  // characters and spaces that may break, which settle() looks back over when it matters.
  private int scanFloor;
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
  private final char[] chunk = new char[CHUNK + 1];

  TextWriter(OutputStream out, int width) {
    this.out = new Utf8Output(out);
    this.width = width;
    this.maxPrefix = width - Math.max(MIN_TEXT, width / 3);
    this.available = width;
  }

  // ---- indentation

  /**
   * Indents what follows: {@code first} starts the next line written (a list marker "12. "), {@code
   * rest} the lines after it (spaces). Both must be as wide, in ASCII. {@code first} is copied, so
   * the caller may change it afterwards.
   */
  void push(CharSequence first, String rest) {
    int n = rest.length();
    if (first.length() != n) {
      throw new IllegalArgumentException(
          "prefixes differ in width: '" + first + "', '" + rest + "'");
    }
    if (levels == firstPrefixes.length) {
      firstPrefixes = Arrays.copyOf(firstPrefixes, levels * 2);
      restPrefixes = Arrays.copyOf(restPrefixes, levels * 2);
      firstUsed = Arrays.copyOf(firstUsed, levels * 2);
    }
    char[] copy = firstPrefixes[levels];
    if (copy == null || copy.length < n) {
      copy = firstPrefixes[levels] = new char[Math.max(n, 8)];
    }
    for (int i = 0; i < n; i++) {
      copy[i] = first.charAt(i);
    }
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
      total += restPrefixes[i].length();
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
    for (int from = 0; from < n; ) {
      int to = Math.min(n, from + CHUNK);
      if (to < n && Character.isHighSurrogate(s.charAt(to - 1))) {
        to++; // keep a surrogate pair in one chunk
      }
      // Profiled: String.charAt checks the string's coder and bounds on every call, and was
      // the largest cost; getChars copies in bulk, and array reads are cheap.
      s.getChars(from, to, chunk, 0);
      text(chunk, to - from);
      from = to;
    }
  }

  private void text(char[] a, int n) {
    int i = 0;
    while (i < n) {
      if (!previousWide && (pendingOpenLength == 0 || writeMarksFast(a[i]))) {
        i = simpleRun(a, i, n);
        if (i == n) {
          return;
        }
      }
      char c = a[i++];
      if (c > ' ' && c < 0x7F) {
        put(c);
      } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        space();
      } else if (c < 0xA0) { // other C0 controls, DEL and C1 controls; U+001C-1F are spaces
        if (c >= 0x1C && c <= 0x1F) {
          space();
        } else {
          put(REPLACEMENT);
        }
      } else if (c < 0x1680) { // no spaces or controls here: Latin, Greek, Cyrillic, …
        put(c);
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(a[i])) {
          put(Character.toCodePoint(c, a[i++]));
        } else {
          put(REPLACEMENT);
        }
      } else if (Character.isWhitespace(c)) {
        space();
      } else if (c == '\u200B') { // zero width space: a break without a space
        if (lineLength > 0 && pendingSeparator == NONE && !noBreak) {
          pendingSeparator = ZERO_WIDTH;
        }
      } else {
        put(c);
      }
    }
  }

  /**
   * Writes the pending opening marks the fast way when they and {@code next}, the visible character
   * they wait for, allow it; returns whether it did. Marks of characters the fast path takes
   * (quotation marks, "_", "*") join the word they open just as {@link #put} would join them, and a
   * mark comes before every quotation, emphasis and strong text.
   */
  private boolean writeMarksFast(char next) {
    if (next == ' ' || simpleSize(next) == 0 || !hardBreaks || lineWidth > available) {
      return false; // (simpleRun would stop after the first mark that overflows the line)
    }
    for (int i = 0; i < pendingOpenLength; i++) {
      if (simpleSize(pendingOpen[i]) == 0) {
        return false;
      }
    }
    int n = pendingOpenLength;
    pendingOpenLength = 0;
    simpleRun(pendingOpen, 0, n); // takes them all: no spaces or other characters to stop at
    return true;
  }

  /**
   * The fast path: spaces and the characters of most European text (printable ASCII, Latin, Greek
   * and Cyrillic letters, general punctuation such as dashes and curly quotes, currency signs: one
   * column each, no marks, no controls), with the line's state in local variables. Returns the
   * index of the first character it leaves to the general path.
   *
   * <p>Most of a render's time is spent here, so each character costs a load, a compare and a
   * store, and nothing else is done per word: spaces go into the line as they come, and where the
   * line may break, after its last space, is looked for only when the line overflows ({@link
   * #settle}). Profiled, leaving the loop at every accented letter or curly quote and looking back
   * for the last space at every exit was two thirds of the writer's time.
   */
  private int simpleRun(char[] a, int from, int n) {
    if (lineWidth > available) {
      return from; // a web address wider than the line: the general path will do
    }
    if (noBreak) {
      // Glued text (a date, a closing mark, a reference) keeps its spaces, which do not break:
      // the general path writes those. Everything else here is the same with or without glue,
      // since the fast path never breaks between two characters that are not spaces.
      for (int k = from; k < n; k++) {
        if (a[k] == ' ') {
          n = k;
          break;
        }
      }
    }
    if (from == n) {
      return from;
    }
    if (pendingSeparator == ZERO_WIDTH) { // a break without a space, if a word comes next
      char first = a[from];
      if (first == ' ') {
        pendingSeparator = SPACE; // a space after it: the space is the break
      } else if (simpleSize(first) == 0) {
        return from;
      } else {
        settle();
        beforeSeparator = wordStart = lineLength;
        beforeSeparatorWidth = wordStartWidth = lineWidth;
      }
    }
    int room = available;
    byte[] l = ensureRoom(room);
    int length = lineLength;
    int width = lineWidth;
    // The last character taken, a space when nothing may follow but a word: a space after a
    // space, or at the start of a line, is dropped. A pending space goes in now, and comes out
    // again at the end if no word follows it.
    char last = length == 0 ? ' ' : 'x';
    if (pendingSeparator == SPACE && length > 0) {
      l[length++] = ' ';
      width++;
      last = ' ';
    }
    pendingSeparator = NONE;
    int i = from;
    for (; i < n; i++) {
      char c = a[i];
      if ((char) (c - ' ') < 0x7F - ' ') { // printable ASCII or a space, in one unsigned compare
        // As both are at least a space, c | last is a space only when both are.
        if ((c | last) == ' ') {
          continue;
        }
        l[length++] = (byte) c;
      } else if (c >= 0xA0 && c < 0x530 && simpleSize(c) == 2) {
        l[length++] = (byte) (0xC0 | c >> 6);
        l[length++] = (byte) (0x80 | c & 0x3F);
      } else if (c >= 0x2010 && simpleSize(c) == 3) {
        l[length++] = (byte) (0xE0 | c >> 12);
        l[length++] = (byte) (0x80 | c >> 6 & 0x3F);
        l[length++] = (byte) (0x80 | c & 0x3F);
      } else {
        break;
      }
      last = c;
      // A space never overflows the line: a closing mark or attach() may still join the word
      // before it. It leaves the line at most one column too wide, until the next character.
      if (++width > room && c != ' ') {
        lineLength = length;
        lineWidth = width;
        overflow(); // leaves a line that fits, unless it is unbreakable
        l = ensureRoom(room);
        length = lineLength;
        width = lineWidth;
        if (length == 0) {
          last = ' ';
        }
        if (width > room) { // unbreakable text wider than the line: the general path goes on
          i++;
          break;
        }
      }
    }
    if (last == ' ' && length > scanFloor && l[length - 1] == ' ') {
      length--; // a space at the end waits for the next word
      width--;
      pendingSeparator = SPACE;
    }
    lineLength = length;
    lineWidth = width;
    for (int k = i - 1; k >= from; k--) {
      if (a[k] != ' ') {
        previousCodePoint = a[k];
        break;
      }
    }
    return i;
  }

  /** The line buffer, grown to hold a full line of three-byte characters after what it holds. */
  private byte[] ensureRoom(int room) {
    int needed = lineLength + 3 * (room - lineWidth + 2);
    if (line.length < needed) {
      line = Arrays.copyOf(line, needed + 64);
    }
    return line;
  }

  /**
   * Records where the line may last break, which {@link #simpleRun} leaves until it is needed: at
   * the last space it wrote after {@code scanFloor}, if there is one. Every character it writes is
   * one column wide, so widths follow from counting characters back from the end.
   */
  private void settle() {
    int width = lineWidth;
    for (int k = lineLength - 1; k >= scanFloor; k--) {
      byte b = line[k];
      if (b == ' ') {
        beforeSeparator = k;
        beforeSeparatorWidth = width - 1;
        wordStart = k + 1;
        wordStartWidth = width;
        break;
      }
      if ((b & 0xC0) != 0x80) { // not a continuation byte: a character starts here
        width--;
      }
    }
    scanFloor = lineLength;
  }

  /**
   * The UTF-8 length of {@code c} when it is a one-column character that needs no further thought
   * (see {@link #simpleRun}); 0 for anything else.
   */
  private static int simpleSize(char c) {
    if (c < 0x7F) {
      return c > ' ' ? 1 : 0;
    }
    if (c < 0x530) { // Latin-1 to Cyrillic, without the soft hyphen and the combining marks
      return c >= 0xA0 && c != 0xAD && (c < 0x300 || c >= 0x370) && (c < 0x483 || c > 0x489)
          ? 2
          : 0;
    }
    // General punctuation without spaces, bidi controls and invisible operators; currency signs.
    return (c >= 0x2010 && c <= 0x2027)
            || (c >= 0x202F && c <= 0x205E)
            || (c >= 0x20A0 && c <= 0x20BF)
        ? 3
        : 0;
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
    int length = 1;
    for (int n = number; n >= 10; n /= 10) {
      length++;
    }
    int n = number;
    for (int i = length - 1; i >= 0; i--) {
      chunk[i] = (char) ('0' + n % 10);
      n /= 10;
    }
    text(chunk, length); // the fast path, as for any glued text, not put() a digit at a time
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
    settle(); // the breaks simpleRun left, before this adds its own
    int w = DisplayWidth.of(codePoint);
    boolean wide = w == 2;
    if (pendingSeparator != NONE || pendingOpenLength > 0) {
      startWord();
      if (pendingOpenLength > 0) {
        int n = pendingOpenLength;
        pendingOpenLength = 0;
        boolean wasNoBreak = noBreak;
        for (int i = 0; i < n; ) {
          int mark = Character.codePointAt(pendingOpen, i, n);
          i += Character.charCount(mark);
          // A house style's marks are checked like text: no controls, no lone surrogates.
          boolean bad = Character.isISOControl(mark) || (mark >= 0xD800 && mark <= 0xDFFF);
          put(bad ? REPLACEMENT : mark);
          noBreak = true; // the marks and the word after them stay together
        }
        put(codePoint);
        noBreak = wasNoBreak;
        return;
      }
    } else if ((wide || previousWide)
        && !noBreak
        && lineLength > 0
        && w > 0
        && mayBreakBetween(previousCodePoint, codePoint)) {
      // East Asian text breaks between characters without spaces.
      beforeSeparator = lineLength;
      beforeSeparatorWidth = lineWidth;
      wordStart = lineLength;
      wordStartWidth = lineWidth;
    }
    if (lineLength + 4 > line.length) {
      line = Arrays.copyOf(line, line.length * 2);
    }
    lineLength = Utf8Output.encode(codePoint, line, lineLength);
    scanFloor = lineLength; // a space put here may be glued: settle() must not take it
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
        && before != '\u00A0'
        && before != '\u202F'
        && before != '\u2007';
  }

  private static boolean isSmallKana(int c) {
    return "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ".indexOf(c) >= 0;
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
        line[lineLength++] = (byte) ' ';
        lineWidth++;
      }
      wordStart = lineLength;
      wordStartWidth = lineWidth;
    }
    pendingSeparator = NONE;
  }

  /** The line has grown wider than the room: wrap before the last word, or break the word. */
  private void overflow() {
    settle();
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

  /**
   * Writes the longest start of the over-long word that fits, by whole code points. Text glued by
   * (no-break) spaces that is wider than the line breaks at its last space, as a word processor
   * does; the space goes, like any space where a line wraps.
   */
  private void breakWord() {
    int end = 0;
    int endWidth = 0;
    int spaceStart = 0;
    int spaceEnd = 0;
    int beforeSpaceWidth = 0;
    while (end < lineLength) {
      int c = Utf8Output.decode(line, end);
      int w = DisplayWidth.of(c);
      if (w > 0 && endWidth + w > available && endWidth > 0) {
        break; // combining marks (w == 0) stay with the base before them
      }
      int next = end + Utf8Output.sequenceLength(line[end]);
      if (end > 0 && isSpace(c)) {
        spaceStart = end;
        spaceEnd = next;
        beforeSpaceWidth = endWidth;
      }
      end = next;
      endWidth += w;
    }
    if (spaceStart > 0) {
      writeLine(spaceStart, beforeSpaceWidth);
      shift(spaceEnd, lineWidth - beforeSpaceWidth - 1);
    } else {
      writeLine(end, endWidth);
      shift(end, lineWidth - endWidth);
    }
  }

  /** A space, breaking or not: never at the end of a line. */
  private static boolean isSpace(int c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2007';
  }

  /** Moves line[from..] to the start of the line, which is now {@code restWidth} wide. */
  private void shift(int from, int restWidth) {
    System.arraycopy(line, from, line, 0, lineLength - from);
    lineLength -= from;
    scanFloor = lineLength; // what is left is one word: no breaks
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

  /**
   * Finishes the line, and writes it even when it is empty, prefix only: the marker line of an
   * empty list item. (A forced line break inside a paragraph is {@link #endLine}: it never makes an
   * empty line, which would read as a paragraph break.)
   */
  void lineEvenIfEmpty() {
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
      // A line holding a long web address may stick out: the rule need not follow it.
      out.repeat(c, Math.min(widest, available));
      out.write('\n');
    }
  }

  /** {@code s}, short and free of control characters, centred on a line of its own. */
  void centred(String s) {
    endLine();
    beginLine(true);
    out.repeat(' ', Math.max(0, (available - DisplayWidth.of(s)) / 2));
    out.write(s);
    out.write('\n');
  }

  /**
   * Opens a box ruled with {@code +---+} and {@code | } over the rest of the line: the header of an
   * embedded statement. Only lines go into a box, no blank lines or further boxes.
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
    out.write('+');
    out.repeat('-', Math.max(0, available - 2));
    out.write('+');
    out.write('\n');
  }

  /** Finishes the output: the last line, exactly one final newline, and a flush. */
  void finish() {
    endLine();
    if (!anyLine) {
      out.write('\n');
    }
    out.flush();
  }

  /** Writes line[0..end) ({@code endWidth} columns) as a finished line. */
  private void writeLine(int end, int endWidth) {
    beginLine(end > 0);
    int trimmed = writeContent(end);
    if (framed) {
      out.repeat(' ', Math.max(0, available - (endWidth - trimmed)));
      out.write(" |");
    }
    out.write('\n');
    widest = Math.max(widest, endWidth - trimmed);
  }

  /** Writes line[0..end) without trailing spaces; returns how many spaces it left out. */
  private int writeContent(int end) {
    int to = end;
    int trimmed = 0;
    while (to > 0) {
      if (line[to - 1] == ' ') {
        to--;
      } else if (to >= 2 && line[to - 2] == (byte) 0xC2 && line[to - 1] == (byte) 0xA0) {
        to -= 2; // U+00A0
      } else if (to >= 3
          && line[to - 3] == (byte) 0xE2
          && line[to - 2] == (byte) 0x80
          && (line[to - 1] == (byte) 0xAF || line[to - 1] == (byte) 0x87)) {
        to -= 3; // U+202F, U+2007
      } else {
        break;
      }
      trimmed++;
    }
    out.writeUtf8(line, to);
    return trimmed;
  }

  /** Writes a pending blank line, then the prefix of a new line (trimmed if nothing follows). */
  private void beginLine(boolean content) {
    if (pendingBlank) {
      pendingBlank = false;
      writePrefix(false, true);
      out.write('\n');
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
    if (levels == 0) {
      return;
    }
    int n = 0;
    for (int i = 0; i < levels; i++) {
      String rest = restPrefixes[i];
      int length = rest.length();
      if (n + length > prefix.length) {
        prefix = Arrays.copyOf(prefix, (n + length) * 2);
      }
      if (firstUsed[i] || blankLine) {
        rest.getChars(0, length, prefix, n);
      } else {
        System.arraycopy(firstPrefixes[i], 0, prefix, n, length);
      }
      n += length;
    }
    int from = Math.max(0, n - maxPrefix);
    if (!content) {
      while (n > from && prefix[n - 1] == ' ') {
        n--;
      }
    }
    out.write(prefix, from, n);
  }
}
