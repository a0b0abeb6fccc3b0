package io.github.communique.render;

import static io.github.communique.model.Inlines.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.communique.model.Inline;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinkNumbersTest {

  @Test
  void numbersAddressesByFirstAppearance() {
    LinkNumbers numbers = new LinkNumbers();
    assertThat(numbers.number(link("https://a.example", "a"))).isEqualTo(1);
    assertThat(numbers.number("https://source.example")).isEqualTo(2);
    assertThat(numbers.number(link("https://a.example", "the same again"))).isEqualTo(1);
    assertThat(numbers.number(link("https://b.example", "b"))).isEqualTo(3);
    assertThat(numbers.targets())
        .containsExactly("https://a.example", "https://source.example", "https://b.example");
  }

  @Test
  void linksThatShowTheirAddressGetNoNumber() {
    LinkNumbers numbers = new LinkNumbers();
    assertThat(numbers.number(link("https://a.example", "https://a.example"))).isZero();
    assertThat(numbers.number(link("mailto:press@a.example", "press@a.example"))).isZero();
    assertThat(numbers.number(link("tel:+442079460321", "+44 20 7946 0321"))).isZero();
    assertThat(numbers.targets()).isEmpty();
  }

  @Test
  void phoneNumbersCompareByDigits() {
    assertThat(LinkNumbers.showsTarget(link("tel:+44-20-7946-0321", "+44 (20) 7946 0321")))
        .isTrue();
    assertThat(LinkNumbers.showsTarget(link("tel:+442079460321", "+44 20 7946 0322"))).isFalse();
    assertThat(LinkNumbers.showsTarget(link("tel:+442079460321", "call us"))).isFalse();
    assertThat(LinkNumbers.showsTarget(link("mailto:a@b.example", "b.example"))).isFalse();
    assertThat(
            LinkNumbers.showsTarget(
                new Inline.Link(
                    "https://a.example",
                    List.of(new Inline.Text("https://a.example"), new Inline.Text("!")))))
        .isFalse();
  }

  @Test
  void theListCannotBeChangedFromOutside() {
    LinkNumbers numbers = new LinkNumbers();
    numbers.number("https://a.example");
    assertThatThrownBy(() -> numbers.targets().add("https://b.example"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void numbersManyAddressesAsAMapWould() {
    // Few bits for the numbers: the table drops the hash bits beside them after 7 addresses.
    for (LinkNumbers numbers : List.of(new LinkNumbers(), new LinkNumbers(3))) {
      Map<String, Integer> expected = new HashMap<>();
      Random random = new Random(7);
      for (int i = 0; i < 20_000; i++) {
        // Addresses alike but for their end, and some with the same hash ("Aa" and "BB").
        String target = "https://example.org/reports/" + random.nextInt(5_000)
            + (random.nextBoolean() ? "Aa" : "BB");
        int number = numbers.number(target);
        assertThat(number).as(target).isEqualTo(
            expected.computeIfAbsent(target, t -> expected.size() + 1));
      }
      assertThat(numbers.targets()).hasSize(expected.size());
      expected.forEach((target, n) -> assertThat(numbers.targets().get(n - 1)).isEqualTo(target));
    }
  }
}
