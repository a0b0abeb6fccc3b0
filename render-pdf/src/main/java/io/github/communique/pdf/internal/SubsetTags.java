package io.github.communique.pdf.internal;

import java.security.SecureRandom;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Makes the six-letter tags of embedded font subsets ("ABCDEF+DejaVuSerif") reproducible.
 *
 * <p>OpenPDF 2.0.5 draws each letter of a tag from {@code BaseFont.getSecureRandom().nextDouble()}
 * when it writes the font at the end of a document ({@code BaseFont.createSubsetPrefix}, six calls
 * in a row on the writing thread). Each shared font gets a {@link Random} whose {@code
 * nextDouble()} returns the letters of a tag derived from the font's name and the digest of the
 * document being written on this thread, set by {@link #begin}. The same document therefore gets
 * the same tags, and a different document (so, most likely, a different subset) different ones,
 * which is what tags are for. A thread-local position keeps fonts shared by concurrent renders
 * apart.
 */
final class SubsetTags {
  private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();

  private SubsetTags() {}

  /** Tags written on this thread until {@link #end} derive from {@code documentDigest}. */
  static void begin(byte[] documentDigest) {
    CURRENT.set(new Context(documentDigest.clone()));
  }

  static void end() {
    CURRENT.remove();
  }

  static SecureRandom randomFor(String fontName) {
    return new Random(fontName);
  }

  /**
   * The tag for {@code fontName} in the document fingerprinted as {@code fingerprint}: six letters
   * from {@code A} to {@code Z}.
   */
  static String tag(String fontName, byte[] fingerprint) {
    CRC32C low = new CRC32C();
    low.update(fingerprint);
    CRC32 high = new CRC32();
    high.update(fingerprint);
    for (int i = 0; i < fontName.length(); i++) {
      char c = fontName.charAt(i);
      low.update(c >> 8);
      low.update(c);
      high.update(c >> 8);
      high.update(c);
    }
    long bits = low.getValue() | high.getValue() << 32;
    char[] tag = new char[6];
    for (int i = 0; i < tag.length; i++) {
      tag[i] = (char) ('A' + Long.remainderUnsigned(bits, 26));
      bits = Long.divideUnsigned(bits, 26);
    }
    return new String(tag);
  }


  private static final class Context {
    final byte[] digest;
    String tag = "";
    int position;

    Context(byte[] digest) {
      this.digest = digest;
    }
  }

  /** Not random at all: serves the letters of the current tag, one per call. */
  private static final class Random extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private static final byte[] NO_DOCUMENT = new byte[0];
    private final String fontName;
    private final Context outsideRender = new Context(NO_DOCUMENT);

    Random(String fontName) {
      // No algorithm and no provider: SecureRandom() would look one up through the security
      // providers, whose set-up is slow on a command line's first render, for randomness that
      // is never drawn.
      super(null, null);
      this.fontName = fontName;
    }

    @Override
    public void nextBytes(byte[] bytes) {
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (nextDouble() * 256);
      }
    }

    @Override
    public double nextDouble() {
      Context context = CURRENT.get();
      if (context == null) {
        context = outsideRender; // never in this library, and still no randomness
      }
      if (context.position % 6 == 0) {
        context.tag = tag(fontName, context.digest);
      }
      char letter = context.tag.charAt(context.position++ % 6);
      // createSubsetPrefix computes (char) (nextDouble() * 26 + 'A').
      return (letter - 'A' + 0.5) / 26.0;
    }
  }
}
