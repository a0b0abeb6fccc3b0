package io.github.communique.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.Contact;
import io.github.communique.model.Inline;
import io.github.communique.model.ListItem;
import io.github.communique.model.Note;
import io.github.communique.model.Party;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.Section;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Writes a statement to a Jackson generator in the order a reader meets it: {@code "format"}
 * first, {@code "type"} first in every block and inline, then the record components in their
 * declared order. Absent optionals and empty lists are left out; plain text inlines are bare
 * strings. Used once, by one thread.
 *
 * <p>Names and fixed values are pre-encoded {@link SerializedString}s: writing is then mostly
 * copying bytes, and stays faster than reading.
 */
public final class StatementWriter implements Block.Visitor<Void>, Inline.Visitor<Void> {
  private static final SerializableString FORMAT = name("format");
  private static final SerializableString FORMAT_VERSION = name(StatementReader.FORMAT);
  private static final SerializableString TYPE = name("type");
  private static final SerializableString TITLE = name("title");
  private static final SerializableString STANDFIRST = name("standfirst");
  private static final SerializableString LABEL = name("label");
  private static final SerializableString ISSUERS = name("issuers");
  private static final SerializableString AUTHORS = name("authors");
  private static final SerializableString DATE = name("date");
  private static final SerializableString TIME = name("time");
  private static final SerializableString ZONE = name("zone");
  private static final SerializableString PLACE = name("place");
  private static final SerializableString LANGUAGE = name("language");
  private static final SerializableString KEYWORDS = name("keywords");
  private static final SerializableString ID = name("id");
  private static final SerializableString URL = name("url");
  private static final SerializableString EMBARGO = name("embargo");
  private static final SerializableString CONTACTS = name("contacts");
  private static final SerializableString BODY = name("body");
  private static final SerializableString SECTIONS = name("sections");
  private static final SerializableString NOTES = name("notes");
  private static final SerializableString NOTES_TO_EDITORS = name("notesToEditors");
  private static final SerializableString NAME = name("name");
  private static final SerializableString KIND = name("kind");
  private static final SerializableString ROLE = name("role");
  private static final SerializableString AFFILIATION = name("affiliation");
  private static final SerializableString ORGANISATION = name("organisation");
  private static final SerializableString EMAIL = name("email");
  private static final SerializableString PHONE = name("phone");
  private static final SerializableString HEADING = name("heading");
  private static final SerializableString ANCHOR = name("anchor");
  private static final SerializableString BLOCKS = name("blocks");
  private static final SerializableString SUBSECTIONS = name("subsections");
  private static final SerializableString ATTRIBUTION = name("attribution");
  private static final SerializableString SPEAKER = name("speaker");
  private static final SerializableString SOURCE = name("source");
  private static final SerializableString MEDIUM = name("medium");
  private static final SerializableString CONTEXT = name("context");
  private static final SerializableString CONTENT = name("content");
  private static final SerializableString STATEMENT = name("statement");
  private static final SerializableString DELIVERY = name("delivery");
  private static final SerializableString ITEMS = name("items");
  private static final SerializableString START = name("start");
  private static final SerializableString TARGET = name("target");
  private static final SerializableString NOTE_ID = name("noteId");

  private static final SerializableString PARAGRAPH = name("paragraph");
  private static final SerializableString BLOCK_QUOTATION = name("blockQuotation");
  private static final SerializableString EMBEDDED_STATEMENT = name("embeddedStatement");
  private static final SerializableString BULLET_LIST = name("bulletList");
  private static final SerializableString ORDERED_LIST = name("orderedList");
  private static final SerializableString THEMATIC_BREAK = name("thematicBreak");
  private static final SerializableString EMPHASIS = name("emphasis");
  private static final SerializableString STRONG = name("strong");
  private static final SerializableString LINK = name("link");
  private static final SerializableString LINE_BREAK = name("lineBreak");
  private static final SerializableString NOTE_REFERENCE = name("noteReference");
  private static final SerializableString QUOTATION = name("quotation");
  private static final SerializableString PERSON = name("person");
  private static final SerializableString ORGANISATION_KIND = name("organisation");
  private static final SerializableString SPEECH = name("speech");
  private static final SerializableString SCARE = name("scare");
  private static final SerializableString MENTION = name("mention");

  private final JsonGenerator g;

  public StatementWriter(JsonGenerator generator) {
    this.g = generator;
  }

  private static SerializableString name(String name) {
    return new SerializedString(name);
  }

  /** Writes the statement as a whole document, with its format version. */
  public void document(Statement statement) throws IOException {
    try {
      g.writeStartObject();
      g.writeFieldName(FORMAT);
      g.writeString(FORMAT_VERSION);
      statementFields(statement);
      g.writeEndObject();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void statementFields(Statement s) throws IOException {
    string(TITLE, s.title());
    inlines(STANDFIRST, s.standfirst());
    optional(LABEL, s.label());
    parties(ISSUERS, s.issuers());
    parties(AUTHORS, s.authors());
    if (s.date().isPresent()) {
      StatementDate date = s.date().get();
      g.writeFieldName(DATE);
      g.writeStartObject();
      string(DATE, date.date().toString());
      if (date.time().isPresent()) {
        string(TIME, date.time().get().toString());
      }
      if (date.zone().isPresent()) {
        string(ZONE, date.zone().get().getId());
      }
      g.writeEndObject();
    }
    optional(PLACE, s.place());
    // Like an absent optional: a reader takes a missing language as the default, "en".
    if (!s.language().equals(Statement.DEFAULT_LANGUAGE)) {
      string(LANGUAGE, s.language());
    }
    if (!s.keywords().isEmpty()) {
      g.writeFieldName(KEYWORDS);
      g.writeStartArray();
      for (String keyword : s.keywords()) {
        g.writeString(keyword);
      }
      g.writeEndArray();
    }
    optional(ID, s.id());
    optional(URL, s.url());
    if (s.embargo().isPresent()) {
      string(EMBARGO, DateTimeFormatter.ISO_ZONED_DATE_TIME.format(s.embargo().get()));
    }
    if (!s.contacts().isEmpty()) {
      g.writeFieldName(CONTACTS);
      g.writeStartArray();
      for (Contact contact : s.contacts()) {
        g.writeStartObject();
        string(NAME, contact.name());
        optional(ORGANISATION, contact.organisation());
        optional(EMAIL, contact.email());
        optional(PHONE, contact.phone());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    blocks(BODY, s.body());
    sections(SECTIONS, s.sections());
    if (!s.notes().isEmpty()) {
      g.writeFieldName(NOTES);
      g.writeStartArray();
      for (Note note : s.notes()) {
        g.writeStartObject();
        string(ID, note.id());
        blocks(BLOCKS, note.blocks());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    blocks(NOTES_TO_EDITORS, s.notesToEditors());
  }

  private void sections(SerializableString name, List<Section> sections) throws IOException {
    if (sections.isEmpty()) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray();
    for (Section section : sections) {
      g.writeStartObject();
      inlines(HEADING, section.heading());
      optional(ANCHOR, section.anchor());
      blocks(BLOCKS, section.blocks());
      sections(SUBSECTIONS, section.subsections());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void parties(SerializableString name, List<Party> parties) throws IOException {
    if (parties.isEmpty()) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray();
    for (Party party : parties) {
      party(party);
    }
    g.writeEndArray();
  }

  private void party(Party party) throws IOException {
    g.writeStartObject();
    string(NAME, party.name());
    g.writeFieldName(KIND);
    g.writeString(party.kind() == Party.Kind.PERSON ? PERSON : ORGANISATION_KIND);
    optional(ROLE, party.role());
    optional(AFFILIATION, party.affiliation());
    g.writeEndObject();
  }

  private void attribution(Optional<Attribution> attribution) throws IOException {
    if (attribution.isEmpty()) {
      return;
    }
    Attribution a = attribution.get();
    g.writeFieldName(ATTRIBUTION);
    g.writeStartObject();
    if (a.speaker().isPresent()) {
      g.writeFieldName(SPEAKER);
      party(a.speaker().get());
    }
    if (a.source().isPresent()) {
      Source source = a.source().get();
      g.writeFieldName(SOURCE);
      g.writeStartObject();
      optional(TITLE, source.title());
      optional(MEDIUM, source.medium());
      optional(URL, source.url());
      if (source.date().isPresent()) {
        string(DATE, source.date().get().toString());
      }
      g.writeEndObject();
    }
    optional(CONTEXT, a.context());
    g.writeEndObject();
  }

  private void string(SerializableString name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  private void optional(SerializableString name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  private void blocks(SerializableString name, List<Block> blocks) throws IOException {
    if (blocks.isEmpty()) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray();
    for (Block block : blocks) {
      block.accept(this);
    }
    g.writeEndArray();
  }

  private void inlines(SerializableString name, List<Inline> inlines) throws IOException {
    if (inlines.isEmpty()) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray();
    for (Inline inline : inlines) {
      inline.accept(this);
    }
    g.writeEndArray();
  }

  private void items(List<ListItem> items) throws IOException {
    if (items.isEmpty()) {
      return;
    }
    g.writeFieldName(ITEMS);
    g.writeStartArray();
    for (ListItem item : items) {
      g.writeStartObject();
      blocks(BLOCKS, item.blocks());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Opens a block or inline object with its type. */
  private void open(SerializableString type) throws IOException {
    g.writeStartObject();
    g.writeFieldName(TYPE);
    g.writeString(type);
  }

  // Visitors cannot throw checked exceptions: each visit wraps I/O failures, and document()
  // unwraps them again.

  private static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }

  @Override
  public Void visitParagraph(Block.Paragraph paragraph) {
    try {
      open(PARAGRAPH);
      inlines(CONTENT, paragraph.content());
      g.writeEndObject();
    } catch (IOException e) {
      throw unchecked(e);
    }
    return null;
  }

  @Override
  public Void visitBlockQuotation(Block.BlockQuotation quotation) {
    try {
      open(BLOCK_QUOTATION);
      blocks(BLOCKS, quotation.blocks());
      attribution(quotation.attribution());
      g.writeEndObject();
    } catch (IOException e) {
      throw unchecked(e);
    }
    return null;
  }

  @Override
  public Void visitEmbeddedStatement(Block.EmbeddedStatement embedded) {
    try {
      open(EMBEDDED_STATEMENT);
      g.writeFieldName(STATEMENT);
      g.writeStartObject();
      statementFields(embedded.statement());
      g.writeEndObject();
      optional(DELIVERY, embedded.delivery());
      g.writeEndObject();
    } catch (IOException e) {
      throw unchecked(e);
    }
    return null;
  }

  @Override
  public Void visitBulletList(Block.BulletList list) {
    try {
      open(BULLET_LIST);
      items(list.items());
      g.writeEndObject();
    } catch (IOException e) {
      throw unchecked(e);
    }
    return null;
  }

  @Override
  public Void visitOrderedList(Block.OrderedList list) {
    try {
      open(ORDERED_LIST);
      g.writeFieldName(START);
      g.writeNumber(list.start());
      items(list.items());
      g.writeEndObject();
    } catch (IOException e) {
      throw unchecked(e);
    }
    return null;
  }

  @Override
  public Void visitThematicBreak(Block.ThematicBreak thematicBreak) {
    return empty(THEMATIC_BREAK);
  }

  @Override
  public Void visitText(Inline.Text text) {
    try {
      g.writeString(text.text());
    } catch (IOException e) {
      throw unchecked(e);
    }
    return null;
  }

  @Override
  public Void visitEmphasis(Inline.Emphasis emphasis) {
    return withContent(EMPHASIS, emphasis.content());
  }

  @Override
  public Void visitStrong(Inline.Strong strong) {
    return withContent(STRONG, strong.content());
  }

  @Override
  public Void visitLink(Inline.Link link) {
    try {
      open(LINK);
      string(TARGET, link.target());
      inlines(CONTENT, link.content());
      g.writeEndObject();
    } catch (IOException e) {
      throw unchecked(e);
    }
    return null;
  }

  @Override
  public Void visitLineBreak(Inline.LineBreak lineBreak) {
    return empty(LINE_BREAK);
  }

  @Override
  public Void visitNoteReference(Inline.NoteReference reference) {
    try {
      open(NOTE_REFERENCE);
      string(NOTE_ID, reference.noteId());
      g.writeEndObject();
    } catch (IOException e) {
      throw unchecked(e);
    }
    return null;
  }

  @Override
  public Void visitQuotation(Inline.Quotation quotation) {
    try {
      open(QUOTATION);
      g.writeFieldName(KIND);
      g.writeString(kind(quotation.kind()));
      inlines(CONTENT, quotation.content());
      attribution(quotation.attribution());
      g.writeEndObject();
    } catch (IOException e) {
      throw unchecked(e);
    }
    return null;
  }

  private static SerializableString kind(QuoteKind kind) {
    return switch (kind) {
      case SPEECH -> SPEECH;
      case SCARE -> SCARE;
      case MENTION -> MENTION;
    };
  }

  private Void withContent(SerializableString type, List<Inline> content) {
    try {
      open(type);
      inlines(CONTENT, content);
      g.writeEndObject();
    } catch (IOException e) {
      throw unchecked(e);
    }
    return null;
  }

  private Void empty(SerializableString type) {
    try {
      open(type);
      g.writeEndObject();
    } catch (IOException e) {
      throw unchecked(e);
    }
    return null;
  }
}
