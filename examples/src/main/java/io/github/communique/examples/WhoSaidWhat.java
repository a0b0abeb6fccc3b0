package io.github.communique.examples;

import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Renderer;
import io.github.communique.render.Renderers;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Shows that a renderer written outside the library is found by the SPI without registration code:
 * {@link WhoSaidWhatRenderer} is listed in this module's {@code META-INF/services}, so {@code
 * Renderers.discover().require("quotes")} returns it. Prints the "who said what" index of the
 * statement file given, or of the {@link BuildAndRender} statement.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl examples -am test-compile exec:java
 * -Dexec.mainClass=io.github.communique.examples.WhoSaidWhat}
 */
public final class WhoSaidWhat {
  private WhoSaidWhat() {}

  public static void main(String[] args) throws IOException {
    Renderers renderers = Renderers.discover(); // every renderer on the class path
    System.err.println("Formats found: " + String.join(", ", renderers.formats()));

    Renderer quotes = renderers.require("quotes");
    Statement statement =
        args.length > 0 ? StatementFiles.read(Path.of(args[0])) : BuildAndRender.statement();
    quotes.render(statement, RenderOptions.defaults(), System.out);
    System.out.flush();
  }
}
