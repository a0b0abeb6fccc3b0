package io.github.communique.cli;

import io.github.communique.model.QuoteStyle;
import io.github.communique.render.PaperSize;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Stylesheet;
import io.github.communique.render.Theme;
import java.util.List;
import java.util.Locale;

/**
 * The options of {@code render} that become {@link RenderOptions}. Every renderer reads the ones
 * that apply to its format; each is checked while the command line is parsed, so a bad value is a
 * usage error before any file is touched.
 */
final class RenderSettings {

  static final OptionSpec WIDTH =
      OptionSpec.value(
          null,
          "--width",
          "N",
          "Line width of plain text, in columns (20 to 1000). Default: 72.");

  static final OptionSpec PAPER =
      OptionSpec.value(
          null,
          "--paper",
          "SIZE",
          "Page size of PDF: A4, Letter, or WIDTHxHEIGHTmm such as 148x210mm. Default: A4.");

  static final OptionSpec STYLESHEET =
      OptionSpec.value(
          null,
          "--stylesheet",
          "default|none|URL",
          "Stylesheet of HTML: 'default' embeds the built-in one, 'none' leaves styling to the"
              + " host page, a URL links to yours. Default: default.");

  static final OptionSpec THEME =
      OptionSpec.value(
          null,
          "--theme",
          "auto|light|dark",
          "Colour scheme: auto follows the reader's system setting. Default: auto.");

  static final OptionSpec FRAGMENT =
      OptionSpec.flag(
          null,
          "--fragment",
          "Render just the statement, to embed in another page, not a whole document.");

  static final OptionSpec QUOTES =
      OptionSpec.value(
          null,
          "--quotes",
          "STYLE",
          "House quotation marks for every language: english, british, german, french, russian,"
              + " italian, polish, corner (or en, en-GB, de, fr, ru, uk, it, pl, ja). Default:"
              + " auto, the marks of each statement's language.");

  static final List<OptionSpec> OPTIONS =
      List.of(WIDTH, PAPER, STYLESHEET, THEME, FRAGMENT, QUOTES);

  private final Integer width; // null for the library's default, like every setting here
  private final PaperSize paper;
  private final Stylesheet stylesheet;
  private final Theme theme;
  private final boolean fragment;
  private final QuoteStyle quotes; // null: the statement's language decides

  /** The settings given in {@code args}; a bad value is a usage error naming its option. */
  RenderSettings(Arguments args) {
    String value = args.value(WIDTH);
    this.width = value == null ? null : width(value);
    value = args.value(PAPER);
    this.paper = value == null ? null : paper(value);
    value = args.value(STYLESHEET);
    this.stylesheet = value == null ? null : stylesheet(value);
    value = args.value(THEME);
    this.theme = value == null ? null : theme(value);
    this.fragment = args.flag(FRAGMENT);
    value = args.value(QUOTES);
    this.quotes = value == null ? null : quotes(value);
  }

  /** The options given, over the library's defaults. */
  RenderOptions toOptions() {
    RenderOptions.Builder options = RenderOptions.builder().fragment(fragment);
    if (width != null) {
      options.textWidth(width);
    }
    if (paper != null) {
      options.paperSize(paper);
    }
    if (stylesheet != null) {
      options.stylesheet(stylesheet);
    }
    if (theme != null) {
      options.theme(theme);
    }
    if (quotes != null) {
      options.quoteStyle(quotes);
    }
    return options.build();
  }

  private static int width(String value) {
    int width;
    try {
      width = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      width = -1;
    }
    if (width < RenderOptions.MIN_TEXT_WIDTH || width > RenderOptions.MAX_TEXT_WIDTH) {
      throw UsageError.invalidValue(
          WIDTH,
          "'"
              + value
              + "' is not a width: use a number of columns from "
              + RenderOptions.MIN_TEXT_WIDTH
              + " to "
              + RenderOptions.MAX_TEXT_WIDTH);
    }
    return width;
  }

  private static PaperSize paper(String value) {
    try {
      return PaperSize.parse(value);
    } catch (IllegalArgumentException e) {
      throw UsageError.invalidValue(PAPER, e.getMessage());
    }
  }

  private static Stylesheet stylesheet(String value) {
    if (value.isBlank()) {
      throw UsageError.invalidValue(STYLESHEET, "use default, none, or the URL of a stylesheet");
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "default" -> Stylesheet.DEFAULT;
      case "none" -> Stylesheet.NONE;
      default -> Stylesheet.linked(value.strip());
    };
  }

  private static Theme theme(String value) {
    for (Theme theme : Theme.values()) {
      if (theme.name().equalsIgnoreCase(value.strip())) {
        return theme;
      }
    }
    throw UsageError.invalidValue(THEME, "unknown theme '" + value + "': use auto, light or dark");
  }

  /** A style by name or by language, or null for "auto". */
  private static QuoteStyle quotes(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
      case "auto" -> null;
      case "english", "en" -> QuoteStyle.ENGLISH;
      case "british", "en-gb" -> QuoteStyle.BRITISH;
      case "german", "de" -> QuoteStyle.GERMAN;
      case "french", "fr" -> QuoteStyle.FRENCH;
      case "russian", "ru", "uk" -> QuoteStyle.RUSSIAN;
      case "italian", "it" -> QuoteStyle.ITALIAN;
      case "polish", "pl" -> QuoteStyle.POLISH;
      case "corner", "ja", "zh-hant" -> QuoteStyle.CORNER_BRACKETS;
      default ->
          throw UsageError.invalidValue(
              QUOTES,
              "unknown quote style '"
                  + value
                  + "': use auto, english, british, german, french,"
                  + " russian, italian, polish or corner");
    };
  }
}
