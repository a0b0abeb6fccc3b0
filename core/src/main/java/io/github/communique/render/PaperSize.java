package io.github.communique.render;

import static java.util.Objects.requireNonNull;

/** A page size in PostScript points (1/72 inch), for paged formats such as PDF. */
public record PaperSize(String name, float widthPoints, float heightPoints) {
  private static final float POINTS_PER_MM = 72f / 25.4f;

  /** ISO A4, 210 × 297 mm. */
  public static final PaperSize A4 = new PaperSize("A4", 595.28f, 841.89f);

  /** US Letter, 8.5 × 11 in. */
  public static final PaperSize LETTER = new PaperSize("Letter", 612f, 792f);

  public PaperSize {
    requireNonNull(name, "name");
    if (!(widthPoints >= 72 && heightPoints >= 72 && widthPoints <= 14400 && heightPoints <= 14400)) {
      throw new IllegalArgumentException(
          "paper size must be between 1 and 200 inches on each side, got "
              + widthPoints + " × " + heightPoints + " points");
    }
  }

  /** A custom size in millimetres. */
  public static PaperSize millimetres(float width, float height) {
    return new PaperSize(
        width + "×" + height + "mm", width * POINTS_PER_MM, height * POINTS_PER_MM);
  }

  /**
   * Parses {@code A4}, {@code Letter} (any case) or a custom size such as {@code 148x210mm}.
   *
   * @throws IllegalArgumentException with a message that lists the accepted forms
   */
  public static PaperSize parse(String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (t.equals("a4")) {
      return A4;
    }
    if (t.equals("letter")) {
      return LETTER;
    }
    var m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[x×]\\s*(\\d+(?:\\.\\d+)?)\\s*mm").matcher(t);
    if (m.matches()) {
      return millimetres(Float.parseFloat(m.group(1)), Float.parseFloat(m.group(2)));
    }
    throw new IllegalArgumentException(
        "unknown paper size '" + text + "': use A4, Letter, or WIDTHxHEIGHTmm such as 148x210mm");
  }
}
