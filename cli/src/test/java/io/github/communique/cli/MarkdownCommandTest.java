package io.github.communique.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.json.StatementJson;
import io.github.communique.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on Markdown statements: read by extension, by --from, or by sniffing stdin. */
class MarkdownCommandTest {
  @TempDir Path dir;

  private static final String NOTICE =
      """
      ---
      title: Office closed on Friday
      ---

      She said "we will answer on Monday".
      """;

  /** A reference to a note the statement does not have: a validation problem on line 5. */
  private static final String DANGLING_NOTE =
      """
      ---
      title: Notes
      ---

      See this.[^gone]
      """;

  @Test
  void convertsJsonToMarkdownAndBack() throws IOException {
    Path md = dir.resolve("minimal.md");
    Path json = dir.resolve("minimal.json");

    CommandRun there = CommandRun.of("convert", Samples.path("minimal").toString(), md.toString());
    CommandRun back = CommandRun.of("convert", md.toString(), json.toString());

    assertThat(there.exitCode()).as(there.err()).isZero();
    assertThat(md).content(UTF_8).startsWith("---\ntitle: " + Samples.load("minimal").title());
    assertThat(back.exitCode()).as(back.err()).isZero();
    assertThat(StatementJson.create().read(json)).isEqualTo(Samples.load("minimal"));
  }

  @Test
  void aMarkdownTwinRendersTheSameHtmlAsItsJson() throws IOException {
    Path fromJson = dir.resolve("json");
    Path fromMarkdown = dir.resolve("md");
    Path samples = Samples.directory();

    CommandRun json =
        CommandRun.of("render", samples.toString(), "--from", "json", "-o", fromJson.toString());
    CommandRun markdown =
        CommandRun.of("render", samples.toString(), "--from", "md", "-o", fromMarkdown.toString());

    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(markdown.exitCode()).as(markdown.err()).isZero();
    for (String name : Samples.names()) {
      assertThat(fromMarkdown.resolve(name + ".html"))
          .hasSameTextualContentAs(fromJson.resolve(name + ".html"));
    }
  }

  @Test
  void rendersAMarkdownFile() throws IOException {
    Path input = Files.writeString(dir.resolve("notice.md"), NOTICE);

    CommandRun run = CommandRun.of("render", input.toString(), "--to", "text", "-o", "-");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.stdoutText())
        .contains("Office closed on Friday", "She said “we will answer on Monday”.");
  }

  @Test
  void problemsArePlacedAtTheMarkdownLine() throws IOException {
    Path input = Files.writeString(dir.resolve("notes.md"), DANGLING_NOTE);

    CommandRun run = CommandRun.of("validate", input.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.out())
        .startsWith(
            input + ":5:10: body[0].content[1].noteId: the note reference points at 'gone'");
  }

  @Test
  void standardInputThatDoesNotStartWithABraceIsMarkdown() {
    CommandRun run = CommandRun.withStdin(NOTICE.getBytes(UTF_8), "render", "-", "--to", "title");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.stdoutText()).startsWith("Office closed on Friday\n");
  }

  @Test
  void fromForcesTheFormatOfAFileWithAnotherName() throws IOException {
    Path input = Files.writeString(dir.resolve("notice.txt"), NOTICE);

    CommandRun run = CommandRun.of("render", input.toString(), "--from", "md", "--to", "title");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("notice.title.txt"))
        .content(UTF_8)
        .startsWith("Office closed on Friday");
  }

  @Test
  void aDirectoryMixesJsonAndMarkdown() throws IOException {
    Files.writeString(dir.resolve("a.md"), NOTICE);
    Files.writeString(dir.resolve("b.json"), Samples.text("minimal"));

    CommandRun run = CommandRun.of("render", dir.toString(), "--to", "title");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("a.title.txt")).exists();
    assertThat(dir.resolve("b.title.txt")).exists();
  }
}
