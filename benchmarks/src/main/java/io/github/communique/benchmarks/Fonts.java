package io.github.communique.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The font every PDF path embeds, so that they are compared on equal terms: DejaVu Serif, the
 * copy the PDF renderer ships (same bytes, same subsetting work).
 */
final class Fonts {
  private static final String RENDER_PDF_DEJAVU_SERIF =
      "/io/github/communique/pdf/fonts/DejaVuSerif.ttf";
  /** Debian's fonts-dejavu-core, for a build whose render-pdf module ships no font. */
  private static final Path SYSTEM_DEJAVU_SERIF =
      Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");

  private static final String RENDER_PDF_DEJAVU_SERIF_COMMON =
      "/io/github/communique/pdf/fonts/DejaVuSerif-Common.ttf";

  private Fonts() {}

  /** The common part of DejaVu Serif that the PDF renderer tries first (Latin, Greek, Cyrillic). */
  static byte[] dejaVuSerifCommon() {
    try (InputStream bundled = Fonts.class.getResourceAsStream(RENDER_PDF_DEJAVU_SERIF_COMMON)) {
      if (bundled == null) {
        throw new IllegalStateException("render-pdf lacks " + RENDER_PDF_DEJAVU_SERIF_COMMON);
      }
      return bundled.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] dejaVuSerif() {
    try (InputStream bundled = Fonts.class.getResourceAsStream(RENDER_PDF_DEJAVU_SERIF)) {
      return bundled != null ? bundled.readAllBytes() : Files.readAllBytes(SYSTEM_DEJAVU_SERIF);
    } catch (IOException e) {
      throw new UncheckedIOException("DejaVu Serif not found: install fonts-dejavu-core", e);
    }
  }

  static InputStream open(byte[] font) {
    return new ByteArrayInputStream(font);
  }
}
