package io.github.communique.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Stylesheet;
import io.github.communique.render.Theme;
import io.github.communique.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample, as a page and as a fragment, passes the Nu HTML Checker with no error and no
 * warning, has its headings in order and says its language. The checker is heavy: it checks each
 * sample once per mode, plus a few statements that stretch the structure.
 */
class ConformanceTest {

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String name : Samples.names()) {
      cases.add(Arguments.of(name, false));
      cases.add(Arguments.of(name, true));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, fragment={1}")
  @MethodSource("cases")
  void sampleConformsToHtml(String name, boolean fragment) throws Exception {
    Statement statement = Samples.load(name);
    String html = Fixtures.render(statement, RenderOptions.builder().fragment(fragment).build());
    String page = fragment ? NuChecker.wrapFragment(html, "en") : html;
    assertThat(NuChecker.get().check(page)).as("Nu HTML Checker on %s", name).isEmpty();

    Document doc = Jsoup.parse(page);
    List<Integer> levels = Outline.levels(doc);
    assertThat(levels.get(0)).isEqualTo(1);
    assertThat(Outline.inOrder(levels)).as("heading levels %s", levels).isTrue();
    String lang = fragment ? doc.selectFirst("article.statement").attr("lang")
        : doc.selectFirst("html").attr("lang");
    assertThat(lang).isEqualTo(statement.language());
  }

  @Test
  void theFixturesAndTheOtherOptionsConformToo() throws Exception {
    RenderOptions linked = RenderOptions.builder().stylesheet(Stylesheet.linked("/css/press.css"))
        .theme(Theme.DARK).build();
    RenderOptions none = RenderOptions.builder().stylesheet(Stylesheet.NONE)
        .theme(Theme.LIGHT).build();
    List<String> pages = List.of(
        Fixtures.page(Fixtures.greenAlliance()),
        Fixtures.page(Fixtures.kyivAppeal()),
        Fixtures.render(Fixtures.greenAlliance(), linked),
        Fixtures.render(Fixtures.minimal(), none),
        NuChecker.wrapFragment(Fixtures.render(Fixtures.minimal(),
            linked.toBuilder().fragment(true).build()), "en"),
        Fixtures.page(StructureTestStatements.deepSections()),
        Fixtures.page(InjectionTest.hostile("<script>alert(1)</script>\"'&", "javascript:x")));
    for (String page : pages) {
      assertThat(NuChecker.get().check(page)).as(page).isEmpty();
    }
  }
}
