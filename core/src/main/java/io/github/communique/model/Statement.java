package io.github.communique.model;

import static java.util.Objects.requireNonNull;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A public statement as a press office issues it: a press release, a party statement, a joint
 * declaration. It holds the metadata printed around the text (label, issuers, date, place,
 * embargo, media contacts), the body and its sections, the notes, and the notes to editors that
 * follow the body.
 *
 * <p>Build one with {@link StatementBuilder}; read one from JSON or Markdown. The record is
 * immutable and holds no nulls: absent values are empty {@code Optional}s or empty lists.
 *
 * <p>Nothing bounds how deep a statement built in Java nests: renderers and writers refuse one
 * deeper than their {@link io.github.communique.validate.Limits} before writing anything, while
 * the generated {@code equals}, {@code hashCode} and {@code toString} of the records recurse and
 * throw {@link StackOverflowError} on one nested some thousands of levels deep.
 *
 * @param title the headline, required: "Green Alliance calls for a public inquiry"
 * @param standfirst the summary under the title; empty when there is none
 * @param label the kind of statement: "Party statement", "Press release", "Joint declaration"
 * @param issuers the parties on whose behalf the statement is issued
 * @param authors the people who wrote it, when named
 * @param date when it was issued
 * @param place the dateline's place: "Brussels"
 * @param language the BCP 47 tag of the text ({@code "en"} unless given); it chooses the
 *     quotation marks
 * @param keywords subject keywords for catalogues and search
 * @param id the issuer's reference for the statement: "PR-2026-114"
 * @param url the canonical web address of the statement
 * @param embargo not for publication before this instant
 * @param contacts media contacts printed after the body
 * @param body the blocks before the first section
 * @param sections the headed sections, in order
 * @param notes footnotes or endnotes referenced from the text
 * @param notesToEditors background for journalists, printed after the body
 */
public record Statement(
    String title,
    List<Inline> standfirst,
    Optional<String> label,
    List<Party> issuers,
    List<Party> authors,
    Optional<StatementDate> date,
    Optional<String> place,
    String language,
    List<String> keywords,
    Optional<String> id,
    Optional<String> url,
    Optional<ZonedDateTime> embargo,
    List<Contact> contacts,
    List<Block> body,
    List<Section> sections,
    List<Note> notes,
    List<Block> notesToEditors) {

  /** The language a statement is in when none is given. */
  public static final String DEFAULT_LANGUAGE = "en";

  public Statement {
    requireNonNull(title, "title");
    standfirst = NodeList.copyOf(standfirst);
    requireNonNull(label, "label");
    issuers = List.copyOf(issuers);
    authors = List.copyOf(authors);
    requireNonNull(date, "date");
    requireNonNull(place, "place");
    requireNonNull(language, "language");
    keywords = List.copyOf(keywords);
    requireNonNull(id, "id");
    requireNonNull(url, "url");
    requireNonNull(embargo, "embargo");
    contacts = List.copyOf(contacts);
    body = NodeList.copyOf(body);
    sections = NodeList.copyOf(sections);
    notes = NodeList.copyOf(notes);
    notesToEditors = NodeList.copyOf(notesToEditors);
  }

  /** Starts a statement with the given title. */
  public static StatementBuilder builder(String title) {
    return new StatementBuilder(title);
  }
}
