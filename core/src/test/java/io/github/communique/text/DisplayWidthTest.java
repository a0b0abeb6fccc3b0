package io.github.communique.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayWidthTest {

  @ParameterizedTest(name = "U+{0} takes {1}")
  @CsvSource({
    "0041, 1", // A
    "00E9, 1", // é
    "00A0, 1", // no-break space
    "00AD, 0", // soft hyphen
    "0007, 0", // bell: a control, never written
    "0301, 0", // combining acute accent
    "20DD, 0", // combining enclosing circle
    "200B, 0", // zero width space
    "200D, 0", // zero width joiner
    "0416, 1", // Ж
    "2014, 1", // em dash
    "201C, 1", // “ (East Asian ambiguous: narrow)
    "1100, 2", // Hangul choseong kiyeok
    "1160, 0", // Hangul jungseong filler
    "3000, 2", // ideographic space
    "3001, 2", // 、
    "4E2D, 2", // 中
    "AC00, 2", // 가
    "FF01, 2", // fullwidth !
    "FF61, 1", // halfwidth ｡
    "1F600, 2", // 😀
    "1D49C, 1", // 𝒜
    "20000, 2", // CJK extension B
    "3FFFD, 2", // unassigned, but in a wide plane
  })
  void knowsTheColumnsOfACodePoint(String hex, int columns) {
    assertThat(DisplayWidth.of(Integer.parseInt(hex, 16))).isEqualTo(columns);
  }

  @ParameterizedTest
  @CsvSource({"'Cafe\u0301', 4", "'日本語', 6", "'Ж 😀', 4", "'', 0"})
  void addsUpAString(String text, int columns) {
    assertThat(DisplayWidth.of(text)).isEqualTo(columns);
  }
}
