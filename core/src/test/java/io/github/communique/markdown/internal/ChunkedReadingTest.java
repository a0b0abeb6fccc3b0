package io.github.communique.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.markdown.StatementMarkdown;
import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementFormatException;
import io.github.communique.testing.StatementArbitraries;
import io.github.communique.validate.Limits;
import io.github.communique.validate.ParsedStatement;
import io.github.communique.validate.SourceMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Reading a body in pieces ({@link ChunkBoundaries}) gives exactly what reading it whole gives: the
 * same statement, the same source map, or the same error at the same line and column. The pieces
 * here are as small as the cuts allow (a chunk length of one character), so every safe cut is
 * taken.
 */
class ChunkedReadingTest {
  private static final MarkdownReader WHOLE =
      new MarkdownReader(Limits.defaults(), QuoteKind.SPEECH, QuoteKind.SCARE, Integer.MAX_VALUE);
  private static final MarkdownReader PIECES =
      new MarkdownReader(Limits.defaults(), QuoteKind.SPEECH, QuoteKind.SCARE, 1);
  private static final StatementMarkdown MARKDOWN = StatementMarkdown.create();

  @Property(tries = 500)
  void generatedStatementsReadTheSameInPieces(
      @ForAll @From(supplier = StatementArbitraries.Statements.class) Statement statement,
      @ForAll @IntRange(min = 1, max = 300) int chunkLength) {
    assertSameInPieces(MARKDOWN.write(statement), chunkLength);
  }

  /** Written statements with lines of every kind inserted: fences, lists, definitions, headings. */
  @Property(tries = 1000)
  void statementsWithStrayLinesReadTheSameInPieces(
      @ForAll @From(supplier = StatementArbitraries.Statements.class) Statement statement,
      @ForAll("strayLines") List<String> stray,
      @ForAll("positions") List<Integer> at,
      @ForAll @IntRange(min = 1, max = 300) int chunkLength) {
    List<String> lines = new ArrayList<>(Arrays.asList(MARKDOWN.write(statement).split("\n", -1)));
    for (int i = 0; i < stray.size() && i < at.size(); i++) {
      lines.add(Math.min(at.get(i), lines.size()), stray.get(i));
    }
    assertSameInPieces(String.join("\n", lines), chunkLength);
  }

  /** Bodies made only of such lines, after a title. */
  @Property(tries = 1000)
  void documentsOfStrayLinesReadTheSameInPieces(
      @ForAll("documentLines") List<String> lines,
      @ForAll @IntRange(min = 1, max = 100) int chunkLength) {
    assertSameInPieces("# T\n\n" + String.join("\n", lines) + "\n", chunkLength);
  }

  @Provide
  Arbitrary<List<String>> strayLines() {
    return line().list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<List<Integer>> positions() {
    return Arbitraries.integers().between(0, 200).list().ofSize(6);
  }

  @Provide
  Arbitrary<List<String>> documentLines() {
    return line().list().ofMaxSize(40);
  }

  private static Arbitrary<String> line() {
    return Arbitraries.of(
        "",
        "",
        "",
        "Text at the margin.",
        "“Quoted,” she said.",
        "Lazy text",
        "~~~",
        "~~~~",
        "  ~~~ info",
        "::: statement",
        ":::",
        "  :::",
        "    :::",
        "> ::: statement",
        "> :::",
        "- ::: statement",
        "---",
        "title: Inner",
        "> A quotation.",
        ">",
        "> — Maria Keller, chair",
        "- item",
        "* item",
        "1. item",
        "2) item",
        "  indented text",
        "    four spaces",
        "\tA tab",
        "[^n]: A note.",
        "[^m]:",
        "    Note text.",
        "See the note.[^n]",
        "# Title",
        "## Section",
        "### Subsection",
        "## Notes to editors",
        "Setext",
        "===",
        "***",
        "| a | b |",
        "|---|---|",
        "[link][ref] and [ref]",
        "[ref]: https://example.org",
        "A [link](https://example.org).",
        "A [bad link](javascript:alert).",
        "Text {.scare}",
        "Text\\",
        "\r");
  }

  /** Every example of the dialect's spec, errors included. */
  @Example
  void specExamplesReadTheSameInPieces() throws IOException {
    String spec;
    try (InputStream in = getClass().getResourceAsStream("/spec/markdown.txt")) {
      spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int examples = 0;
    for (String part : spec.split("~~~~~~~~ (example|error): ")) {
      int start = part.indexOf('\n') + 1;
      int end = part.indexOf("\n.\n");
      if (start <= 0 || end < start) {
        continue;
      }
      String input = part.substring(start, end + 1).replace("→", "\t");
      boolean wrap = !input.startsWith("---") && !input.startsWith("# ");
      assertSameInPieces(wrap ? "---\ntitle: T\n---\n" + input : input);
      examples++;
    }
    assertThat(examples).isGreaterThan(100);
  }

  @Example
  void aCodeFenceIsNotCutAtItsBlankLinesNorItsColumnZeroText() {
    String markdown = "# T\n\nBefore.\n\n~~~\ncode\n\nText at column 0\n~~~\n\nAfter.\n";
    assertThat(cutLines(markdown)).containsExactly(3, 11);
    assertSameInPieces(markdown);
    assertThat(error(markdown)).startsWith("t.md:5:1: code blocks are not supported");
  }

  @Example
  void anEmbeddedStatementIsNotCut() {
    String markdown =
        "# T\n\n::: statement\n---\ntitle: Inner\n---\nInner text.\n\nMore inner text.\n:::\n\n"
            + "After.\n";
    assertThat(cutLines(markdown)).containsExactly(12);
    Statement statement = assertSameInPieces(markdown);
    Block.EmbeddedStatement inner = (Block.EmbeddedStatement) statement.body().get(0);
    assertThat(inner.statement().body()).hasSize(2);
    assertThat(statement.body()).hasSize(2);
  }

  @Example
  void aListWithALazyLineIsNotCut() {
    String markdown = "# T\n\n- item\nlazy line\n\n- second\n\nAfter.\n";
    assertThat(cutLines(markdown)).containsExactly(8);
    Statement statement = assertSameInPieces(markdown);
    assertThat(statement.body().get(0)).isInstanceOf(Block.BulletList.class);
    assertThat(((Block.BulletList) statement.body().get(0)).items()).hasSize(2);
  }

  @Example
  void aLinkDefinedAfterItsUseKeepsTheBodyWhole() {
    String markdown = "# T\n\nA [link][r].\n\nMore.\n\nMore still.\n\n[r]: https://example.org\n";
    assertThat(cutLines(markdown)).isEmpty();
    Statement statement = assertSameInPieces(markdown);
    Block.Paragraph paragraph = (Block.Paragraph) statement.body().get(0);
    assertThat(paragraph.content()).contains(
        new Inline.Link("https://example.org", List.of(new Inline.Text("link"))));
  }

  @Example
  void aNoteDefinedInALaterPieceIsFoundAndKeepsItsPlace() {
    String markdown =
        "# T\n\nFirst.[^b]\n\nSecond.[^a]\n\n[^a]: Note a.\n\nThird.\n\n[^b]: Note b.\n";
    assertThat(cutLines(markdown)).containsExactly(3, 5, 9);
    Statement statement = assertSameInPieces(markdown);
    assertThat(statement.notes()).extracting(n -> n.id()).containsExactly("a", "b");
    assertThat(((Block.Paragraph) statement.body().get(0)).content())
        .contains(new Inline.NoteReference("b"));
  }

  @Example
  void aSectionOpenedInOnePieceGetsTheBlocksOfTheNext() {
    String markdown = "# T\n\nIntro.\n\n## Section\n\nFirst.\n\n### Sub\n\nSecond.\n\nThird.\n";
    assertThat(cutLines(markdown)).containsExactly(3, 7, 11, 13);
    Statement statement = assertSameInPieces(markdown);
    assertThat(statement.sections()).hasSize(1);
    assertThat(statement.sections().get(0).blocks()).hasSize(1);
    assertThat(statement.sections().get(0).subsections().get(0).blocks()).hasSize(2);
    SourceMap map = PIECES.read("t.md", markdown, true).sourceMap();
    assertThat(map.find("sections[0].subsections[0].blocks[1]"))
        .contains(new SourceMap.Position(13, 1));
  }

  @Example
  void anErrorInALaterPieceHasItsLineInTheFile() {
    String markdown = "# T\n\nFirst.\n\nSecond.\n\nThird, [bad](javascript:alert).\n";
    assertThat(cutLines(markdown)).containsExactly(3, 5, 7);
    assertSameInPieces(markdown);
    assertThat(error(markdown)).startsWith("t.md:7:8: links to javascript: addresses");
  }

  @Example
  void aSecondTitleInALaterPieceIsStillRefused() {
    String markdown = "# T\n\nFirst.\n\n# Again\n\nSecond.\n";
    assertSameInPieces(markdown);
    assertThat(error(markdown)).startsWith("t.md:5:1: the title is given twice");
  }

  /** The 1-based lines where the pieces after the first start. */
  private static List<Integer> cutLines(String markdown) {
    int[] cuts = ChunkBoundaries.find(markdown, 0, markdown.length(), 1);
    List<Integer> lines = new ArrayList<>();
    SourceText source = new SourceText("t.md", markdown);
    for (int i = 1; i + 1 < cuts.length; i++) {
      lines.add(source.position(cuts[i]).line());
    }
    return lines;
  }

  private static String error(String markdown) {
    try {
      PIECES.read("t.md", markdown, false);
      return "no error";
    } catch (StatementFormatException e) {
      return e.getMessage();
    }
  }

  private static Statement assertSameInPieces(String markdown) {
    return assertSameInPieces(markdown, 1);
  }

  /**
   * Asserts that reading whole and in pieces of {@code chunkLength} agree, and returns the
   * statement (or null for an error).
   */
  private static Statement assertSameInPieces(String markdown, int chunkLength) {
    Object whole = outcome(WHOLE, markdown);
    MarkdownReader pieces =
        new MarkdownReader(Limits.defaults(), QuoteKind.SPEECH, QuoteKind.SCARE, chunkLength);
    assertThat(outcome(pieces, markdown))
        .as("read in pieces of %d:%n%s", chunkLength, markdown)
        .isEqualTo(whole);
    return whole instanceof Outcome ? ((Outcome) whole).statement() : null;
  }

  /** The statement (equal source maps checked), or the error's message. */
  private static Object outcome(MarkdownReader reader, String markdown) {
    ParsedStatement parsed;
    try {
      parsed = reader.read("t.md", markdown, true);
    } catch (StatementFormatException e) {
      return e.getMessage();
    }
    return new Outcome(parsed.statement(), positions(parsed.sourceMap()));
  }

  private record Outcome(Statement statement, Map<String, SourceMap.Position> positions) {}

  private static Map<String, SourceMap.Position> positions(SourceMap map) {
    return new TreeMap<>(map.positions());
  }
}
