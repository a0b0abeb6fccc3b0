package io.github.communique.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Traversal;
import io.github.communique.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The quotation table lists every quotation of the example statement with speaker and source. */
class QuotationTableTest {

  @Test
  void everyQuotationIsARowWithItsSpeakerAndSource() {
    assertThat(QuotationTable.rows(BuildAndRender.statement()))
        .extracting(row -> String.join(" | ", row))
        .containsExactly(
            "1 | speech | Maria Keller, party chair, Green Alliance |  | signed in the dark",
            "2 | scare |  |  | consultation",
            "3 | speech | Jonas Brandt, Minister of Transport, Government |  | a contract the"
                + " public can read, every clause of it",
            "4 | mention |  |  | clause",
            "5 | speech |  |  | trust us",
            "6 | block | Maria Keller, party chair, Green Alliance"
                + " | Radio North, Morning Briefing, 2026-11-24"
                + " | When a minister tells you trust us, the answer is: show us.");
  }

  @Test
  void printsAnAlignedTableCuttingLongCells() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    QuotationTable.print(
        BuildAndRender.statement(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String table = bytes.toString(StandardCharsets.UTF_8);
    assertThat(table.lines().toList())
        .hasSize(7)
        .first()
        .asString()
        .matches("# +KIND +SPEAKER +SOURCE +WORDS");
    assertThat(table)
        .contains("6  block    Maria Keller, party chair, Gr…  Radio North, Morning Briefing…");
    int wordsColumn = table.lines().findFirst().orElseThrow().indexOf("WORDS");
    assertThat(table.lines().skip(1))
        .allSatisfy(line -> assertThat(line.charAt(wordsColumn - 1)).isEqualTo(' '));
  }

  @Test
  void runsAsAProgram() throws IOException {
    assertThat(run()).contains("signed in the dark");
  }

  @Test
  void readsStatementFilesNamedOnTheCommandLine() throws IOException {
    String output = run(Samples.path("kyiv-appeal").toString());

    assertThat(output).startsWith(Samples.load("kyiv-appeal").title() + "\n");
    assertThat(output.lines().skip(1).findFirst())
        .get()
        .asString()
        .matches("# +KIND +SPEAKER +SOURCE +WORDS");
    assertThat(output.lines().count())
        .isGreaterThan(Traversal.quotations(Samples.load("kyiv-appeal")).size() + 1L);
  }

  private static String run(String... args) throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      QuotationTable.main(args);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
