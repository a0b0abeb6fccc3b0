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

/** {@code communique convert}: between JSON and Markdown, by extension or --from/--to. */
class ConvertCommandTest {
  @TempDir Path dir;

  @Test
  void jsonToCompactJsonKeepsTheStatement() throws IOException {
    Path out = dir.resolve("compact.json");

    CommandRun run =
        CommandRun.of(
            "convert", Samples.path("green-alliance").toString(), out.toString(), "--compact");

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out).strip().lines()).hasSize(1);
    assertThat(StatementJson.create().read(out)).isEqualTo(Samples.load("green-alliance"));
  }

  @Test
  void standardInputToStandardOutputNeedsTheOutputFormat() {
    byte[] json = Samples.text("minimal").getBytes(UTF_8);

    CommandRun run = CommandRun.withStdin(json, "convert", "-", "-", "--to", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(StatementJson.create().read(run.stdoutText(), "stdout"))
        .isEqualTo(Samples.load("minimal"));
  }

  @Test
  void unreadableInputIsReportedAndNoOutputIsWritten() throws IOException {
    Path in = Files.writeString(dir.resolve("broken.json"), "{\"title\": ");
    Path out = dir.resolve("out.json");

    CommandRun run = CommandRun.of("convert", in.toString(), out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).startsWith(in + ":");
    assertThat(out).doesNotExist();
  }

  @Test
  void aMissingInputIsAnIoError() {
    CommandRun run =
        CommandRun.of(
            "convert", dir.resolve("nope.json").toString(), dir.resolve("out.json").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(run.err()).isEqualTo(dir.resolve("nope.json") + ": no such file or directory\n");
  }
}
