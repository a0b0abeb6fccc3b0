package io.github.communique.render;

import static io.github.communique.model.Blocks.blockQuote;
import static io.github.communique.model.Blocks.embedded;
import static io.github.communique.model.Inlines.link;
import static io.github.communique.model.Inlines.noteRef;
import static io.github.communique.model.Inlines.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.communique.model.Attribution;
import io.github.communique.model.Inline;
import io.github.communique.model.Party;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkNumbersTest {

  @Test
  void numbersAddressesByFirstAppearanceInReadingOrder() {
    Statement inner = Statement.builder("Inner").paragraph(link("https://c.example", "c")).build();
    Statement s = Statement.builder("T")
        .standfirst(link("https://a.example", "a"))
        .paragraph(link("https://b.example", "b"), link("https://a.example", "a again"))
        .block(blockQuote(new Attribution(Optional.of(Party.person("X")),
            Optional.of(new Source(Optional.of("Show"), Optional.empty(),
                Optional.of("https://source.example"), Optional.of(LocalDate.of(2026, 1, 1)))),
            Optional.empty())))
        .block(embedded(inner, "read out"))
        .section("S", section -> section.paragraph(text("see"), noteRef("n2"), noteRef("n1")))
        .note("n1", io.github.communique.model.Blocks.paragraph(link("https://n1.example", "n1")))
        .note("n2", io.github.communique.model.Blocks.paragraph(link("https://n2.example", "n2")))
        .noteToEditors(io.github.communique.model.Blocks.paragraph(link("https://e.example", "e")))
        .build();
    LinkNumbers numbers = LinkNumbers.of(s);
    // Notes come in the order they are numbered: n2 is referenced first.
    assertThat(numbers.targets()).containsExactly("https://a.example", "https://b.example",
        "https://source.example", "https://c.example", "https://n2.example",
        "https://n1.example", "https://e.example");
    assertThat(numbers.number("https://a.example")).isEqualTo(1);
    assertThat(numbers.number(link("https://a.example", "a again"))).isEqualTo(1);
  }

  @Test
  void linksThatShowTheirAddressGetNoNumber() {
    Inline.Link self = link("https://a.example", "https://a.example");
    Inline.Link mail = link("mailto:press@a.example", "press@a.example");
    Inline.Link phone = link("tel:+442079460321", "+44 20 7946 0321");
    Statement s = Statement.builder("T").paragraph(self, mail, phone).build();
    LinkNumbers numbers = LinkNumbers.of(s);
    assertThat(numbers.targets()).isEmpty();
    assertThat(numbers.number(self)).isZero();
    assertThat(numbers.number(phone)).isZero();
  }

  @Test
  void phoneNumbersCompareByDigits() {
    assertThat(LinkNumbers.showsTarget(link("tel:+44-20-7946-0321", "+44 (20) 7946 0321"))).isTrue();
    assertThat(LinkNumbers.showsTarget(link("tel:+442079460321", "+44 20 7946 0322"))).isFalse();
    assertThat(LinkNumbers.showsTarget(link("tel:+442079460321", "call us"))).isFalse();
    assertThat(LinkNumbers.showsTarget(link("mailto:a@b.example", "b.example"))).isFalse();
  }

  @Test
  void refusesAnAddressTheStatementDoesNotHave() {
    LinkNumbers numbers = LinkNumbers.of(Statement.builder("T").build());
    assertThatThrownBy(() -> numbers.number("https://elsewhere.example"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an address of this statement: https://elsewhere.example");
  }
}
