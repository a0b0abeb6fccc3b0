package io.github.communique.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.QuoteStyle;
import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Renderer;
import io.github.communique.render.Renderers;
import io.github.communique.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The custom renderer is found by the SPI and indexes quotations by speaker. */
class WhoSaidWhatRendererTest {

  @Test
  void isFoundByDiscoveryWithoutRegistrationCode() {
    Renderer renderer = Renderers.discover().require("quotes");

    assertThat(renderer).isInstanceOf(WhoSaidWhatRenderer.class);
    assertThat(renderer.mediaType()).isEqualTo("text/markdown; charset=UTF-8");
    assertThat(renderer.fileExtension()).isEqualTo("quotes.md");
  }

  @Test
  void groupsSpeechBySpeakerWithMarksFromTheQuoteStyle() throws IOException {
    assertThat(render(BuildAndRender.statement(), RenderOptions.defaults()))
        .isEqualTo(
            """
            # Who said what: Green Alliance calls for a public inquiry into the rail contract

            ## Maria Keller, party chair, Green Alliance

            - “signed in the dark”
            - > When a minister tells you ‘trust us’, the answer is: show us. (Radio North, Morning Briefing, 2026-11-24)

            ## Jonas Brandt, Minister of Transport, Government

            - “a contract the public can read, every ‘clause’ of it”

            ## Not attributed

            - “trust us”
            """);
  }

  @Test
  void aHouseQuoteStyleChangesEveryMark() throws IOException {
    String index =
        render(
            BuildAndRender.statement(),
            RenderOptions.builder().quoteStyle(QuoteStyle.GERMAN).build());

    assertThat(index).contains("- „a contract the public can read, every ‚clause‘ of it“");
  }

  @Test
  void quotationsInAnEmbeddedStatementTakeItsLanguagesMarks() throws IOException {
    String index = render(Samples.load("kyiv-appeal"), RenderOptions.defaults());

    assertThat(index)
        .contains("- „Wer eine Straßenbahn abreißt") // German, embedded in a Ukrainian appeal
        .contains("- «Коли заступник голови"); // Ukrainian
  }

  @Test
  void escapesMarkdownInTheText() throws IOException {
    Statement statement = Statement.builder("Costs *rose* by 5 #percent").build();

    assertThat(render(statement, RenderOptions.defaults()))
        .isEqualTo("# Who said what: Costs \\*rose\\* by 5 \\#percent\n\nNo quotations.\n");
  }

  @Test
  void runsAsAProgram() throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      WhoSaidWhat.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .startsWith("# Who said what: Green Alliance");
  }

  private static String render(Statement statement, RenderOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new WhoSaidWhatRenderer().render(statement, options, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
