package io.github.communique.pdf.internal;

/**
 * The type scale and colours of a page, derived from the body size and the accent colour, so one
 * setting changes every size in proportion. Sizes are in points.
 */
final class Styles {
  /** Running text: plain black, which also spares OpenPDF a colour operator per run. */
  static final int INK = 0x000000;
  static final int MUTED = 0x5B6670;
  static final int STANDFIRST = 0x36404A;
  static final int RULE = 0xC5CDD5;
  static final int BOX_BORDER = 0xAEB9C4;
  static final int BOX_FILL = 0xF4F6F8;
  static final int EMBARGO = 0x9B1C1C;
  static final int EMBARGO_FILL = 0xFCEBEA;

  final float body;
  final int accent;
  final float leading;
  final float paragraphSpacing;

  Styles(float body, int accent) {
    this.body = body;
    this.accent = accent;
    this.leading = body * 1.45f;
    this.paragraphSpacing = body * 0.7f;
  }

  TextStyle text() {
    return TextStyle.serif(body, INK);
  }

  /** Notes and other secondary text. */
  TextStyle small() {
    return TextStyle.serif(body * 0.88f, INK);
  }

  /** Labels, bylines, attributions: the sans family, smaller and grey. */
  TextStyle caption() {
    return TextStyle.sans(body * 0.82f, MUTED);
  }

  TextStyle title() {
    return TextStyle.serif(body * 2.2f, INK).bold(true);
  }

  TextStyle standfirst() {
    return TextStyle.serif(body * 1.2f, STANDFIRST).italic(true);
  }

  /** The small coloured line above a title: "PARTY STATEMENT". */
  TextStyle kicker() {
    return TextStyle.sans(body * 0.8f, accent).bold(true);
  }

  TextStyle letterhead() {
    return TextStyle.sans(body * 1.05f, accent).bold(true);
  }

  /** A section heading; level 1 is a top-level section. */
  TextStyle heading(int level) {
    return switch (Math.min(level, 3)) {
      case 1 -> TextStyle.sans(body * 1.4f, accent).bold(true);
      case 2 -> TextStyle.sans(body * 1.15f, INK).bold(true);
      default -> TextStyle.sans(body * 1.0f, INK).bold(true);
    };
  }

  /** "NOTES TO EDITORS", "MEDIA CONTACTS". */
  TextStyle backMatterHeading() {
    return TextStyle.sans(body * 0.85f, accent).bold(true);
  }

  TextStyle footer() {
    return TextStyle.sans(body * 0.72f, MUTED);
  }

  TextStyle embargo() {
    return TextStyle.sans(body * 0.9f, EMBARGO).bold(true);
  }
}
