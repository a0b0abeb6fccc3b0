package io.github.communique.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the cases of {@code spec/urls.txt}: what may become a link, and how it is written. */
class UrlsTest {

  @ParameterizedTest(name = "{0} line {1}: {2}")
  @MethodSource("cases")
  void urlIsEmittedOrRefusedAsTheSpecSays(Urls.Use use, int line, String input, String expected) {
    String actual = Urls.safe(input, use).orElse("refused");
    assertThat(actual).as("%s (line %d)", input, line).isEqualTo(expected);
  }

  static Stream<Arguments> cases() throws IOException {
    String spec;
    try (InputStream in = UrlsTest.class.getResourceAsStream("/spec/urls.txt")) {
      spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Arguments> cases = new ArrayList<>();
    Urls.Use use = null;
    String[] lines = spec.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("## ")) {
        use = Urls.Use.valueOf(line.substring(3).strip());
      } else if (!line.startsWith("#") && line.contains(" → ")) {
        int arrow = line.indexOf(" → ");
        cases.add(Arguments.of(use, i + 1, unescape(line.substring(0, arrow)),
            unescape(line.substring(arrow + 3))));
      }
    }
    return cases.stream();
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.append(c);
        continue;
      }
      char next = s.charAt(++i);
      switch (next) {
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }
}
