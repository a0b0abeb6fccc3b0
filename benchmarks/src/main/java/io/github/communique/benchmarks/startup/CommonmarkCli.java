package io.github.communique.benchmarks.startup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The smallest useful commonmark-java command line, the yardstick for the Communique CLI's
 * start-up: {@code java -jar benchmarks/target/commonmark-cli.jar in.md out.html} reads a
 * Markdown file and writes its HTML, as {@code communique render in.json --to html} does.
 */
public final class CommonmarkCli {
  private CommonmarkCli() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: commonmark-cli IN.md OUT.html");
      System.exit(2);
    }
    Node document;
    try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      document = Parser.builder().build().parseReader(in);
    }
    try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      HtmlRenderer.builder().build().render(document, out);
    }
  }
}
