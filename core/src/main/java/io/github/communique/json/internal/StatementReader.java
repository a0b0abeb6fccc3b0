package io.github.communique.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
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
import io.github.communique.model.StatementFormatException;
import io.github.communique.validate.SourceMap;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one statement from a Jackson token stream straight into the model: no tree, no
 * reflection, one pass. Every object is read field by field in any order, with duplicates,
 * unknown fields, wrong types and missing required fields reported as {@link
 * StatementFormatException}s at the offending token. Used once, by one thread.
 *
 * <p>When {@code positions} is given, it records where every value was read, under its document
 * path ({@code sections[1].blocks[3].content[2]}), for {@link SourceMap}.
 */
public final class StatementReader {
  static final String FORMAT = "communique/1";

  private static final Names STATEMENT =
      new Names(
          "a statement",
          "format", "title", "standfirst", "label", "issuers", "authors", "date", "place",
          "language", "keywords", "id", "url", "embargo", "contacts", "body", "sections", "notes",
          "notesToEditors");
  private static final Names PARTY = new Names("a party", "name", "kind", "role", "affiliation");
  private static final Names PARTY_KINDS = new Names("party kind", "person", "organisation");
  private static final Names DATE = new Names("a date", "date", "time", "zone");
  private static final Names CONTACT =
      new Names("a contact", "name", "organisation", "email", "phone");
  private static final Names SECTION =
      new Names("a section", "heading", "anchor", "blocks", "subsections");
  private static final Names NOTE = new Names("a note", "id", "blocks");
  private static final Names LIST_ITEM = new Names("a list item", "blocks");
  private static final Names ATTRIBUTION =
      new Names("an attribution", "speaker", "source", "context");
  private static final Names SOURCE = new Names("a source", "title", "medium", "url", "date");
  private static final Names QUOTE_KINDS = new Names("quotation kind", "speech", "scare", "mention");

  // Blocks and inlines: one set of fields per family, each field with one meaning in all kinds,
  // so fields can be read before "type" says which kind the object is.
  private static final Names BLOCK =
      new Names(
          "a block", "type", "content", "blocks", "attribution", "statement", "delivery", "items",
          "start");
  private static final Names BLOCK_TYPES =
      new Names(
          "block type", "paragraph", "blockQuotation", "embeddedStatement", "bulletList",
          "orderedList", "thematicBreak");
  private static final long[] BLOCK_FIELDS_OF_TYPE = {
    bits(1), bits(2, 3), bits(4, 5), bits(6), bits(7, 6), 0
  };
  private static final Names INLINE =
      new Names(
          "an inline", "type", "text", "content", "target", "noteId", "kind", "attribution");
  private static final Names INLINE_TYPES =
      new Names(
          "inline type", "text", "emphasis", "strong", "link", "lineBreak", "noteReference",
          "quotation");
  private static final long[] INLINE_FIELDS_OF_TYPE = {
    bits(1), bits(2), bits(2), bits(3, 2), 0, bits(4), bits(5, 2, 6)
  };

  private final JsonParser p;
  private final Item<Party> party = this::partyItem;
  private final Item<String> keyword = this::stringItem;
  private final Item<Contact> contact = this::contactItem;
  private final Item<Section> section = this::sectionItem;
  private final Item<Note> note = this::noteItem;
  private final Item<ListItem> listItem = this::listItem;
  private final Item<Block> block = this::blockItem;
  private final Item<Inline> inline = this::inlineItem;
  private final String source;
  private final Map<String, SourceMap.Position> positions;

  /**
   * @param positions where to record the position of every value, or null to record nothing
   */
  public StatementReader(
      JsonParser parser, String source, Map<String, SourceMap.Position> positions) {
    this.p = parser;
    this.source = source;
    this.positions = positions;
  }

  /** Reads the document: one statement object and nothing after it. */
  public Statement document() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw fail("the input is empty: a statement is a JSON object that starts with {");
    }
    if (t != JsonToken.START_OBJECT) {
      throw fail(
          "a statement file holds one JSON object ({ \"format\": \""
              + FORMAT
              + "\", \"title\": ... }), not "
              + describe(t));
    }
    String root = positions == null ? null : "";
    record(root);
    Statement statement = statement(root, true);
    JsonToken after = p.nextToken();
    if (after != null) {
      throw fail(
          "found "
              + describe(after)
              + " after the end of the statement: a file holds exactly one statement object");
    }
    return statement;
  }

  // ---------------------------------------------------------------- statements

  /** A statement object: the document ({@code top}) or an embedded statement. */
  private Statement statement(String path, boolean top) throws IOException {
    long start = mark();
    long seen = 0;
    String format = null;
    String title = null;
    List<Inline> standfirst = List.of();
    Optional<String> label = Optional.empty();
    List<Party> issuers = List.of();
    List<Party> authors = List.of();
    Optional<StatementDate> date = Optional.empty();
    Optional<String> place = Optional.empty();
    String language = Statement.DEFAULT_LANGUAGE; // also in an embedded one: no inheritance
    List<String> keywords = List.of();
    Optional<String> id = Optional.empty();
    Optional<String> url = Optional.empty();
    Optional<ZonedDateTime> embargo = Optional.empty();
    List<Contact> contacts = List.of();
    List<Block> body = List.of();
    List<Section> sections = List.of();
    List<Note> notes = List.of();
    List<Block> notesToEditors = List.of();
    for (String name; (name = p.nextFieldName()) != null; ) {
      int f = field(STATEMENT, name, seen, top ? STATEMENT.what() : "an embedded statement");
      seen |= 1L << f;
      JsonToken t = p.nextToken();
      String at = child(path, name);
      record(at);
      switch (f) {
        case 0 -> {
          if (!top) {
            throw fail(
                "\"format\" belongs only at the top of the file, not in an embedded statement:"
                    + " remove it");
          }
          format = format(t);
        }
        case 1 -> title = string(t, name);
        case 2 -> standfirst = inlines(t, name, at);
        case 3 -> label = Optional.of(string(t, name));
        case 4 -> issuers = array(t, name, at, party);
        case 5 -> authors = array(t, name, at, party);
        case 6 -> date = Optional.of(statementDate(object(t, name), at));
        case 7 -> place = Optional.of(string(t, name));
        case 8 -> language = string(t, name);
        case 9 -> keywords = array(t, name, at, keyword);
        case 10 -> id = Optional.of(string(t, name));
        case 11 -> url = Optional.of(string(t, name));
        case 12 -> embargo = Optional.of(embargo(string(t, name)));
        case 13 -> contacts = array(t, name, at, contact);
        case 14 -> body = blocks(t, name, at);
        case 15 -> sections = array(t, name, at, section);
        case 16 -> notes = array(t, name, at, note);
        case 17 -> notesToEditors = blocks(t, name, at);
        default -> throw new AssertionError(name);
      }
    }
    if (top && format == null) {
      throw failAt(
          start,
          "",
          "missing \"format\": start the object with \"format\": \""
              + FORMAT
              + "\" so that readers know which version of the format the file uses");
    }
    if (title == null) {
      throw missing(start, "title", top ? "a statement" : "an embedded statement",
          "\"title\": \"Green Alliance calls for a public inquiry\"");
    }
    return new Statement(
        title, standfirst, label, issuers, authors, date, place, language, keywords, id, url,
        embargo, contacts, body, sections, notes, notesToEditors);
  }

  private String format(JsonToken t) throws IOException {
    String format = string(t, "format");
    if (format.equals(FORMAT)) {
      return format;
    }
    if (format.startsWith("communique/")) {
      throw fail(
          "unsupported format version \""
              + format
              + "\": this version of Communique reads \""
              + FORMAT
              + "\"; read the file with a newer Communique, or write it in \""
              + FORMAT
              + "\"");
    }
    throw fail(
        "unknown format \"" + format + "\": a Communique statement has \"format\": \"" + FORMAT
            + "\"");
  }

  private Party partyItem(JsonToken t, String array, String path) throws IOException {
    expectObject(t, array, "a party");
    long start = mark();
    long seen = 0;
    String name = null;
    Party.Kind kind = null;
    Optional<String> role = Optional.empty();
    Optional<String> affiliation = Optional.empty();
    for (String field; (field = p.nextFieldName()) != null; ) {
      int f = field(PARTY, field, seen, PARTY.what());
      seen |= 1L << f;
      JsonToken v = p.nextToken();
      record(child(path, field));
      switch (f) {
        case 0 -> name = string(v, field);
        case 1 -> kind = choice(v, field, PARTY_KINDS) == 0 ? Party.Kind.PERSON
            : Party.Kind.ORGANISATION;
        case 2 -> role = Optional.of(string(v, field));
        case 3 -> affiliation = Optional.of(string(v, field));
        default -> throw new AssertionError(field);
      }
    }
    if (name == null) {
      throw missing(start, "name", "a party", "\"name\": \"Maria Keller\"");
    }
    if (kind == null) {
      throw missing(start, "kind", "a party", "\"kind\": \"person\" or \"kind\": \"organisation\"");
    }
    return new Party(name, kind, role, affiliation);
  }

  private StatementDate statementDate(long start, String path) throws IOException {
    long seen = 0;
    LocalDate date = null;
    Optional<LocalTime> time = Optional.empty();
    Optional<ZoneId> zone = Optional.empty();
    long zoneAt = 0;
    for (String field; (field = p.nextFieldName()) != null; ) {
      int f = field(DATE, field, seen, DATE.what());
      seen |= 1L << f;
      JsonToken v = p.nextToken();
      record(child(path, field));
      switch (f) {
        case 0 -> date = localDate(string(v, field));
        case 1 -> time = Optional.of(localTime(string(v, field)));
        case 2 -> {
          zoneAt = mark();
          zone = Optional.of(zone(string(v, field)));
        }
        default -> throw new AssertionError(field);
      }
    }
    if (date == null) {
      throw missing(start, "date", "a date", "\"date\": \"2026-11-25\"");
    }
    if (zone.isPresent() && time.isEmpty()) {
      throw failAt(
          zoneAt,
          pointer() + "/zone",
          "a \"zone\" needs a \"time\": add \"time\": \"14:30\" or remove the zone");
    }
    return new StatementDate(date, time, zone);
  }

  private Contact contactItem(JsonToken t, String array, String path) throws IOException {
    expectObject(t, array, "a contact");
    long start = mark();
    long seen = 0;
    String name = null;
    Optional<String> organisation = Optional.empty();
    Optional<String> email = Optional.empty();
    Optional<String> phone = Optional.empty();
    for (String field; (field = p.nextFieldName()) != null; ) {
      int f = field(CONTACT, field, seen, CONTACT.what());
      seen |= 1L << f;
      JsonToken v = p.nextToken();
      record(child(path, field));
      switch (f) {
        case 0 -> name = string(v, field);
        case 1 -> organisation = Optional.of(string(v, field));
        case 2 -> email = Optional.of(string(v, field));
        case 3 -> phone = Optional.of(string(v, field));
        default -> throw new AssertionError(field);
      }
    }
    if (name == null) {
      throw missing(start, "name", "a contact", "\"name\": \"Press office\"");
    }
    return new Contact(name, organisation, email, phone);
  }

  private Section sectionItem(JsonToken t, String array, String path) throws IOException {
    expectObject(t, array, "a section");
    long seen = 0;
    List<Inline> heading = List.of();
    Optional<String> anchor = Optional.empty();
    List<Block> blocks = List.of();
    List<Section> subsections = List.of();
    for (String field; (field = p.nextFieldName()) != null; ) {
      int f = field(SECTION, field, seen, SECTION.what());
      seen |= 1L << f;
      JsonToken v = p.nextToken();
      String at = child(path, field);
      record(at);
      switch (f) {
        case 0 -> heading = inlines(v, field, at);
        case 1 -> anchor = Optional.of(string(v, field));
        case 2 -> blocks = blocks(v, field, at);
        case 3 -> subsections = array(v, field, at, section);
        default -> throw new AssertionError(field);
      }
    }
    return new Section(heading, anchor, blocks, subsections);
  }

  private Note noteItem(JsonToken t, String array, String path) throws IOException {
    expectObject(t, array, "a note");
    long start = mark();
    long seen = 0;
    String id = null;
    List<Block> blocks = List.of();
    for (String field; (field = p.nextFieldName()) != null; ) {
      int f = field(NOTE, field, seen, NOTE.what());
      seen |= 1L << f;
      JsonToken v = p.nextToken();
      String at = child(path, field);
      record(at);
      if (f == 0) {
        id = string(v, field);
      } else {
        blocks = blocks(v, field, at);
      }
    }
    if (id == null) {
      throw missing(start, "id", "a note", "\"id\": \"1\", the id its noteReference uses");
    }
    return new Note(id, blocks);
  }

  private ListItem listItem(JsonToken t, String array, String path) throws IOException {
    expectObject(t, array, "a list item ({\"blocks\": [...]})");
    long seen = 0;
    List<Block> blocks = List.of();
    for (String field; (field = p.nextFieldName()) != null; ) {
      seen |= 1L << field(LIST_ITEM, field, seen, LIST_ITEM.what());
      JsonToken v = p.nextToken();
      String at = child(path, field);
      record(at);
      blocks = blocks(v, field, at);
    }
    return new ListItem(blocks);
  }

  private Attribution attribution(JsonToken t, String name, String path) throws IOException {
    expectField(t, JsonToken.START_OBJECT, name, "an attribution object");
    long seen = 0;
    Optional<Party> speaker = Optional.empty();
    Optional<Source> source = Optional.empty();
    Optional<String> context = Optional.empty();
    for (String field; (field = p.nextFieldName()) != null; ) {
      int f = field(ATTRIBUTION, field, seen, ATTRIBUTION.what());
      seen |= 1L << f;
      JsonToken v = p.nextToken();
      String at = child(path, field);
      record(at);
      switch (f) {
        case 0 -> {
          expectField(v, JsonToken.START_OBJECT, field, "a party object");
          speaker = Optional.of(partyItem(v, field, at));
        }
        case 1 -> source = Optional.of(source(v, field, at));
        case 2 -> context = Optional.of(string(v, field));
        default -> throw new AssertionError(field);
      }
    }
    return new Attribution(speaker, source, context);
  }

  private Source source(JsonToken t, String name, String path) throws IOException {
    expectField(t, JsonToken.START_OBJECT, name, "a source object");
    long seen = 0;
    Optional<String> title = Optional.empty();
    Optional<String> medium = Optional.empty();
    Optional<String> url = Optional.empty();
    Optional<LocalDate> date = Optional.empty();
    for (String field; (field = p.nextFieldName()) != null; ) {
      int f = field(SOURCE, field, seen, SOURCE.what());
      seen |= 1L << f;
      JsonToken v = p.nextToken();
      record(child(path, field));
      switch (f) {
        case 0 -> title = Optional.of(string(v, field));
        case 1 -> medium = Optional.of(string(v, field));
        case 2 -> url = Optional.of(string(v, field));
        case 3 -> date = Optional.of(localDate(string(v, field)));
        default -> throw new AssertionError(field);
      }
    }
    return new Source(title, medium, url, date);
  }

  // ---------------------------------------------------------------- blocks

  private List<Block> blocks(JsonToken t, String name, String path) throws IOException {
    return array(t, name, path, block);
  }

  private Block blockItem(JsonToken t, String array, String path) throws IOException {
    expectObject(t, array, "a block object ({\"type\": \"paragraph\", ...})");
    long start = mark();
    int type = -1;
    long seen = 0;
    long[] early = null;
    List<Inline> content = List.of();
    List<Block> blocks = List.of();
    Optional<Attribution> attribution = Optional.empty();
    Statement statement = null;
    Optional<String> delivery = Optional.empty();
    List<ListItem> items = List.of();
    int number = 1;
    for (String field; (field = p.nextFieldName()) != null; ) {
      int f = typedField(BLOCK, BLOCK_TYPES, BLOCK_FIELDS_OF_TYPE, type, field, seen);
      seen |= 1L << f;
      if (type < 0 && f != 0) {
        early = remember(early, f, BLOCK);
      }
      JsonToken v = p.nextToken();
      // No problem is ever reported at a type: recording it would only fill the source map.
      String at = f == 0 ? null : child(path, field);
      record(at);
      switch (f) {
        case 0 -> {
          type = choice(v, field, BLOCK_TYPES);
          checkEarly(BLOCK, BLOCK_TYPES, BLOCK_FIELDS_OF_TYPE, type, seen, early);
        }
        case 1 -> content = inlines(v, field, at);
        case 2 -> blocks = blocks(v, field, at);
        case 3 -> attribution = Optional.of(attribution(v, field, at));
        case 4 -> {
          expectField(v, JsonToken.START_OBJECT, field, "a statement object");
          statement = statement(at, false);
        }
        case 5 -> delivery = Optional.of(string(v, field));
        case 6 -> items = array(v, field, at, listItem);
        case 7 -> number = start(v, field);
        default -> throw new AssertionError(field);
      }
    }
    if (type < 0) {
      throw missing(start, "type", "a block", "\"type\" with one of: " + BLOCK_TYPES.list());
    }
    return switch (type) {
      case 0 -> new Block.Paragraph(content);
      case 1 -> new Block.BlockQuotation(blocks, attribution);
      case 2 -> {
        if (statement == null) {
          throw missing(start, "statement", "an embeddedStatement",
              "\"statement\": {\"title\": ..., \"issuers\": [...], \"body\": [...]}");
        }
        yield new Block.EmbeddedStatement(statement, delivery);
      }
      case 3 -> new Block.BulletList(items);
      case 4 -> new Block.OrderedList(number, items);
      case 5 -> new Block.ThematicBreak();
      default -> throw new AssertionError(type);
    };
  }

  /** An ordered list's first number: a whole number, 0 or more. */
  private int start(JsonToken t, String name) throws IOException {
    if (t == JsonToken.VALUE_NUMBER_INT
        && p.getNumberType() == JsonParser.NumberType.INT
        && p.getIntValue() >= 0) {
      return p.getIntValue();
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      throw fail(
          "\"" + name + "\" must be a whole number from 0 to " + Integer.MAX_VALUE + ", not "
              + p.getText());
    }
    throw wrongType(t, name, "a whole number");
  }

  // ---------------------------------------------------------------- inlines

  private List<Inline> inlines(JsonToken t, String name, String path) throws IOException {
    if (t == JsonToken.VALUE_STRING) {
      throw fail(
          "expected an array of inlines for \"" + name + "\", found a string: write it as an"
              + " array, [\"...\"]");
    }
    return array(t, name, path, inline);
  }

  private Inline inlineItem(JsonToken t, String array, String path) throws IOException {
    if (t == JsonToken.VALUE_STRING) {
      return new Inline.Text(p.getText());
    }
    expectObject(t, array, "an inline (a string, or an object with \"type\")");
    long start = mark();
    int type = -1;
    long seen = 0;
    long[] early = null;
    String text = null;
    List<Inline> content = List.of();
    String target = null;
    String noteId = null;
    QuoteKind kind = null;
    Optional<Attribution> attribution = Optional.empty();
    for (String field; (field = p.nextFieldName()) != null; ) {
      int f = typedField(INLINE, INLINE_TYPES, INLINE_FIELDS_OF_TYPE, type, field, seen);
      seen |= 1L << f;
      if (type < 0 && f != 0) {
        early = remember(early, f, INLINE);
      }
      JsonToken v = p.nextToken();
      String at = f == 0 ? null : child(path, field);
      record(at);
      switch (f) {
        case 0 -> {
          type = choice(v, field, INLINE_TYPES);
          checkEarly(INLINE, INLINE_TYPES, INLINE_FIELDS_OF_TYPE, type, seen, early);
        }
        case 1 -> text = string(v, field);
        case 2 -> content = inlines(v, field, at);
        case 3 -> target = string(v, field);
        case 4 -> noteId = string(v, field);
        case 5 -> kind = QuoteKind.values()[choice(v, field, QUOTE_KINDS)];
        case 6 -> attribution = Optional.of(attribution(v, field, at));
        default -> throw new AssertionError(field);
      }
    }
    if (type < 0) {
      throw missing(start, "type", "an inline", "\"type\" with one of: " + INLINE_TYPES.list()
          + " (or write plain text as a string)");
    }
    return switch (type) {
      case 0 -> new Inline.Text(required(text, start, "text", "a text inline", "\"text\": \"...\""));
      case 1 -> new Inline.Emphasis(content);
      case 2 -> new Inline.Strong(content);
      case 3 -> new Inline.Link(
          required(target, start, "target", "a link", "\"target\": \"https://example.org/\""),
          content);
      case 4 -> new Inline.LineBreak();
      case 5 -> new Inline.NoteReference(
          required(noteId, start, "noteId", "a noteReference",
              "\"noteId\": \"1\", the id of a note in \"notes\""));
      case 6 -> new Inline.Quotation(
          content,
          required(kind, start, "kind", "a quotation", "\"kind\": \"speech\", \"scare\" or"
              + " \"mention\""),
          attribution);
      default -> throw new AssertionError(type);
    };
  }

  // ---------------------------------------------------------------- fields and values

  @FunctionalInterface
  private interface Item<T> {
    T read(JsonToken token, String array, String path) throws IOException;
  }

  private <T> List<T> array(JsonToken t, String name, String path, Item<T> item)
      throws IOException {
    expectField(t, JsonToken.START_ARRAY, name, "an array");
    JsonToken e = p.nextToken();
    if (e == JsonToken.END_ARRAY) {
      return List.of();
    }
    // Most arrays of a statement hold one or two items: build those lists without an ArrayList.
    T first = item(item, e, name, path, 0);
    e = p.nextToken();
    if (e == JsonToken.END_ARRAY) {
      return List.of(first);
    }
    T second = item(item, e, name, path, 1);
    e = p.nextToken();
    if (e == JsonToken.END_ARRAY) {
      return List.of(first, second);
    }
    List<T> list = new ArrayList<>();
    list.add(first);
    list.add(second);
    for (int i = 2; e != JsonToken.END_ARRAY; e = p.nextToken(), i++) {
      list.add(item(item, e, name, path, i));
    }
    return list;
  }

  private <T> T item(Item<T> item, JsonToken t, String array, String path, int index)
      throws IOException {
    String at = path == null ? null : path + '[' + index + ']';
    record(at);
    return item.read(t, array, at);
  }

  private String stringItem(JsonToken t, String array, String path) throws IOException {
    if (t != JsonToken.VALUE_STRING) {
      throw fail("expected a string as an item of \"" + array + "\", found " + describe(t));
    }
    return p.getText();
  }

  private String string(JsonToken t, String name) throws IOException {
    if (t != JsonToken.VALUE_STRING) {
      throw wrongType(t, name, "a string");
    }
    return p.getText();
  }

  /** Checks that the current token opens an object and returns where it starts. */
  private long object(JsonToken t, String name) throws IOException {
    expectField(t, JsonToken.START_OBJECT, name, "an object");
    return mark();
  }

  /** The index of a string value among {@code choices}: a type, a kind. */
  private int choice(JsonToken t, String name, Names choices) throws IOException {
    if (t != JsonToken.VALUE_STRING) {
      throw wrongType(t, name, "a string");
    }
    int i = choices.indexOf(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (i < 0) {
      String value = p.getText();
      throw fail(
          "unknown "
              + choices.what()
              + " \""
              + value
              + "\""
              + choices.guess(value).map(g -> " (did you mean \"" + g + "\"?)").orElse("")
              + "; use one of: "
              + choices.list());
    }
    return i;
  }

  private void expectField(JsonToken t, JsonToken expected, String name, String what)
      throws IOException {
    if (t != expected) {
      throw wrongType(t, name, what);
    }
  }

  private void expectObject(JsonToken t, String array, String what) throws IOException {
    if (t != JsonToken.START_OBJECT) {
      throw fail(
          "expected " + what + " as an item of \"" + array + "\", found " + describe(t));
    }
  }

  /** The index of field {@code name} of an object without a type; refuses unknown and repeated. */
  private int field(Names fields, String name, long seen, String what) throws IOException {
    int f = fields.indexOf(name);
    if (f < 0) {
      throw unknownField(name, what, fields.guess(name), fields.list());
    }
    if ((seen & (1L << f)) != 0) {
      throw duplicate(name);
    }
    return f;
  }

  /**
   * The index of field {@code name} of a block or inline; once the type is known, refuses fields
   * that kind does not have.
   */
  private int typedField(Names fields, Names types, long[] fieldsOfType, int type, String name,
      long seen) throws IOException {
    int f = fields.indexOf(name);
    if (f < 0 || (type >= 0 && f != 0 && (fieldsOfType[type] & (1L << f)) == 0)) {
      if (type < 0) {
        throw unknownField(name, fields.what(), fields.guess(name), fields.list());
      }
      Names own = fieldsOf(fields, fieldsOfType[type]);
      String kind = article(types.name(type));
      throw unknownField(name, kind, own.guess(name), own.list());
    }
    if ((seen & (1L << f)) != 0) {
      throw duplicate(name);
    }
    return f;
  }

  /** Remembers where a field read before "type" was, to report it if the type lacks it. */
  private long[] remember(long[] early, int field, Names fields) {
    long[] e = early == null ? new long[fields.size()] : early;
    e[field] = mark();
    return e;
  }

  private void checkEarly(Names fields, Names types, long[] fieldsOfType, int type, long seen,
      long[] early) {
    long foreign = seen & ~1L & ~fieldsOfType[type];
    if (foreign == 0) {
      return;
    }
    int f = Long.numberOfTrailingZeros(foreign);
    String name = fields.name(f);
    String objectPointer = p.getParsingContext().getParent().pathAsPointer().toString();
    Names own = fieldsOf(fields, fieldsOfType[type]);
    throw failAt(
        early[f],
        objectPointer + "/" + name,
        unknownFieldMessage(name, article(types.name(type)), own.guess(name), own.list()));
  }

  private static Names fieldsOf(Names fields, long mask) {
    List<String> names = new ArrayList<>();
    names.add(fields.name(0));
    for (int i = 1; i < fields.size(); i++) {
      if ((mask & (1L << i)) != 0) {
        names.add(fields.name(i));
      }
    }
    return new Names(fields.what(), names.toArray(String[]::new));
  }

  /** {@code value}, unless the object just closed lacks it: call after its closing brace. */
  private <T> T required(T value, long start, String field, String what,
      String example) {
    if (value == null) {
      throw missing(start, field, what, example);
    }
    return value;
  }

  private LocalDate localDate(String text) {
    return parsed(text, LocalDate::parse, "malformed date",
        "write a calendar date as YYYY-MM-DD, for example \"2026-11-25\"");
  }

  private LocalTime localTime(String text) {
    return parsed(text, LocalTime::parse, "malformed time",
        "write a 24-hour time as HH:MM or HH:MM:SS, for example \"14:30\"");
  }

  private ZoneId zone(String text) {
    return parsed(text, ZoneId::of, "unknown time zone",
        "use a region such as \"Europe/Berlin\" or an offset such as \"+01:00\"");
  }

  /** {@code text} parsed by a java.time parser, or the error "what "text": fix". */
  private <T> T parsed(String text, Function<String, T> parser, String what, String fix) {
    try {
      return parser.apply(text);
    } catch (DateTimeException e) {
      throw fail(what + " \"" + text + "\": " + fix);
    }
  }

  /**
   * An instant with its zone, as {@code ZonedDateTime.toString} writes it. The offset must agree
   * with the zone: a file that says "+05:00[Europe/Berlin]" is wrong about one of them.
   */
  private ZonedDateTime embargo(String text) {
    TemporalAccessor parsed;
    ZonedDateTime embargo;
    try {
      parsed = DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(text);
      embargo = ZonedDateTime.from(parsed);
    } catch (DateTimeException e) {
      throw fail("malformed embargo \"" + text + "\": write a date, a time, the offset and the"
          + " zone, for example \"2026-11-25T09:00:00+01:00[Europe/Berlin]\"");
    }
    ZoneOffset written = ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS));
    if (!written.equals(embargo.getOffset())) {
      throw fail("the embargo \"" + text + "\" gives the offset " + written + ", but "
          + embargo.getZone() + " is at " + embargo.getOffset() + " then: correct the offset");
    }
    return embargo;
  }

  // ---------------------------------------------------------------- paths and errors

  private static String child(String path, String name) {
    if (path == null) {
      return null;
    }
    return path.isEmpty() ? name : path + '.' + name;
  }

  private void record(String path) {
    if (path != null) {
      long at = mark();
      positions.put(path, new SourceMap.Position(line(at), column(at)));
    }
  }

  /**
   * Where the current token starts, as line and column packed in a long, so that the mark taken
   * at every object (needed only if the object turns out to be wrong) is not kept as an object.
   */
  private long mark() {
    JsonLocation at = p.currentTokenLocation();
    return ((long) at.getLineNr() << 32) | (at.getColumnNr() & 0xffffffffL);
  }

  private static int line(long mark) {
    return (int) (mark >>> 32);
  }

  private static int column(long mark) {
    return (int) mark;
  }

  private String pointer() {
    JsonStreamContext context = p.getParsingContext();
    return context.pathAsPointer().toString();
  }

  private StatementFormatException fail(String problem) {
    return failAt(mark(), pointer(), problem);
  }

  private StatementFormatException failAt(long at, String pointer, String problem) {
    return new StatementFormatException(
        source, line(at), column(at), Optional.of(pointer), problem);
  }

  private StatementFormatException wrongType(JsonToken t, String name, String expected) {
    if (t == JsonToken.VALUE_NULL) {
      return fail("null is not allowed for \"" + name + "\": leave the field out when it has no"
          + " value");
    }
    return fail("expected " + expected + " for \"" + name + "\", found " + describe(t));
  }

  private StatementFormatException duplicate(String name) {
    return fail("duplicate field \"" + name + "\": a field may appear once in an object; remove"
        + " one of them");
  }

  private StatementFormatException unknownField(String name, String what, Optional<String> guess,
      String allowed) {
    return fail(unknownFieldMessage(name, what, guess, allowed));
  }

  private static String unknownFieldMessage(String name, String what, Optional<String> guess,
      String allowed) {
    return "unknown field \"" + name + "\" in " + what
        + guess.map(g -> " (did you mean \"" + g + "\"?)").orElse("")
        + "; the fields of " + what + " are: " + allowed;
  }

  /** The error for a required field that an object lacks, reported where the object starts. */
  private StatementFormatException missing(long start, String field, String what,
      String example) {
    // At the closing brace the parser's context is the parent, whose path is the object's.
    return failAt(start, pointer(), "missing \"" + field + "\" in " + what + ": add " + example);
  }

  private static String article(String name) {
    return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case END_OBJECT -> "a closing }";
      case END_ARRAY -> "a closing ]";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }

  private static long bits(int... fields) {
    long mask = 0;
    for (int f : fields) {
      mask |= 1L << f;
    }
    return mask;
  }
}
