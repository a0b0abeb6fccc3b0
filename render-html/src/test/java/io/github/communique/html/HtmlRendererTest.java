package io.github.communique.html;

import static io.github.communique.model.Inlines.emphasis;
import static io.github.communique.model.Inlines.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.communique.model.Inline;
import io.github.communique.model.Statement;
import io.github.communique.render.RenderException;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Renderers;
import io.github.communique.render.Stylesheet;
import io.github.communique.render.Theme;
import io.github.communique.testing.Samples;
import io.github.communique.validate.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The renderer as a component: the SPI, the options, and how it treats its stream. */
class HtmlRendererTest {

  @Test
  void isFoundThroughTheServiceLoaderAsHtml() {
    var renderer = Renderers.discover().require("html");
    assertThat(renderer).isInstanceOf(HtmlRenderer.class);
    assertThat(renderer.format()).isEqualTo("html");
    assertThat(renderer.mediaType()).isEqualTo("text/html; charset=UTF-8");
    assertThat(renderer.fileExtension()).isEqualTo("html");
  }

  @Test
  void aStandalonePageHasTheHeadAReaderAndASearchEngineNeed() {
    Document doc = Jsoup.parse(Fixtures.page(Fixtures.greenAlliance()));
    assertThat(doc.documentType().name()).isEqualTo("html");
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(doc.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
    assertThat(doc.select("meta[name=viewport]")).hasSize(1);
    assertThat(doc.title())
        .isEqualTo("Green Alliance calls for a public inquiry into the Eastport closure");
    assertThat(doc.select("meta[name=description]").attr("content"))
        .startsWith("The party wants an independent inquiry");
    assertThat(doc.select("meta[name=keywords]").attr("content"))
        .isEqualTo("Eastport, steel, public inquiry");
    assertThat(doc.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://green-alliance.example/press/2026/eastport-inquiry");
    assertThat(doc.select("body > article.statement")).hasSize(1);
  }

  @Test
  void aFragmentIsJustTheArticleWithItsLanguage() {
    String html = Fixtures.fragment(Fixtures.kyivAppeal());
    assertThat(html).startsWith("<article class=\"statement\" lang=\"uk\">\n").endsWith("</article>\n");
    assertThat(html).doesNotContain("<style", "<script", "<html", "<head>", "<body");
  }

  @Test
  void theDefaultStylesheetIsEmbedded() {
    String html = Fixtures.page(Fixtures.minimal());
    assertThat(html).contains("<style>\n" + HtmlRenderer.defaultStylesheet() + "</style>");
    assertThat(HtmlRenderer.defaultStylesheet()).contains("max-width: 42rem", "@media print",
        "prefers-color-scheme: dark");
  }

  @Test
  void aLinkedStylesheetIsLinkedAndOnlyTheEssentialRuleIsInline() {
    RenderOptions options = RenderOptions.builder()
        .stylesheet(Stylesheet.linked("/css/press.css?v=1&x=2")).build();
    String html = Fixtures.render(Fixtures.minimal(), options);
    assertThat(html).contains("<link rel=\"stylesheet\" href=\"/css/press.css?v=1&amp;x=2\">")
        .contains("<style>q::before,q::after{content:none}</style>")
        .doesNotContain("max-width");
    String fragment = Fixtures.render(Fixtures.minimal(), options.toBuilder().fragment(true).build());
    assertThat(fragment).startsWith("<link rel=\"stylesheet\" href=\"/css/press.css?v=1&amp;x=2\">");
  }

  @Test
  void noStylesheetLeavesOnlyTheEssentialRule() {
    String html = Fixtures.render(Fixtures.minimal(),
        RenderOptions.builder().stylesheet(Stylesheet.NONE).build());
    assertThat(Jsoup.parse(html).select("style").html()).isEqualTo(HtmlRenderer.ESSENTIAL_CSS);
    assertThat(html).doesNotContain("<link rel=\"stylesheet\"");
  }

  @Test
  void theThemeIsAClassAndAColourScheme() {
    for (Theme theme : Theme.values()) {
      Document doc = Jsoup.parse(Fixtures.render(Fixtures.minimal(),
          RenderOptions.builder().theme(theme).build()));
      String scheme = doc.select("meta[name=color-scheme]").attr("content");
      switch (theme) {
        case AUTO -> {
          assertThat(scheme).isEqualTo("light dark");
          assertThat(doc.selectFirst("html").hasAttr("class")).isFalse();
          assertThat(doc.selectFirst("article").className()).isEqualTo("statement");
        }
        case LIGHT -> {
          assertThat(scheme).isEqualTo("light");
          assertThat(doc.selectFirst("html").className()).isEqualTo("theme-light");
          assertThat(doc.selectFirst("article").className()).isEqualTo("statement theme-light");
        }
        case DARK -> {
          assertThat(scheme).isEqualTo("dark");
          assertThat(doc.selectFirst("html").className()).isEqualTo("theme-dark");
          assertThat(doc.selectFirst("article").className()).isEqualTo("statement theme-dark");
        }
      }
    }
    assertThat(HtmlRenderer.defaultStylesheet()).contains(".theme-dark {", ":not(.theme-light)");
  }

  @Test
  void theSameInputGivesTheSameBytesOnEveryThreadAtOnce() throws Exception {
    Statement statement = Samples.load(Samples.GREEN_ALLIANCE);
    String expected = Fixtures.page(statement);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = pool.invokeAll(
          java.util.Collections.nCopies(32, () -> Fixtures.page(statement)));
      for (Future<String> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theStreamIsFlushedButNotClosed() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {
        bytes.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    HtmlRenderer.create().render(Fixtures.minimal(), RenderOptions.defaults(), out);
    assertThat(closed[0]).isFalse();
    assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).endsWith("</html>\n");
  }

  @Test
  void aFailingStreamThrowsItsIoException() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> HtmlRenderer.create()
        .render(Samples.load(Samples.GREEN_ALLIANCE), RenderOptions.defaults(), broken))
        .isInstanceOf(IOException.class).hasMessage("disk full");
  }

  @Test
  void aStatementNestedTooDeeplyForTheStackIsARenderException() {
    Inline nested = text("x");
    for (int i = 0; i < 200_000; i++) {
      nested = emphasis(nested);
    }
    Statement statement = Statement.builder("Deep").paragraph(nested).build();
    // Limits raised past what the stack can walk: the last resort (DeepModelHtmlTest covers the
    // check against the limits that refuses such a statement before writing).
    HtmlRenderer unlimited = HtmlRenderer.builder()
        .limits(Limits.defaults().withMaxNestingDepth(Integer.MAX_VALUE)).build();
    assertThatThrownBy(() -> unlimited
        .render(statement, RenderOptions.defaults(), OutputStream.nullOutputStream()))
        .isInstanceOf(RenderException.class)
        .hasMessageStartingWith("cannot render the statement as HTML: emphasis, strong text and"
            + " links nest 200000 deep, deeper than this thread's stack can walk; the limits given"
            + " to HtmlRenderer.builder().limits allow it (Limits.maxNestingDepth is 2147483647)");
  }

  @Test
  void theTitleLevelMustBeAHeadingLevel() {
    assertThatThrownBy(() -> HtmlRenderer.builder().titleLevel(7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("title level must be between 1 and 6, got 7");
    assertThatThrownBy(() -> HtmlRenderer.builder().titleLevel(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
