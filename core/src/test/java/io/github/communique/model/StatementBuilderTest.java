package io.github.communique.model;

import static io.github.communique.model.Inlines.speech;
import static io.github.communique.model.Inlines.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The builder makes exactly the records a reader of the statement would expect. */
class StatementBuilderTest {

  @Test
  void aTitleAloneGivesAnEmptyStatementInEnglish() {
    Statement s = Statement.builder("Title").build();

    assertThat(s)
        .isEqualTo(
            new Statement("Title", List.of(), Optional.empty(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), "en", List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(),
                List.of()));
    assertThat(s.language()).isEqualTo(Statement.DEFAULT_LANGUAGE);
  }

  @Test
  void everyPartLandsInItsComponent() {
    Party alliance = Party.organisation("Green Alliance");
    Party keller = Party.person("Maria Keller", "chair", "Green Alliance");
    Contact press =
        new Contact("Press office", Optional.of("Green Alliance"),
            Optional.of("press@example.org"), Optional.of("+32 2 555 01 23"));
    ZonedDateTime embargo = ZonedDateTime.of(2026, 11, 25, 0, 1, 0, 0, ZoneId.of("Europe/London"));
    StatementDate date =
        StatementDate.of(LocalDate.of(2026, 11, 25), LocalTime.of(14, 30),
            ZoneId.of("Europe/Brussels"));

    Statement s =
        Statement.builder("Green Alliance calls for a public inquiry")
            .standfirst("The party wants answers.")
            .label("Party statement")
            .issuer(alliance)
            .author(keller)
            .date(date)
            .place("Brussels")
            .language("de")
            .keywords("rail", "inquiry")
            .id("PR-2026-114")
            .url("https://example.org/pr/114")
            .embargo(embargo)
            .contact(press)
            .paragraph(text("Keller said "), speech("we will not wait"), text("."))
            .section(
                "Background",
                sec ->
                    sec.anchor("bg")
                        .paragraph("The report.")
                        .subsection("Details", sub -> sub.paragraph("More.")))
            .note("1", "A note.")
            .noteToEditors("About us.")
            .build();

    assertThat(s)
        .isEqualTo(
            new Statement(
                "Green Alliance calls for a public inquiry",
                List.of(text("The party wants answers.")),
                Optional.of("Party statement"),
                List.of(alliance),
                List.of(keller),
                Optional.of(date),
                Optional.of("Brussels"),
                "de",
                List.of("rail", "inquiry"),
                Optional.of("PR-2026-114"),
                Optional.of("https://example.org/pr/114"),
                Optional.of(embargo),
                List.of(press),
                List.of(
                    new Block.Paragraph(
                        List.of(
                            text("Keller said "),
                            new Inline.Quotation(
                                List.of(text("we will not wait")), QuoteKind.SPEECH,
                                Optional.empty()),
                            text(".")))),
                List.of(
                    new Section(
                        List.of(text("Background")),
                        Optional.of("bg"),
                        List.of(new Block.Paragraph(List.of(text("The report.")))),
                        List.of(
                            new Section(
                                List.of(text("Details")),
                                Optional.empty(),
                                List.of(new Block.Paragraph(List.of(text("More.")))),
                                List.of())))),
                List.of(new Note("1", List.of(new Block.Paragraph(List.of(text("A note.")))))),
                List.of(new Block.Paragraph(List.of(text("About us."))))));
  }

  @Test
  void aDateWithoutTimeHasNoTimeOrZone() {
    Statement s = Statement.builder("T").date(LocalDate.of(2026, 3, 1)).build();

    assertThat(s.date()).contains(StatementDate.of(LocalDate.of(2026, 3, 1)));
    assertThat(s.date().get().time()).isEmpty();
    assertThat(s.date().get().zone()).isEmpty();
  }

  @Test
  void theFactoriesBuildTheRecordsTheyName() {
    assertThat(Blocks.bullets("a", "b"))
        .isEqualTo(new Block.BulletList(List.of(Blocks.item("a"), Blocks.item("b"))));
    assertThat(Blocks.numbered("a").start()).isEqualTo(1);
    assertThat(Inlines.scare("experts").kind()).isEqualTo(QuoteKind.SCARE);
    assertThat(Inlines.mention("sovereignty").kind()).isEqualTo(QuoteKind.MENTION);
    assertThat(Inlines.speech(Party.person("A"), "b").attribution())
        .contains(Attribution.of(Party.person("A")));
    assertThat(Blocks.embedded(Statement.builder("E").build(), "read out").delivery())
        .contains("read out");
  }
}
