package io.github.communique.pdf;

import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Renders the test statements to PDF files for looking at: {@code scripts/pdf-preview.sh} runs it
 * and turns the pages into PNG.
 */
public final class PdfPreview {
  private PdfPreview() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/preview");
    Files.createDirectories(dir);
    Map<String, Statement> statements = new java.util.TreeMap<>();
    for (String name : io.github.communique.testing.Samples.names()) {
      statements.put(name, io.github.communique.testing.Samples.load(name));
    }
    statements.put("press-release", TestStatements.pressRelease());
    for (var entry : statements.entrySet()) {
      Path file = dir.resolve(entry.getKey() + ".pdf");
      try (OutputStream out = Files.newOutputStream(file)) {
        PdfReport report =
            PdfRenderer.create().renderWithReport(entry.getValue(), RenderOptions.defaults(), out);
        System.out.println(file + ": " + report.pageCount() + " pages"
            + (report.complete() ? "" : "; not drawn: " + report.describeUnsupported()));
      }
    }
  }
}
