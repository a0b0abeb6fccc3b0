package io.github.communique.pdf.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Passes bytes through to the caller's stream and, until {@link #stop}, folds them into a 128-bit
 * fingerprint: the document ID and the font subset tags derive from it.
 *
 * <p>Not SHA-256 (as before): a PDF's {@code /ID} only has to tell documents apart, nobody attacks
 * it, and SHA-256 went through the security providers (their set-up was ~7 % of a command-line
 * run) and cost more per byte than the rest of a short render's writing. CRC-32C, CRC-32 and
 * Adler-32 are intrinsics in every JIT tier, and two different CRCs plus Adler and the length
 * leave two different documents the same fingerprint with a chance of about 2^-64.
 */
final class DigestingStream extends FilterOutputStream {
  private final CRC32C crc32c = new CRC32C();
  private final CRC32 crc32 = new CRC32();
  private final Adler32 adler = new Adler32();
  /**
   * Single bytes and short pieces (OpenPDF writes a dictionary's brackets and spaces one at a
   * time) wait here: each checksum update costs a call, Adler-32's a native one.
   */
  private final byte[] pending = new byte[512];
  private int pendingLength;
  private long length;
  private boolean on = true;

  DigestingStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    if (on) {
      if (pendingLength == pending.length) {
        drain();
      }
      pending[pendingLength++] = (byte) b;
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len); // FilterOutputStream would write byte by byte
    update(b, off, len);
  }

  /** Adds bytes that are not written (the XMP packet, which OpenPDF writes after the pages). */
  void update(byte[] b, int off, int len) {
    if (on) {
      if (len <= 64) { // short pieces ("obj", a number, a name) wait with the single bytes
        if (pendingLength + len > pending.length) {
          drain();
        }
        System.arraycopy(b, off, pending, pendingLength, len);
        pendingLength += len;
        return;
      }
      drain();
      crc32c.update(b, off, len);
      crc32.update(b, off, len);
      adler.update(b, off, len);
      length += len;
    }
  }

  /** Stops adding what is written, and returns the 16 bytes of the fingerprint so far. */
  byte[] stop() {
    drain();
    on = false;
    return fingerprint(crc32c.getValue(), crc32.getValue(), adler.getValue(), length);
  }

  private void drain() {
    if (pendingLength > 0) {
      int n = pendingLength;
      pendingLength = 0;
      crc32c.update(pending, 0, n);
      crc32.update(pending, 0, n);
      adler.update(pending, 0, n);
      length += n;
    }
  }

  private static byte[] fingerprint(long a, long b, long c, long d) {
    byte[] bytes = new byte[16];
    long[] words = {a, b, c, d};
    for (int w = 0; w < 4; w++) {
      for (int i = 0; i < 4; i++) {
        bytes[w * 4 + i] = (byte) (words[w] >>> (24 - 8 * i));
      }
    }
    return bytes;
  }
}
