package io.github.communique.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.render.RenderOptions;
import io.github.communique.render.Stylesheet;
import io.github.communique.validate.Limits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a whole: help, version, usage errors, the formats list. */
class CommandLineTest {

  @Test
  void versionComesFromTheBuild() {
    CommandRun run = CommandRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("(?s)communique \\d+\\.\\d+\\.\\d+\\S*\\RJava .*");
  }

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    CommandRun run = CommandRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("render", "validate", "convert", "formats")
        .contains(
            "Exit codes:", "0  success", "1  invalid input", "2  usage error", "3  I/O error");
  }

  @ParameterizedTest
  @ValueSource(strings = {"render", "validate", "convert", "formats"})
  void everyCommandHasHelpWithTheExitCodes(String command) {
    CommandRun run = CommandRun.of(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: communique " + command).contains("Exit codes:");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void helpCommandShowsAnotherCommandsHelp() {
    CommandRun run = CommandRun.of("help", "render");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: communique render", "--to", "--paper", "--quotes");
  }

  @Test
  void withoutACommandPrintsUsageAndFails() {
    CommandRun run = CommandRun.of();

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Usage: communique");
  }

  @Test
  void renderOptionDefaultsInTheHelpAreTheLibrarys() {
    RenderOptions defaults = RenderOptions.defaults();

    assertThat(CommandRun.of("render", "--help").out().replaceAll("\\s+", " "))
        .contains("(20 to 1000). Default: " + defaults.textWidth() + ".")
        .contains("148x210mm. Default: " + defaults.paperSize().name() + ".")
        .contains("system setting. Default: " + defaults.theme().name().toLowerCase(Locale.ROOT))
        .contains("links to yours. Default: default.");
    assertThat(defaults.stylesheet()).isEqualTo(Stylesheet.DEFAULT);
  }

  @Test
  void limitsInTheHelpAreTheLibrarysDefaults() {
    Limits defaults = Limits.defaults();

    assertThat(CommandRun.of("render", "--help").out().replaceAll("\\s+", " "))
        .contains("maxSectionDepth (" + defaults.maxSectionDepth() + ")")
        .contains("maxQuotationDepth (" + defaults.maxQuotationDepth() + ")")
        .contains("maxListDepth (" + defaults.maxListDepth() + ")")
        .contains("maxNestingDepth (" + defaults.maxNestingDepth() + ")")
        .contains("maxTextLength (" + defaults.maxTextLength() + " characters)")
        .contains("maxDocumentLength (" + defaults.maxDocumentLength() + " characters)");
  }

  /** Every usage error is one line on standard error that points at --help, and exit status 2. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "frobnicate                                         | Unmatched argument at index 0:"
            + " 'frobnicate'",
        "render                                             | Missing required parameter: 'FILE'",
        "render a.json --to docx                            | unknown format 'docx' for --to;"
            + " available: broken, ",
        "render a.json --to title --paper B7                | Invalid value for option '--paper':"
            + " unknown paper size 'B7': use A4, Letter, or WIDTHxHEIGHTmm such as 148x210mm",
        "render a.json --to title --width 5                 | Invalid value for option '--width':"
            + " '5' is not a width: use a number of columns from 20 to 1000",
        "render a.json --to title --width wide              | Invalid value for option '--width':"
            + " 'wide' is not a width",
        "render a.json --to title --theme neon              | Invalid value for option '--theme':"
            + " unknown theme 'neon': use auto, light or dark",
        "render a.json --to title --quotes klingon          | Invalid value for option '--quotes':"
            + " unknown quote style 'klingon'",
        "render a.json --to title --from yaml               | Invalid value for option '--from':"
            + " unknown input format 'yaml': use json or md",
        "render a.json --to title --limit maxDepth=3        | --limit: unknown limit 'maxDepth'",
        "render a.json --to title --limit maxListDepth      | Invalid value for option '--limit':"
            + " 'maxListDepth' is not NAME=VALUE, such as maxTextLength=100000",
        "render a.json --to title --limit maxListDepth=0    | --limit maxListDepth: must be between"
            + " 1 and 2147483647, got 0",
        "render a.json --to title --limit maxListDepth=deep | --limit maxListDepth: 'deep' is not a"
            + " whole number",
        "render a.json --to title --threads 0               | --threads must be at least 1, got 0",
        "render pom.xml --to title                          | cannot tell the format of 'pom.xml'"
            + " from its name",
        "render - - --to title                              | standard input ('-') can be read only"
            + " once",
        "render - --to title,broken                         | standard input with several formats"
            + " needs -o DIR",
        "render a.json b.json -o - --to title               | -o - (standard output) takes one"
            + " input and one format",
        "validate                                           | Missing required parameter: 'FILE'",
        "validate pom.xml                                   | cannot tell the format of 'pom.xml'"
            + " from its name",
        "convert a.json                                     | Missing required parameter: 'OUT'",
        "convert a.txt b.json                               | cannot tell the format of 'a.txt'"
            + " from its name",
        "convert a.json b.txt                               | cannot tell which format to write to"
            + " 'b.txt'",
      })
  void usageErrorsAreOneLineAndExitTwo(String args, String message) {
    CommandRun run = CommandRun.of(args.isBlank() ? new String[0] : args.strip().split(" +"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains(message).contains("(see 'communique").endsWith("--help')\n");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anEmptyStylesheetIsAUsageError() {
    CommandRun run = CommandRun.of("render", "a.json", "--to", "title", "--stylesheet", "");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains(
            "Invalid value for option '--stylesheet': use default, none, or the URL of a"
                + " stylesheet");
  }

  @Test
  void emptyDirectoryIsAUsageError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("readme.txt"), "not a statement");

    CommandRun run = CommandRun.of("render", dir.toString(), "--to", "title");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("no .json or .md files in " + dir + " (-r looks in subdirectories)");
  }

  @Test
  void twoInputsThatWouldWriteTheSameFileAreRefusedBeforeWriting(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("a.json"), "{}");
    Files.writeString(dir.resolve("a.md"), "# A");

    CommandRun run = CommandRun.of("render", dir.toString(), "--to", "title");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains(
            dir.resolve("a.json")
                + " and "
                + dir.resolve("a.md")
                + " would both be rendered to "
                + dir.resolve("a.title.txt"));
    assertThat(dir).isDirectoryNotContaining("glob:**/*.txt");
  }

  @Test
  void formatsListsEveryRendererOnTheClassPath() {
    CommandRun run = CommandRun.of("formats");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .first()
        .asString()
        .matches("FORMAT +MEDIA TYPE +EXTENSION +CLASS");
    assertThat(run.out())
        .containsPattern(
            "title +text/plain; charset=UTF-8 +\\.title\\.txt +"
                + "io\\.github\\.communique\\.cli\\.TestRenderers\\$Title\n")
        .containsPattern(
            "broken +text/html; charset=UTF-8 +\\.html +"
                + "io\\.github\\.communique\\.cli\\.TestRenderers\\$FailsHalfWay\n");
  }

  @Test
  void verboseIsAcceptedOnEveryCommandAndShowsWhereRenderersComeFrom() {
    CommandRun run = CommandRun.of("formats", "--verbose");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("TestRenderers$Title  (file:");
  }

  @Test
  void anEmbeddedCommandWritesToTheStreamsItIsGiven() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Communique command =
        new Communique(
            new ByteArrayInputStream(new byte[0]),
            new ByteArrayOutputStream(),
            new PrintWriter(out),
            new PrintWriter(err),
            false);

    assertThat(command.execute("formats")).isZero();
    assertThat(out.toString()).startsWith("FORMAT").contains("TestRenderers$Title");
    assertThat(command.execute("render")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("Missing required parameter: 'FILE'");
  }

  @Test
  void helpCommandNamesAnUnknownCommand() {
    CommandRun run = CommandRun.of("help", "frobnicate");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo("communique: Unknown subcommand 'frobnicate'. (see 'communique --help')\n");
  }

  @Test
  void helpWinsOverMistakesInTheSameCommand() {
    CommandRun run = CommandRun.of("render", "--bogus", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: communique render");
    assertThat(run.err()).isEmpty();
  }
}
