package io.github.communique.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The font every PDF path embeds, so that they are compared on equal terms: DejaVu Serif. */
final class Fonts {
  /** Where Debian's fonts-dejavu-core puts it; used until the PDF renderer ships its own copy. */
  private static final Path SYSTEM_DEJAVU_SERIF =
      Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");

  private Fonts() {}

  static byte[] dejaVuSerif() {
    try {
      return Files.readAllBytes(SYSTEM_DEJAVU_SERIF);
    } catch (IOException e) {
      throw new UncheckedIOException("DejaVu Serif not found: install fonts-dejavu-core", e);
    }
  }

  static InputStream open(byte[] font) {
    return new java.io.ByteArrayInputStream(font);
  }
}
