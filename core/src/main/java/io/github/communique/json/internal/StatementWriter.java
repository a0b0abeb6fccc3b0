package io.github.communique.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.Contact;
import io.github.communique.model.Inline;
import io.github.communique.model.ListItem;
import io.github.communique.model.Note;
import io.github.communique.model.Party;
import io.github.communique.model.Section;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a statement to a Jackson generator in the order a reader meets it: {@code "format"}
 * first, {@code "type"} first in every block and inline, then the record components in their
 * declared order. Absent optionals and empty lists are left out; plain text inlines are bare
 * strings. Used once, by one thread.
 */
public final class StatementWriter implements Block.Visitor<Void>, Inline.Visitor<Void> {
  private final JsonGenerator g;

  public StatementWriter(JsonGenerator generator) {
    this.g = generator;
  }

  /** Writes the statement as a whole document, with its format version. */
  public void document(Statement statement) throws IOException {
    try {
      g.writeStartObject();
      g.writeStringField("format", StatementReader.FORMAT);
      statementFields(statement);
      g.writeEndObject();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void statementFields(Statement s) throws IOException {
    g.writeStringField("title", s.title());
    inlines("standfirst", s.standfirst());
    optional("label", s.label());
    parties("issuers", s.issuers());
    parties("authors", s.authors());
    if (s.date().isPresent()) {
      StatementDate date = s.date().get();
      g.writeObjectFieldStart("date");
      g.writeStringField("date", date.date().toString());
      if (date.time().isPresent()) {
        g.writeStringField("time", date.time().get().toString());
      }
      if (date.zone().isPresent()) {
        g.writeStringField("zone", date.zone().get().getId());
      }
      g.writeEndObject();
    }
    optional("place", s.place());
    // Like an absent optional: a reader takes a missing language as the default, "en".
    if (!s.language().equals(Statement.DEFAULT_LANGUAGE)) {
      g.writeStringField("language", s.language());
    }
    if (!s.keywords().isEmpty()) {
      g.writeArrayFieldStart("keywords");
      for (String keyword : s.keywords()) {
        g.writeString(keyword);
      }
      g.writeEndArray();
    }
    optional("id", s.id());
    optional("url", s.url());
    if (s.embargo().isPresent()) {
      g.writeStringField(
          "embargo", DateTimeFormatter.ISO_ZONED_DATE_TIME.format(s.embargo().get()));
    }
    if (!s.contacts().isEmpty()) {
      g.writeArrayFieldStart("contacts");
      for (Contact contact : s.contacts()) {
        g.writeStartObject();
        g.writeStringField("name", contact.name());
        optional("organisation", contact.organisation());
        optional("email", contact.email());
        optional("phone", contact.phone());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    blocks("body", s.body());
    sections("sections", s.sections());
    if (!s.notes().isEmpty()) {
      g.writeArrayFieldStart("notes");
      for (Note note : s.notes()) {
        g.writeStartObject();
        g.writeStringField("id", note.id());
        blocks("blocks", note.blocks());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    blocks("notesToEditors", s.notesToEditors());
  }

  private void sections(String name, List<Section> sections) throws IOException {
    if (sections.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (Section section : sections) {
      g.writeStartObject();
      inlines("heading", section.heading());
      optional("anchor", section.anchor());
      blocks("blocks", section.blocks());
      sections("subsections", section.subsections());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void parties(String name, List<Party> parties) throws IOException {
    if (parties.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (Party party : parties) {
      party(party);
    }
    g.writeEndArray();
  }

  private void party(Party party) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", party.name());
    g.writeStringField("kind", party.kind().name().toLowerCase(Locale.ROOT));
    optional("role", party.role());
    optional("affiliation", party.affiliation());
    g.writeEndObject();
  }

  private void attribution(Optional<Attribution> attribution) throws IOException {
    if (attribution.isEmpty()) {
      return;
    }
    Attribution a = attribution.get();
    g.writeObjectFieldStart("attribution");
    if (a.speaker().isPresent()) {
      g.writeFieldName("speaker");
      party(a.speaker().get());
    }
    if (a.source().isPresent()) {
      Source source = a.source().get();
      g.writeObjectFieldStart("source");
      optional("title", source.title());
      optional("medium", source.medium());
      optional("url", source.url());
      if (source.date().isPresent()) {
        g.writeStringField("date", source.date().get().toString());
      }
      g.writeEndObject();
    }
    optional("context", a.context());
    g.writeEndObject();
  }

  private void optional(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private void blocks(String name, List<Block> blocks) throws IOException {
    if (blocks.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (Block block : blocks) {
      block.accept(this);
    }
    g.writeEndArray();
  }

  private void inlines(String name, List<Inline> inlines) throws IOException {
    if (inlines.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (Inline inline : inlines) {
      inline.accept(this);
    }
    g.writeEndArray();
  }

  private void items(List<ListItem> items) throws IOException {
    if (items.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("items");
    for (ListItem item : items) {
      g.writeStartObject();
      blocks("blocks", item.blocks());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  @FunctionalInterface
  private interface Body {
    void write() throws IOException;
  }

  /** Writes a block or inline object with its type; visitors cannot throw, so IO goes unchecked. */
  private Void node(String type, Body fields) {
    try {
      g.writeStartObject();
      g.writeStringField("type", type);
      fields.write();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  @Override
  public Void visitParagraph(Block.Paragraph paragraph) {
    return node("paragraph", () -> inlines("content", paragraph.content()));
  }

  @Override
  public Void visitBlockQuotation(Block.BlockQuotation quotation) {
    return node(
        "blockQuotation",
        () -> {
          blocks("blocks", quotation.blocks());
          attribution(quotation.attribution());
        });
  }

  @Override
  public Void visitEmbeddedStatement(Block.EmbeddedStatement embedded) {
    return node(
        "embeddedStatement",
        () -> {
          g.writeObjectFieldStart("statement");
          statementFields(embedded.statement());
          g.writeEndObject();
          optional("delivery", embedded.delivery());
        });
  }

  @Override
  public Void visitBulletList(Block.BulletList list) {
    return node("bulletList", () -> items(list.items()));
  }

  @Override
  public Void visitOrderedList(Block.OrderedList list) {
    return node(
        "orderedList",
        () -> {
          g.writeNumberField("start", list.start());
          items(list.items());
        });
  }

  @Override
  public Void visitThematicBreak(Block.ThematicBreak thematicBreak) {
    return node("thematicBreak", () -> {});
  }

  @Override
  public Void visitText(Inline.Text text) {
    try {
      g.writeString(text.text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  @Override
  public Void visitEmphasis(Inline.Emphasis emphasis) {
    return node("emphasis", () -> inlines("content", emphasis.content()));
  }

  @Override
  public Void visitStrong(Inline.Strong strong) {
    return node("strong", () -> inlines("content", strong.content()));
  }

  @Override
  public Void visitLink(Inline.Link link) {
    return node(
        "link",
        () -> {
          g.writeStringField("target", link.target());
          inlines("content", link.content());
        });
  }

  @Override
  public Void visitLineBreak(Inline.LineBreak lineBreak) {
    return node("lineBreak", () -> {});
  }

  @Override
  public Void visitNoteReference(Inline.NoteReference reference) {
    return node("noteReference", () -> g.writeStringField("noteId", reference.noteId()));
  }

  @Override
  public Void visitQuotation(Inline.Quotation quotation) {
    return node(
        "quotation",
        () -> {
          g.writeStringField("kind", quotation.kind().name().toLowerCase(Locale.ROOT));
          inlines("content", quotation.content());
          attribution(quotation.attribution());
        });
  }
}
