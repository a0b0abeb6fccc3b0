package io.github.communique.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import io.github.communique.testing.Samples;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code of the README's PDF section, run as written. */
class UsageExampleTest {

  @Test
  void readmeExampleWritesAPdfAndReportsMissingCharacters(@TempDir Path dir) throws IOException {
    Statement statement = Samples.load(Samples.GREEN_ALLIANCE);
    Path file = dir.resolve("statement.pdf");
    // --- README ---
    PdfRenderer pdf = PdfRenderer.create();
    try (OutputStream out = Files.newOutputStream(file)) {
      PdfReport report = pdf.renderWithReport(statement, RenderOptions.defaults(), out);
      // report.unsupportedCodePoints(): characters no font could draw (printed as U+FFFD)
      assertThat(report.unsupportedCodePoints()).isEmpty();
      assertThat(report.pageCount()).isEqualTo(Pdfs.load(Files.readAllBytes(file)).getNumberOfPages());
    }
    // --- end ---
    assertThat(Files.size(file)).isGreaterThan(10_000);
  }
}
