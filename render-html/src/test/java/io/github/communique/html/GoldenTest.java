package io.github.communique.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.communique.render.RenderOptions;
import io.github.communique.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the page and the fragment of every sample with the expected files in {@code
 * src/test/resources/golden/<sample>/standalone.html} and {@code fragment.html}. The embedded
 * default stylesheet is replaced by a placeholder, so that a change to the CSS does not touch
 * every golden file.
 *
 * <p>After a deliberate change to the output, regenerate the files and review their diff:
 *
 * <pre>mvn -B -ntp -q -pl render-html -am verify -Dtest=GoldenTest -Dgolden.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class GoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final String CSS = new String(HtmlRenderer.defaultCssBytes(),
      StandardCharsets.UTF_8);

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String name : Samples.names()) {
      cases.add(Arguments.of(name, "standalone"));
      cases.add(Arguments.of(name, "fragment"));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}/{1}.html")
  @MethodSource("cases")
  void outputMatchesTheGoldenFile(String sample, String mode) throws IOException {
    RenderOptions options = RenderOptions.builder().fragment(mode.equals("fragment")).build();
    String actual = normalise(Fixtures.render(Samples.load(sample), options));
    Path file = GOLDEN.resolve(sample).resolve(mode + ".html");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual);
      return;
    }
    if (!Files.exists(file)) {
      fail("no golden file " + file + "; create it with -Dgolden.update=true");
    }
    String expected = Files.readString(file).replace("\r\n", "\n");
    if (!expected.equals(actual)) {
      fail("output differs from " + file + " (regenerate with -Dgolden.update=true):\n"
          + firstDifference(expected, actual));
    }
    assertThat(actual).isEqualTo(expected);
  }

  private static String normalise(String html) {
    return html.replace("\r\n", "\n").replace(CSS, "/* default.css */\n");
  }

  /** The first differing line with three lines of context, in unified-diff style. */
  private static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    int i = 0;
    while (i < e.length && i < a.length && e[i].equals(a[i])) {
      i++;
    }
    StringBuilder diff = new StringBuilder("@@ line " + (i + 1) + " @@\n");
    for (int j = Math.max(0, i - 3); j < i; j++) {
      diff.append("  ").append(e[j]).append('\n');
    }
    for (int j = i; j < Math.min(e.length, i + 3); j++) {
      diff.append("- ").append(e[j]).append('\n');
    }
    for (int j = i; j < Math.min(a.length, i + 3); j++) {
      diff.append("+ ").append(a[j]).append('\n');
    }
    return diff.toString();
  }
}
