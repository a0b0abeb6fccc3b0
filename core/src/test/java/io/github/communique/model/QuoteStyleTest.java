package io.github.communique.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quotation marks by language, after CLDR's delimiters. */
class QuoteStyleTest {

  /** Each row: language tag, then the outer and inner quotation as they print. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en      | “a”   | ‘b’",
        "en-GB   | “a”   | ‘b’",
        "de      | „a“   | ‚b‘",
        "de-CH   | „a“   | ‚b‘",
        "es      | “a”   | ‘b’",
        "it      | «a»   | “b”",
        "pl      | „a”   | «b»",
        "ru      | «a»   | „b“",
        "uk      | «a»   | „b“",
        "ja      | 「a」 | 『b』",
        "zh      | “a”   | ‘b’",
        "zh-Hans | “a”   | ‘b’",
        "zh-CN   | “a”   | ‘b’",
        "zh-Hant | 「a」 | 『b』",
        "zh-TW   | 「a」 | 『b』",
        "zh-HK   | 「a」 | 『b』",
        "zh-Hant-TW | 「a」 | 『b』",
        "xx      | “a”   | ‘b’",
        "tlh     | “a”   | ‘b’",
      })
  void marksForLanguage(String tag, String outer, String inner) {
    QuoteStyle style = QuoteStyle.forLanguage(tag);

    assertThat(style.open(0) + "a" + style.close(0)).isEqualTo(outer);
    assertThat(style.open(1) + "b" + style.close(1)).isEqualTo(inner);
  }

  @Test
  void frenchPutsANarrowNoBreakSpaceInsideGuillemets() {
    QuoteStyle french = QuoteStyle.forLanguage("fr");

    assertThat(french.open(0)).isEqualTo("«\u202F");
    assertThat(french.close(0)).isEqualTo("\u202F»");
    assertThat(french.open(1)).isEqualTo("«\u202F");
    assertThat(QuoteStyle.forLanguage("fr-CA")).isEqualTo(QuoteStyle.FRENCH);
  }

  @Test
  void anUnknownOrMalformedTagGetsEnglish() {
    assertThat(QuoteStyle.forLanguage("qaa")).isEqualTo(QuoteStyle.ENGLISH);
    assertThat(QuoteStyle.forLanguage("")).isEqualTo(QuoteStyle.ENGLISH);
    assertThat(QuoteStyle.forLanguage("not a tag")).isEqualTo(QuoteStyle.ENGLISH);
  }

  @Test
  void nestingAlternatesPrimaryAndAlternate() {
    QuoteStyle german = QuoteStyle.GERMAN;

    assertThat(german.open(0)).isEqualTo("„");
    assertThat(german.open(1)).isEqualTo("‚");
    assertThat(german.open(2)).isEqualTo("„");
    assertThat(german.close(3)).isEqualTo("‘");
    assertThat(german.close(32)).isEqualTo("“");
  }

  @Test
  void theBritishHouseStyleStartsWithSingleQuotes() {
    assertThat(QuoteStyle.BRITISH.open(0)).isEqualTo("‘");
    assertThat(QuoteStyle.BRITISH.open(1)).isEqualTo("“");
  }
}
