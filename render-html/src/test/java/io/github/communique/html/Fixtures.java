package io.github.communique.html;

import static io.github.communique.model.Blocks.blockQuote;
import static io.github.communique.model.Blocks.bullets;
import static io.github.communique.model.Blocks.embedded;
import static io.github.communique.model.Blocks.numbered;
import static io.github.communique.model.Blocks.paragraph;
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
import io.github.communique.render.RenderOptions;
import io.github.communique.validate.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Statements built in Java for the tests, and a helper that renders one to a string. */
final class Fixtures {
  private Fixtures() {}

  static final Party CHAIR = Party.person("Maria Keller", "party chair", "Green Alliance");

  /**
   * The default renderer but for the section depth: {@link StructureTestStatements#deepSections}
   * nests seven levels, one more than {@link Limits#defaults()} allow.
   */
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().limits(Limits.defaults().withMaxSectionDepth(7)).build();

  static String render(Statement statement, RenderOptions options) {
    return render(RENDERER, statement, options);
  }

  static String render(HtmlRenderer renderer, Statement statement, RenderOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(statement, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static String fragment(Statement statement) {
    return render(statement, RenderOptions.builder().fragment(true).build());
  }

  static String page(Statement statement) {
    return render(statement, RenderOptions.defaults());
  }

  /** The smallest statement: a title and one paragraph. */
  static Statement minimal() {
    return Statement.builder("Office closed on Friday")
        .paragraph("Our office will be closed on Friday 27 November.")
        .build();
  }

  /** A two-page party statement with every feature the model has. */
  static Statement greenAlliance() {
    Attribution radio = new Attribution(
        Optional.of(CHAIR),
        Optional.of(new Source(Optional.of("Morning Briefing"), Optional.of("Radio North"),
            Optional.of("https://radio-north.example/morning-briefing/2026-11-24"),
            Optional.of(LocalDate.of(2026, 11, 24)))),
        Optional.of("in an unscheduled street interview"));
    Statement unions = Statement.builder("Workers will not pay for the closure")
        .label("Joint statement")
        .issuer(Party.organisation("Metalworkers’ Union North"))
        .issuer(Party.organisation("Transport Workers’ Federation"))
        .date(LocalDate.of(2026, 11, 23))
        .place("Eastport")
        .paragraph(text("We reject the board’s "), scare("restructuring"),
            text(" and call on the council to act. As our shop steward put it, "),
            speech(Attribution.of(Party.person("Jonas Berg", "shop steward", "Metalworkers’ Union North")),
                text("nobody here was asked")), text("."), noteRef("u1"))
        .section("Our demands", s -> s.block(numbered(
            "No compulsory redundancies.", "A retraining fund.", "Public ownership of the site.")))
        .note("u1", "Recorded at the works meeting of 22 November.")
        .build();
    return Statement.builder("Green Alliance calls for a public inquiry into the Eastport closure")
        .label("Party statement")
        .standfirst(text("The party wants an independent inquiry into the sale of the Eastport "
            + "steelworks and a guarantee for the 2,400 jobs at the site."))
        .issuer(Party.organisation("Green Alliance"))
        .author(Party.person("Tomas Lind", "head of press", "Green Alliance"))
        .date(StatementDate.of(LocalDate.of(2026, 11, 25), LocalTime.of(9, 30),
            ZoneId.of("Europe/Brussels")))
        .place("Brussels")
        .keywords("Eastport", "steel", "public inquiry")
        .id("GA-2026-114")
        .url("https://green-alliance.example/press/2026/eastport-inquiry")
        .embargo(ZonedDateTime.of(2026, 11, 25, 0, 1, 0, 0, ZoneId.of("Europe/Brussels")))
        .contact(new Contact("Press office", Optional.of("Green Alliance"),
            Optional.of("press@green-alliance.example"), Optional.of("+32 2 555 01 01")))
        .contact(new Contact("Tomas Lind", Optional.of("head of press"), Optional.empty(),
            Optional.of("+32 470 55 01 02")))
        .paragraph(text("The Green Alliance today called for a public inquiry into the sale of "
            + "the Eastport steelworks, after the board confirmed that the plant would close "
            + "by the end of next year."), noteRef("board"))
        .paragraph(text("Party chair Maria Keller said the decision was "),
            speech(radio, text("a betrayal of everyone who kept the furnaces burning through "
                + "the crisis, and of the minister’s own promise that "),
                speech(text("no site will close on my watch")), text(".")),
            text(" She called the board’s figures "), scare("optimistic"),
            text(" and the word "), mention("viability"),
            text(" a cover for decisions taken long ago."))
        .block(blockQuote(radio,
            paragraph(text("We are not asking for charity. We are asking for the truth about "
                + "who decided, when they decided it, and what they were told.")),
            paragraph(text("If the minister has nothing to hide, she will welcome an inquiry."))))
        .section("Background", s -> s
            .paragraph(text("The Eastport works have made steel since 1911. The board "
                + "announced the closure on 20 November, citing energy costs."),
                noteRef("board"))
            .paragraph(text("Unions at the site delivered the following statement to the "
                + "council on Monday:"))
            .block(embedded(unions, "Read out at the factory gates on 23 November"))
            .subsection("What the board said", sub -> sub
                .paragraph(text("In its announcement the board referred to "),
                    emphasis("“structural overcapacity”"), text(" in the European market."),
                    noteRef("figures"))))
        .section("What we are asking for", s -> s
            .block(bullets(
                "an independent public inquiry with the power to call witnesses;",
                "a moratorium on the sale of the site until it reports;",
                "a jobs guarantee for the 2,400 workers and their suppliers."))
            .paragraph(text("Read the full motion on "),
                link("https://green-alliance.example/motions/eastport", "our website"),
                text(", or write to "), link("mailto:press@green-alliance.example",
                    strong("the press office")), text(".")))
        .note("board", "Board announcement of 20 November 2026.")
        .note("figures", paragraph(text("The board’s annual report gives a utilisation of "
            + "61 per cent for 2025.")))
        .noteToEditors("The Green Alliance holds 14 seats in the regional assembly.")
        .noteToEditors(paragraph(text("Photographs of the site are available on request.")))
        .build();
  }

  /** A Ukrainian statement with an embedded Russian-language one, for quote styles and lang. */
  static Statement kyivAppeal() {
    Statement residents = Statement.builder("Обращение жителей Левобережного района")
        .language("ru")
        .issuer(Party.organisation("Совет жителей Левобережного района"))
        .date(LocalDate.of(2026, 3, 2))
        .paragraph(text("Мы просим городской совет "), speech(text("не откладывать ремонт")),
            text(" ещё на год."))
        .build();
    return Statement.builder("Звернення до міської ради щодо ремонту мостів")
        .language("uk")
        .label("Відкритий лист")
        .standfirst(text("Громадські організації просять раду оприлюднити графік ремонту."))
        .issuer(Party.organisation("Київська громадська ініціатива «Мости»"))
        .date(LocalDate.of(2026, 3, 4))
        .place("Київ")
        .paragraph(text("Голова ініціативи Олена Коваль заявила: "),
            speech(Attribution.of(Party.person("Олена Коваль", "голова", "«Мости»")),
                text("Ми чекаємо на відповідь, а не на "), scare("консультації"), text(".")))
        .section("Звернення мешканців", s -> s
            .paragraph("Мешканці лівого берега передали нам таке звернення:")
            .block(embedded(residents, "Передано на зустрічі 2 березня")))
        .build();
  }
}
