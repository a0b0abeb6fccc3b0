package io.github.communique.text;

import static org.assertj.core.api.Assertions.fail;

import io.github.communique.model.QuoteStyle;
import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import io.github.communique.testing.GoldenFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the examples of {@code src/test/resources/spec/text.txt}: a statement in the notation of
 * {@link SpecModel}, a line with a single {@code .}, then the text it renders to. With {@code
 * -Dgolden.update=true} the expected texts are rewritten from the renderer's output (review the
 * change with {@code git diff} before committing it).
 */
class TextSpecTest {
  static final Path SPEC = Path.of("src/test/resources/spec/text.txt");

  private static final Map<String, QuoteStyle> STYLES =
      Map.of(
          "english",
          QuoteStyle.ENGLISH,
          "british",
          QuoteStyle.BRITISH,
          "german",
          QuoteStyle.GERMAN,
          "french",
          QuoteStyle.FRENCH,
          "russian",
          QuoteStyle.RUSSIAN);

  /** One example: where it starts in the file, its name and options, model and expected text. */
  record Example(int line, String name, String options, String model, String expected) {
    @Override
    public String toString() {
      return name + " (line " + line + ")";
    }
  }

  private static final List<String> updated = new ArrayList<>();
  private static List<String> fileLines;

  static List<Example> examples() throws IOException {
    fileLines = Files.readAllLines(SPEC, StandardCharsets.UTF_8);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < fileLines.size(); i++) {
      String header = fileLines.get(i);
      if (!header.startsWith("%% ")) {
        continue;
      }
      String name = header.substring(3).strip();
      String options = "";
      if (name.endsWith(")")
          && name.lastIndexOf('(') > 0
          && name.substring(name.lastIndexOf('(')).contains("=")) {
        options = name.substring(name.lastIndexOf('(') + 1, name.length() - 1);
        name = name.substring(0, name.lastIndexOf('(')).strip();
      }
      int j = i + 1;
      StringBuilder model = new StringBuilder();
      while (j < fileLines.size() && !fileLines.get(j).equals(".")) {
        model.append(fileLines.get(j++)).append('\n');
      }
      j++;
      List<String> expected = new ArrayList<>();
      while (j < fileLines.size() && !fileLines.get(j).startsWith("%% ")) {
        expected.add(fileLines.get(j++));
      }
      while (!expected.isEmpty() && expected.get(expected.size() - 1).isEmpty()) {
        expected.remove(expected.size() - 1);
      }
      String text = expected.isEmpty() ? "" : String.join("\n", expected) + "\n";
      examples.add(new Example(i + 1, name, options, model.toString(), text));
    }
    return examples;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void rendersAsTheSpecSays(Example example) {
    String actual = render(example);
    if (GoldenFile.updating()) {
      updated.add(example.line() + "\n" + actual);
      return;
    }
    if (!actual.equals(SpecModel.unescape(example.expected()))) {
      fail(
          "spec example '%s' at %s:%d differs:%n%s",
          example.name(),
          SPEC,
          example.line(),
          GoldenFile.diff(SpecModel.unescape(example.expected()), actual));
    }
  }

  static String render(Example example) {
    RenderOptions.Builder options = RenderOptions.builder();
    for (String option : example.options().split(",")) {
      String[] kv = option.strip().split("=");
      if (kv[0].isEmpty()) {
        continue;
      }
      switch (kv[0]) {
        case "width" -> options.textWidth(Integer.parseInt(kv[1]));
        case "quotes" -> options.quoteStyle(STYLES.get(kv[1]));
        default ->
            throw new IllegalArgumentException(
                "unknown option " + kv[0] + " at line " + example.line());
      }
    }
    Statement statement;
    try {
      statement = SpecModel.parse(example.model());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "example at line " + example.line() + ": " + e.getMessage(), e);
    }
    String text = TextGoldenTest.render(statement, options.build());
    // Examples without a title: leave out the placeholder title "T" and its underline.
    if (text.startsWith("T\n=\n")) {
      text = text.substring(text.startsWith("T\n=\n\n") ? 5 : 4);
    }
    return text;
  }

  /** Invisible characters as {@code \}{@code uXXXX}, so the file shows where they are. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        out.append("\\\\");
      } else if (c == '\u00A0'
          || c == '\u202F'
          || c == '\u2007'
          || c == '\u200B'
          || Character.getType(c) == Character.NON_SPACING_MARK) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** In update mode, writes the rendered texts back into the spec file. */
  @AfterAll
  static void writeUpdates() throws IOException {
    if (!GoldenFile.updating() || updated.isEmpty()) {
      return;
    }
    Map<Integer, String> byLine = new java.util.HashMap<>();
    for (String u : updated) {
      int nl = u.indexOf('\n');
      byLine.put(Integer.parseInt(u.substring(0, nl)), u.substring(nl + 1));
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < fileLines.size(); i++) {
      out.append(fileLines.get(i)).append('\n');
      String actual = byLine.get(i + 1);
      if (actual == null) {
        continue;
      }
      int j = i + 1;
      while (!fileLines.get(j).equals(".")) {
        out.append(fileLines.get(j++)).append('\n');
      }
      out.append(".\n").append(escape(actual)).append('\n');
      j++;
      while (j < fileLines.size() && !fileLines.get(j).startsWith("%% ")) {
        j++;
      }
      i = j - 1;
    }
    Files.writeString(SPEC, out.toString().replaceAll("\n+$", "\n"), StandardCharsets.UTF_8);
  }
}
