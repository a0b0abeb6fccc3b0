package io.github.communique.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code communique render} with the real renderers: html, pdf and text from the class path. */
class RenderFormatsTest {
  @TempDir Path dir;

  @Test
  void formatsListsTheThreeRenderersOfTheLibrary() {
    CommandRun run = CommandRun.of("formats");

    assertThat(run.out())
        .containsPattern(
            "html +text/html; charset=UTF-8 +\\.html"
                + " +io\\.github\\.communique\\.html\\.HtmlRenderer")
        .containsPattern(
            "pdf +application/pdf +\\.pdf +io\\.github\\.communique\\.pdf\\.PdfRenderer")
        .containsPattern(
            "text +text/plain; charset=UTF-8 +\\.txt"
                + " +io\\.github\\.communique\\.text\\.TextRenderer");
  }

  @Test
  void rendersEverySampleToEveryFormatInTheOutputDirectory() throws IOException {
    Path out = dir.resolve("out");

    CommandRun run =
        CommandRun.of(
            "render",
            Samples.directory().toString(),
            "--from",
            "json", // the Markdown twins would write the same files
            "--to",
            "html,pdf,text",
            "-o",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String name : Samples.names()) {
      assertThat(out.resolve(name + ".html")).content(UTF_8).startsWith("<!DOCTYPE html>");
      assertThat(Files.readAllBytes(out.resolve(name + ".pdf")))
          .startsWith("%PDF-".getBytes(UTF_8));
      assertThat(out.resolve(name + ".txt")).content(UTF_8).isNotBlank();
    }
    int n = Samples.names().size();
    assertThat(run.err())
        .matches(
            "Rendered "
                + n
                + " files to html, pdf, text in \\d+\\.\\d\\d s: "
                + 3 * n
                + " files written\n");
  }

  @Test
  void oneSampleListsTheFilesWritten() {
    Path out = dir.resolve("out");

    CommandRun run =
        CommandRun.of(
            "render",
            Samples.path("minimal").toString(),
            "--to",
            "html,pdf,text",
            "-o",
            out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .startsWith("Rendered " + Samples.path("minimal") + " to html, pdf, text in ")
        .endsWith(
            ": "
                + out.resolve("minimal.html")
                + ", "
                + out.resolve("minimal.pdf")
                + ", "
                + out.resolve("minimal.txt")
                + "\n");
  }

  @Test
  void formatsRenderedSideBySideWriteWhatTheyWriteInTurn() throws IOException {
    Path inTurn = dir.resolve("in-turn");
    Path sideBySide = dir.resolve("side-by-side");
    String input = Samples.path("green-alliance").toString();

    CommandRun one =
        CommandRun.of("render", input, "--to", "html,pdf,text", "-o", inTurn.toString(), "-j", "1");
    CommandRun three =
        CommandRun.of(
            "render", input, "--to", "html,pdf,text", "-o", sideBySide.toString(), "-j", "3");

    assertThat(one.exitCode()).isZero();
    assertThat(three.exitCode()).isZero();
    for (String name : List.of("green-alliance.html", "green-alliance.pdf", "green-alliance.txt")) {
      assertThat(Files.readAllBytes(sideBySide.resolve(name)))
          .isEqualTo(Files.readAllBytes(inTurn.resolve(name)));
    }
    assertThat(summary(three, sideBySide)).isEqualTo(summary(one, inTurn));
  }

  /** The summary line with the output directory and the time left out. */
  private static String summary(CommandRun run, Path out) {
    return run.err().replace(out.toString(), "DIR").replaceAll("\\d+\\.\\d\\d s", "T");
  }

  @Test
  void byDefaultRendersHtmlNextToTheInput() throws IOException {
    Path input = Files.writeString(dir.resolve("notice.json"), Samples.text("minimal"));

    CommandRun run = CommandRun.of("render", input.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(dir.resolve("notice.html")).content(UTF_8).contains(Samples.load("minimal").title());
  }

  @Test
  void allRendersEveryFormatFound() throws IOException {
    Path input = Files.writeString(dir.resolve("notice.json"), Samples.text("minimal"));
    Path out = dir.resolve("out");

    CommandRun run = CommandRun.of("render", input.toString(), "--to", "all", "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR); // the test renderer "broken" fails
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("notice.html", "notice.pdf", "notice.txt", "notice.title.txt");
    }
  }

  @Test
  void textFromStandardInputToStandardOutputAtAWidth() {
    byte[] json = Samples.text("green-alliance").getBytes(UTF_8);

    CommandRun run = CommandRun.withStdin(json, "render", "-", "--to", "text", "--width", "40");

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdoutText()).contains(Samples.load("green-alliance").title().substring(0, 10));
    assertThat(run.stdoutText().lines().filter(line -> !line.contains("://"))) // URLs never break
        .allSatisfy(
            line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(40));
  }

  @Test
  void pdfIsNotWrittenToATerminal() {
    CommandRun run =
        CommandRun.onTerminal(
            Samples.text("minimal").getBytes(UTF_8), "render", "-", "--to", "pdf");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("not writing application/pdf to a terminal: use -o DIR");
    assertThat(run.stdout()).isEmpty();
  }

  @Test
  void htmlOptionsReachTheHtmlRenderer() throws IOException {
    Path input = Files.writeString(dir.resolve("notice.json"), Samples.text("minimal"));

    CommandRun run =
        CommandRun.of(
            "render",
            input.toString(),
            "--to",
            "html",
            "--fragment",
            "--stylesheet",
            "none",
            "-o",
            "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdoutText()).doesNotContain("<!DOCTYPE", "<style");
  }

  @Test
  void compressFontsMakesTheSamePdfSmaller() throws IOException {
    Path input = Files.writeString(dir.resolve("notice.json"), Samples.text("minimal"));
    Path stored = dir.resolve("stored");
    Path compressed = dir.resolve("compressed");

    CommandRun a = CommandRun.of("render", input.toString(), "--to", "pdf,html", "-o",
        stored.toString());
    CommandRun b = CommandRun.of("render", input.toString(), "--to", "pdf,html", "-o",
        compressed.toString(), "--compress-fonts");

    assertThat(a.exitCode()).as(a.err()).isZero();
    assertThat(b.exitCode()).as(b.err()).isZero();
    assertThat(Files.size(compressed.resolve("notice.pdf")))
        .isLessThan(Files.size(stored.resolve("notice.pdf")) * 3 / 4);
    assertThat(Files.readString(compressed.resolve("notice.html")))
        .as("other formats are untouched")
        .isEqualTo(Files.readString(stored.resolve("notice.html")));
  }

  @Test
  void markdownTwinRendersToTheSameOutputAsItsJson() throws IOException {
    for (String name : Samples.names()) {
      Path json = Samples.path(name);
      Path markdown = json.resolveSibling(name + ".md");
      Path fromJson = dir.resolve("json-" + name);
      Path fromMarkdown = dir.resolve("md-" + name);

      CommandRun a =
          CommandRun.of("render", json.toString(), "--to", "html,text", "-o", fromJson.toString());
      CommandRun b =
          CommandRun.of(
              "render", markdown.toString(), "--to", "html,text", "-o", fromMarkdown.toString());

      assertThat(a.exitCode()).as(a.err()).isZero();
      assertThat(b.exitCode()).as(b.err()).isZero();
      for (String file : List.of(name + ".html", name + ".txt")) {
        assertThat(fromMarkdown.resolve(file))
            .hasSameTextualContentAs(fromJson.resolve(file), UTF_8);
      }
    }
  }
}
