package io.github.communique.pdf.internal;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One TrueType/OpenType font, parsed once and shared by every render and thread: OpenPDF keeps
 * the glyphs a document uses in the writer, not in the {@link BaseFont}, so a parsed font can
 * serve many documents at once. Only the subset tag needs care; see {@link SubsetTags}.
 */
public final class LoadedFont {
  /** Code points below this are looked up once into a bit set; the rest are asked for. */
  private static final int COVERAGE_LIMIT = 0x20000;

  /** Code points below this have their widths in a table (Latin, Greek, Cyrillic, punctuation). */
  static final int WIDTH_TABLE = 0x2100;

  private final String name;
  private final BaseFont baseFont;
  private final BitSet coverage;
  private final int[] units;
  private final Map<Float, float[]> points = new ConcurrentHashMap<>();

  private LoadedFont(String name, BaseFont baseFont) {
    this.name = name;
    this.baseFont = baseFont;
    BitSet bits = new BitSet(COVERAGE_LIMIT);
    for (int c = 0; c < COVERAGE_LIMIT; c++) {
      if (hasGlyph(baseFont, c)) {
        bits.set(c);
      }
    }
    this.coverage = bits;
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
    try {
      // The name only has to end in .ttf/.otf for OpenPDF to read the bytes as such; not cached
      // in OpenPDF's global cache, which this class replaces.
      String fileName = name.toLowerCase(java.util.Locale.ROOT).endsWith(".otf") ? name : name + ".ttf";
      BaseFont font =
          BaseFont.createFont(fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
      font.setSubset(true);
      // Font programs hardly compress better at zlib's default level than at its fastest (4 %
      // larger), and compressing them was most of the time a short statement takes.
      font.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
      font.setSecureRandom(SubsetTags.randomFor(font.getPostscriptFontName()));
      return new LoadedFont(name, font);
    } catch (RuntimeException e) { // OpenPDF's DocumentException is one
      throw new IOException("cannot read font " + name + ": " + e.getMessage(), e);
    }
  }

  private static boolean hasGlyph(BaseFont font, int c) {
    return font.charExists(c);
  }

  /** Whether this font has a real glyph for code point {@code c}. */
  public boolean covers(int c) {
    return c < COVERAGE_LIMIT ? coverage.get(c) : hasGlyph(baseFont, c);
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

  public String name() {
    return name;
  }

  BaseFont baseFont() {
    return baseFont;
  }
}
