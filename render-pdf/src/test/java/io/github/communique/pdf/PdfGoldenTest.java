package io.github.communique.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Statement;
import io.github.communique.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample statement's PDF (the samples in {@code examples/statements} and the statements of
 * {@link TestStatements}), compared through what PDFBox reads back: the document information,
 * the bookmarks and the text of every page in reading order, against {@code
 * src/test/resources/golden/<sample>/statement.txt}. A change in layout that moves a line break
 * shows up as a readable diff. Regenerate the files with {@code mvn -pl render-pdf -am verify
 * -Dgolden.update=true} and review the diff before committing it.
 */
class PdfGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<Arguments> samples() {
    Map<String, Statement> samples = new LinkedHashMap<>();
    for (String name : Samples.names()) {
      samples.put(name, Samples.load(name));
    }
    samples.put("press-release", TestStatements.pressRelease());
    samples.put("ukrainian", TestStatements.ukrainian());
    samples.put("german", TestStatements.german());
    return samples.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void readsBackAsTheGoldenText(String name, Statement statement) throws IOException {
    String actual = describe(Pdfs.render(statement));
    Path file = GOLDEN.resolve(name).resolve("statement.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file; create it with -Dgolden.update=true").exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** What a reader of the PDF gets, as text; the version in the Creator field is left out. */
  static String describe(byte[] pdf) throws IOException {
    StringBuilder out = new StringBuilder();
    try (PDDocument document = Pdfs.load(pdf)) {
      PDDocumentInformation info = document.getDocumentInformation();
      out.append("Title: ").append(info.getTitle()).append('\n');
      out.append("Author: ").append(info.getAuthor()).append('\n');
      out.append("Subject: ").append(info.getSubject()).append('\n');
      out.append("Keywords: ").append(info.getKeywords()).append('\n');
      out.append("Language: ").append(document.getDocumentCatalog().getLanguage()).append('\n');
      out.append("Pages: ").append(document.getNumberOfPages()).append('\n');
      out.append("\n## Bookmarks\n");
      Pdfs.outline(document).forEach(line -> out.append(line).append('\n'));
    }
    out.append("\n## Text\n").append(Pdfs.text(pdf).replace("\r", ""));
    return out.toString();
  }
}
