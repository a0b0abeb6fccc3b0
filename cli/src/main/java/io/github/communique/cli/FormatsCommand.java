package io.github.communique.cli;

import io.github.communique.render.Renderer;
import java.io.PrintWriter;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code communique formats}: the renderers on the class path, ours and third parties'. */
@Command(
    name = "formats",
    mixinStandardHelpOptions = true,
    versionProvider = Communique.Version.class,
    headerHeading = "%n",
    synopsisHeading = "%nUsage: ",
    header = "List the output formats: every renderer found on the class path.",
    description = {
      "",
      "Renderers are found through META-INF/services/io.github.communique.render.Renderer, so a"
          + " third-party renderer's jar on the class path adds its format:",
      "  java -cp communique.jar:my-renderer.jar io.github.communique.cli.Communique formats",
      "With --verbose, also the jar each renderer comes from.",
      ""
    },
    footer = ExitCodes.HELP_FOOTER)
final class FormatsCommand implements Callable<Integer> {

  @ParentCommand Communique root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Renderer> renderers = root.renderers().all();
    if (renderers.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println("communique formats: no renderers found on the class path");
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
