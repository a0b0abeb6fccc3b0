package io.github.communique.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the quick start in the root README.md exactly as written (like
 * commonmark-java's UsageExampleTest, but reading the README itself so the two cannot drift).
 */
class ReadmeQuickStartTest {
  private static final Pattern QUICK_START =
      Pattern.compile("<!-- quick-start -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void quickStartCompilesRunsAndWritesAllThreeFormats(@TempDir Path dir) throws Exception {
    String snippet = quickStart();
    List<String> lines = snippet.lines().toList();
    String imports =
        lines.stream().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"));
    String body =
        lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
    Path source = dir.resolve("QuickStart.java");
    Files.writeString(
        source,
        imports + "\n\npublic class QuickStart {\n  public static void main(String[] args)"
            + " throws Exception {\n" + body + "\n  }\n}\n");

    String classPath = System.getProperty("java.class.path");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int compiled =
        javac.run(null, null, null, "-d", dir.toString(), "-cp", classPath, source.toString());
    assertThat(compiled).as("the README's quick start compiles").isZero();

    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", dir + File.pathSeparator + classPath, "QuickStart")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).as(output).isZero();

    String text = Files.readString(dir.resolve("statement.txt"));
    assertThat(text).contains("Harbour workers accept the new contract", "“a fair deal”");
    String html = Files.readString(dir.resolve("statement.html"));
    assertThat(html).contains("<h1", "Harbour workers accept the new contract", "<q");
    byte[] pdf = Files.readAllBytes(dir.resolve("statement.pdf"));
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
  }

  private static String quickStart() throws IOException {
    Path readme = Path.of("").toAbsolutePath();
    while (!Files.exists(readme.resolve("README.md")) || !Files.exists(readme.resolve(".ci"))) {
      readme = readme.getParent();
      assertThat(readme).as("README.md above the working directory").isNotNull();
    }
    Matcher m = QUICK_START.matcher(Files.readString(readme.resolve("README.md")));
    assertThat(m.find()).as("README.md has a <!-- quick-start --> java block").isTrue();
    return m.group(1);
  }
}
