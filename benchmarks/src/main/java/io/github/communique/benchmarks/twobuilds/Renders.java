package io.github.communique.benchmarks.twobuilds;

import io.github.communique.benchmarks.NullSink;
import io.github.communique.html.HtmlRenderer;
import io.github.communique.json.StatementJson;
import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Renderer;
import io.github.communique.text.TextRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * A render of a benchmark document, made in the class loader of one {@link Build}: {@link #of}
 * is called by name and returns a JDK type, so that {@link PairedTime} can run the builds' renders
 * side by side.
 */
public final class Renders {
  private Renders() {}

  /**
   * Renders the statement in {@code json} (a benchmark document as {@link StatementJson} writes
   * it) to {@code format}, text or html; the render returns the bytes written. The statement is
   * read here, so that each build renders a model it made itself, laid out in memory as a reader
   * leaves it.
   */
  public static Callable<Long> of(String format, byte[] json) throws IOException {
    Statement statement =
        StatementJson.create().read(new ByteArrayInputStream(json), "benchmark document");
    Renderer renderer = switch (format) {
      case "text" -> TextRenderer.create();
      case "html" -> HtmlRenderer.create();
      default -> throw new IllegalArgumentException("format must be text or html, not " + format);
    };
    return () -> {
      NullSink sink = new NullSink();
      renderer.render(statement, RenderOptions.defaults(), sink);
      return sink.count();
    };
  }
}
