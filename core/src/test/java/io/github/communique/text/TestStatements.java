package io.github.communique.text;

import static io.github.communique.model.Blocks.blockQuote;
import static io.github.communique.model.Blocks.bullets;
import static io.github.communique.model.Blocks.embedded;
import static io.github.communique.model.Blocks.item;
import static io.github.communique.model.Blocks.numbered;
import static io.github.communique.model.Blocks.paragraph;
import static io.github.communique.model.Blocks.thematicBreak;
import static io.github.communique.model.Inlines.emphasis;
import static io.github.communique.model.Inlines.lineBreak;
import static io.github.communique.model.Inlines.link;
import static io.github.communique.model.Inlines.mention;
import static io.github.communique.model.Inlines.noteRef;
import static io.github.communique.model.Inlines.scare;
import static io.github.communique.model.Inlines.speech;
import static io.github.communique.model.Inlines.strong;
import static io.github.communique.model.Inlines.text;

import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.Contact;
import io.github.communique.model.ListItem;
import io.github.communique.model.Party;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementDate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Statements built in Java for the text renderer's golden files, covering every kind of block and
 * inline, until (and beside) the shared JSON samples.
 */
final class TestStatements {
  private TestStatements() {}

  /** Every statement by golden-file case name. */
  static Map<String, Statement> all() {
    return Map.of(
        "builder-press-release",
        pressRelease(),
        "builder-ukrainian",
        ukrainian(),
        "builder-japanese",
        japanese());
  }

  /** An English party statement with every kind of block and inline. */
  static Statement pressRelease() {
    Party keller = Party.person("Maria Keller", "party chair", "Green Alliance");
    Statement unions =
        Statement.builder("Workers’ statement on the closure of the Ostwerk plant")
            .label("Joint declaration")
            .language("de")
            .issuer(Party.organisation("IG Metall Hamburg"))
            .issuer(Party.person("Anna Schulz", "chair", "Works council of Ostwerk GmbH"))
            .date(LocalDate.of(2026, 11, 24))
            .place("Hamburg")
            .paragraph(
                text("Wir, die Beschäftigten, sagen: "),
                speech(
                    text("Nicht mit uns. Die Geschäftsführung nennt es "),
                    scare("Anpassung"),
                    text(".")),
                noteRef("a"))
            .section(
                "Unsere Forderungen",
                s ->
                    s.block(
                        numbered(
                            "Keine Kündigungen vor Ende 2027.",
                            "Offenlegung aller Verträge mit dem Investor.")))
            .note("a", "Verlesen vor dem Werkstor.")
            .build();
    return Statement.builder(
            "Green Alliance calls for a public inquiry into the Northern Line"
                + " maintenance contract")
        .label("Party statement")
        .language("en-GB") // British dates: 25 November 2026, 00:01
        .embargo(ZonedDateTime.of(2026, 11, 25, 0, 1, 0, 0, ZoneId.of("Europe/London")))
        .standfirst(
            text(
                "The party says the contract was awarded without a tender and asks"
                    + " the minister to publish "),
            emphasis("all"),
            text(" correspondence."))
        .issuer(Party.organisation("Green Alliance"))
        .issuer(keller)
        .author(Party.person("Jan Novak", "press officer", "Green Alliance"))
        .date(
            StatementDate.of(
                LocalDate.of(2026, 11, 25), LocalTime.of(9, 30), ZoneId.of("Europe/Brussels")))
        .place("Brussels")
        .id("PR-2026-114")
        .url("https://greens.example.org/press/2026/northern-line-inquiry")
        .paragraph(
            text(
                "Green Alliance today called for a public inquiry into the award of"
                    + " the Northern Line maintenance contract. Party chair Maria Keller said: "),
            speech(
                Attribution.of(keller),
                text("When a minister tells us the so-called "),
                scare("experts"),
                text(" were consulted, we want to see who they were. As the auditor put it, "),
                speech(text("the file is thin")),
                text(".")),
            noteRef("audit"))
        .paragraph(
            text("The word "),
            mention("tender"),
            text(" appears nowhere in the" + " minister’s reply of 3 November"),
            noteRef("reply"),
            text(", which the party" + " publishes "),
            link("https://greens.example.org/docs/reply.pdf", "in full"),
            text(". See also the "),
            link("https://greens.example.org/docs/reply.pdf", "same letter"),
            text(" and "),
            link("https://www.example.org/audit-office", "the audit office"),
            text("."))
        .block(
            blockQuote(
                new Attribution(
                    Optional.of(keller),
                    Optional.of(
                        new Source(
                            Optional.of("Morning Briefing"),
                            Optional.of("Radio North"),
                            Optional.of("https://radio-north.example.org/briefing/2026-11-03"),
                            Optional.of(LocalDate.of(2026, 11, 3)))),
                    Optional.of("in an unscheduled street interview")),
                paragraph(
                    text("We will not stand by while a contract worth "),
                    strong("€1.2 billion"),
                    text(" is handed out behind closed doors. "),
                    speech(text("Trust us")),
                    text(" is not a procurement procedure.")),
                paragraph(text("Ask for the file. Read it. Then decide."))))
        .section(
            "What the party asks for",
            s ->
                s.paragraph("The party asks the minister to:")
                    .block(
                        numbered(
                            "publish the correspondence with the bidders;",
                            "suspend the contract until an inquiry reports;",
                            "appear before the transport committee."))
                    .block(
                        new Block.BulletList(
                            List.of(
                                item(
                                    paragraph("Timeline"),
                                    bullets("May: tender waived", "June: contract signed")),
                                item("Costs"))))
                    .subsection(
                        "The unions’ statement",
                        sub ->
                            sub.paragraph(
                                    "On 24 November the works council delivered the following"
                                        + " statement:")
                                .block(
                                    embedded(
                                        unions, "read out at the factory gates by Anna Schulz"))
                                .subsection(
                                    "Reaction",
                                    deeper ->
                                        deeper.paragraph(
                                            text("Keller welcomed it:"),
                                            lineBreak(),
                                            text("“Solidarity, not" + " subsidies.”")))))
        .section(
            "Background",
            s ->
                s.paragraph(
                        text(
                            "Contract reference NL/2026/0042-maintenance-and-renewal-of-the-"
                                + "signalling-system-on-the-northern-line-between-zone-one-and-zone-six."))
                    .block(thematicBreak())
                    .paragraph(
                        text("Contact "),
                        link("mailto:press@greens.example.org", "press@greens.example.org"),
                        text(" for the file.")))
        .note("audit", "Audit Office, annual report 2025, p. 112.")
        .note(
            "reply",
            paragraph(text("Letter of the minister, 3 November 2026.")),
            paragraph("Published with permission."))
        .contact(
            new Contact(
                "Jan Novak",
                Optional.of("Green Alliance press office"),
                Optional.of("press@greens.example.org"),
                Optional.of("+32 2 555 01 23")))
        .contact(
            new Contact(
                "Out-of-hours duty officer",
                Optional.empty(),
                Optional.empty(),
                Optional.of("+32 470 12 34 56")))
        .noteToEditors("Green Alliance has 14 members of the regional parliament.")
        .noteToEditors(
            new Block.OrderedList(
                9,
                List.of(
                    new ListItem(List.of(paragraph("Ninth"))), item("Tenth"), item("Eleventh"))))
        .build();
  }

  /** A Ukrainian statement: Cyrillic text, «» and „“ marks, Ukrainian captions. */
  static Statement ukrainian() {
    return Statement.builder("Заява щодо відновлення енергосистеми Києва")
        .language("uk")
        .label("Заява")
        .embargo(ZonedDateTime.of(2026, 11, 25, 8, 0, 0, 0, ZoneId.of("Europe/Kyiv")))
        .issuer(Party.person("Олена Коваленко", "речниця", "Київська міська рада"))
        .date(LocalDate.of(2026, 11, 25))
        .place("Київ")
        .paragraph(
            text("Міська рада заявляє: "),
            speech(
                text("Ми відновимо" + " теплопостачання до кінця тижня, а так звані "),
                scare("експерти"),
                text(" помиляються.")),
            text(" Голова сказав: "),
            speech(text("Слово "), mention("неможливо"), text(" ми не вживаємо.")))
        .section(
            "Що зроблено",
            s -> s.block(bullets("Відновлено 12 підстанцій.", "Відкрито 40 пунктів незламності.")))
        .contact(
            new Contact(
                "Прес-служба",
                Optional.of("Київська міська рада"),
                Optional.of("press@kyiv.example.ua"),
                Optional.empty()))
        .noteToEditors("Фотографії доступні за запитом.")
        .build();
  }

  /** A Japanese statement: wide characters, no spaces, corner-bracket quotation marks. */
  static Statement japanese() {
    return Statement.builder("再生可能エネルギー導入に関する共同声明")
        .language("ja")
        .issuer(Party.organisation("みどり同盟"))
        .date(LocalDate.of(2026, 11, 25))
        .place("東京")
        .paragraph(
            text("私たちは本日、政府に対し再生可能エネルギーの導入目標を引き上げるよう求めた。代表は"),
            speech(text("目標は"), speech(text("野心的")), text("でなければならない")),
            text("と述べた。声明の全文はウェブサイトで公開している。"))
        .paragraph(text("Mixed text: 東京都の ABC 社は2026年に100%再エネを達成した。"))
        .build();
  }
}
