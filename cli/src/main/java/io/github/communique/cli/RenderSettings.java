package io.github.communique.cli;

import io.github.communique.model.QuoteStyle;
import io.github.communique.render.PaperSize;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Stylesheet;
import io.github.communique.render.Theme;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of {@code render} that become {@link RenderOptions}. Every renderer reads the ones
 * that apply to its format; each is checked while the command line is parsed, so a bad value is a
 * usage error before any file is touched.
 */
final class RenderSettings {

  @Option(
      names = "--width",
      paramLabel = "N",
      converter = WidthConverter.class,
      description = "Line width of plain text, in columns (20 to 1000). Default: 72.")
  Integer width; // null for the library's default, like every option here

  @Option(
      names = "--paper",
      paramLabel = "SIZE",
      converter = PaperConverter.class,
      description =
          "Page size of PDF: A4, Letter, or WIDTHxHEIGHTmm such as 148x210mm. Default: A4.")
  PaperSize paper;

  @Option(
      names = "--stylesheet",
      paramLabel = "default|none|URL",
      converter = StylesheetConverter.class,
      description =
          "Stylesheet of HTML: 'default' embeds the built-in one, 'none' leaves styling to the"
              + " host page, a URL links to yours. Default: default.")
  Stylesheet stylesheet;

  @Option(
      names = "--theme",
      paramLabel = "auto|light|dark",
      converter = ThemeConverter.class,
      description = "Colour scheme: auto follows the reader's system setting. Default: auto.")
  Theme theme;

  @Option(
      names = "--fragment",
      description = "Render just the statement, to embed in another page, not a whole document.")
  boolean fragment;

  @Option(
      names = "--quotes",
      paramLabel = "STYLE",
      converter = QuotesConverter.class,
      description =
          "House quotation marks for every language: english, british, german, french, russian,"
              + " italian, polish, corner (or en, en-GB, de, fr, ru, uk, it, pl, ja). Default:"
              + " auto, the marks of each statement's language.")
  QuoteStyle quotes; // null: the statement's language decides

  /**
   * The options given, over the library's defaults. Unset options stay null rather than holding the
   * defaults: picocli compares and hashes initial values, which for records costs a bootstrap of
   * their generated methods at every start.
   */
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

  static final class WidthConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int width;
      try {
        width = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        width = -1;
      }
      if (width < RenderOptions.MIN_TEXT_WIDTH || width > RenderOptions.MAX_TEXT_WIDTH) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a width: use a number of columns from "
                + RenderOptions.MIN_TEXT_WIDTH
                + " to "
                + RenderOptions.MAX_TEXT_WIDTH);
      }
      return width;
    }
  }

  static final class PaperConverter implements ITypeConverter<PaperSize> {
    @Override
    public PaperSize convert(String value) {
      try {
        return PaperSize.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class StylesheetConverter implements ITypeConverter<Stylesheet> {
    @Override
    public Stylesheet convert(String value) {
      if (value.isBlank()) {
        throw new TypeConversionException("use default, none, or the URL of a stylesheet");
      }
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "default" -> Stylesheet.DEFAULT;
        case "none" -> Stylesheet.NONE;
        default -> Stylesheet.linked(value.strip());
      };
    }
  }

  static final class ThemeConverter implements ITypeConverter<Theme> {
    @Override
    public Theme convert(String value) {
      for (Theme theme : Theme.values()) {
        if (theme.name().equalsIgnoreCase(value.strip())) {
          return theme;
        }
      }
      throw new TypeConversionException("unknown theme '" + value + "': use auto, light or dark");
    }
  }

  static final class QuotesConverter implements ITypeConverter<QuoteStyle> {
    private static final Map<String, QuoteStyle> STYLES = new LinkedHashMap<>();

    static {
      STYLES.put("english", QuoteStyle.ENGLISH);
      STYLES.put("en", QuoteStyle.ENGLISH);
      STYLES.put("british", QuoteStyle.BRITISH);
      STYLES.put("en-gb", QuoteStyle.BRITISH);
      STYLES.put("german", QuoteStyle.GERMAN);
      STYLES.put("de", QuoteStyle.GERMAN);
      STYLES.put("french", QuoteStyle.FRENCH);
      STYLES.put("fr", QuoteStyle.FRENCH);
      STYLES.put("russian", QuoteStyle.RUSSIAN);
      STYLES.put("ru", QuoteStyle.RUSSIAN);
      STYLES.put("uk", QuoteStyle.RUSSIAN);
      STYLES.put("italian", QuoteStyle.ITALIAN);
      STYLES.put("it", QuoteStyle.ITALIAN);
      STYLES.put("polish", QuoteStyle.POLISH);
      STYLES.put("pl", QuoteStyle.POLISH);
      STYLES.put("corner", QuoteStyle.CORNER_BRACKETS);
      STYLES.put("ja", QuoteStyle.CORNER_BRACKETS);
      STYLES.put("zh-hant", QuoteStyle.CORNER_BRACKETS);
    }

    @Override
    public QuoteStyle convert(String value) {
      String key = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      if (key.equals("auto")) {
        return null;
      }
      QuoteStyle style = STYLES.get(key);
      if (style == null) {
        throw new TypeConversionException(
            "unknown quote style '"
                + value
                + "': use auto, english, british, german, french,"
                + " russian, italian, polish or corner");
      }
      return style;
    }
  }
}
