package io.github.communique.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The DejaVu faces bundled in the jar (licence: {@code META-INF/LICENSE-DejaVu.txt}): the serif
 * family for text, the sans family for headings, labels and as the first fallback, since DejaVu
 * Sans has the most glyphs (Latin, Greek, Cyrillic, Armenian, Georgian, many symbols). Each face
 * is read and parsed once per JVM, on first use, and then shared by every render.
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

  /** This face, parsed on first use. */
  LoadedFont font() {
    synchronized (BundledFonts.class) {
      if (font == null) {
        font = load();
      }
      return font;
    }
  }

  private LoadedFont load() {
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
