package io.github.communique.pdf;

import static io.github.communique.model.Blocks.blockQuote;
import static io.github.communique.model.Blocks.bullets;
import static io.github.communique.model.Blocks.embedded;
import static io.github.communique.model.Blocks.numbered;
import static io.github.communique.model.Blocks.paragraph;
import static io.github.communique.model.Blocks.thematicBreak;
import static io.github.communique.model.Inlines.emphasis;
import static io.github.communique.model.Inlines.link;
import static io.github.communique.model.Inlines.mention;
import static io.github.communique.model.Inlines.noteRef;
import static io.github.communique.model.Inlines.scare;
import static io.github.communique.model.Inlines.speech;
import static io.github.communique.model.Inlines.strong;
import static io.github.communique.model.Inlines.text;

import io.github.communique.model.Attribution;
import io.github.communique.model.Contact;
import io.github.communique.model.Party;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementDate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Statements built in code for the tests: every kind of node, in English, Ukrainian, German. */
final class TestStatements {
  private TestStatements() {}

  static final Party KELLER = Party.person("Maria Keller", "party chair", "Green Alliance");

  /** A two-page organisation statement that uses every kind of block and inline. */
  static Statement pressRelease() {
    Statement unions =
        Statement.builder("Joint statement of the transport unions")
            .label("Joint declaration")
            .issuer(Party.organisation("Rail Workers' Union"))
            .issuer(Party.organisation("Bus Drivers' Association"))
            .date(LocalDate.of(2026, 11, 24))
            .place("Antwerp")
            .paragraph(
                text("We support the call for an inquiry. The so-called "),
                scare("efficiency plan"),
                text(" has cost 400 jobs."),
                noteRef("jobs"))
            .note("jobs", "Figures from the unions' own survey, October 2026.")
            .build();
    return Statement.builder("Green Alliance calls for a public inquiry into rail closures")
        .label("Party statement")
        .issuer(Party.organisation("Green Alliance"))
        .author(KELLER)
        .date(StatementDate.of(LocalDate.of(2026, 11, 25), LocalTime.of(14, 30), ZoneId.of("Europe/Brussels")))
        .place("Brussels")
        .language("en")
        .keywords("rail", "transport", "inquiry")
        .id("PR-2026-114")
        .url("https://greens.example.org/press/2026/rail-inquiry")
        .embargo(ZonedDateTime.of(2026, 11, 25, 0, 1, 0, 0, ZoneId.of("Europe/London")))
        .standfirst(
            text("The party wants an independent inquiry into the closure of "),
            strong("fourteen regional lines"),
            text(" and calls the minister's plan "),
            scare("a false economy"),
            text("."))
        .paragraph(
            text("Green Alliance today called for a public inquiry into the closure of regional rail lines. Party chair Maria Keller said "),
            speech(
                text("the minister told us "),
                speech("nothing will close"),
                text(", and now fourteen lines are gone")),
            text("."),
            noteRef("lines"))
        .paragraph(
            text("The word "),
            mention("closure"),
            text(" appears twelve times in the ministry's "),
            link("https://ministry.example.gov/rail-plan.pdf", emphasis("Rail Plan 2030")),
            text(". A link with an unsafe address stays plain: "),
            link("javascript:alert(1)", "do not click"),
            text("."))
        .section(
            "Background",
            s ->
                s.paragraph(
                        text("The ministry published its plan in May. "),
                        emphasis(text("Fourteen"), text(" lines, "), strong("two hundred"), text(" stations.")),
                        noteRef("plan"))
                    .block(
                        blockQuote(
                            new Attribution(
                                Optional.of(KELLER),
                                Optional.of(
                                    new Source(
                                        Optional.of("Morning Briefing"),
                                        Optional.of("Radio North"),
                                        Optional.of("https://radio.example.org/briefing"),
                                        Optional.of(LocalDate.of(2026, 11, 3)))),
                                Optional.of("in an unscheduled street interview")),
                            paragraph(
                                text("We will not accept a plan that cuts off whole regions. People were told "),
                                speech("the trains will keep running"),
                                text(". They deserve the truth."))))
                    .subsection(
                        "The lines affected",
                        sub ->
                            sub.block(
                                    bullets(
                                        "The Valley Line between Ashford and Brenton",
                                        "The Coast Line, closed since the storms of 2025",
                                        "Twelve branch lines in the north"))
                                .block(
                                    numbered(
                                        "Publish the full cost figures.",
                                        "Suspend all closures until the inquiry reports.",
                                        "Hear the unions and the passenger groups."))))
        .section(
            "What the unions say",
            s ->
                s.paragraph("The transport unions delivered the following statement:")
                    .block(embedded(unions, "Read out at the gates of the Antwerp depot"))
                    .block(thematicBreak())
                    .paragraph(
                        text("Full plan: "),
                        link(
                            "https://ministry.example.gov/documents/2026/rail/plan-2030/annex-b/stations-and-lines-to-close-in-the-first-phase-of-the-programme.pdf",
                            text(
                                "https://ministry.example.gov/documents/2026/rail/plan-2030/annex-b/stations-and-lines-to-close-in-the-first-phase-of-the-programme.pdf"))))
        .note("lines", "Ministry of Transport, Rail Plan 2030, table 4.")
        .note("plan", paragraph(text("Published 12 May 2026; see "), link("https://ministry.example.gov", "the ministry's site"), text(".")))
        .noteToEditors(
            paragraph(
                text("Green Alliance is a party of 40,000 members with 12 seats in parliament.")))
        .noteToEditors(paragraph("Photographs of the closed stations are available on request."))
        .contact(
            new Contact(
                "Press office", Optional.of("Green Alliance"), Optional.of("press@greens.example.org"),
                Optional.of("+32 2 555 01 23")))
        .contact(
            new Contact(
                "Jan Peeters", Optional.of("Spokesperson for transport"), Optional.of("jan.peeters@greens.example.org"),
                Optional.of("+32 470 55 01 99")))
        .build();
  }

  /** A short statement in Ukrainian, with nested quotations and Cyrillic headings. */
  static Statement ukrainian() {
    return Statement.builder("Заява щодо відновлення енергомережі")
        .label("Заява")
        .issuer(Party.organisation("Громадська ініціатива «Світло»"))
        .date(LocalDate.of(2026, 11, 20))
        .place("Київ")
        .language("uk")
        .paragraph(
            text("Голова ініціативи заявила: "),
            speech(text("Ми не чекатимемо на "), speech("кращі часи"), text(", ми діємо зараз")),
            text("."))
        .section("Наші вимоги", s -> s.block(numbered("Прозорий графік робіт.", "Звіт для громади щомісяця.")))
        .build();
  }

  /** A short statement in German. */
  static Statement german() {
    return Statement.builder("Stellungnahme zur Schließung der Regionalbahnen")
        .label("Pressemitteilung")
        .issuer(Party.organisation("Grüne Allianz"))
        .date(LocalDate.of(2026, 11, 25))
        .place("Berlin")
        .language("de")
        .paragraph(
            text("Die Vorsitzende sagte: "),
            speech(text("Man hat uns "), speech("keine Schließungen"), text(" versprochen")),
            text("."))
        .build();
  }

  /** A statement of {@code count} numbered paragraphs. */
  static Statement paragraphs(int count) {
    var builder = Statement.builder("Long statement").date(LocalDate.of(2026, 1, 2));
    for (int i = 1; i <= count; i++) {
      builder.paragraph(
          "Paragraph " + i + ". The council met on Monday to discuss the budget for the coming"
              + " year, and the members agreed to publish the figures before the next meeting.");
    }
    return builder.build();
  }
}
