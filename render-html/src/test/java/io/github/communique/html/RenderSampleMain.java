package io.github.communique.html;

import io.github.communique.render.RenderOptions;
import io.github.communique.render.Theme;
import io.github.communique.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Renders a sample from {@code examples/statements/} to a standalone page, for {@code
 * scripts/html-screenshot.sh}: {@code RenderSampleMain SAMPLE OUT.html [light|dark|auto]}.
 */
public final class RenderSampleMain {
  public static void main(String[] args) throws Exception {
    Theme theme = args.length > 2 ? Theme.valueOf(args[2].toUpperCase(Locale.ROOT)) : Theme.AUTO;
    RenderOptions options = RenderOptions.builder().theme(theme).build();
    Files.writeString(Path.of(args[1]), Fixtures.render(Samples.load(args[0]), options));
  }
}
