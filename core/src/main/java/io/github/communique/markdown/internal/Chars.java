package io.github.communique.markdown.internal;

/**
 * Character classes of the Markdown dialect, shared by the reader and the writer so that what the
 * writer considers safe is exactly what the reader accepts. Flanking follows CommonMark 0.31:
 * Unicode whitespace (Zs plus tab, line feed, form feed, carriage return) and Unicode punctuation
 * (ASCII punctuation plus the P and S categories).
 */
public final class Chars {
  private Chars() {}

  /** Stands for the start or the end of a line when a neighbour is asked for. */
  public static final char EDGE = '\n';

  public static boolean isWhitespace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\r'
        || c == '\f'
        || (c > 127 && Character.getType(c) == Character.SPACE_SEPARATOR);
  }

  public static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/')
        || (c >= ':' && c <= '@')
        || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }

  public static boolean isPunctuation(char c) {
    if (c < 128) {
      return isAsciiPunctuation(c);
    }
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }

  /** Letters and digits: what an apostrophe stands between ("don't", "Russia’s"). */
  public static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** Whether {@code c} opens or closes a quotation with double strokes: " “ ” „ ‟ « ». */
  public static boolean isDoubleQuote(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '‟' || c == '«' || c == '»';
  }

  /** Whether {@code c} opens or closes a quotation with single strokes: ' ‘ ’ ‚ ‛ ‹ ›. */
  public static boolean isSingleQuote(char c) {
    return c == '\'' || c == '‘' || c == '’' || c == '‚' || c == '‛' || c == '‹' || c == '›';
  }

  public static boolean isQuoteMark(char c) {
    return isDoubleQuote(c) || isSingleQuote(c);
  }

  /** The dashes that start an attribution line: em dash and horizontal bar. */
  public static boolean isAttributionDash(char c) {
    return c == '—' || c == '―';
  }

  /**
   * Whether a backslash before {@code c} escapes it: ASCII punctuation as in CommonMark, plus the
   * dialect's own significant characters (typographic quotation marks and attribution dashes).
   */
  public static boolean isEscapable(char c) {
    return isAsciiPunctuation(c) || isQuoteMark(c) || isAttributionDash(c);
  }

  /** Control characters a statement never holds: C0 except tab and line ends, DEL and C1. */
  public static boolean isForbiddenControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
  }

  /** CommonMark's left-flanking: a delimiter between {@code before} and {@code after}. */
  public static boolean leftFlanking(char before, char after) {
    return !isWhitespace(after)
        && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
  }

  /** CommonMark's right-flanking: a delimiter between {@code before} and {@code after}. */
  public static boolean rightFlanking(char before, char after) {
    return !isWhitespace(before)
        && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
  }

  /** Whether a quotation mark between {@code before} and {@code after} can open a quotation. */
  public static boolean quoteCanOpen(char before, char after) {
    return leftFlanking(before, after) && (!rightFlanking(before, after) || isPunctuation(before));
  }

  /** Whether a quotation mark between {@code before} and {@code after} can close a quotation. */
  public static boolean quoteCanClose(char before, char after) {
    return rightFlanking(before, after) && (!leftFlanking(before, after) || isPunctuation(after));
  }

  /** Neither blank nor punctuation: a letter, a digit, a mark. */
  public static boolean isWord(char c) {
    return !isWhitespace(c) && !isPunctuation(c);
  }

  /** The blanks French typography puts inside guillemets: space, no-break space, narrow one. */
  public static boolean isFrenchSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F';
  }
}
