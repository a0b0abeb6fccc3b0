package io.github.communique.cli;

import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Renderers registered in the tests' META-INF/services, so the tests need no real format. */
final class TestRenderers {
  private TestRenderers() {}

  /**
   * Writes the title, the text width and the outer quotation marks, one a line: enough to see what
   * was rendered, and with which options.
   */
  public static final class Title implements Renderer {
    @Override
    public String format() {
      return "title";
    }

    @Override
    public String mediaType() {
      return "text/plain; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
      return "title.txt";
    }

    @Override
    public void render(Statement statement, RenderOptions options, OutputStream out)
        throws IOException {
      var marks = options.quoteStyleFor(statement.language());
      out.write(
          (statement.title()
                  + "\nwidth "
                  + options.textWidth()
                  + "\nquotes "
                  + marks.open(0)
                  + marks.close(0)
                  + "\n")
              .getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Writes a first part, then fails as a full disk would: for the atomic-output tests. */
  public static final class FailsHalfWay implements Renderer {
    static final String FIRST_PART = "<p>the first half of the document</p>\n";

    @Override
    public String format() {
      return "broken";
    }

    @Override
    public String mediaType() {
      return "text/html; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
      return "html";
    }

    @Override
    public void render(Statement statement, RenderOptions options, OutputStream out)
        throws IOException {
      out.write(FIRST_PART.repeat(10_000).getBytes(StandardCharsets.UTF_8)); // past any buffer
      out.flush();
      throw new IOException("No space left on device");
    }
  }
}
