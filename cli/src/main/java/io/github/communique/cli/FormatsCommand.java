package io.github.communique.cli;

import io.github.communique.render.Renderer;
import java.io.PrintWriter;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/** {@code communique formats}: the renderers on the class path, ours and third parties'. */
final class FormatsCommand {

  static final CommandSpec SPEC =
      new CommandSpec(
          "communique formats",
          "List the output formats: every renderer found on the class path.",
          List.of(
              "Renderers are found through"
                  + " META-INF/services/io.github.communique.render.Renderer, so a third-party"
                  + " renderer's jar on the class path adds its format:",
              "  java -cp communique.jar:my-renderer.jar io.github.communique.cli.Communique"
                  + " formats",
              "With --verbose, also the jar each renderer comes from.",
              ""),
          List.of(),
          Communique.withStandardOptions(),
          List.of());

  private final Communique root;

  FormatsCommand(Communique root) {
    this.root = root;
  }

  int call() {
    PrintWriter out = root.out();
    List<Renderer> renderers = root.renderers().all();
    if (renderers.isEmpty()) {
      root.err().println("communique formats: no renderers found on the class path");
      return ExitCodes.OK;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"FORMAT", "MEDIA TYPE", "EXTENSION", "CLASS"});
    for (Renderer r : renderers) {
      String type = r.getClass().getName();
      if (root.verbose()) {
        type += "  (" + location(r.getClass()) + ")";
      }
      rows.add(new String[] {r.format(), r.mediaType(), "." + r.fileExtension(), type});
    }
    int[] widths = new int[3];
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        line.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
      }
      out.println(line.append(row[3]));
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** The jar or directory a class was loaded from. */
  private static String location(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    URL url = source == null ? null : source.getLocation();
    return url == null ? "unknown location" : url.toString();
  }
}
