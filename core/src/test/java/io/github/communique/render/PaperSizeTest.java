package io.github.communique.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaperSizeTest {

  @Test
  void namedSizesInAnyCase() {
    assertThat(PaperSize.parse("A4")).isSameAs(PaperSize.A4);
    assertThat(PaperSize.parse(" a4 ")).isSameAs(PaperSize.A4);
    assertThat(PaperSize.parse("LETTER")).isSameAs(PaperSize.LETTER);
  }

  @Test
  void customSizesInMillimetres() {
    PaperSize a5 = PaperSize.parse("148x210mm");

    assertThat(a5.widthPoints()).isCloseTo(419.53f, within(0.01f));
    assertThat(a5.heightPoints()).isCloseTo(595.28f, within(0.01f));
    assertThat(PaperSize.parse("148 × 210 mm").widthPoints()).isEqualTo(a5.widthPoints());
    assertThat(PaperSize.parse("210.5X297mm").widthPoints()).isCloseTo(596.69f, within(0.01f));
  }

  @ParameterizedTest
  @ValueSource(strings = {"A3", "", "148x210", "148x210cm", "-1x2mm", "big"})
  void anUnknownSizeListsTheAcceptedForms(String text) {
    assertThatThrownBy(() -> PaperSize.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown paper size '" + text
            + "': use A4, Letter, or WIDTHxHEIGHTmm such as 148x210mm");
  }

  @Test
  void aSizeMustBeBetweenOneAndTwoHundredInches() {
    assertThatThrownBy(() -> PaperSize.parse("10x10mm"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "paper size must be between 1 and 200 inches on each side, got 28.346458 × 28.346458"
                + " points");
  }
}
