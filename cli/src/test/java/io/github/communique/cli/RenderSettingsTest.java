package io.github.communique.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.QuoteStyle;
import io.github.communique.render.PaperSize;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Stylesheet;
import io.github.communique.render.Theme;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each render option on the command line becomes the matching RenderOptions setting. */
class RenderSettingsTest {

  private static RenderOptions parse(String... args) {
    CommandSpec spec =
        new CommandSpec("test", "", List.of(), List.of(), RenderSettings.OPTIONS, List.of());
    return new RenderSettings(Arguments.parse(spec, args, 0, false).check()).toOptions();
  }

  @Test
  void withoutOptionsTheLibraryDefaults() {
    assertThat(parse()).isEqualTo(RenderOptions.defaults());
  }

  @Test
  void everyOptionMapsToItsSetting() {
    RenderOptions options =
        parse(
            "--width",
            "60",
            "--paper",
            "Letter",
            "--stylesheet",
            "/css/press.css",
            "--theme",
            "DARK",
            "--fragment",
            "--quotes",
            "british");

    assertThat(options.textWidth()).isEqualTo(60);
    assertThat(options.paperSize()).isEqualTo(PaperSize.LETTER);
    assertThat(options.stylesheet()).isEqualTo(Stylesheet.linked("/css/press.css"));
    assertThat(options.theme()).isEqualTo(Theme.DARK);
    assertThat(options.fragment()).isTrue();
    assertThat(options.quoteStyle()).contains(QuoteStyle.BRITISH);
    assertThat(options.deterministic()).isTrue();
  }

  @Test
  void customPaperAndNoStylesheet() {
    RenderOptions options = parse("--paper", "148x210mm", "--stylesheet", "none");

    assertThat(options.paperSize()).isEqualTo(PaperSize.millimetres(148, 210));
    assertThat(options.stylesheet()).isEqualTo(Stylesheet.NONE);
  }

  @Test
  void quoteStylesByNameOrLanguage() {
    assertThat(parse("--quotes", "de").quoteStyle()).contains(QuoteStyle.GERMAN);
    assertThat(parse("--quotes", "French").quoteStyle()).contains(QuoteStyle.FRENCH);
    assertThat(parse("--quotes", "uk").quoteStyle()).contains(QuoteStyle.RUSSIAN);
    assertThat(parse("--quotes", "en_GB").quoteStyle()).contains(QuoteStyle.BRITISH);
    assertThat(parse("--quotes", "ja").quoteStyle()).contains(QuoteStyle.CORNER_BRACKETS);
    assertThat(parse("--quotes", "auto").quoteStyle()).isEmpty();
  }
}
