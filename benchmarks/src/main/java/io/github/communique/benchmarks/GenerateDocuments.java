package io.github.communique.benchmarks;

import io.github.communique.benchmarks.generate.DocumentSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the benchmark documents to a directory, for the command-line checks (memory, start-up)
 * and for looking at them: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.communique.benchmarks.GenerateDocuments target/documents [small medium large]}.
 * For each size it writes {@code SIZE.json} and {@code SIZE.md} (what the CLI reads) and
 * {@code SIZE.commonmark.md} (what the peers read).
 */
public final class GenerateDocuments {
  private GenerateDocuments() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: GenerateDocuments DIR [small|medium|large ...]");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    String[] sizes = args.length > 1
        ? java.util.Arrays.copyOfRange(args, 1, args.length)
        : new String[] {"small", "medium", "large"};
    for (String name : sizes) {
      Document document = Document.of(DocumentSize.named(name));
      String base = name.toLowerCase(Locale.ROOT);
      Path commonMark = dir.resolve(base + ".commonmark.md");
      Files.writeString(commonMark, document.commonMark(), StandardCharsets.UTF_8);
      Files.write(dir.resolve(base + ".json"), document.json());
      Files.writeString(dir.resolve(base + ".md"), document.markdown(), StandardCharsets.UTF_8);
      System.out.printf(Locale.ROOT, "%-7s %,12d bytes of CommonMark  %s%n", base,
          document.markdownBytes(), dir);
    }
  }
}
