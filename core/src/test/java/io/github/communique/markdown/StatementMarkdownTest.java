package io.github.communique.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.communique.model.Inline;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementFormatException;
import io.github.communique.testing.Samples;
import io.github.communique.validate.Limits;
import io.github.communique.validate.ParsedStatement;
import io.github.communique.validate.SourceMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API: files, streams and strings, encodings, line ends, limits and the builder. */
class StatementMarkdownTest {
  private static final StatementMarkdown MARKDOWN = StatementMarkdown.create();
  private static final String DOC = "---\ntitle: T\n---\nThe chair said \"we act\".\n";

  @Test
  void readsFilesStreamsAndStringsAlike(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("statement.md");
    Files.writeString(file, DOC);
    Statement expected = MARKDOWN.read(DOC, "string");
    assertThat(MARKDOWN.read(file)).isEqualTo(expected);
    assertThat(MARKDOWN.read(new ByteArrayInputStream(DOC.getBytes(StandardCharsets.UTF_8)), "in"))
        .isEqualTo(expected);
    ParsedStatement parsed = MARKDOWN.parse(file);
    assertThat(parsed.statement()).isEqualTo(expected);
    assertThat(parsed.sourceMap().source()).isEqualTo(file.toString());
  }

  @Test
  void aByteOrderMarkIsIgnoredAndPositionsStayTheEditorsOnes() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = DOC.getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, both, 0, 3);
    System.arraycopy(text, 0, both, 3, text.length);
    ParsedStatement parsed = MARKDOWN.parse(new ByteArrayInputStream(both), "bom.md");
    assertThat(parsed.statement()).isEqualTo(MARKDOWN.read(DOC, "x"));
    assertThat(parsed.sourceMap().find("title")).contains(new SourceMap.Position(2, 8));
  }

  @Test
  void windowsAndOldMacLineEndsReadAsLineFeeds() {
    Statement expected = MARKDOWN.read(DOC + "\n- a\n- b\n", "lf");
    assertThat(MARKDOWN.read((DOC + "\n- a\n- b\n").replace("\n", "\r\n"), "crlf"))
        .isEqualTo(expected);
    assertThat(MARKDOWN.read((DOC + "\n- a\n- b\n").replace("\n", "\r"), "cr")).isEqualTo(expected);
    ParsedStatement parsed = MARKDOWN.parse((DOC + "\n- a\n- b\n").replace("\n", "\r\n"), "c.md");
    assertThat(parsed.sourceMap().find("body[1].items[1]")).contains(new SourceMap.Position(7, 1));
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWithTheirPlace() {
    byte[] latin1 = "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> MARKDOWN.read(new ByteArrayInputStream(latin1), "latin1.md"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessage("latin1.md:2:11: the file is not UTF-8 text (byte 15); save it as UTF-8");
  }

  @Test
  void aDocumentLongerThanTheLimitIsRefusedNamingTheLimit() {
    StatementMarkdown small = StatementMarkdown.create(Limits.defaults().withMaxDocumentLength(20));
    assertThatThrownBy(() -> small.read(DOC, "big.md"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessage(
            "big.md:1:1: the file is 42 characters long, more than"
                + " Limits.maxDocumentLength (20); split it or raise Limits.maxDocumentLength");
    assertThatThrownBy(() -> small.read(new ByteArrayInputStream(new byte[100]), "big.md"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessageContaining("longer than Limits.maxDocumentLength allows (20 characters)");
  }

  @Test
  void frontMatterLongerThanTheTextLimitIsRefusedBeforeYamlReadsIt() {
    StatementMarkdown small = StatementMarkdown.create(Limits.defaults().withMaxTextLength(10));
    assertThatThrownBy(() -> small.read("---\ntitle: A long title\n---\n", "fm.md"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessage("fm.md:2:1: the front matter is longer than Limits.maxTextLength (10"
            + " characters); shorten it or raise Limits.maxTextLength");
  }

  @Test
  void theQuotationMarkConventionIsASetting() {
    String text = "---\ntitle: T\n---\n\"double\" and 'single'\n";
    List<Inline> content =
        ((io.github.communique.model.Block.Paragraph)
                StatementMarkdown.builder()
                    .doubleQuotes(QuoteKind.SCARE)
                    .singleQuotes(QuoteKind.SPEECH)
                    .build()
                    .read(text, "x")
                    .body()
                    .get(0))
            .content();
    assertThat(((Inline.Quotation) content.get(0)).kind()).isEqualTo(QuoteKind.SCARE);
    assertThat(((Inline.Quotation) content.get(2)).kind()).isEqualTo(QuoteKind.SPEECH);
  }

  @Test
  void theLimitsAreTheOnesGiven() {
    Limits limits = Limits.defaults().withMaxQuotationDepth(1);
    assertThat(StatementMarkdown.create(limits).limits()).isEqualTo(limits);
    assertThatThrownBy(
            () ->
                StatementMarkdown.create(limits).read("---\ntitle: T\n---\n\"a 'b' c\"\n", "q.md"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessage(
            "q.md:4:4: quotations nest more than Limits.maxQuotationDepth (1) deep here;"
                + " reduce the nesting or raise Limits.maxQuotationDepth");
  }

  @Test
  void writingRefusesWhatNoMarkdownCanSay() {
    Statement badNote =
        Statement.builder("T")
            .paragraph(io.github.communique.model.Inlines.noteRef("a b"))
            .note("a b", "x")
            .build();
    assertThatThrownBy(() -> MARKDOWN.write(badNote))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the note id 'a b' cannot be written as Markdown");
    Statement script =
        Statement.builder("T")
            .paragraph(io.github.communique.model.Inlines.link("javascript:alert(1)", "x"))
            .build();
    assertThatThrownBy(() -> MARKDOWN.write(script))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("links to javascript: addresses are not allowed");
  }

  @Test
  void aSampleReadsTheSameFromItsFile() throws IOException {
    Path twin = Samples.directory().resolve("minimal.md");
    assertThat(MARKDOWN.read(twin)).isEqualTo(Samples.load(Samples.MINIMAL));
  }
}
