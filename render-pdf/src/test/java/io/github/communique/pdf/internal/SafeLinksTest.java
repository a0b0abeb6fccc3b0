package io.github.communique.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shortcut for plain web addresses decides exactly as java.net.URI does: every address it
 * takes is one the URI route also makes clickable, unchanged.
 */
class SafeLinksTest {
  private final SafeLinks links = new SafeLinks(Optional.of("https://example.org/press/"));

  @ParameterizedTest
  @ValueSource(strings = {
    "https://example.org/",
    "http://example.org/a/b?c=d&e=f#top",
    "https://user:pw@example.org:8443/x;p=1/y?q=a/b?c",
    "http:///path",
    "https://a..b/(x)*'!$+,~_-.",
    "https://example.org/#"
  })
  void aPlainWebAddressIsClickableAsItIs(String address) {
    assertThat(SafeLinks.plainWebAddress(address)).isTrue();
    assertThat(links.byUri(address)).contains(address);
    assertThat(links.target(address)).contains(address);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "javascript:alert(1)",
    "HTTPS://example.org/",
    "https://example.org/a b",
    "https://example.org/%41",
    "https://[::1]/",
    "https://example.org/#a#b",
    "https://example.org/ä",
    "https://",
    "/relative/path",
    "mailto:press@example.org"
  })
  void anythingElseTakesTheUriRoute(String address) {
    assertThat(SafeLinks.plainWebAddress(address)).isFalse();
    assertThat(links.target(address)).isEqualTo(links.byUri(address));
  }

  @Test
  void randomAddressesOfTheAllowedCharactersAllParse() {
    String alphabet = "aZ09-._~!$&'()*+,;=:@/?#";
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder address = new StringBuilder(random.nextBoolean() ? "https://" : "http://");
      for (int length = random.nextInt(16); length >= 0; length--) {
        address.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = address.toString();
      if (SafeLinks.plainWebAddress(text)) {
        assertThat(links.byUri(text)).as(text).contains(text);
      }
    }
  }
}
