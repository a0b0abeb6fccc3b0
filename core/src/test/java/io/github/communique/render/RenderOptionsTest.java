package io.github.communique.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.communique.model.QuoteStyle;
import org.junit.jupiter.api.Test;

class RenderOptionsTest {

  @Test
  void defaults() {
    RenderOptions o = RenderOptions.defaults();

    assertThat(o.textWidth()).isEqualTo(72);
    assertThat(o.paperSize()).isEqualTo(PaperSize.A4);
    assertThat(o.quoteStyle()).isEmpty();
    assertThat(o.fragment()).isFalse();
    assertThat(o.stylesheet()).isEqualTo(Stylesheet.DEFAULT);
    assertThat(o.theme()).isEqualTo(Theme.AUTO);
    assertThat(o.deterministic()).isTrue();
  }

  @Test
  void theTextWidthMustBeReasonable() {
    assertThatThrownBy(() -> RenderOptions.builder().textWidth(19).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text width must be between 20 and 1000 columns, got 19");
    assertThatThrownBy(() -> RenderOptions.builder().textWidth(1001).build())
        .hasMessage("text width must be between 20 and 1000 columns, got 1001");
    assertThat(RenderOptions.builder().textWidth(20).build().textWidth()).isEqualTo(20);
  }

  @Test
  void theQuoteStyleIsTheLanguagesUnlessAHouseStyleIsSet() {
    assertThat(RenderOptions.defaults().quoteStyleFor("de")).isEqualTo(QuoteStyle.GERMAN);

    RenderOptions british = RenderOptions.builder().quoteStyle(QuoteStyle.BRITISH).build();
    assertThat(british.quoteStyleFor("de")).isEqualTo(QuoteStyle.BRITISH);
  }

  @Test
  void toBuilderKeepsEverySetting() {
    RenderOptions o =
        RenderOptions.builder()
            .textWidth(60)
            .paperSize(PaperSize.LETTER)
            .quoteStyle(QuoteStyle.BRITISH)
            .fragment(true)
            .stylesheet(Stylesheet.linked("/css/press.css"))
            .theme(Theme.DARK)
            .deterministic(false)
            .build();

    assertThat(o.toBuilder().build()).isEqualTo(o);
    assertThat(o.toBuilder().textWidth(80).build().textWidth()).isEqualTo(80);
  }
}
