package io.github.communique.markdown;

import static io.github.communique.model.Blocks.blockQuote;
import static io.github.communique.model.Blocks.paragraph;
import static io.github.communique.model.Inlines.emphasis;
import static io.github.communique.model.Inlines.link;
import static io.github.communique.model.Inlines.noteRef;
import static io.github.communique.model.Inlines.scare;
import static io.github.communique.model.Inlines.speech;
import static io.github.communique.model.Inlines.strong;
import static io.github.communique.model.Inlines.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Attribution;
import io.github.communique.model.Inline;
import io.github.communique.model.Party;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.Section;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import io.github.communique.testing.GoldenFile;
import io.github.communique.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the writer produces, against golden files in {@code
 * src/test/resources/golden/<case>/statement.md}: every sample, and a statement built to need the
 * writer's fallbacks (spans, character references, the attribute form of attribution lines).
 * Regenerate the files with {@code mvn -pl core test -Dtest=MarkdownWriterTest
 * -Dgolden.update=true} and review the change with {@code git diff}.
 */
class MarkdownWriterTest {
  private static final StatementMarkdown MARKDOWN = StatementMarkdown.create();

  static List<String> samples() {
    return Samples.names();
  }

  private static Path golden(String name) {
    return Path.of("src/test/resources/golden", name, "statement.md");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void writesEverySample(String name) {
    GoldenFile.assertMatches(golden(name), MARKDOWN.write(Samples.load(name)));
  }

  @Test
  void writesWhatPlainMarkdownCannotSayWithSpansReferencesAndAttributes() {
    Statement statement = edgeCases();
    String written = MARKDOWN.write(statement);
    GoldenFile.assertMatches(golden("builder-markdown-edge-cases"), written);
    assertThat(MARKDOWN.read(written, "edge-cases.md")).isEqualTo(statement);
  }

  @Test
  void writingToAStreamWritesTheSameUtf8() throws IOException {
    Statement statement = Samples.load(Samples.KYIV_APPEAL);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MARKDOWN.write(statement, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(MARKDOWN.write(statement));
  }

  @Test
  void britishHouseStyleWritesSpeechInSingleMarks() {
    StatementMarkdown british =
        StatementMarkdown.builder()
            .singleQuotes(QuoteKind.SPEECH)
            .doubleQuotes(QuoteKind.SCARE)
            .build();
    Statement statement =
        Statement.builder("T")
            .paragraph(text("She said "), speech("we act"), text(" about the "), scare("experts"))
            .build();
    String written = british.write(statement);
    assertThat(written).endsWith("She said 'we act' about the \"experts\"\n");
    assertThat(british.read(written, "british.md")).isEqualTo(statement);
  }

  /** Content the plain delimiters cannot carry, each case a paragraph. */
  private static Statement edgeCases() {
    Party keller = Party.person("Maria Keller", "party chair", "Green Alliance");
    Attribution byMinistry =
        new Attribution(
            Optional.of(Party.organisation("Ministry of Transport")),
            Optional.of(
                new Source(
                    Optional.empty(),
                    Optional.of("press release"),
                    Optional.empty(),
                    Optional.of(LocalDate.of(2026, 3, 3)))),
            Optional.empty());
    return Statement.builder("Edge cases: what the writer has to work around")
        .paragraph(text("un"), emphasis("frigging"), text("believable"))
        .paragraph(emphasis(strong("both")), text(" and "), strong(emphasis("both")))
        .paragraph(
            emphasis(),
            text(" empty emphasis and "),
            new Inline.Quotation(List.of(), QuoteKind.SPEECH, Optional.empty()))
        .paragraph(text("("), emphasis(text("\"quoted\" words")), text(")"))
        .paragraph(
            link(
                "https://example.org/outer",
                text("outer "),
                link("https://example.org/inner", "inner")),
            text(" and a note in a link "),
            link("https://example.org/", text("see"), noteRef("1")))
        .paragraph(text("  leading and trailing spaces  "))
        .paragraph(text("1. not a list, # not a heading, > not a quote"))
        .paragraph(scare("90s"), text(" and "), speech(keller, "We act"), text("."))
        .paragraph(text("Text"), new Inline.LineBreak())
        .note("1", "A note.")
        .block(blockQuote(byMinistry, paragraph("We appeal.")))
        .section(
            new Section(
                List.of(text("Notes to editors")), Optional.empty(), List.of(), List.of(deep(2))))
        .build();
  }

  /** A section nested past the six levels of # headings. */
  private static Section deep(int depth) {
    List<Section> sub = depth < 6 ? List.of(deep(depth + 1)) : List.of();
    return new Section(List.of(text("Level " + depth)), Optional.empty(), List.of(), sub);
  }
}
