package io.github.communique.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.validate.ParsedStatement;
import io.github.communique.validate.Problem;
import io.github.communique.validate.SourceMap;
import io.github.communique.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code parse} records where each part of the statement stands in the file, under the document
 * paths validation problems use, so that a problem found in the model is reported at its line.
 */
class MarkdownSourceMapTest {
  private static final String FILE =
      String.join(
          "\n",
          "---", //                                           1
          "title: Green Alliance calls for an inquiry", //   2
          "issuers:", //                                      3
          "  - Green Alliance", //                            4
          "  - name: \" \"", //                               5
          "---", //                                           6
          "", //                                              7
          "The chair said \"we act\" and ''{.scare}.", //     8
          "", //                                              9
          "## Background {#background}", //                   10
          "", //                                              11
          "> We will not wait.", //                           12
          ">", //                                             13
          "> — Maria Keller, party chair", //                14
          "", //                                              15
          "- one", //                                         16
          "- see [the list](ftp://example.org/list)", //      17
          "", //                                              18
          "::: statement", //                                 19
          "---", //                                           20
          "title: Inner", //                                  21
          "---", //                                           22
          "Inner text.[^9]", //                               23
          ":::", //                                           24
          "", //                                              25
          "[^1]: A note.", //                                 26
          "");

  private static final ParsedStatement PARSED =
      StatementMarkdown.create().parse(FILE, "statement.md");

  private static SourceMap.Position at(String path) {
    return PARSED.sourceMap().find(path).orElseThrow();
  }

  @Test
  void metadataIsFoundAtItsYamlValue() {
    assertThat(at("title")).isEqualTo(new SourceMap.Position(2, 8));
    assertThat(at("issuers[0]")).isEqualTo(new SourceMap.Position(4, 5));
    assertThat(at("issuers[1].name")).isEqualTo(new SourceMap.Position(5, 11));
  }

  @Test
  void blocksAndInlinesAreFoundWhereTheyStart() {
    assertThat(at("body[0]")).isEqualTo(new SourceMap.Position(8, 1));
    assertThat(at("body[0].content[1]")).isEqualTo(new SourceMap.Position(8, 16));
    assertThat(at("body[0].content[3]")).isEqualTo(new SourceMap.Position(8, 29));
    assertThat(at("sections[0]")).isEqualTo(new SourceMap.Position(10, 1));
    assertThat(at("sections[0].heading[0]")).isEqualTo(new SourceMap.Position(10, 4));
    assertThat(at("sections[0].blocks[0]")).isEqualTo(new SourceMap.Position(12, 1));
    assertThat(at("sections[0].blocks[0].attribution")).isEqualTo(new SourceMap.Position(14, 3));
    assertThat(at("sections[0].blocks[1].items[1].blocks[0].content[1]"))
        .isEqualTo(new SourceMap.Position(17, 7));
    assertThat(at("sections[0].blocks[2].statement.title"))
        .isEqualTo(new SourceMap.Position(21, 8));
    assertThat(at("sections[0].blocks[2].statement.body[0].content[1]"))
        .isEqualTo(new SourceMap.Position(23, 12));
    assertThat(at("notes[0]")).isEqualTo(new SourceMap.Position(26, 1));
  }

  @Test
  void pathsNotRecordedFallBackToTheNearestEnclosingOne() {
    assertThat(at("sections[0].blocks[1].items[1].blocks[0].content[1].target"))
        .isEqualTo(new SourceMap.Position(17, 7));
  }

  @Test
  void validationProblemsAreReportedAtTheirLines() {
    List<Problem> problems = Validator.create().validate(PARSED.statement());
    List<String> described = problems.stream().map(PARSED.sourceMap()::describe).toList();
    assertThat(described)
        .anySatisfy(p -> assertThat(p).startsWith("statement.md:5:11: issuers[1].name: "))
        .anySatisfy(p -> assertThat(p).startsWith("statement.md:8:29: body[0].content[3]: "))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "statement.md:17:7:"
                            + " sections[0].blocks[1].items[1].blocks[0].content[1].target: "))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "statement.md:23:12:"
                            + " sections[0].blocks[2].statement.body[0].content[1].noteId: "));
  }

  @Test
  void readingWithoutASourceMapRecordsNothing() {
    ParsedStatement parsed = StatementMarkdown.create().parse(FILE, "statement.md");
    assertThat(parsed.statement()).isEqualTo(StatementMarkdown.create().read(FILE, "x.md"));
    assertThat(parsed.sourceMap().source()).isEqualTo("statement.md");
  }
}
