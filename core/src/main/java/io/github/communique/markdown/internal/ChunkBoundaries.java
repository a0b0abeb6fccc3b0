package io.github.communique.markdown.internal;

import java.util.Arrays;

/**
 * Where a Markdown body can be cut into pieces that Flexmark parses one at a time with the same
 * result as the whole: a large file is read a piece at a time so that only one piece's tree is
 * alive at once (parsing 20 MB whole kept its whole tree alive, and the collector copied it again
 * and again).
 *
 * <p>A cut goes before a line that
 *
 * <ul>
 *   <li>follows a blank line: a blank line ends every paragraph, so no lazy continuation line and
 *       no setext underline can join text across the cut;
 *   <li>starts at column 0 with a letter or an opening quotation mark: such a line cannot continue
 *       a list item, a block quote or a note (they need indentation or {@code >}), cannot add an
 *       item to a list (markers are {@code - + *} and digits), and cannot start a heading, a rule,
 *       a fence, a definition or anything else that spans lines; so Flexmark closes every open
 *       block there anyway;
 *   <li>is not inside a {@code ~~~} or {@code ```} code fence or a {@code ::: statement} fence,
 *       which run over blank lines and column-0 text until their closing line.
 * </ul>
 *
 * The body is not cut at all when it may hold a link reference definition ({@code [label]: url}):
 * a definition applies to the whole file, also to references before it, and a piece parsed alone
 * would not know definitions in later pieces. Note definitions ({@code [^id]:}) need no such care:
 * Flexmark makes a note reference whether or not its definition is known, and the reader keeps
 * notes in the order it meets their definitions. When unsure, this class does not cut: a body
 * without a safe cut is parsed whole.
 */
final class ChunkBoundaries {
  /**
   * The source length of a piece the reader aims for: Flexmark's set-up per parse (~30 µs) stays
   * below 1 % of the time, and a piece's tree stays small next to the young generation.
   */
  static final int DEFAULT_CHUNK_LENGTH = 64 * 1024;

  private final String text;
  private final int end;
  private char codeFence; // '~' or '`' while inside a code fence, else 0
  private int codeFenceLength;
  private int statementFences; // open ::: statement fences, counted generously (see below)

  private ChunkBoundaries(String text, int end) {
    this.text = text;
    this.end = end;
  }

  /**
   * The offsets where the pieces of {@code text[start, end)} begin, followed by {@code end}: each
   * piece after the first starts at a safe cut at least {@code chunkLength} characters after the
   * previous one. {@code {start, end}} when the body is parsed whole.
   */
  static int[] find(String text, int start, int end, int chunkLength) {
    if (end - start <= chunkLength || mayDefineReferences(text, start, end) || hasLoneCr(text)) {
      return new int[] {start, end};
    }
    return new ChunkBoundaries(text, end).cuts(start, chunkLength);
  }

  private int[] cuts(int start, int chunkLength) {
    int[] cuts = new int[16];
    int count = 0;
    cuts[count++] = start;
    boolean previousBlank = false;
    int i = start;
    while (i < end) {
      int lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0 || lineEnd > end) {
        lineEnd = end;
      }
      if (previousBlank
          && i - cuts[count - 1] >= chunkLength
          && codeFence == 0
          && statementFences == 0
          && startsPlainText(text.charAt(i))) {
        if (count == cuts.length) {
          cuts = Arrays.copyOf(cuts, count * 2);
        }
        cuts[count++] = i;
      }
      previousBlank = isBlank(i, lineEnd);
      if (!previousBlank) {
        line(i, lineEnd);
      }
      i = lineEnd + 1;
    }
    if (count == 1) {
      return new int[] {start, end};
    }
    int[] result = Arrays.copyOf(cuts, count + 1);
    result[count] = end;
    return result;
  }

  /** Follows the fences a line opens or closes. */
  private void line(int start, int lineEnd) {
    int contentEnd = lineEnd;
    while (contentEnd > start && Chars.isWhitespace(text.charAt(contentEnd - 1))) {
      contentEnd--;
    }
    int i = start;
    while (i < contentEnd && i - start < 3 && text.charAt(i) == ' ') {
      i++;
    }
    if (codeFence != 0) {
      // Closed by a run of the same character, at least as long, with nothing after it.
      int run = runLength(i, contentEnd, codeFence);
      if (run >= codeFenceLength && i + run == contentEnd) {
        codeFence = 0;
      }
      return;
    }
    // A fence at the top level; fences inside a list item or a block quote end with their
    // container, which the blank line before a cut ends anyway.
    if (i < contentEnd && (text.charAt(i) == '~' || text.charAt(i) == '`')) {
      int run = runLength(i, contentEnd, text.charAt(i));
      if (run >= 3) {
        codeFence = text.charAt(i);
        codeFenceLength = run;
        return;
      }
    }
    // A ::: statement fence may open behind any container prefix ("> ::: statement"), so every
    // line that ends like an opening counts. Only a bare ::: at the top level counts as a closing:
    // a fence closed in a container stays open here, which only means no more cuts.
    if (opensStatementFence(start, contentEnd)) {
      statementFences++;
    } else if (statementFences > 0 && StatementFenceParser.isBareFence(text, i, contentEnd)) {
      statementFences--;
    }
  }

  /** Whether the line ends with {@code :::} (or more colons), blanks and {@code statement}. */
  private boolean opensStatementFence(int start, int contentEnd) {
    int word = contentEnd - "statement".length();
    if (word < start + 3 || !text.startsWith("statement", word)) {
      return false;
    }
    int i = word;
    while (i > start && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
      i--;
    }
    return i - start >= 3 && text.startsWith(":::", i - 3);
  }

  private int runLength(int i, int to, char c) {
    int j = i;
    while (j < to && text.charAt(j) == c) {
      j++;
    }
    return j - i;
  }

  private boolean isBlank(int start, int lineEnd) {
    for (int i = start; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** A letter or an opening quotation mark: text that only a paragraph can start with. */
  private static boolean startsPlainText(char c) {
    return Character.isLetter(c) || c == '"' || c == '“' || c == '„' || c == '«' || c == '‘';
  }

  /**
   * Whether {@code ]:} occurs other than after {@code [^id}: every link reference definition has
   * it, so a body without one defines no links. Text that only looks like one ("see [1]: …") makes
   * the body be parsed whole, which is merely slower.
   */
  private static boolean mayDefineReferences(String text, int start, int end) {
    for (int i = text.indexOf("]:", start); i >= 0 && i < end; i = text.indexOf("]:", i + 2)) {
      int j = i - 1;
      while (j >= start && isLabelChar(text.charAt(j))) {
        j--;
      }
      if (j < start + 1 || j == i - 1 || text.charAt(j) != '^' || text.charAt(j - 1) != '[') {
        return true;
      }
    }
    return false;
  }

  /** What a note's id is made of here: anything but blanks, line ends, brackets and backslashes. */
  private static boolean isLabelChar(char c) {
    return c > ' ' && c != '[' && c != ']' && c != '^' && c != '\\';
  }

  /** Lines ended by a lone {@code \r} are not followed here; such a body is parsed whole. */
  private static boolean hasLoneCr(String text) {
    for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
      if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
        return true;
      }
    }
    return false;
  }
}
