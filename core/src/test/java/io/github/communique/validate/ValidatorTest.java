package io.github.communique.validate;

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
import static io.github.communique.validate.Fixtures.error;
import static io.github.communique.validate.Fixtures.problems;
import static io.github.communique.validate.Fixtures.withBody;
import static io.github.communique.validate.Fixtures.withParagraph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.Contact;
import io.github.communique.model.Inline;
import io.github.communique.model.Party;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.Section;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementBuilder;
import io.github.communique.model.StatementDate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One test per rule and message; paths and wording are asserted exactly. */
class ValidatorTest {
  private static final Party KELLER = Party.person("Maria Keller", "chair", "Green Alliance");

  private static Optional<String> blank() {
    return Optional.of(" ");
  }

  @Test
  void aCompleteStatementHasNoProblems() {
    Statement union =
        Statement.builder("Rail workers' declaration")
            .issuer(Party.organisation("Rail Union"))
            .language("uk")
            .paragraph(text("Ми кажемо "), speech("досить"), text("."), noteRef("u"))
            .section("Вимоги", s -> s.anchor("vymohy").paragraph("Перша."))
            .note("u", "Примітка.")
            .build();
    Statement statement =
        Statement.builder("Green Alliance calls for a public inquiry")
            .standfirst(text("The party wants "), scare("answers"), text("."))
            .label("Party statement")
            .issuer(Party.organisation("Green Alliance"))
            .author(KELLER)
            .date(StatementDate.of(LocalDate.of(2026, 11, 25), LocalTime.of(14, 30),
                ZoneId.of("Europe/Brussels")))
            .place("Brussels")
            .language("en-GB")
            .keywords("rail", "inquiry")
            .id("PR-2026-114")
            .url("https://example.org/press/114")
            .embargo(ZonedDateTime.of(2026, 11, 25, 0, 1, 0, 0, ZoneId.of("Europe/London")))
            .contact(new Contact("Press office", Optional.of("Green Alliance"),
                Optional.of("press@example.org"), Optional.of("+32 2 555 01 23")))
            .paragraph(
                text("Keller said\tthat "),
                speech(Attribution.of(KELLER), text("the so-called "), scare("review"),
                    text(" is\nnot enough")),
                text(" and the word "),
                mention("inquiry"),
                text(" matters."),
                noteRef("1"))
            .block(blockQuote(
                new Attribution(Optional.of(KELLER),
                    Optional.of(new Source(Optional.of("Morning Briefing"),
                        Optional.of("Radio North"), Optional.of("https://radio.example/1"),
                        Optional.of(LocalDate.of(2026, 11, 24)))),
                    Optional.of("in an unscheduled street interview")),
                paragraph(text("We will "), emphasis("not"), text(" wait."))))
            .block(embedded(union, "read out at the factory gates"))
            .section(
                "Background",
                s ->
                    s.paragraph(
                            link("https://example.org/report", "the report"),
                            text(", "),
                            link("mailto:press@example.org", strong("write")),
                            text(", "),
                            link("tel:+3225550123", "call"),
                            text(" or see "),
                            link("#demands", "below"),
                            text(" and "),
                            link("/press/113", "the last release"),
                            lineBreak(),
                            text("\u2067שלום\u2069 \u200F"))
                        .block(numbered("One", "Two"))
                        .block(thematicBreak())
                        .subsection("Demands", sub -> sub.anchor("demands")
                            .block(bullets("An inquiry", "A report"))))
            .note("1", paragraph(text("See the report."), noteRef("2")))
            .note("2", "Published in May.")
            .noteToEditors("The Green Alliance is a party.")
            .build();

    assertThat(problems(statement)).isEmpty();
    assertThat(Validator.create().requireSpeakers(true).validate(statement)).isEmpty();
    assertThat(Validator.create().check(statement)).isSameAs(statement);
  }

  @Test
  void everyProblemIsReportedAtOnceInReadingOrder() {
    Statement statement =
        Statement.builder(" ")
            .language("en_GB")
            .paragraph()
            .paragraph(link("javascript:alert(1)", "click"), noteRef("x"))
            .section("", s -> s.paragraph(speech()))
            .note("n", "Never referenced.")
            .build();

    assertThat(problems(statement))
        .containsExactly(
            error("title", "the title is blank: give the statement a headline"),
            error("language", "the language 'en_GB' is not a well-formed BCP 47 tag: separate"
                + " its parts with hyphens, as in en-GB"),
            error("body[0]", "the paragraph is empty: give it text or remove it"),
            error("body[1].content[0].target", "the link target 'javascript:alert(1)' uses the"
                + " scheme 'javascript:'; only http, https, mailto and tel URLs, or relative"
                + " ones, are allowed: link to a web page instead"),
            error("body[1].content[1].noteId", "the note reference points at 'x', which is not"
                + " a note of this statement; its note is 'n': use one of them or add a note"
                + " with id 'x'"),
            error("sections[0].heading", "the section heading has no text: give the section a"
                + " heading"),
            error("sections[0].blocks[0].content[0]", "the quotation is empty: give it the"
                + " quoted words or remove it"),
            Problem.warning("notes[0]", "the note 'n' is never referenced, so readers meet it"
                + " only among the notes: refer to it from the text (a note reference with id"
                + " 'n') or remove it"));
  }

  @Nested
  class RequiredAndOptionalText {

    @Test
    void aBlankTitle() {
      assertThat(problems(Statement.builder(" \u00A0\u200B").build()))
          .containsExactly(error("title", "the title is blank: give the statement a headline"));
    }

    @Test
    void aBlankStandfirst() {
      assertThat(problems(Statement.builder("T").standfirst(text(" "), lineBreak()).build()))
          .containsExactly(
              error("standfirst", "the standfirst is blank: give it text or leave it out"));
    }

    @Test
    void optionalTextGivenButBlank() {
      Statement s =
          Statement.builder("T").label("").place(" ").id("\t").url(" ").build();

      assertThat(problems(s))
          .containsExactly(
              error("label", "the label is blank: give it text or leave it out"),
              error("place", "the place is blank: give it text or leave it out"),
              error("id", "the id is blank: give it text or leave it out"),
              error("url", "the statement's URL is blank: give it text or leave it out"));
    }

    @Test
    void aPartyWithoutName() {
      Statement s =
          Statement.builder("T")
              .issuer(Party.organisation(" "))
              .author(new Party("A", Party.Kind.PERSON, Optional.of(""), blank()))
              .build();

      assertThat(problems(s))
          .containsExactly(
              error("issuers[0].name", "the name is blank: name the person or organisation"),
              error("authors[0].role", "the role is blank: give it text or leave it out"),
              error("authors[0].affiliation",
                  "the affiliation is blank: give it text or leave it out"));
    }

    @Test
    void theIssuerOfAnEmbeddedStatement() {
      Statement inner = Statement.builder("Inner").issuer(Party.organisation("")).build();

      assertThat(problems(withBody(embedded(inner, "read out"))))
          .containsExactly(error("body[0].statement.issuers[0].name",
              "the name is blank: name the person or organisation"));
    }

    @Test
    void aBlankKeyword() {
      assertThat(problems(Statement.builder("T").keywords("rail", " ").build()))
          .containsExactly(error("keywords[1]", "the keyword is blank: remove it"));
    }

    @Test
    void aBlankDelivery() {
      Block block = new Block.EmbeddedStatement(Statement.builder("Inner").build(), blank());

      assertThat(problems(withBody(block)))
          .containsExactly(
              error("body[0].delivery", "the delivery is blank: give it text or leave it out"));
    }
  }

  @Nested
  class Contacts {

    private List<Problem> contact(String name, Optional<String> organisation,
        Optional<String> email, Optional<String> phone) {
      return problems(Statement.builder("T")
          .contact(new Contact(name, organisation, email, phone)).build());
    }

    @Test
    void aContactWithoutName() {
      assertThat(contact("", blank(), Optional.empty(), Optional.empty()))
          .containsExactly(
              error("contacts[0].name", "the name is blank: name the person or office to call"),
              error("contacts[0].organisation",
                  "the organisation is blank: give it text or leave it out"));
    }

    @Test
    void anEmailAddressNeedsOneAtSign() {
      assertThat(contact("P", Optional.empty(), Optional.of("press.example.org"),
              Optional.empty()))
          .containsExactly(error("contacts[0].email", "the email address 'press.example.org'"
              + " is not an address: write it as name@domain, such as press@example.org"));
      assertThat(contact("P", Optional.empty(), Optional.of("a@b@c"), Optional.empty()))
          .hasSize(1);
      assertThat(contact("P", Optional.empty(), Optional.of("press @example.org"),
              Optional.empty()))
          .hasSize(1);
    }

    @Test
    void anEmailAddressWithoutMailto() {
      assertThat(contact("P", Optional.empty(), Optional.of("mailto:press@example.org"),
              Optional.empty()))
          .containsExactly(error("contacts[0].email", "the email address"
              + " 'mailto:press@example.org' starts with mailto:; give the address alone, as in"
              + " press@example.org"));
    }

    @Test
    void aPhoneNumberNeedsDigits() {
      assertThat(contact("P", Optional.empty(), Optional.empty(), Optional.of("call us")))
          .containsExactly(error("contacts[0].phone",
              "the phone number 'call us' has no digits: write it as +32 2 555 01 23"));
    }
  }

  @Nested
  class EmptyContainers {

    @Test
    void anEmptyParagraph() {
      assertThat(problems(withBody(paragraph(), paragraph(text(" "), lineBreak()))))
          .containsExactly(
              error("body[0]", "the paragraph is empty: give it text or remove it"),
              error("body[1]", "the paragraph is empty: give it text or remove it"));
    }

    @Test
    void aParagraphWithOnlyANoteReferenceIsNotEmpty() {
      Statement s = Statement.builder("T").paragraph(noteRef("1")).note("1", "Note.").build();

      assertThat(problems(s)).isEmpty();
    }

    @Test
    void anEmptyBlockQuotation() {
      assertThat(problems(withBody(blockQuote())))
          .containsExactly(error("body[0]",
              "the block quotation is empty: give it the quoted text or remove it"));
    }

    @Test
    void anEmptyList() {
      assertThat(problems(withBody(new Block.BulletList(List.of()),
              new Block.OrderedList(1, List.of()))))
          .containsExactly(
              error("body[0]", "the list has no items: give it items or remove it"),
              error("body[1]", "the list has no items: give it items or remove it"));
    }

    @Test
    void anEmptyListItem() {
      assertThat(problems(withBody(new Block.BulletList(List.of(item("a"), item())))))
          .containsExactly(
              error("body[0].items[1]", "the list item is empty: give it text or remove it"));
    }

    @Test
    void anEmptyQuotation() {
      assertThat(problems(withParagraph(text("a"), speech(), scare(" "))))
          .containsExactly(
              error("body[0].content[1]",
                  "the quotation is empty: give it the quoted words or remove it"),
              error("body[0].content[2]",
                  "the quotation is empty: give it the quoted words or remove it"));
    }

    @Test
    void anEmptyQuotationInsideAnotherIsReportedWhereItStands() {
      assertThat(problems(withParagraph(speech(speech()))))
          .containsExactly(error("body[0].content[0].content[0]",
              "the quotation is empty: give it the quoted words or remove it"));
    }

    @Test
    void emptyEmphasisAndStrongText() {
      assertThat(problems(withParagraph(text("a"), emphasis(), strong(""))))
          .containsExactly(
              error("body[0].content[1]", "the emphasis is empty: give it text or remove it"),
              error("body[0].content[2]", "the strong text is empty: give it text or remove it"));
    }

    @Test
    void aLinkWithoutText() {
      assertThat(problems(withParagraph(text("a"), link("https://example.org/"))))
          .containsExactly(error("body[0].content[1]", "the link has no text, so readers cannot"
              + " see it: give it the words that carry the link"));
    }

    @Test
    void anEmptyAttribution() {
      Attribution nothing = new Attribution(Optional.empty(), Optional.empty(), Optional.empty());

      assertThat(problems(withBody(blockQuote(nothing, paragraph("a")))))
          .containsExactly(error("body[0].attribution", "the attribution is empty: name a"
              + " speaker, a source or a context, or leave it out"));
    }

    @Test
    void aSourceWithNoPart() {
      Source none = new Source(Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty());
      Inline quote = new Inline.Quotation(List.of(text("a")), QuoteKind.SPEECH,
          Optional.of(new Attribution(Optional.empty(), Optional.of(none), blank())));

      assertThat(problems(withParagraph(quote)))
          .containsExactly(
              error("body[0].content[0].attribution.source", "the source gives no title,"
                  + " medium, URL or date: give at least one, or leave the source out"),
              error("body[0].content[0].attribution.context",
                  "the context is blank: give it text or leave it out"));
    }

    @Test
    void blankPartsOfASource() {
      Source source = new Source(blank(), blank(), Optional.empty(), Optional.empty());

      assertThat(problems(withBody(blockQuote(
              new Attribution(Optional.of(KELLER), Optional.of(source), Optional.empty()),
              paragraph("a")))))
          .containsExactly(
              error("body[0].attribution.source.title",
                  "the source's title is blank: give it text or leave it out"),
              error("body[0].attribution.source.medium",
                  "the medium is blank: give it text or leave it out"));
    }

    @Test
    void aSectionHeadingWithoutText() {
      Section section = new Section(List.of(), Optional.empty(), List.of(paragraph("a")),
          List.of());
      Section spaces = new Section(List.of(text(" ")), Optional.empty(), List.of(), List.of());

      assertThat(problems(Statement.builder("T").section(section).section(spaces).build()))
          .containsExactly(
              error("sections[0].heading",
                  "the section heading has no text: give the section a heading"),
              error("sections[1].heading",
                  "the section heading has no text: give the section a heading"));
    }

    @Test
    void anEmptyNote() {
      Statement s = Statement.builder("T").paragraph(noteRef("1")).note("1").build();

      assertThat(problems(s))
          .containsExactly(error("notes[0].blocks",
              "the note '1' is empty: give it text, or remove it and its references"));
    }
  }

  @Nested
  class Notes {

    @Test
    void aReferenceToAMissingNoteListsTheNotes() {
      Statement s =
          Statement.builder("T")
              .paragraph(noteRef("1"), noteRef("2"), noteRef("3"))
              .note("1", "One.")
              .note("2", "Two.")
              .build();

      assertThat(problems(s))
          .containsExactly(error("body[0].content[2].noteId", "the note reference points at"
              + " '3', which is not a note of this statement; its notes are '1', '2': use one"
              + " of them or add a note with id '3'"));
    }

    @Test
    void aReferenceInAStatementWithoutNotes() {
      assertThat(problems(withParagraph(text("a"), noteRef("1"))))
          .containsExactly(error("body[0].content[1].noteId", "the note reference points at"
              + " '1', which is not a note of this statement; it has no notes: add a note with"
              + " id '1'"));
    }

    @Test
    void anEmbeddedStatementsReferencesPointAtItsOwnNotes() {
      Statement inner = Statement.builder("Inner").paragraph(noteRef("a")).build();
      Statement outer =
          Statement.builder("Outer")
              .paragraph(noteRef("a"))
              .block(embedded(inner, "sent"))
              .note("a", "Outer note.")
              .build();

      assertThat(problems(outer))
          .containsExactly(error("body[1].statement.body[0].content[0].noteId", "the note"
              + " reference points at 'a', which is not a note of this statement; it has no"
              + " notes: add a note with id 'a' (the enclosing statement has such a note, but an"
              + " embedded statement's references point at its own notes)"));
    }

    @Test
    void aLongListOfNotesIsCut() {
      StatementBuilder b = Statement.builder("T");
      Inline[] refs = new Inline[13];
      for (int i = 1; i <= 12; i++) {
        b.note("n" + i, "Note.");
        refs[i - 1] = noteRef("n" + i);
      }
      refs[12] = noteRef("x");

      assertThat(problems(b.paragraph(refs).build()))
          .containsExactly(error("body[0].content[12].noteId", "the note reference points at"
              + " 'x', which is not a note of this statement; its notes are 'n1', 'n2', 'n3',"
              + " 'n4', 'n5', 'n6', 'n7', 'n8', 'n9', 'n10' and 2 more: use one of them or add a"
              + " note with id 'x'"));
    }

    @Test
    void aBlankReference() {
      assertThat(problems(withParagraph(text("a"), noteRef(" "))))
          .containsExactly(error("body[0].content[1].noteId", "the note reference names no"
              + " note: give the id of one of this statement's notes"));
    }

    @Test
    void duplicateNoteIds() {
      Statement s =
          Statement.builder("T").paragraph(noteRef("1")).note("1", "a").note("1", "b").build();

      assertThat(problems(s))
          .containsExactly(
              error("notes[1].id", "the note id '1' is already used by notes[0]: give each note"
                  + " its own id"));
    }

    @Test
    void aBlankNoteId() {
      assertThat(problems(Statement.builder("T").note("", "a").build()))
          .containsExactly(error("notes[0].id", "the note id is blank: give the note an id that"
              + " references can use, such as 1"));
    }

    @Test
    void aNoteIdIsAnId() {
      Statement s =
          Statement.builder("T")
              .paragraph(noteRef("my note"), noteRef("#1"))
              .note("my note", "a")
              .note("#1", "b")
              .build();

      assertThat(problems(s))
          .containsExactly(
              error("notes[0].id", "the note id 'my note' is not a valid id: it contains a space"
                  + " at character 3; use letters, digits and hyphens, as in my-note"),
              error("notes[1].id", "the note id '#1' is not a valid id: it contains '#' at"
                  + " character 1; use letters, digits and hyphens, as in 1"));
    }

    @Test
    void aNoteNeverReferencedIsAWarning() {
      Statement s =
          Statement.builder("T").paragraph(noteRef("1")).note("1", "a").note("2", "b").build();

      List<Problem> problems = problems(s);

      assertThat(problems)
          .containsExactly(Problem.warning("notes[1]", "the note '2' is never referenced, so"
              + " readers meet it only among the notes: refer to it from the text (a note"
              + " reference with id '2') or remove it"));
      assertThat(problems.get(0).isError()).isFalse();
      assertThat(problems.get(0).toString())
          .startsWith("notes[1]: warning: the note '2' is never referenced");
      assertThat(Validator.create().check(s)).isSameAs(s);
    }

    @Test
    void aReferenceFromANoteOrTheNotesToEditorsCounts() {
      Statement s =
          Statement.builder("T")
              .paragraph(noteRef("1"))
              .note("1", paragraph(text("See "), noteRef("2")))
              .note("2", "b")
              .note("3", "c")
              .noteToEditors(paragraph(text("See "), noteRef("3")))
              .build();

      assertThat(problems(s)).isEmpty();
    }
  }

  @Nested
  class Anchors {

    private Section section(String heading, Optional<String> anchor) {
      return new Section(List.of(text(heading)), anchor, List.of(), List.of());
    }

    @Test
    void anAnchorGivenTwice() {
      Statement s =
          Statement.builder("T")
              .section(section("A", Optional.of("bg")))
              .section(section("B", Optional.of("bg")))
              .build();

      assertThat(problems(s))
          .containsExactly(error("sections[1].anchor", "the anchor 'bg' is already used by"
              + " sections[0].anchor; anchors must be unique in the page, embedded statements"
              + " included: choose another, or leave it out to derive one from the heading"));
    }

    @Test
    void embeddedStatementsShareThePage() {
      Statement inner = Statement.builder("Inner").section(section("A", Optional.of("bg")))
          .build();
      Section outer = new Section(List.of(text("B")), Optional.empty(), List.of(),
          List.of(section("C", Optional.of("bg"))));
      Statement s = Statement.builder("T").block(embedded(inner, "sent")).section(outer).build();

      assertThat(problems(s))
          .containsExactly(error("sections[0].subsections[0].anchor", "the anchor 'bg' is"
              + " already used by body[0].statement.sections[0].anchor; anchors must be unique in"
              + " the page, embedded statements included: choose another, or leave it out to"
              + " derive one from the heading"));
    }

    @Test
    void derivedAnchorsNeverClashWithExplicitOnes() {
      Statement s =
          Statement.builder("T")
              .section(section("Background", Optional.empty()))
              .section(section("Context", Optional.of("background")))
              .build();

      assertThat(problems(s)).isEmpty();
    }

    @Test
    void aBlankAnchor() {
      assertThat(problems(Statement.builder("T").section(section("A", Optional.of(""))).build()))
          .containsExactly(error("sections[0].anchor", "the anchor is blank: give an id such as"
              + " background, or leave it out to derive one from the heading"));
    }

    @Test
    void anAnchorIsAnId() {
      Statement s =
          Statement.builder("T")
              .section(section("A", Optional.of("what next")))
              .section(section("B", Optional.of("#top")))
              .section(section("C", Optional.of("a\tb")))
              .build();

      assertThat(problems(s))
          .containsExactly(
              error("sections[0].anchor", "the anchor 'what next' is not a valid id: it contains"
                  + " a space at character 5; use letters, digits and hyphens, as in what-next"),
              error("sections[1].anchor", "the anchor '#top' is not a valid id: it contains '#'"
                  + " at character 1; use letters, digits and hyphens, as in top"),
              error("sections[2].anchor", "the anchor 'a\\u0009b' is not a valid id: it contains"
                  + " U+0009 at character 2; use letters, digits and hyphens, as in a-b"));
    }
  }

  @Nested
  class Languages {

    @Test
    void anUnderscoreInsteadOfAHyphen() {
      assertThat(problems(Statement.builder("T").language("de_AT").build()))
          .containsExactly(error("language", "the language 'de_AT' is not a well-formed BCP 47"
              + " tag: separate its parts with hyphens, as in de-AT"));
    }

    @Test
    void aTagThatIsNotBcp47() {
      assertThat(problems(Statement.builder("T").language("Ukrainian language").build()))
          .containsExactly(error("language", "the language 'Ukrainian language' is not a"
              + " well-formed BCP 47 tag: use a tag such as en, de-AT or zh-Hant"));
    }

    @Test
    void aBlankTag() {
      assertThat(problems(Statement.builder("T").language("").build()))
          .containsExactly(error("language",
              "the language is blank: give a BCP 47 tag such as en, de-AT or zh-Hant"));
    }

    @Test
    void theLanguageOfAnEmbeddedStatement() {
      Statement inner = Statement.builder("Inner").language("123").build();

      assertThat(problems(withBody(embedded(inner, "sent"))))
          .containsExactly(error("body[0].statement.language", "the language '123' is not a"
              + " well-formed BCP 47 tag: use a tag such as en, de-AT or zh-Hant"));
    }

    @Test
    void wellFormedTags() {
      for (String tag : List.of("en", "EN-gb", "zh-Hant-TW", "de-CH-1996", "sr-Latn", "es-419",
          "en-US-x-house")) {
        assertThat(problems(Statement.builder("T").language(tag).build())).as(tag).isEmpty();
      }
    }
  }

  @Nested
  class Embargo {
    private final StatementDate dated = StatementDate.of(LocalDate.of(2026, 11, 25));

    private List<Problem> embargo(int year, int month, int day) {
      return problems(Statement.builder("T").date(dated)
          .embargo(ZonedDateTime.of(year, month, day, 0, 1, 0, 0, ZoneId.of("Europe/London")))
          .build());
    }

    @Test
    void anEmbargoEndingBeforeTheDateIsAWarning() {
      assertThat(embargo(2025, 11, 25))
          .containsExactly(Problem.warning("embargo", "the embargo ends on 2025-11-25, 365 days"
              + " before the statement's date 2026-11-25; an embargo holds a statement back until"
              + " it may be published, so it should not end before that date: check both"
              + " dates"));
    }

    @Test
    void anEmbargoOnTheDayBeforeTheDateOrLaterIsFine() {
      assertThat(embargo(2026, 11, 24)).isEmpty();
      assertThat(embargo(2026, 11, 25)).isEmpty();
      assertThat(embargo(2026, 12, 1)).isEmpty();
    }
  }

  @Nested
  class Checking {

    @Test
    void checkThrowsWithEveryError() {
      Statement s = Statement.builder("").paragraph().note("n", "a").build();

      assertThatThrownBy(() -> Validator.create().check(s))
          .isInstanceOf(ValidationException.class)
          .hasMessage("the statement is invalid (2 problems):\n"
              + "  title: the title is blank: give the statement a headline\n"
              + "  body[0]: the paragraph is empty: give it text or remove it")
          .satisfies(e -> assertThat(((ValidationException) e).problems()).hasSize(2));
    }

    @Test
    void checkNamesOneProblemInTheSingular() {
      assertThatThrownBy(() -> Validator.create().check(Statement.builder("").build()))
          .hasMessage("the statement is invalid (1 problem):\n"
              + "  title: the title is blank: give the statement a headline");
    }

    @Test
    void theProblemsCannotBeChanged() {
      List<Problem> problems = problems(Statement.builder("").build());

      assertThatThrownBy(() -> problems.add(error("x", "y")))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aValidatorIsImmutable() {
      Validator lenient = Validator.create();
      Validator strict = lenient.requireSpeakers(true);
      Statement s = withBody(blockQuote(paragraph("a")));

      assertThat(lenient.validate(s)).isEmpty();
      assertThat(strict.validate(s)).hasSize(1);
      assertThat(strict.requireSpeakers(false).validate(s)).isEmpty();
    }

    @Test
    void aSourceMapPlacesAProblemInTheFile() {
      SourceMap map = SourceMap.of("statement.json",
          java.util.Map.of("body[1]", new SourceMap.Position(12, 5)));
      Problem problem = problems(withBody(paragraph("a"), paragraph())).get(0);

      assertThat(map.describe(problem)).isEqualTo(
          "statement.json:12:5: body[1]: the paragraph is empty: give it text or remove it");
    }
  }
}
