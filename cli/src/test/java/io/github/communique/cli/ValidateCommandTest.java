package io.github.communique.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code communique validate}: every problem as file:line:column: message. */
class ValidateCommandTest {
  @TempDir Path dir;

  /** Two problems: a blank title (line 3) and a link to a javascript: URL (line 6). */
  private static final String TWO_PROBLEMS =
      """
      {
        "format": "communique/1",
        "title": " ",
        "body": [
          {"type": "paragraph", "content": [
            {"type": "link", "target": "javascript:alert(1)", "content": ["click"]}
          ]}
        ]
      }
      """;

  /** Valid, but the note is never referenced: a warning. */
  private static final String WARNING =
      """
      {
        "format": "communique/1",
        "title": "Notes",
        "body": [{"type": "paragraph", "content": ["text"]}],
        "notes": [{"id": "n1", "blocks": [{"type": "paragraph", "content": ["unused"]}]}]
      }
      """;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void everySampleIsValid() throws IOException {
    CommandRun run = CommandRun.of("validate", Samples.directory().toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    long files;
    try (var list = Files.list(Samples.directory())) { // JSON and their Markdown twins
      files = list.filter(f -> f.toString().matches(".*\\.(json|md)")).count();
    }
    assertThat(run.err()).matches("All " + files + " files valid \\(\\d+\\.\\d\\d s\\)\n");
  }

  @Test
  void listsEveryProblemAtItsLineAndColumnOnStandardOutput() throws IOException {
    Path file = write("bad.json", TWO_PROBLEMS);

    CommandRun run = CommandRun.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.out().lines().toList())
        .hasSize(2)
        .satisfiesExactly(
            first -> assertThat(first).startsWith(file + ":3:12: title: "),
            second ->
                assertThat(second)
                    .startsWith(file + ":6:")
                    .contains("body[0].content[0]", "javascript"));
    assertThat(run.err()).matches("1 of 1 file failed: 2 problems \\(\\d+\\.\\d\\d s\\)\n");
  }

  @Test
  void warningsAreListedButPassUnlessStrict() throws IOException {
    Path file = write("notes.json", WARNING);

    CommandRun lenient = CommandRun.of("validate", file.toString());
    CommandRun strict = CommandRun.of("validate", file.toString(), "--strict");

    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.out()).startsWith(file + ":").contains("warning: ");
    assertThat(lenient.err()).startsWith("Valid, 1 warning (");
    assertThat(strict.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
  }

  @Test
  void unreadableStatementsAreProblemsToo() throws IOException {
    Path file = write("broken.json", "{\"format\": \"communique/1\",\n \"title\": [}");

    CommandRun run = CommandRun.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.out()).startsWith(file + ":2:");
  }

  @Test
  void aMissingFileIsAnIoErrorOnStandardError() {
    Path missing = dir.resolve("missing.json");

    CommandRun run = CommandRun.of("validate", missing.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(missing + ": no such file or directory\n");
  }

  @Test
  void requireSpeakersAppliesTheHouseRule() throws IOException {
    Path file =
        write(
            "unattributed.json",
            """
            {"format": "communique/1", "title": "Quoted",
             "body": [{"type": "blockQuotation", "blocks": [{"type": "paragraph", "content": ["words"]}]}]}
            """);

    CommandRun plain = CommandRun.of("validate", file.toString());
    CommandRun house = CommandRun.of("validate", file.toString(), "--require-speakers");

    assertThat(plain.exitCode()).as(plain.out() + plain.err()).isZero();
    assertThat(house.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(house.out())
        .startsWith(file + ":2:11: body[0]: the block quotation names no speaker")
        .contains("Validator.requireSpeakers");
  }

  @Test
  void readsStandardInput() {
    CommandRun run = CommandRun.withStdin(TWO_PROBLEMS.getBytes(UTF_8), "validate", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.out()).startsWith("<stdin>:3:12: title: ");
  }

  @Test
  void quietPrintsOnlyTheProblems() throws IOException {
    Path file = write("bad.json", TWO_PROBLEMS);

    CommandRun run = CommandRun.of("validate", "-q", file.toString());

    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.err()).isEmpty();
  }
}
