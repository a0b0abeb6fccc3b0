package io.github.communique.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The text writer's output: UTF-8 bytes collected in a buffer and written to the stream in blocks.
 * It encodes itself rather than through an OutputStreamWriter: the JDK's encoder over char arrays
 * was the hot spot of a profile, and lines arrive here mostly encoded already ({@link #writeUtf8}).
 * Failures of the stream surface as {@link UncheckedIOException}, which the renderer turns back
 * into the {@link IOException} it declares. Not thread-safe.
 */
final class Utf8Output {
  private final OutputStream out;
  private final byte[] bytes = new byte[8192];
  private final char[] one = new char[1];
  private int count;

  Utf8Output(OutputStream out) {
    this.out = out;
  }

  /** Writes what is buffered and flushes the stream; does not close it. */
  void flush() {
    flushBytes();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code c}, {@code times} times. */
  void repeat(char c, int times) {
    for (int i = 0; i < times; i++) {
      write(c);
    }
  }

  /** A short string of the writer's own, such as " |". */
  void write(String s) {
    for (int i = 0; i < s.length(); i++) {
      write(s.charAt(i));
    }
  }

  /** One character; ASCII takes the short way. */
  void write(char c) {
    if (count > bytes.length - 3) {
      flushBytes();
    }
    if (c < 0x80) {
      bytes[count++] = (byte) c;
    } else {
      one[0] = c;
      write(one, 0, 1);
    }
  }

  /** Encodes chars[from..to) into the buffer; a lone surrogate becomes U+FFFD. */
  void write(char[] chars, int from, int to) {
    byte[] b = bytes;
    int k = count;
    int i = from;
    while (i < to) {
      if (b.length - k < 16) {
        count = k;
        flushBytes();
        k = 0;
      }
      int limit = Math.min(to, i + (b.length - k) / 3); // at most three bytes a char
      while (i < limit) {
        char c = chars[i];
        if (c < 0x80) {
          b[k++] = (byte) c;
          i++;
        } else if (c < 0x800) {
          b[k++] = (byte) (0xC0 | c >> 6);
          b[k++] = (byte) (0x80 | c & 0x3F);
          i++;
        } else if (!Character.isSurrogate(c)) {
          b[k++] = (byte) (0xE0 | c >> 12);
          b[k++] = (byte) (0x80 | c >> 6 & 0x3F);
          b[k++] = (byte) (0x80 | c & 0x3F);
          i++;
        } else if (Character.isHighSurrogate(c)
            && i + 1 < to
            && Character.isLowSurrogate(chars[i + 1])) {
          if (i + 1 == limit) {
            break; // the pair straddles the limit: make room first
          }
          int cp = Character.toCodePoint(c, chars[i + 1]);
          b[k++] = (byte) (0xF0 | cp >> 18);
          b[k++] = (byte) (0x80 | cp >> 12 & 0x3F);
          b[k++] = (byte) (0x80 | cp >> 6 & 0x3F);
          b[k++] = (byte) (0x80 | cp & 0x3F);
          i += 2;
        } else { // a lone surrogate (text() never lets one through): U+FFFD
          b[k++] = (byte) 0xEF;
          b[k++] = (byte) 0xBF;
          b[k++] = (byte) 0xBD;
          i++;
        }
      }
    }
    count = k;
  }

  /** Copies b[0..n), UTF-8 already, to the output. */
  void writeUtf8(byte[] b, int n) {
    if (n > bytes.length - count) {
      flushBytes();
      if (n > bytes.length) {
        try {
          out.write(b, 0, n);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return;
      }
    }
    System.arraycopy(b, 0, bytes, count, n);
    count += n;
  }

  /** Writes the UTF-8 bytes of {@code cp} to b[at..]; returns the index after them. */
  static int encode(int cp, byte[] b, int at) {
    int k = at;
    if (cp < 0x80) {
      b[k++] = (byte) cp;
    } else if (cp < 0x800) {
      b[k++] = (byte) (0xC0 | cp >> 6);
      b[k++] = (byte) (0x80 | cp & 0x3F);
    } else if (cp < 0x10000) {
      b[k++] = (byte) (0xE0 | cp >> 12);
      b[k++] = (byte) (0x80 | cp >> 6 & 0x3F);
      b[k++] = (byte) (0x80 | cp & 0x3F);
    } else {
      b[k++] = (byte) (0xF0 | cp >> 18);
      b[k++] = (byte) (0x80 | cp >> 12 & 0x3F);
      b[k++] = (byte) (0x80 | cp >> 6 & 0x3F);
      b[k++] = (byte) (0x80 | cp & 0x3F);
    }
    return k;
  }

  /** The code point whose UTF-8 (written by {@link #encode}) starts at b[i]. */
  static int decode(byte[] b, int i) {
    int b0 = b[i] & 0xFF;
    if (b0 < 0x80) {
      return b0;
    } else if (b0 < 0xE0) {
      return (b0 & 0x1F) << 6 | b[i + 1] & 0x3F;
    } else if (b0 < 0xF0) {
      return (b0 & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
    }
    return (b0 & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
  }

  /** How many bytes the UTF-8 sequence that starts with {@code b0} has. */
  static int sequenceLength(byte b0) {
    int b = b0 & 0xFF;
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  }

  private void flushBytes() {
    try {
      out.write(bytes, 0, count);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    count = 0;
  }
}
