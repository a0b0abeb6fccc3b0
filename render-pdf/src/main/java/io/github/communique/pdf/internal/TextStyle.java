package io.github.communique.pdf.internal;

/**
 * How a run of text looks: family, weight, slant, size in points and colour as 0xRRGGBB. A value,
 * so it can key the per-render cache of OpenPDF fonts.
 */
record TextStyle(boolean sans, boolean bold, boolean italic, float size, int rgb) {

  static TextStyle serif(float size, int rgb) {
    return new TextStyle(false, false, false, size, rgb);
  }

  static TextStyle sans(float size, int rgb) {
    return new TextStyle(true, false, false, size, rgb);
  }

  TextStyle bold(boolean bold) {
    return new TextStyle(sans, bold, italic, size, rgb);
  }

  TextStyle italic(boolean italic) {
    return new TextStyle(sans, bold, italic, size, rgb);
  }

  /** Emphasis: italic in roman text, roman in italic text (the typographer's rule). */
  TextStyle emphasised() {
    return italic(!italic);
  }

  TextStyle size(float size) {
    return new TextStyle(sans, bold, italic, size, rgb);
  }

  TextStyle rgb(int rgb) {
    return new TextStyle(sans, bold, italic, size, rgb);
  }
}
