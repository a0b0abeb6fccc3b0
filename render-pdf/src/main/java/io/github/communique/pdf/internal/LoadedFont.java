package io.github.communique.pdf.internal;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One TrueType/OpenType font, parsed once and shared by every render and thread: OpenPDF keeps
 * the glyphs a document uses in the writer, not in the {@link BaseFont}, so a parsed font can
 * serve many documents at once. Only the subset tag needs care; see {@link SubsetTags}.
 */
public final class LoadedFont {
  /** Code points below this are looked up once into bit sets; the rest are asked for. */
  private static final int COVERAGE_LIMIT = 0x20000;

  /** Code points per page of the coverage: a page is looked up when one of its points is. */
  private static final int PAGE_BITS = 8;

  private final String name;
  private final BaseFont baseFont;
  private final byte[] bytes; // OpenPDF reads its subsets from them too: no extra copy
  private LoadedFont compressed; // guarded by this

  /**
   * Which code points have a glyph, a page of 256 at a time, each looked up on first use: a whole
   * font's 131,072 lookups took longer than the render of a small statement, which uses a few
   * pages (Latin, punctuation, perhaps Cyrillic). Shared by threads: a page two of them look up at
   * once is looked up twice, to the same bits.
   */
  private final AtomicReferenceArray<long[]> coverage =
      new AtomicReferenceArray<>(COVERAGE_LIMIT >> PAGE_BITS);

  /** Code points below this have their widths in a table (Latin, Greek, Cyrillic, punctuation). */
  static final int WIDTH_TABLE = 0x2100;

  private final int[] units;
  private final Map<Float, float[]> points = new ConcurrentHashMap<>();

  /** {@link #glyph}'s answer for a code point no render has set in this font yet. */
  static final int GLYPH_UNKNOWN = -2;

  /**
   * The glyph index OpenPDF writes for each code point, 256 code points a page, learnt as renders
   * first set them (OpenPDF keeps its own look-up to itself). Shared by threads: a page is filled
   * before it is published; a glyph another thread has just learnt may be seen as unknown, and is
   * then learnt again, as the same value.
   */
  private final AtomicReferenceArray<int[]> glyphs = new AtomicReferenceArray<>(0x1100);

  private LoadedFont(String name, BaseFont baseFont, byte[] bytes) {
    this.name = name;
    this.baseFont = baseFont;
    this.bytes = bytes;
    int[] widths = new int[WIDTH_TABLE];
    for (int c = 0; c < WIDTH_TABLE; c++) {
      widths[c] = baseFont.getWidth(c);
    }
    this.units = widths;
  }

  /**
   * Parses a font file's bytes for Unicode text (Identity-H), embedded and subset.
   *
   * @param name a name for messages, such as the file name
   * @throws IOException when the bytes are not a font OpenPDF can embed
   */
  public static LoadedFont parse(String name, byte[] bytes) throws IOException {
    return parse(name, bytes, false);
  }

  private static LoadedFont parse(String name, byte[] bytes, boolean compress) throws IOException {
    try {
      // The name only has to end in .ttf/.otf for OpenPDF to read the bytes as such; not cached
      // in OpenPDF's global cache, which this class replaces.
      String fileName = name.toLowerCase(java.util.Locale.ROOT).endsWith(".otf") ? name : name + ".ttf";
      BaseFont font =
          BaseFont.createFont(fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
      font.setSubset(true);
      // Font programs are stored (in deflate's stored blocks) unless asked (see compressed):
      // even at zlib's fastest level, compressing the subsets (95 KB for a short statement's five
      // faces, to 57 KB) took 40 % of its render. A short statement's PDF is 50-75 % larger for
      // it (77 -> 120 KB), a long one's 5 %.
      font.setCompressionLevel(compress
          ? java.util.zip.Deflater.BEST_SPEED
          : java.util.zip.Deflater.NO_COMPRESSION);
      // The file name too: a face's common part and the whole face, both in one document, have
      // one PostScript name but must not have one tag.
      font.setSecureRandom(SubsetTags.randomFor(font.getPostscriptFontName() + '/' + name));
      return new LoadedFont(name, font, bytes);
    } catch (RuntimeException e) { // OpenPDF's DocumentException is one
      throw new IOException("cannot read font " + name + ": " + e.getMessage(), e);
    }
  }

  private static boolean hasGlyph(BaseFont font, int c) {
    return font.charExists(c);
  }

  /** Whether this font has a real glyph for code point {@code c}. */
  public boolean covers(int c) {
    if (c < 0 || c >= COVERAGE_LIMIT) {
      return c >= 0 && hasGlyph(baseFont, c);
    }
    long[] page = coverage.get(c >> PAGE_BITS);
    if (page == null) {
      page = lookUp(c >> PAGE_BITS);
      coverage.set(c >> PAGE_BITS, page);
    }
    int bit = c & ((1 << PAGE_BITS) - 1);
    return (page[bit >> 6] & (1L << bit)) != 0;
  }

  private long[] lookUp(int pageIndex) {
    long[] page = new long[(1 << PAGE_BITS) / 64];
    int first = pageIndex << PAGE_BITS;
    for (int bit = 0; bit < 1 << PAGE_BITS; bit++) {
      if (hasGlyph(baseFont, first + bit)) {
        page[bit >> 6] |= 1L << bit;
      }
    }
    return page;
  }

  /** The widths below {@link #WIDTH_TABLE} in thousandths of the size; not to be modified. */
  int[] unitTable() {
    return units;
  }

  /** The width of {@code c} in thousandths of the font size, as OpenPDF measures it. */
  int units(int c) {
    return c < WIDTH_TABLE ? units[c] : baseFont.getWidth(c);
  }

  /**
   * The widths in points at {@code size} of the code points below {@link #WIDTH_TABLE}, each
   * computed as OpenPDF does ({@code units * 0.001f * size}) so line breaks come out the same.
   * Made once per size and shared.
   */
  float[] points(float size) {
    return points.computeIfAbsent(size, s -> {
      float[] table = new float[WIDTH_TABLE];
      for (int c = 0; c < WIDTH_TABLE; c++) {
        table[c] = units[c] * 0.001f * s;
      }
      return table;
    });
  }

  /** The glyph index OpenPDF writes for {@code c}, -1 for none, or {@link #GLYPH_UNKNOWN}. */
  int glyph(int c) {
    int[] page = glyphs.get(c >> 8);
    return page == null ? GLYPH_UNKNOWN : page[c & 0xFF];
  }

  /** Records what OpenPDF wrote for {@code c}: {@code glyph}, or -1 when it wrote nothing. */
  void learn(int c, int glyph) {
    int[] page = glyphs.get(c >> 8);
    if (page == null) {
      int[] filled = new int[256];
      java.util.Arrays.fill(filled, GLYPH_UNKNOWN);
      glyphs.compareAndSet(c >> 8, null, filled);
      page = glyphs.get(c >> 8);
    }
    page[c & 0xFF] = glyph;
  }

  public String name() {
    return name;
  }

  /**
   * This font, or with {@code compress} the same font with its subsets compressed, parsed on first
   * use: OpenPDF takes the compression level from the parsed font, which every render shares, so
   * the two ways need two fonts.
   */
  LoadedFont compressed(boolean compress) {
    if (!compress) {
      return this; // every render of the default asks: no lock
    }
    synchronized (this) {
      if (compressed == null) {
        try {
          compressed = parse(name, bytes, true);
        } catch (IOException e) { // parsed before from the same bytes
          throw new java.io.UncheckedIOException(e);
        }
      }
      return compressed;
    }
  }

  BaseFont baseFont() {
    return baseFont;
  }
}
