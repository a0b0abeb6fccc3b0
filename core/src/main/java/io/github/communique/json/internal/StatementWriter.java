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
  private static final SerializableString FORMAT = encoded("format");
  private static final SerializableString FORMAT_VERSION = encoded(StatementReader.FORMAT);
  private static final SerializableString TYPE = encoded("type");
  private static final SerializableString TITLE = encoded("title");
  private static final SerializableString STANDFIRST = encoded("standfirst");
  private static final SerializableString LABEL = encoded("label");
  private static final SerializableString ISSUERS = encoded("issuers");
  private static final SerializableString AUTHORS = encoded("authors");
  private static final SerializableString DATE = encoded("date");
  private static final SerializableString TIME = encoded("time");
  private static final SerializableString ZONE = encoded("zone");
  private static final SerializableString PLACE = encoded("place");
  private static final SerializableString LANGUAGE = encoded("language");
  private static final SerializableString KEYWORDS = encoded("keywords");
  private static final SerializableString ID = encoded("id");
  private static final SerializableString URL = encoded("url");
  private static final SerializableString EMBARGO = encoded("embargo");
  private static final SerializableString CONTACTS = encoded("contacts");
  private static final SerializableString BODY = encoded("body");
  private static final SerializableString SECTIONS = encoded("sections");
  private static final SerializableString NOTES = encoded("notes");
  private static final SerializableString NOTES_TO_EDITORS = encoded("notesToEditors");
  private static final SerializableString NAME = encoded("name");
  private static final SerializableString KIND = encoded("kind");
  private static final SerializableString ROLE = encoded("role");
  private static final SerializableString AFFILIATION = encoded("affiliation");
  private static final SerializableString ORGANISATION = encoded("organisation");
  private static final SerializableString EMAIL = encoded("email");
  private static final SerializableString PHONE = encoded("phone");
  private static final SerializableString HEADING = encoded("heading");
  private static final SerializableString ANCHOR = encoded("anchor");
  private static final SerializableString BLOCKS = encoded("blocks");
  private static final SerializableString SUBSECTIONS = encoded("subsections");
  private static final SerializableString ATTRIBUTION = encoded("attribution");
  private static final SerializableString SPEAKER = encoded("speaker");
  private static final SerializableString SOURCE = encoded("source");
  private static final SerializableString MEDIUM = encoded("medium");
  private static final SerializableString CONTEXT = encoded("context");
  private static final SerializableString CONTENT = encoded("content");
  private static final SerializableString STATEMENT = encoded("statement");
  private static final SerializableString DELIVERY = encoded("delivery");
  private static final SerializableString ITEMS = encoded("items");
  private static final SerializableString START = encoded("start");
  private static final SerializableString TARGET = encoded("target");
  private static final SerializableString NOTE_ID = encoded("noteId");

  private static final SerializableString PARAGRAPH = encoded("paragraph");
  private static final SerializableString BLOCK_QUOTATION = encoded("blockQuotation");
  private static final SerializableString EMBEDDED_STATEMENT = encoded("embeddedStatement");
  private static final SerializableString BULLET_LIST = encoded("bulletList");
  private static final SerializableString ORDERED_LIST = encoded("orderedList");
  private static final SerializableString THEMATIC_BREAK = encoded("thematicBreak");
  private static final SerializableString EMPHASIS = encoded("emphasis");
  private static final SerializableString STRONG = encoded("strong");
  private static final SerializableString LINK = encoded("link");
  private static final SerializableString LINE_BREAK = encoded("lineBreak");
  private static final SerializableString NOTE_REFERENCE = encoded("noteReference");
  private static final SerializableString QUOTATION = encoded("quotation");
  private static final SerializableString PERSON = encoded("person");
  private static final SerializableString ORGANISATION_KIND = encoded("organisation");
  private static final SerializableString SPEECH = encoded("speech");
  private static final SerializableString SCARE = encoded("scare");
  private static final SerializableString MENTION = encoded("mention");

  private final JsonGenerator g;

  public StatementWriter(JsonGenerator generator) {
    this.g = generator;
  }

  private static SerializableString encoded(String name) {
    return new SerializedString(name);
  }

  /** Writes the statement as a whole document, with its format version. */
  public void document(Statement statement) throws IOException {
    try {
      startObject();
      name(FORMAT);
      value(FORMAT_VERSION);
      statementFields(statement);
      endObject();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void statementFields(Statement s) {
    string(TITLE, s.title());
    inlines(STANDFIRST, s.standfirst());
    optional(LABEL, s.label());
    parties(ISSUERS, s.issuers());
    parties(AUTHORS, s.authors());
    if (s.date().isPresent()) {
      StatementDate date = s.date().get();
      name(DATE);
      startObject();
      string(DATE, date.date().toString());
      if (date.time().isPresent()) {
        string(TIME, date.time().get().toString());
      }
      if (date.zone().isPresent()) {
        string(ZONE, date.zone().get().getId());
      }
      endObject();
    }
    optional(PLACE, s.place());
    // Like an absent optional: a reader takes a missing language as the default, "en".
    if (!s.language().equals(Statement.DEFAULT_LANGUAGE)) {
      string(LANGUAGE, s.language());
    }
    if (!s.keywords().isEmpty()) {
      name(KEYWORDS);
      startArray();
      for (String keyword : s.keywords()) {
        value(keyword);
      }
      endArray();
    }
    optional(ID, s.id());
    optional(URL, s.url());
    if (s.embargo().isPresent()) {
      string(EMBARGO, DateTimeFormatter.ISO_ZONED_DATE_TIME.format(s.embargo().get()));
    }
    if (!s.contacts().isEmpty()) {
      name(CONTACTS);
      startArray();
      for (Contact contact : s.contacts()) {
        startObject();
        string(NAME, contact.name());
        optional(ORGANISATION, contact.organisation());
        optional(EMAIL, contact.email());
        optional(PHONE, contact.phone());
        endObject();
      }
      endArray();
    }
    blocks(BODY, s.body());
    sections(SECTIONS, s.sections());
    if (!s.notes().isEmpty()) {
      name(NOTES);
      startArray();
      for (Note note : s.notes()) {
        startObject();
        string(ID, note.id());
        blocks(BLOCKS, note.blocks());
        endObject();
      }
      endArray();
    }
    blocks(NOTES_TO_EDITORS, s.notesToEditors());
  }

  private void sections(SerializableString name, List<Section> sections) {
    if (sections.isEmpty()) {
      return;
    }
    name(name);
    startArray();
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      startObject();
      inlines(HEADING, section.heading());
      optional(ANCHOR, section.anchor());
      blocks(BLOCKS, section.blocks());
      sections(SUBSECTIONS, section.subsections());
      endObject();
    }
    endArray();
  }

  private void parties(SerializableString name, List<Party> parties) {
    if (parties.isEmpty()) {
      return;
    }
    name(name);
    startArray();
    for (int i = 0; i < parties.size(); i++) {
      party(parties.get(i));
    }
    endArray();
  }

  private void party(Party party) {
    startObject();
    string(NAME, party.name());
    name(KIND);
    value(party.kind() == Party.Kind.PERSON ? PERSON : ORGANISATION_KIND);
    optional(ROLE, party.role());
    optional(AFFILIATION, party.affiliation());
    endObject();
  }

  private void attribution(Optional<Attribution> attribution) {
    if (attribution.isEmpty()) {
      return;
    }
    Attribution a = attribution.get();
    name(ATTRIBUTION);
    startObject();
    if (a.speaker().isPresent()) {
      name(SPEAKER);
      party(a.speaker().get());
    }
    if (a.source().isPresent()) {
      Source source = a.source().get();
      name(SOURCE);
      startObject();
      optional(TITLE, source.title());
      optional(MEDIUM, source.medium());
      optional(URL, source.url());
      if (source.date().isPresent()) {
        string(DATE, source.date().get().toString());
      }
      endObject();
    }
    optional(CONTEXT, a.context());
    endObject();
  }

  private void string(SerializableString name, String value) {
    name(name);
    value(value);
  }

  private void optional(SerializableString name, Optional<String> value) {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  private void blocks(SerializableString name, List<Block> blocks) {
    if (blocks.isEmpty()) {
      return;
    }
    name(name);
    startArray();
    for (int i = 0; i < blocks.size(); i++) {
      blocks.get(i).accept(this);
    }
    endArray();
  }

  private void inlines(SerializableString name, List<Inline> inlines) {
    if (inlines.isEmpty()) {
      return;
    }
    name(name);
    startArray();
    // Indexed, not for-each: on the large benchmark document an iterator per list was 750 KB a
    // write, which escape analysis removes only where the recursion happens to be inlined.
    for (int i = 0; i < inlines.size(); i++) {
      inlines.get(i).accept(this);
    }
    endArray();
  }

  private void items(List<ListItem> items) {
    if (items.isEmpty()) {
      return;
    }
    name(ITEMS);
    startArray();
    for (int i = 0; i < items.size(); i++) {
      startObject();
      blocks(BLOCKS, items.get(i).blocks());
      endObject();
    }
    endArray();
  }

  /** Opens a block or inline object with its type. */
  private void open(SerializableString type) {
    startObject();
    name(TYPE);
    value(type);
  }

  // The generator's calls, each wrapping an IOException, because the visitor methods cannot
  // throw it; document() unwraps it again.

  private void name(SerializableString name) {
    try {
      g.writeFieldName(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void value(String text) {
    try {
      g.writeString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void value(SerializableString text) {
    try {
      g.writeString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void value(int number) {
    try {
      g.writeNumber(number);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void startObject() {
    try {
      g.writeStartObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void endObject() {
    try {
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void startArray() {
    try {
      g.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void endArray() {
    try {
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Void visitParagraph(Block.Paragraph paragraph) {
    open(PARAGRAPH);
    inlines(CONTENT, paragraph.content());
    endObject();
    return null;
  }

  @Override
  public Void visitBlockQuotation(Block.BlockQuotation quotation) {
    open(BLOCK_QUOTATION);
    blocks(BLOCKS, quotation.blocks());
    attribution(quotation.attribution());
    endObject();
    return null;
  }

  @Override
  public Void visitEmbeddedStatement(Block.EmbeddedStatement embedded) {
    open(EMBEDDED_STATEMENT);
    name(STATEMENT);
    startObject();
    statementFields(embedded.statement());
    endObject();
    optional(DELIVERY, embedded.delivery());
    endObject();
    return null;
  }

  @Override
  public Void visitBulletList(Block.BulletList list) {
    open(BULLET_LIST);
    items(list.items());
    endObject();
    return null;
  }

  @Override
  public Void visitOrderedList(Block.OrderedList list) {
    open(ORDERED_LIST);
    name(START);
    value(list.start());
    items(list.items());
    endObject();
    return null;
  }

  @Override
  public Void visitThematicBreak(Block.ThematicBreak thematicBreak) {
    return empty(THEMATIC_BREAK);
  }

  @Override
  public Void visitText(Inline.Text text) {
    value(text.text());
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
    open(LINK);
    string(TARGET, link.target());
    inlines(CONTENT, link.content());
    endObject();
    return null;
  }

  @Override
  public Void visitLineBreak(Inline.LineBreak lineBreak) {
    return empty(LINE_BREAK);
  }

  @Override
  public Void visitNoteReference(Inline.NoteReference reference) {
    open(NOTE_REFERENCE);
    string(NOTE_ID, reference.noteId());
    endObject();
    return null;
  }

  @Override
  public Void visitQuotation(Inline.Quotation quotation) {
    open(QUOTATION);
    name(KIND);
    value(kind(quotation.kind()));
    inlines(CONTENT, quotation.content());
    attribution(quotation.attribution());
    endObject();
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
    open(type);
    inlines(CONTENT, content);
    endObject();
    return null;
  }

  private Void empty(SerializableString type) {
    open(type);
    endObject();
    return null;
  }
}
