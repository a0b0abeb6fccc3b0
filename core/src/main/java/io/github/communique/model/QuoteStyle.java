package io.github.communique.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;

/**
 * The quotation marks of a language: a primary pair for outer quotations and an alternate pair
 * for quotations nested inside them. Nesting alternates: depth 0 primary, depth 1 alternate, depth
 * 2 primary again.
 *
 * <p>Every renderer asks this one class for its marks, so text, HTML and PDF agree. The table
 * follows CLDR's {@code delimiters} for each language, plus the narrow no-break space (U+202F)
 * inside French guillemets that French typesetting wants and CLDR leaves out.
 */
public record QuoteStyle(
    String primaryOpen, String primaryClose, String alternateOpen, String alternateClose) {

  private static final String NNBSP = "\u202F";

  /** English (CLDR en): “double” outside, ‘single’ inside. */
  public static final QuoteStyle ENGLISH = new QuoteStyle("“", "”", "‘", "’");

  /** British house style: ‘single’ outside, “double” inside. */
  public static final QuoteStyle BRITISH = new QuoteStyle("‘", "’", "“", "”");

  /** German (CLDR de): „low-high“ and ‚single‘. */
  public static final QuoteStyle GERMAN = new QuoteStyle("„", "“", "‚", "‘");

  /** French (CLDR fr, with narrow no-break spaces): « guillemets » at both levels. */
  public static final QuoteStyle FRENCH =
      new QuoteStyle("«" + NNBSP, NNBSP + "»", "«" + NNBSP, NNBSP + "»");

  /** Russian and Ukrainian (CLDR ru, uk): «ёлочки» outside, „лапки“ inside. */
  public static final QuoteStyle RUSSIAN = new QuoteStyle("«", "»", "„", "“");

  /** Italian (CLDR it): «caporali» outside, “alte” inside. */
  public static final QuoteStyle ITALIAN = new QuoteStyle("«", "»", "“", "”");

  /** Polish (CLDR pl): „low-high” outside, «guillemets» inside. */
  public static final QuoteStyle POLISH = new QuoteStyle("„", "”", "«", "»");

  /** Japanese and traditional Chinese (CLDR ja, zh-Hant): 「corner brackets」 and 『double』. */
  public static final QuoteStyle CORNER_BRACKETS = new QuoteStyle("「", "」", "『", "』");

  private static final Map<String, QuoteStyle> BY_LANGUAGE =
      Map.of(
          "en", ENGLISH,
          "de", GERMAN,
          "fr", FRENCH,
          "es", ENGLISH, // CLDR es: “ ” then ‘ ’
          "it", ITALIAN,
          "pl", POLISH,
          "ru", RUSSIAN,
          "uk", RUSSIAN,
          "ja", CORNER_BRACKETS,
          "zh", ENGLISH); // CLDR zh (simplified): “ ” then ‘ ’

  public QuoteStyle {
    requireNonNull(primaryOpen, "primaryOpen");
    requireNonNull(primaryClose, "primaryClose");
    requireNonNull(alternateOpen, "alternateOpen");
    requireNonNull(alternateClose, "alternateClose");
  }

  /**
   * The style for a BCP 47 language tag such as {@code "de"}, {@code "fr-CA"} or {@code
   * "zh-Hant-TW"}. Languages not in the table get {@link #ENGLISH}.
   */
  public static QuoteStyle forLanguage(String languageTag) {
    Locale locale = Locale.forLanguageTag(languageTag);
    String language = locale.getLanguage();
    if (language.equals("zh")
        && (locale.getScript().equals("Hant")
            || (locale.getScript().isEmpty()
                && (locale.getCountry().equals("TW") || locale.getCountry().equals("HK"))))) {
      return CORNER_BRACKETS;
    }
    return BY_LANGUAGE.getOrDefault(language, ENGLISH);
  }

  /** The opening mark for a quotation nested {@code depth} levels deep (0 is outermost). */
  public String open(int depth) {
    return depth % 2 == 0 ? primaryOpen : alternateOpen;
  }

  /** The closing mark for a quotation nested {@code depth} levels deep (0 is outermost). */
  public String close(int depth) {
    return depth % 2 == 0 ? primaryClose : alternateClose;
  }
}
