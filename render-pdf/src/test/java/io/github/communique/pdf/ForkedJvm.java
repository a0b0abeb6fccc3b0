package io.github.communique.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class of the tests in a new JVM with the test class path and returns its output. */
final class ForkedJvm {
  private ForkedJvm() {}

  /**
   * Runs {@code main} with {@code jvmOption} and {@code args}; the process writes its result to
   * standard output, which this returns.
   *
   * @throws AssertionError when the process fails or takes more than a minute
   */
  static byte[] run(Class<?> main, String jvmOption, String... args) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), jvmOption, "-cp",
        System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    Path output = Files.createTempFile("forked", ".out");
    Path errors = Files.createTempFile("forked", ".err");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(output.toFile())
              .redirectError(errors.toFile())
              .start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the forked JVM took more than a minute: " + command);
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(
            "the forked JVM failed with exit code " + process.exitValue() + ":" + File.separator
                + Files.readString(errors));
      }
      return Files.readAllBytes(output);
    } finally {
      Files.deleteIfExists(output);
      Files.deleteIfExists(errors);
    }
  }
}
