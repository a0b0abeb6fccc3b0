package io.github.communique.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Writes HTML as UTF-8 into a byte buffer that it drains into an {@link OutputStream} as it fills:
 * the one place that decides how text is escaped for each context it can land in.
 *
 * <ul>
 *   <li>{@link #text}: element content; {@code & < >} become references.
 *   <li>{@link #attr}: a double-quoted attribute value; {@code & < > "} become references.
 *   <li>{@link #jsonString}: a JSON string inside {@code <script type="application/ld+json">};
 *       besides JSON's own escapes, {@code < > &} and U+2028/U+2029 become {@code \}{@code uXXXX},
 *       so neither {@code </script>} nor {@code <!--} can ever appear in the script.
 *   <li>{@link #raw}: markup this package wrote itself, never user text.
 * </ul>
 *
 * <p>In every escaped context, characters that HTML forbids in a document (C0 and C1 controls
 * other than tab, line feed and carriage return, noncharacters, lone surrogates) become U+FFFD,
 * so even an invalid statement yields a conforming page. Escaping and UTF-8 encoding happen in
 * one pass over each string with no allocation. Not thread-safe: one writer per render.
 */
final class HtmlWriter {
  private static final int BUFFER_SIZE = 8192;
  // Room for the longest single write a character can cause ("\\u2028", "&quot;", 4 bytes).
  private static final int SLACK = 8;
  private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

  private static final byte[][] TEXT = escapes(false, false);
  private static final byte[][] ATTRIBUTE = escapes(true, false);
  private static final byte[][] JSON = escapes(true, true);

  /** Characters of a string taken at a time by {@link #escape}. */
  private static final int CHUNK = 1024;

  private final OutputStream out;
  private final byte[] buf = new byte[BUFFER_SIZE];
  private final char[] chunk = new char[CHUNK];
  private int pos;

  HtmlWriter(OutputStream out) {
    this.out = out;
  }

  /** Markup of our own: written as UTF-8, unescaped. Never pass user text here. */
  HtmlWriter raw(String markup) {
    int n = markup.length();
    int i = 0;
    while (i < n) {
      int start = i;
      while (i < n && markup.charAt(i) < 0x80) {
        i++;
      }
      if (i > start) {
        ascii(markup, start, i);
      }
      if (i < n) {
        if (pos > BUFFER_SIZE - SLACK) {
          drain();
        }
        i = encode(markup, i, markup.charAt(i)) + 1;
      }
    }
    return this;
  }

  /** Bytes of our own, already UTF-8 (the embedded stylesheet). */
  HtmlWriter raw(byte[] utf8) {
    if (utf8.length > BUFFER_SIZE - pos) {
      drain();
      if (utf8.length > BUFFER_SIZE) {
        write(utf8, 0, utf8.length);
        return this;
      }
    }
    System.arraycopy(utf8, 0, buf, pos, utf8.length);
    pos += utf8.length;
    return this;
  }

  /** User text as element content. */
  HtmlWriter text(String text) {
    escape(text, TEXT, false);
    return this;
  }

  /** User text as the value of a double-quoted attribute (the quotes are not written). */
  HtmlWriter attr(String value) {
    escape(value, ATTRIBUTE, false);
    return this;
  }

  /** A JSON string, quotes included, safe inside a {@code <script>} element. */
  HtmlWriter jsonString(String value) {
    raw("\"");
    jsonChars(value);
    raw("\"");
    return this;
  }

  /** Part of a JSON string whose quotes the caller writes, safe inside {@code <script>}. */
  HtmlWriter jsonChars(String value) {
    escape(value, JSON, true);
    return this;
  }

  /** A non-negative decimal number, without allocating. */
  HtmlWriter number(int value) {
    if (value >= 10) {
      number(value / 10);
    }
    if (pos > BUFFER_SIZE - SLACK) {
      drain();
    }
    buf[pos++] = (byte) ('0' + value % 10);
    return this;
  }

  /** An ISO 8601 day (2026-03-05), written digit by digit. */
  HtmlWriter isoDate(LocalDate date) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      return raw(date.toString()); // outside HTML's four-digit years: rare enough to allocate
    }
    pad(year, 1000);
    raw("-");
    pad(date.getMonthValue(), 10);
    raw("-");
    pad(date.getDayOfMonth(), 10);
    return this;
  }

  private void pad(int value, int width) {
    for (int unit = width; unit > 1 && value < unit; unit /= 10) {
      raw("0");
    }
    number(value);
  }

  /** Writes what is buffered to the stream and flushes it; the stream stays open. */
  void flush() throws IOException {
    out.write(buf, 0, pos);
    pos = 0;
    out.flush();
  }

  /**
   * The inner loop of every escaped write. The string is copied out a chunk at a time
   * ({@code getChars}, one bulk copy) and each character that passes unchanged is stored as it is
   * read, in a loop bounded by the room left in the buffer that tests nothing else; everything
   * else is handled one character at a time. (Scanning with {@code charAt} and copying the run
   * with {@code getBytes} afterwards read every UTF-16 string twice.)
   */
  private void escape(String s, byte[][] table, boolean json) {
    int n = s.length();
    char[] a = chunk;
    byte[] b = buf;
    for (int from = 0; from < n; ) {
      int m = Math.min(n - from, CHUNK);
      s.getChars(from, from + m, a, 0);
      int k = 0;
      while (k < m) {
        int p = pos;
        int limit = Math.min(m, k + BUFFER_SIZE - SLACK - p);
        for (; k < limit; k++) {
          char c = a[k];
          if (c >= 0x80 || table[c] != null) {
            break;
          }
          b[p++] = (byte) c;
        }
        pos = p;
        if (k == m) {
          break;
        }
        if (p >= BUFFER_SIZE - SLACK) { // the loop stopped for room, or a character needs it
          drain();
          continue;
        }
        char c = a[k];
        if (c < 0x80) {
          byte[] replacement = table[c];
          System.arraycopy(replacement, 0, b, pos, replacement.length);
          pos += replacement.length;
        } else if (json && (c == '\u2028' || c == '\u2029' || c <= 0x9F)) {
          hexEscape(c);
        } else {
          // A surrogate pair may straddle the chunk's end: encode reads the string itself.
          k = encode(s, from + k, c) - from;
        }
        k++;
      }
      from += k;
    }
  }

  /** Copies {@code s[from, to)}, all ASCII, as bytes: one array copy for a Latin-1 string. */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is exact for ASCII
  private void ascii(String s, int from, int to) {
    while (from < to) {
      if (pos == BUFFER_SIZE) {
        drain();
      }
      int end = Math.min(to, from + BUFFER_SIZE - pos);
      s.getBytes(from, end, buf, pos);
      pos += end - from;
      from = end;
    }
  }

  /**
   * Encodes the non-ASCII character {@code c} at {@code s[i]} as UTF-8, or U+FFFD where HTML
   * forbids it; returns the index of the last char consumed (a surrogate pair takes two).
   */
  private int encode(String s, int i, char c) {
    if (c < 0x800) {
      if (c <= 0x9F) {
        replacement(); // C1 control
      } else {
        buf[pos++] = (byte) (0xC0 | c >> 6);
        buf[pos++] = (byte) (0x80 | c & 0x3F);
      }
      return i;
    }
    if (Character.isHighSurrogate(c) && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1))) {
      int cp = Character.toCodePoint(c, s.charAt(i + 1));
      if ((cp & 0xFFFE) == 0xFFFE) {
        replacement(); // noncharacter U+1FFFE, U+1FFFF, ...
      } else {
        buf[pos++] = (byte) (0xF0 | cp >> 18);
        buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buf[pos++] = (byte) (0x80 | cp & 0x3F);
      }
      return i + 1;
    }
    if (Character.isSurrogate(c) || c >= 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) {
      replacement(); // lone surrogate or noncharacter
      return i;
    }
    buf[pos++] = (byte) (0xE0 | c >> 12);
    buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
    buf[pos++] = (byte) (0x80 | c & 0x3F);
    return i;
  }

  private void replacement() {
    System.arraycopy(REPLACEMENT, 0, buf, pos, REPLACEMENT.length);
    pos += REPLACEMENT.length;
  }

  private void hexEscape(char c) {
    buf[pos++] = '\\';
    buf[pos++] = 'u';
    for (int shift = 12; shift >= 0; shift -= 4) {
      buf[pos++] = (byte) Character.forDigit(c >> shift & 0xF, 16);
    }
  }

  private void drain() {
    write(buf, 0, pos);
    pos = 0;
  }

  private void write(byte[] bytes, int offset, int length) {
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      throw new WriteFailure(e);
    }
  }

  /**
   * Carries an {@link IOException} out of the visitors, whose methods cannot throw it; {@link
   * HtmlRenderer#render} unwraps it.
   */
  static final class WriteFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WriteFailure(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /** The replacement of every ASCII character in one context; null where it passes unchanged. */
  private static byte[][] escapes(boolean attribute, boolean json) {
    byte[][] table = new byte[128][];
    for (char c = 0; c < 0x20; c++) {
      if (json) {
        table[c] = ascii(String.format("\\u%04x", (int) c));
      } else if (c != '\t' && c != '\n' && c != '\r') {
        table[c] = REPLACEMENT;
      }
    }
    table[0x7F] = json ? ascii("\\u007f") : REPLACEMENT;
    if (json) {
      table['\n'] = ascii("\\n");
      table['\t'] = ascii("\\t");
      table['\r'] = ascii("\\r");
      table['"'] = ascii("\\\"");
      table['\\'] = ascii("\\\\");
      table['<'] = ascii("\\u003c");
      table['>'] = ascii("\\u003e");
      table['&'] = ascii("\\u0026");
    } else {
      table['&'] = ascii("&amp;");
      table['<'] = ascii("&lt;");
      table['>'] = ascii("&gt;");
      if (attribute) {
        table['"'] = ascii("&quot;");
      }
    }
    return table;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
