package io.github.communique.markdown.internal;

import io.github.communique.model.Block;
import io.github.communique.model.Contact;
import io.github.communique.model.Inline;
import io.github.communique.model.Note;
import io.github.communique.model.Party;
import io.github.communique.model.Section;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementDate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parts of a statement as the reader finds them, assembled into a {@link Statement}. */
final class StatementParts {
  Optional<String> title = Optional.empty();
  List<Inline> standfirst = List.of();
  Optional<String> label = Optional.empty();
  final List<Party> issuers = new ArrayList<>();
  final List<Party> authors = new ArrayList<>();
  Optional<LocalDate> date = Optional.empty();
  Optional<LocalTime> time = Optional.empty();
  Optional<ZoneId> zone = Optional.empty();
  Optional<String> place = Optional.empty();
  String language = Statement.DEFAULT_LANGUAGE;
  final List<String> keywords = new ArrayList<>();
  Optional<String> id = Optional.empty();
  Optional<String> url = Optional.empty();
  Optional<ZonedDateTime> embargo = Optional.empty();
  final List<Contact> contacts = new ArrayList<>();
  final List<Block> body = new ArrayList<>();
  final List<Section> sections = new ArrayList<>();
  final List<Note> notes = new ArrayList<>();
  final List<Block> notesToEditors = new ArrayList<>();
  Optional<String> delivery = Optional.empty();

  Statement build(String title) {
    Optional<StatementDate> statementDate = date.map(d -> new StatementDate(d, time, zone));
    return new Statement(
        title,
        standfirst,
        label,
        issuers,
        authors,
        statementDate,
        place,
        language,
        keywords,
        id,
        url,
        embargo,
        contacts,
        body,
        sections,
        notes,
        notesToEditors);
  }
}
