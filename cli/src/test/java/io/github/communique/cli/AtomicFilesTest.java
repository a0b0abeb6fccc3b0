package io.github.communique.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files appear whole or not at all. */
class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void writesTheFileAndTheDirectoriesItNeeds() throws IOException {
    Path target = dir.resolve("out/sub/a.html");

    AtomicFiles.write(target, out -> out.write("<p>done</p>".getBytes(UTF_8)));

    assertThat(target).hasContent("<p>done</p>");
    assertThat(target.getParent()).isDirectoryNotContaining("glob:**/.*");
  }

  @Test
  void replacesAnExistingFile() throws IOException {
    Path target = dir.resolve("a.txt");
    Files.writeString(target, "old");

    AtomicFiles.write(target, out -> out.write("new".getBytes(UTF_8)));

    assertThat(target).hasContent("new");
  }

  @Test
  void aWriteThatFailsHalfWayLeavesNoFileBehind() {
    Path target = dir.resolve("a.html");

    assertThatThrownBy(() -> AtomicFiles.write(target, AtomicFilesTest::failHalfWay))
        .isInstanceOf(IOException.class)
        .hasMessage("No space left on device");

    assertThat(dir).isEmptyDirectory(); // neither the target nor the temporary file
  }

  @Test
  void aWriteThatFailsHalfWayKeepsTheOldFile() throws IOException {
    Path target = dir.resolve("a.html");
    Files.writeString(target, "<p>yesterday's</p>");

    assertThatThrownBy(() -> AtomicFiles.write(target, AtomicFilesTest::failHalfWay))
        .isInstanceOf(IOException.class);

    assertThat(target).hasContent("<p>yesterday's</p>");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aRuntimeFailureHalfWayLeavesNoFileEither() {
    Path target = dir.resolve("a.html");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write(new byte[100_000]);
                      throw new IllegalStateException("renderer bug");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void refusesToReplaceADirectory() throws IOException {
    Path target = Files.createDirectory(dir.resolve("a.html"));

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write(1)))
        .isInstanceOf(FileSystemException.class)
        .hasMessageContaining("is a directory");
    assertThat(target).isEmptyDirectory();
  }

  @Test
  void aVeryLongNameStillGetsATemporaryFile() throws IOException {
    Path target = dir.resolve("n".repeat(200) + ".html");

    AtomicFiles.write(target, out -> out.write('x'));

    assertThat(target).hasContent("x");
  }

  private static void failHalfWay(java.io.OutputStream out) throws IOException {
    out.write("<p>half</p>".repeat(50_000).getBytes(UTF_8)); // more than the buffer holds
    throw new IOException("No space left on device");
  }
}
