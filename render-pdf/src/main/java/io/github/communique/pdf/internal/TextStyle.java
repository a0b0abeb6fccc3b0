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

  // Written out: a record's generated equals and hashCode are linked through method handles on
  // first use, tens of milliseconds of a command-line run that renders one statement.

  @Override
  public boolean equals(Object o) {
    return o instanceof TextStyle t
        && sans == t.sans
        && bold == t.bold
        && italic == t.italic
        && Float.compare(size, t.size) == 0
        && rgb == t.rgb;
  }

  @Override
  public int hashCode() {
    int h = (sans ? 1 : 0) | (bold ? 2 : 0) | (italic ? 4 : 0);
    return (h * 31 + Float.hashCode(size)) * 31 + rgb;
  }
}
