package io.github.communique.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The DejaVu faces bundled in the jar (licence: {@code META-INF/LICENSE-DejaVu.txt}): the serif
 * family for text, the sans family for headings, labels and as the first fallback, since DejaVu
 * Sans has the most glyphs (Latin, Greek, Cyrillic, Armenian, Georgian, many symbols). Each face
 * is read and parsed once per JVM, on first use, and then shared by every render.
 *
 * <p>Each face comes twice: its common part ({@code DejaVuSerif-Common.ttf}: Latin, Greek,
 * Cyrillic, punctuation, currency and letterlike symbols, U+FFFD; made by {@code
 * scripts/common-fonts.sh}, same glyphs, metrics and hinting) is tried first, and the whole face
 * only for what the part lacks. OpenPDF's subsetter copies and rewrites the glyph index, the
 * horizontal metrics and the loca table of the whole font for every document, whatever it uses,
 * and writes the result out: with 1,100-1,300 glyphs instead of 3,500-6,250, that fixed cost of
 * a short statement falls by three to five times, and so does parsing the faces at start-up.
 */
enum BundledFonts {
  SERIF("DejaVuSerif.ttf"),
  SERIF_ITALIC("DejaVuSerif-Italic.ttf"),
  SERIF_BOLD("DejaVuSerif-Bold.ttf"),
  SERIF_BOLD_ITALIC("DejaVuSerif-BoldItalic.ttf"),
  SANS("DejaVuSans.ttf"),
  SANS_BOLD("DejaVuSans-Bold.ttf");

  private static final String FOLDER = "/io/github/communique/pdf/fonts/";

  private final String file;
  private LoadedFont font; // guarded by BundledFonts.class
  private LoadedFont common; // guarded by BundledFonts.class

  BundledFonts(String file) {
    this.file = file;
  }

  /** The serif face for the given weight and slant. */
  static BundledFonts serif(boolean bold, boolean italic) {
    if (bold) {
      return italic ? SERIF_BOLD_ITALIC : SERIF_BOLD;
    }
    return italic ? SERIF_ITALIC : SERIF;
  }

  /** The sans face for the given weight (the sans family has no italic here). */
  static BundledFonts sans(boolean bold) {
    return bold ? SANS_BOLD : SANS;
  }

  /** This whole face, parsed on first use. */
  LoadedFont font() {
    synchronized (BundledFonts.class) {
      if (font == null) {
        font = load(file);
      }
      return font;
    }
  }

  /** The common part of this face (see the class comment), parsed on first use. */
  LoadedFont common() {
    synchronized (BundledFonts.class) {
      if (common == null) {
        common = load(file.replace(".ttf", "-Common.ttf"));
      }
      return common;
    }
  }

  private static LoadedFont load(String file) {
    try (InputStream in = BundledFonts.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its bundled font " + FOLDER + file);
      }
      return LoadedFont.parse(file, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the bundled font " + file, e);
    }
  }
}
