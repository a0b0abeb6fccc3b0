package io.github.communique.pdf.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.communique.model.Contact;
import io.github.communique.model.Note;
import io.github.communique.model.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What follows the body, in the order a press release has it: the notes (endnotes, each number
 * linked back to where the note was first referenced), the notes to editors, the media contacts
 * (addresses and numbers clickable) and the statement's web address.
 */
final class BackMatter {
  private final Layout layout;

  BackMatter(Layout layout) {
    this.layout = layout;
  }

  /** The back matter of {@code statement}, on the page or inside its box. */
  void backMatter(Statement statement, Sink sink) {
    StatementScope scope = layout.scope;
    boolean first = true;
    if (!scope.notes.isEmpty()) {
      heading(scope.captions.notes(), "notes", sink, first);
      first = false;
      notes(scope.notes, sink);
    }
    if (!statement.notesToEditors().isEmpty()) {
      heading(scope.captions.notesToEditors(), "editors", sink, first);
      first = false;
      layout.blocks.add(statement.notesToEditors(), sink);
    }
    if (!statement.contacts().isEmpty()) {
      heading(scope.captions.mediaContacts(), "contacts", sink, first);
      first = false;
      contacts(statement.contacts(), sink);
    }
    statement.url().ifPresent(url -> webAddress(url, sink));
  }

  /** "NOTES TO EDITORS": a small coloured capital heading, a bookmark, and a rule above the first. */
  private void heading(String text, String part, Sink sink, boolean first) {
    Styles styles = layout.styles;
    if (first) {
      PdfPTable rule = layout.rule(0.5f, Styles.RULE, 100, Element.ALIGN_LEFT, 0);
      rule.setSpacingBefore(styles.body * 0.8f);
      sink.add(rule);
    }
    TextStyle style = styles.backMatterHeading();
    String destination = layout.scope.destination(part);
    Paragraph heading = layout.paragraph(style.size() * 1.4f, styles.body * (first ? 0.9f : 1.4f));
    layout.typesetter.add(
        heading,
        text.toUpperCase(Locale.forLanguageTag(layout.scope.language())),
        style,
        new Decor(null, null, destination, 0, style.size() * 0.1f));
    heading.setSpacingAfter(styles.body * 0.45f);
    layout.keepWithNext(heading, sink);
    sink.add(heading);
    layout.bookmark(destination, text, false);
  }

  private void notes(List<Note> notes, Sink sink) {
    Styles styles = layout.styles;
    StatementScope scope = layout.scope;
    TextStyle text = styles.small();
    TextStyle number = styles.caption().bold(true).rgb(styles.accent).size(text.size());
    float numberWidth =
        Typesetter.width(layout.phrase(Integer.toString(notes.size()), number)) + styles.body * 0.9f;
    PdfPTable table = layout.columns(numberWidth, sink.width() - numberWidth);
    table.setSpacingAfter(styles.paragraphSpacing * 0.5f);
    for (int n = 1; n <= notes.size(); n++) {
      PdfPCell marker = Layout.plainCell();
      Paragraph m = layout.paragraph(text.size() * 1.45f, 0);
      Decor decor = Decor.destination(scope.noteDestination(n));
      if (scope.isReferenced(n)) {
        decor = decor.withLocalGoto(scope.referenceDestination(n));
      }
      layout.typesetter.add(m, Integer.toString(n), number, decor);
      sink.cell(marker, numberWidth).add(m);
      table.addCell(marker);
      PdfPCell content = Layout.plainCell();
      content.setPaddingBottom(styles.body * 0.3f);
      Sink inside = sink.cell(content, sink.width() - numberWidth);
      Note note = notes.get(n - 1);
      layout.withBody(text, styles.body * 0.35f, () -> layout.blocks.add(note.blocks(), inside));
      table.addCell(content);
    }
    sink.add(table);
  }

  private void contacts(List<Contact> contacts, Sink sink) {
    int columns = Math.min(2, contacts.size());
    float width = sink.width() / columns;
    PdfPTable table = columns == 1 ? layout.columns(width) : layout.columns(width, width);
    table.setSpacingAfter(layout.styles.paragraphSpacing);
    for (Contact contact : contacts) {
      PdfPCell cell = Layout.plainCell();
      cell.setPaddingRight(layout.styles.body);
      cell.setPaddingBottom(layout.styles.body * 0.6f);
      sink.cell(cell, width).add(contact(contact));
      table.addCell(cell);
    }
    if (contacts.size() % columns != 0) {
      table.addCell(Layout.plainCell());
    }
    sink.add(table);
  }

  /** Name, organisation, e-mail and telephone, one per line. */
  private Paragraph contact(Contact contact) {
    Styles styles = layout.styles;
    TextStyle style = TextStyle.sans(styles.body * 0.88f, Styles.INK);
    TextStyle linked = style.rgb(styles.accent);
    Typesetter typesetter = layout.typesetter;
    Paragraph p = layout.paragraph(style.size() * 1.45f, 0);
    typesetter.add(p, contact.name(), style.bold(true), Decor.NONE);
    contact.organisation().ifPresent(org -> {
      typesetter.newline(p, style);
      typesetter.add(p, org, style, Decor.NONE);
    });
    contact.email().ifPresent(email -> {
      typesetter.newline(p, style);
      Optional<String> target = layout.scope.links.email(email);
      typesetter.add(p, email, target.isPresent() ? linked : style, target.map(Decor::link).orElse(Decor.NONE));
    });
    contact.phone().ifPresent(phone -> {
      typesetter.newline(p, style);
      Optional<String> target = SafeLinks.phone(phone);
      typesetter.add(p, phone, target.isPresent() ? linked : style, target.map(Decor::link).orElse(Decor.NONE));
    });
    return p;
  }

  /** "Online: https://example.org/press/2026/inquiry". */
  private void webAddress(String url, Sink sink) {
    Styles styles = layout.styles;
    TextStyle style = styles.caption();
    Optional<String> target = layout.scope.links.target(url);
    Paragraph p = layout.paragraph(style.size() * 1.4f, styles.body * 0.6f);
    layout.typesetter.add(p, layout.scope.captions.online() + " ", style, Decor.NONE);
    layout.typesetter.add(
        p, url, target.isPresent() ? style.rgb(styles.accent) : style,
        target.map(Decor::link).orElse(Decor.NONE));
    p.setSpacingAfter(styles.body * 0.4f);
    sink.add(p);
  }
}
