package io.github.communique.pdf;

import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes one test statement as PDF to standard output, for tests that need a fresh JVM: {@code
 * press-release}, {@code ukrainian}, {@code german}, or {@code paragraphs:N}.
 */
public final class PdfPreviewMain {
  private PdfPreviewMain() {}

  public static void main(String[] args) throws IOException {
    Statement statement =
        switch (args[0]) {
          case "press-release" -> TestStatements.pressRelease();
          case "ukrainian" -> TestStatements.ukrainian();
          case "german" -> TestStatements.german();
          default -> TestStatements.paragraphs(Integer.parseInt(args[0].substring("paragraphs:".length())));
        };
    try (OutputStream out = new BufferedOutputStream(System.out)) {
      PdfRenderer.create().render(statement, RenderOptions.defaults(), out);
    }
  }
}
