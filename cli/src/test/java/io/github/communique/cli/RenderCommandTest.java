package io.github.communique.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code communique render} on good, bad and hostile input, run in process. */
class RenderCommandTest {
  @TempDir Path dir;

  private static final String MINIMAL_JSON =
      """
      {
        "format": "communique/1",
        "title": "Office closed on Friday",
        "body": [{"type": "paragraph", "content": ["We will answer on Monday."]}]
      }
      """;

  /** Valid JSON, but its title is blank: the validator's problem, at line 3. */
  private static final String INVALID_JSON =
      """
      {
        "format": "communique/1",
        "title": "   ",
        "body": [{"type": "paragraph", "content": ["text"]}]
      }
      """;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  @Test
  void renderOptionsReachTheRenderer() throws IOException {
    Path input = write("notice.json", MINIMAL_JSON);

    CommandRun run = CommandRun.of("render", input.toString(), "--to", "title", "--width", "44");

    assertThat(run.exitCode()).isZero();
    assertThat(dir.resolve("notice.title.txt"))
        .hasContent("Office closed on Friday\nwidth 44\nquotes “”");
  }

  @Test
  void aHouseQuoteStyleReplacesTheLanguagesMarks() throws IOException {
    Path input =
        write(
            "quote.json",
            """
            {"format": "communique/1", "title": "Quoted",
             "body": [{"type": "paragraph", "content": [
               "She said ", {"type": "quotation", "kind": "speech", "content": ["no"]}, "."]}]}
            """);

    CommandRun english = CommandRun.of("render", input.toString(), "--to", "title", "-o", "-");
    CommandRun british =
        CommandRun.of(
            "render", input.toString(), "--to", "title", "-o", "-", "--quotes", "british");

    assertThat(english.stdoutText()).contains("quotes “”");
    assertThat(british.stdoutText()).contains("quotes ‘’");
  }

  @Test
  void aDirectoryRendersEveryStatementInItAndOneBadFileDoesNotStopTheOthers() throws IOException {
    write("a.json", MINIMAL_JSON);
    write("b.json", "{ \"format\": \"communique/1\", \"title\": ");
    write("c.json", MINIMAL_JSON);
    write("notes.txt", "not a statement");
    write(".hidden.json", "{}");
    write("sub/d.json", MINIMAL_JSON);
    Path out = dir.resolve("out");

    CommandRun run = CommandRun.of("render", dir.toString(), "--to", "title", "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(out)
        .isDirectoryContaining("glob:**/a.title.txt")
        .isDirectoryContaining("glob:**/c.title.txt");
    try (var files = Files.list(out)) { // not b (broken), not sub/d (not recursive), not .hidden
      assertThat(files).hasSize(2);
    }
    assertThat(run.err().lines())
        .hasSize(2)
        .first()
        .asString()
        .startsWith(dir.resolve("b.json") + ":1:");
    assertThat(run.err().lines().skip(1))
        .singleElement()
        .asString()
        .matches("Rendered 2 of 3 files to title in \\d+\\.\\d\\d s: 2 files written; 1 failed");
  }

  @Test
  void recursiveRenderingMirrorsTheTreeUnderTheOutputDirectory() throws IOException {
    write("top.json", MINIMAL_JSON);
    write("2026/11/release.json", MINIMAL_JSON);
    Path out = dir.resolve("out");

    CommandRun run =
        CommandRun.of("render", dir.toString(), "-r", "--to", "title", "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(out.resolve("top.title.txt")).exists();
    assertThat(out.resolve("2026/11/release.title.txt")).exists();
    assertThat(run.err())
        .matches("Rendered 2 files to title in \\d+\\.\\d\\d s: 2 files written\n");
  }

  @Test
  void manyFilesRenderInParallelAndReportInInputOrder() throws IOException {
    for (int i = 0; i < 24; i++) {
      write(String.format("s%02d.json", i), i % 5 == 3 ? INVALID_JSON : MINIMAL_JSON);
    }

    CommandRun run = CommandRun.of("render", dir.toString(), "--to", "title", "--threads", "4");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err().lines().filter(l -> l.contains("title is blank")))
        .containsExactly(
            dir.resolve("s03.json")
                + ":3:12: title: the title is blank: give the statement a headline",
            dir.resolve("s08.json")
                + ":3:12: title: the title is blank: give the statement a headline",
            dir.resolve("s13.json")
                + ":3:12: title: the title is blank: give the statement a headline",
            dir.resolve("s18.json")
                + ":3:12: title: the title is blank: give the statement a headline",
            dir.resolve("s23.json")
                + ":3:12: title: the title is blank: give the statement a headline");
    assertThat(run.err()).contains("Rendered 19 of 24 files to title");
  }

  @Test
  void onATerminalABatchShowsAProgressBarThatMessagesClear() throws IOException {
    for (int i = 0; i < 6; i++) {
      write("s" + i + ".json", i == 2 ? INVALID_JSON : MINIMAL_JSON);
    }

    CommandRun run = CommandRun.onTerminal(new byte[0], "render", dir.toString(), "--to", "title");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err())
        .contains("\r[", " files  0:0")
        .containsPattern(
            "\r +\r" + java.util.regex.Pattern.quote(dir.resolve("s2.json").toString()))
        .containsPattern("\r +\rRendered 5 of 6 files to title in ");
  }

  @Test
  void anInvalidStatementIsReportedAtItsLineAndNotRendered() throws IOException {
    Path input = write("bad.json", INVALID_JSON);

    CommandRun run = CommandRun.of("render", input.toString(), "--to", "title");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err())
        .startsWith(input + ":3:12: title: the title is blank: give the statement a headline\n");
    assertThat(dir.resolve("bad.title.txt")).doesNotExist();
  }

  @Test
  void noValidateRendersAnInvalidStatementAnyway() throws IOException {
    Path input = write("draft.json", INVALID_JSON);

    CommandRun run = CommandRun.of("render", input.toString(), "--to", "title", "--no-validate");

    assertThat(run.exitCode()).isZero();
    assertThat(dir.resolve("draft.title.txt")).exists();
  }

  @Test
  void malformedJsonIsOneLineWithItsPositionAndNoStackTrace() throws IOException {
    Path input =
        write("broken.json", "{\n  \"format\": \"communique/1\",\n  \"title\": \"x\",,\n}");

    CommandRun run = CommandRun.of("render", input.toString(), "--to", "title");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err().lines().findFirst()).get().asString().startsWith(input + ":3:");
    assertThat(run.err()).doesNotContain("\tat ", "Exception");
  }

  @Test
  void verboseAddsTheStackTrace() throws IOException {
    Path input = write("broken.json", "{\n  \"title\": ,\n}");

    CommandRun run = CommandRun.of("render", input.toString(), "--to", "title", "--verbose");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("StatementFormatException", "\tat ");
  }

  @Test
  void aMissingFileIsAnIoErrorAndTheOthersStillRender() throws IOException {
    Path good = write("good.json", MINIMAL_JSON);
    Path missing = dir.resolve("missing.json");

    CommandRun run = CommandRun.of("render", missing.toString(), good.toString(), "--to", "title");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(run.err()).startsWith(missing + ": no such file or directory\n");
    assertThat(dir.resolve("good.title.txt")).exists();
  }

  @Test
  void aMissingDirectoryIsAnIoError() {
    Path missing = dir.resolve("statments");

    CommandRun run = CommandRun.of("render", missing.toString(), "--to", "title");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(run.err()).isEqualTo(missing + ": no such file or directory\n");
  }

  @Test
  void theHighestExitCodeWinsWhenSeveralThingsFail() throws IOException {
    Path invalid = write("invalid.json", INVALID_JSON);

    CommandRun run =
        CommandRun.of(
            "render", invalid.toString(), dir.resolve("missing.json").toString(), "--to", "title");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
  }

  @Test
  void aRendererThatFailsHalfWayLeavesNoPartialFileAndKeepsTheOldOne() throws IOException {
    Path input = write("notice.json", MINIMAL_JSON);
    Path previous = write("notice.html", "<p>the last good render</p>");

    CommandRun run = CommandRun.of("render", input.toString(), "--to", "broken");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(run.err()).startsWith(input + ": broken: I/O error: No space left on device\n");
    assertThat(previous).hasContent("<p>the last good render</p>");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactlyInAnyOrder(input, previous); // no temporary file left
    }
  }

  @Test
  void oneFormatFailingDoesNotStopTheOtherFormats() throws IOException {
    Path input = write("notice.json", MINIMAL_JSON);

    CommandRun run = CommandRun.of("render", input.toString(), "--to", "broken,title");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(dir.resolve("notice.title.txt")).exists();
    assertThat(dir.resolve("notice.html")).doesNotExist();
  }

  @Test
  void anOutputDirectoryThatIsAFileIsAnIoError() throws IOException {
    Path input = write("notice.json", MINIMAL_JSON);
    Path file = write("out", "a file, not a directory");

    CommandRun run =
        CommandRun.of("render", input.toString(), "--to", "title", "-o", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(run.err()).startsWith(file + ": not a directory\n");
  }

  @Test
  void standardInputToStandardOutput() {
    CommandRun run =
        CommandRun.withStdin(
            MINIMAL_JSON.getBytes(UTF_8), "render", "-", "--to", "title", "--width", "30");

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdoutText()).isEqualTo("Office closed on Friday\nwidth 30\nquotes “”\n");
    assertThat(run.err()).isEmpty(); // the summary would mix with piped output on a terminal
  }

  @Test
  void standardInputWithSeveralFormatsWritesFilesNamedStdin() {
    Path out = dir.resolve("out");

    CommandRun run =
        CommandRun.withStdin(
            MINIMAL_JSON.getBytes(UTF_8),
            "render",
            "-",
            "--to",
            "title,broken",
            "-o",
            out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR); // broken fails, title is written
    assertThat(out.resolve("stdin.title.txt")).exists();
  }

  @Test
  void invalidStandardInputIsReportedAsStdin() {
    CommandRun run =
        CommandRun.withStdin(INVALID_JSON.getBytes(UTF_8), "render", "-", "--to", "title");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).startsWith("<stdin>:3:12: title: the title is blank");
    assertThat(run.stdout()).isEmpty();
  }

  @Test
  void quietPrintsNothingOnSuccess() throws IOException {
    Path input = write("notice.json", MINIMAL_JSON);

    CommandRun run = CommandRun.of("render", input.toString(), "--to", "title", "-q");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void verboseListsEveryFileWritten() throws IOException {
    Path input = write("notice.json", MINIMAL_JSON);

    CommandRun run = CommandRun.of("render", input.toString(), "--to", "title", "--verbose");

    assertThat(run.err()).contains("wrote " + dir.resolve("notice.title.txt"));
  }

  // Hostile input: the library's limits give one clear line, never a stack trace or a hang.

  @Test
  void deeplyNestedJsonIsRefusedWithTheLimitItHits() throws IOException {
    String deep =
        "{\"format\": \"communique/1\", \"title\": \"t\", \"body\": [{\"type\": \"paragraph\","
            + " \"content\": ["
            + "{\"type\": \"quotation\", \"content\": [".repeat(50_000)
            + "\"x\""
            + "]}".repeat(50_000)
            + "]}]}";
    Path input = write("deep.json", deep);

    CommandRun run = CommandRun.of("render", input.toString(), "--to", "title");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err().lines().findFirst())
        .get()
        .asString()
        .startsWith(input + ":")
        .contains("Limits.");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void aTopLevelArrayNestedAHundredThousandDeepIsRefused() throws IOException {
    Path input = write("brackets.json", "[".repeat(100_000));

    CommandRun run = CommandRun.of("render", input.toString(), "--to", "title");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).startsWith(input + ":1:1: ").doesNotContain("\tat ");
  }

  @Test
  void raisedLimitsReachTheRenderersAndTheWriters() throws IOException {
    // 40 block quotations: more than the default Limits.maxNestingDepth (32) allows.
    String deep = "{\"type\": \"blockQuotation\", \"blocks\": [".repeat(40)
        + "{\"type\": \"paragraph\", \"content\": [\"deep\"]}" + "]}".repeat(40);
    Path input = write("deep.json", "{\"format\": \"communique/1\", \"title\": \"Deep\","
        + " \"body\": [" + deep + "]}");

    CommandRun raised = CommandRun.of("render", input.toString(), "--to", "html,text,pdf",
        "--limit", "maxNestingDepth=40");
    CommandRun converted = CommandRun.of("convert", input.toString(),
        dir.resolve("deep.md").toString(), "--limit", "maxNestingDepth=40");
    CommandRun refused = CommandRun.of("render", input.toString(), "--to", "html");

    assertThat(raised.exitCode()).as(raised.err()).isZero();
    assertThat(Files.readString(dir.resolve("deep.html")).split("<blockquote", -1)).hasSize(41);
    assertThat(dir.resolve("deep.txt")).content().contains("deep");
    assertThat(dir.resolve("deep.pdf")).isNotEmptyFile();
    assertThat(converted.exitCode()).as(converted.err()).isZero();
    assertThat(dir.resolve("deep.md")).content().contains("deep");
    assertThat(refused.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(refused.err()).contains("maxNestingDepth").doesNotContain("\tat ");
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedNamingTheSetting() throws IOException {
    Path input = write("big.json", MINIMAL_JSON);

    CommandRun run =
        CommandRun.of(
            "render", input.toString(), "--to", "title", "--limit", "maxDocumentLength=50");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err())
        .startsWith(input.toString())
        .contains("maxDocumentLength")
        .doesNotContain("\tat ");
  }

  @Test
  void aTextLongerThanTheLimitIsRefusedNamingTheSetting() throws IOException {
    Path input =
        write(
            "long.json",
            "{\"format\": \"communique/1\", \"title\": \"" + "a".repeat(2_000_000) + "\"}");

    CommandRun run = CommandRun.of("render", input.toString(), "--to", "title");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err())
        .startsWith(input + ":1:")
        .contains("maxTextLength")
        .doesNotContain("\tat ");
  }
}
