package io.github.communique.benchmarks.twobuilds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.communique.benchmarks.Document;
import io.github.communique.benchmarks.NullSink;
import io.github.communique.render.RenderOptions;
import io.github.communique.text.TextRenderer;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The tools that compare two builds of the core, run here on one build twice. */
class TwoBuildsTest {

  @Test
  void aSeedAlwaysGivesTheSameStatement() throws Exception {
    assertThat(RandomStatements.text(5)).isEqualTo(RandomStatements.text(5));
    assertThat(RandomStatements.text(5)).isNotEqualTo(RandomStatements.text(6));
  }

  @Test
  void theStatementsHoldWhatTripsAWriterUp() throws Exception {
    StringBuilder all = new StringBuilder();
    Set<Integer> widest = new HashSet<>();
    for (long seed = 0; seed < 200; seed++) {
      String text = new String(RandomStatements.text(seed), StandardCharsets.UTF_8);
      all.append(text);
      widest.add(text.lines().mapToInt(String::length).max().orElse(0));
    }
    assertThat(all).contains("東京", "Київ", "e\u0301", "\u00a0", "“", "https://example.org/");
    assertThat(widest).as("widths of the widest lines").hasSizeGreaterThan(30);
  }

  @Test
  void oneBuildLoadedTwiceWritesTheSameText() throws Exception {
    Build build = Build.of(core());
    Build again = Build.of(core());

    assertThat(SameText.compare(build, again, 0, 300, 0)).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void eachBuildRendersTheStatementItReadsFromTheSameJson() throws Exception {
    byte[] json = Document.of("small").json();
    Method render = Build.of(core()).method(Renders.class, "of", String.class, byte[].class);
    Method renderAgain = Build.of(core()).method(Renders.class, "of", String.class, byte[].class);
    NullSink generated = new NullSink();
    TextRenderer.create().render(Document.of("small").statement(), RenderOptions.defaults(), generated);

    long bytes = ((Callable<Long>) Build.call(render, "text", json)).call();

    assertThat(bytes).isEqualTo(generated.count()).isGreaterThan(8_000);
    assertThat(((Callable<Long>) Build.call(renderAgain, "text", json)).call()).isEqualTo(bytes);
  }

  @Test
  void aFormatItCannotRenderIsNamed() {
    assertThatThrownBy(() -> Renders.of("pdf", Document.of("small").json()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("format must be text or html, not pdf");
  }

  @Test
  void aMissingBuildIsNamed() {
    assertThatThrownBy(() -> Build.of(Path.of("no/such/core.jar")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no/such/core.jar does not exist: give a core jar");
  }

  /** The core this module's tests run against: its jar or its classes directory. */
  private static Path core() throws Exception {
    return Path.of(TextRenderer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
