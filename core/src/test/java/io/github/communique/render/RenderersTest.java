package io.github.communique.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.communique.model.Statement;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Looking renderers up by format name, registered explicitly or discovered. */
class RenderersTest {

  /** A renderer that writes the title, for these tests. */
  public static final class TitleRenderer implements Renderer {
    private final String format;

    public TitleRenderer() {
      this("test-title");
    }

    TitleRenderer(String format) {
      this.format = format;
    }

    @Override
    public String format() {
      return format;
    }

    @Override
    public String mediaType() {
      return "text/plain; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
      return "title";
    }

    @Override
    public void render(Statement statement, RenderOptions options, OutputStream out)
        throws IOException {
      out.write(statement.title().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void findIsCaseInsensitive() {
    Renderer html = new TitleRenderer("html");
    Renderers renderers = Renderers.of(html);

    assertThat(renderers.find("HTML")).containsSame(html);
    assertThat(renderers.find("pdf")).isEmpty();
  }

  @Test
  void theFirstRendererOfAFormatWins() {
    Renderer mine = new TitleRenderer("html");
    Renderer theirs = new TitleRenderer("HTML");

    assertThat(Renderers.of(mine, theirs).require("html")).isSameAs(mine);
    assertThat(Renderers.of(mine, theirs).all()).containsExactly(mine);
  }

  @Test
  void allAndFormatsAreSortedByName() {
    Renderers renderers =
        Renderers.of(new TitleRenderer("text"), new TitleRenderer("html"), new TitleRenderer("pdf"));

    assertThat(renderers.formats()).containsExactly("html", "pdf", "text");
    assertThat(renderers.all()).extracting(Renderer::format).containsExactly("html", "pdf", "text");
  }

  @Test
  void requireNamesTheAvailableFormats() {
    Renderers renderers = Renderers.of(new TitleRenderer("text"), new TitleRenderer("html"));

    assertThatThrownBy(() -> renderers.require("pdf"))
        .isInstanceOf(RenderException.class)
        .hasMessage(
            "no renderer for format 'pdf'; available: html, text. Put the renderer's jar (e.g."
                + " communique-render-pdf) on the class path.");
  }

  /**
   * The service file lives under {@code discovery/} in the test resources, outside the class path
   * root, so that the test renderer does not show up for every module using the core test-jar.
   */
  @Test
  void discoverFindsARendererListedInMetaInfServices() throws IOException {
    URL root = RenderersTest.class.getResource("/discovery/");
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {root}, before)) {
      thread.setContextClassLoader(loader);

      Renderers discovered = Renderers.discover();

      assertThat(discovered.find("test-title")).get().isInstanceOf(TitleRenderer.class);
      assertThat(discovered.formats()).contains("test-title");
    } finally {
      thread.setContextClassLoader(before);
    }
    assertThat(Renderers.discover().find("test-title")).isEmpty();
  }
}
