package io.github.communique.validate;

import static io.github.communique.model.Blocks.blockQuote;
import static io.github.communique.model.Blocks.embedded;
import static io.github.communique.model.Blocks.paragraph;
import static io.github.communique.model.Inlines.mention;
import static io.github.communique.model.Inlines.scare;
import static io.github.communique.model.Inlines.speech;
import static io.github.communique.model.Inlines.text;
import static io.github.communique.validate.Fixtures.error;
import static io.github.communique.validate.Fixtures.withBody;
import static io.github.communique.validate.Fixtures.withParagraph;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Attribution;
import io.github.communique.model.Party;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The house rule {@link Validator#requireSpeakers}: quoted speech says who spoke. */
class ValidatorHouseRulesTest {
  private static final Party KELLER = Party.person("Maria Keller");
  private static final Validator STRICT = Validator.create().requireSpeakers(true);
  private static final String BLOCK = "the block quotation names no speaker, and the house rules"
      + " (Validator.requireSpeakers) ask for one: give it an attribution with a speaker";
  private static final String SPEECH = "the speech quotation inside a block quotation names no"
      + " speaker, and neither does the block quotation; the house rules"
      + " (Validator.requireSpeakers) ask for one: give either of them an attribution with a"
      + " speaker";

  private static List<Problem> strict(Statement statement) {
    return STRICT.validate(statement);
  }

  @Test
  void offByDefault() {
    Statement s = withBody(blockQuote(paragraph(speech("we will act"))));

    assertThat(Validator.create().validate(s)).isEmpty();
  }

  @Test
  void aBlockQuotationWithoutSpeakerAndTheSpeechInIt() {
    Statement s = withBody(blockQuote(paragraph(text("She said "), speech("we will act"))));

    assertThat(strict(s))
        .containsExactly(error("body[0]", BLOCK), error("body[0].blocks[0].content[1]", SPEECH));
  }

  @Test
  void aSourceIsNotASpeaker() {
    Source radio = new Source(Optional.empty(), Optional.of("Radio North"), Optional.empty(),
        Optional.empty());
    Attribution onlySource = new Attribution(Optional.empty(), Optional.of(radio),
        Optional.empty());

    assertThat(strict(withBody(blockQuote(onlySource, paragraph("a")))))
        .containsExactly(error("body[0]", BLOCK));
  }

  @Test
  void speechWithItsOwnSpeakerInsideABlockQuotationWithout() {
    Statement s = withBody(blockQuote(paragraph(speech(KELLER, "we will act"))));

    assertThat(strict(s)).containsExactly(error("body[0]", BLOCK));
  }

  @Test
  void theBlockQuotationsSpeakerCoversTheSpeechInIt() {
    Statement s = withBody(blockQuote(Attribution.of(KELLER), paragraph(speech("we will act"))));

    assertThat(strict(s)).isEmpty();
  }

  @Test
  void scareQuotesAndMentionsNeedNoSpeaker() {
    Statement s = withBody(blockQuote(Attribution.of(KELLER),
        paragraph(scare("experts"), mention("sovereignty"))));

    assertThat(strict(s)).isEmpty();
  }

  @Test
  void speechOutsideBlockQuotationsNeedsNoSpeaker() {
    assertThat(strict(withParagraph(text("They said "), speech("no")))).isEmpty();
  }

  @Test
  void theNearestBlockQuotationCounts() {
    Statement s = withBody(blockQuote(Attribution.of(KELLER),
        blockQuote(paragraph(speech("we will act")))));

    assertThat(strict(s))
        .containsExactly(error("body[0].blocks[0]", BLOCK),
            error("body[0].blocks[0].blocks[0].content[0]", SPEECH));
  }

  @Test
  void anEmbeddedStatementNeedsAnIssuer() {
    assertThat(strict(withBody(embedded(Statement.builder("Declaration").build(), "sent"))))
        .containsExactly(error("body[0].statement.issuers", "the embedded statement names no"
            + " issuer, and the house rules (Validator.requireSpeakers) ask for one: add the"
            + " party that delivered it"));
  }

  @Test
  void anEmbeddedStatementIsNotInsideTheBlockQuotationAroundIt() {
    Statement inner = Statement.builder("Declaration").issuer(Party.organisation("Union"))
        .paragraph(speech("enough")).build();

    assertThat(strict(withBody(blockQuote(Attribution.of(KELLER), embedded(inner, "read out")))))
        .isEmpty();
  }
}
