package io.github.communique.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaptionsTest {

  @Test
  void followTheLanguageAndFallBackToEnglish() {
    assertThat(Captions.forLanguage("uk").mediaContacts()).isEqualTo("Контакти для ЗМІ");
    assertThat(Captions.forLanguage("de-AT").notesToEditors())
        .isEqualTo("Hinweise für Redaktionen");
    assertThat(Captions.forLanguage("sv")).isSameAs(Captions.ENGLISH);
    assertThat(Captions.forLanguage("not a tag!")).isSameAs(Captions.ENGLISH);
  }

  @Test
  void putTheDateIntoTheEmbargoLine() {
    assertThat(Captions.ENGLISH.embargoLine("25 November 2026, 00:01 (Europe/London)"))
        .isEqualTo("EMBARGOED: not for publication before 25 November 2026, 00:01 (Europe/London)");
  }

  @Test
  void needAPlaceForTheDate() {
    assertThatThrownBy(
            () -> new Captions("EMBARGO", "n", "l", "m", "e", "by", "ref", "until", "on", "{n}/{m}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("embargo must contain {date}: EMBARGO");
  }

  @Test
  void numberPagesInTheLanguage() {
    assertThat(Captions.ENGLISH.page(2, 5)).isEqualTo("Page 2 of 5");
    assertThat(Captions.forLanguage("uk").page(1, 3)).isEqualTo("Сторінка 1 з 3");
  }

  @Test
  void needPlacesForBothPageNumbers() {
    assertThatThrownBy(
            () -> new Captions("E {date}", "n", "l", "m", "e", "by", "ref", "until", "on", "Page {n}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pageOf must contain {n} and {m}: Page {n}");
  }
}
