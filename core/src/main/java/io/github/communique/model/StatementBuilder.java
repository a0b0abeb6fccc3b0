package io.github.communique.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds a {@link Statement} in the order a reader meets it. Not thread-safe; the statement it
 * builds is immutable.
 *
 * <pre>{@code
 * Statement s = Statement.builder("Green Alliance calls for a public inquiry")
 *     .label("Party statement")
 *     .issuer(Party.organisation("Green Alliance"))
 *     .date(LocalDate.of(2026, 11, 25)).place("Brussels")
 *     .paragraph(text("The chair said "), speech("we will not wait"), text("."))
 *     .section("Background", section -> section.paragraph("The report was published in May."))
 *     .build();
 * }</pre>
 */
public final class StatementBuilder {
  private final String title;
  private final List<Inline> standfirst = new ArrayList<>();
  private Optional<String> label = Optional.empty();
  private final List<Party> issuers = new ArrayList<>();
  private final List<Party> authors = new ArrayList<>();
  private Optional<StatementDate> date = Optional.empty();
  private Optional<String> place = Optional.empty();
  private String language = Statement.DEFAULT_LANGUAGE;
  private final List<String> keywords = new ArrayList<>();
  private Optional<String> id = Optional.empty();
  private Optional<String> url = Optional.empty();
  private Optional<ZonedDateTime> embargo = Optional.empty();
  private final List<Contact> contacts = new ArrayList<>();
  private final List<Block> body = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  private final List<Note> notes = new ArrayList<>();
  private final List<Block> notesToEditors = new ArrayList<>();

  StatementBuilder(String title) {
    this.title = title;
  }

  public StatementBuilder standfirst(Inline... content) {
    standfirst.addAll(List.of(content));
    return this;
  }

  public StatementBuilder standfirst(String text) {
    return standfirst(Inlines.text(text));
  }

  public StatementBuilder label(String label) {
    this.label = Optional.of(label);
    return this;
  }

  public StatementBuilder issuer(Party issuer) {
    issuers.add(issuer);
    return this;
  }

  public StatementBuilder author(Party author) {
    authors.add(author);
    return this;
  }

  public StatementBuilder date(LocalDate date) {
    return date(StatementDate.of(date));
  }

  public StatementBuilder date(StatementDate date) {
    this.date = Optional.of(date);
    return this;
  }

  public StatementBuilder place(String place) {
    this.place = Optional.of(place);
    return this;
  }

  /** The BCP 47 language tag of the text, {@code "en"} unless set. */
  public StatementBuilder language(String languageTag) {
    this.language = languageTag;
    return this;
  }

  public StatementBuilder keywords(String... keywords) {
    this.keywords.addAll(List.of(keywords));
    return this;
  }

  public StatementBuilder id(String id) {
    this.id = Optional.of(id);
    return this;
  }

  public StatementBuilder url(String url) {
    this.url = Optional.of(url);
    return this;
  }

  public StatementBuilder embargo(ZonedDateTime notBefore) {
    this.embargo = Optional.of(notBefore);
    return this;
  }

  public StatementBuilder contact(Contact contact) {
    contacts.add(contact);
    return this;
  }

  /** Adds a paragraph to the body before the first section. */
  public StatementBuilder paragraph(Inline... content) {
    return block(Blocks.paragraph(content));
  }

  public StatementBuilder paragraph(String text) {
    return block(Blocks.paragraph(text));
  }

  /** Adds any block to the body before the first section. */
  public StatementBuilder block(Block block) {
    body.add(block);
    return this;
  }

  /** Adds a section whose heading is plain text, filled in by {@code content}. */
  public StatementBuilder section(String heading, Consumer<SectionBuilder> content) {
    SectionBuilder section = new SectionBuilder(List.of(Inlines.text(heading)));
    content.accept(section);
    return section(section.build());
  }

  public StatementBuilder section(Section section) {
    sections.add(section);
    return this;
  }

  /** Adds a note that {@code Inlines.noteRef(id)} refers to. */
  public StatementBuilder note(String id, Block... blocks) {
    notes.add(new Note(id, List.of(blocks)));
    return this;
  }

  public StatementBuilder note(String id, String text) {
    return note(id, Blocks.paragraph(text));
  }

  public StatementBuilder noteToEditors(Block block) {
    notesToEditors.add(block);
    return this;
  }

  public StatementBuilder noteToEditors(String text) {
    return noteToEditors(Blocks.paragraph(text));
  }

  public Statement build() {
    return new Statement(
        title, standfirst, label, issuers, authors, date, place, language, keywords, id, url,
        embargo, contacts, body, sections, notes, notesToEditors);
  }

  /** Builds one {@link Section}; obtained from {@link StatementBuilder#section(String, Consumer)}. */
  public static final class SectionBuilder {
    private final List<Inline> heading;
    private Optional<String> anchor = Optional.empty();
    private final List<Block> blocks = new ArrayList<>();
    private final List<Section> subsections = new ArrayList<>();

    SectionBuilder(List<Inline> heading) {
      this.heading = heading;
    }

    /** Sets the anchor id; without one, it is derived from the heading. */
    public SectionBuilder anchor(String anchor) {
      this.anchor = Optional.of(anchor);
      return this;
    }

    public SectionBuilder paragraph(Inline... content) {
      return block(Blocks.paragraph(content));
    }

    public SectionBuilder paragraph(String text) {
      return block(Blocks.paragraph(text));
    }

    public SectionBuilder block(Block block) {
      blocks.add(block);
      return this;
    }

    public SectionBuilder subsection(String heading, Consumer<SectionBuilder> content) {
      SectionBuilder sub = new SectionBuilder(List.of(Inlines.text(heading)));
      content.accept(sub);
      subsections.add(sub.build());
      return this;
    }

    public Section build() {
      return new Section(heading, anchor, blocks, subsections);
    }
  }
}
