package io.github.communique.pdf.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.communique.model.Statement;
import io.github.communique.render.Captions;
import io.github.communique.render.Dates;
import java.awt.Color;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What comes before the body: the embargo line, the letterhead with the issuers, the label as a
 * kicker, title, standfirst and byline (place, date, reference, authors); and the smaller header
 * of an embedded statement with the line saying how it was delivered.
 */
final class FrontMatter {
  private final Layout layout;

  FrontMatter(Layout layout) {
    this.layout = layout;
  }

  void titleBlock(Statement statement, Sink page) {
    Styles styles = layout.styles;
    statement.embargo().ifPresent(embargo -> page.add(embargo(embargo, page)));
    if (!statement.issuers().isEmpty()) {
      Paragraph letterhead =
          layout.line(
              String.join("  ·  ", Bylines.organisations(statement.issuers())),
              styles.letterhead(),
              Decor.NONE);
      letterhead.setSpacingAfter(styles.body * 0.15f);
      page.add(letterhead);
    }
    page.add(layout.rule(1.6f, styles.accent, 100, Element.ALIGN_LEFT, styles.body * 1.6f));
    statement.label().ifPresent(label -> page.add(kicker(label, styles.kicker())));
    TextStyle titleStyle = styles.title();
    Paragraph title = layout.paragraph(titleStyle.size() * 1.18f, 0);
    layout.typesetter.add(
        title, statement.title(), titleStyle, Decor.destination(layout.scope.destination("statement")));
    title.setSpacingAfter(styles.body * 0.7f);
    page.add(title);
    standfirst(statement, page, styles.standfirst());
    byline(statement, page, false);
    PdfPTable rule = layout.rule(0.5f, Styles.RULE, 100, Element.ALIGN_LEFT, styles.body * 1.5f);
    rule.setSpacingBefore(styles.body * 0.5f);
    page.add(rule);
  }

  /** The box's header: kicker, title (a bookmark), byline, delivery, standfirst. */
  void embeddedHeader(Statement statement, Optional<String> delivery, Sink box) {
    Styles styles = layout.styles;
    statement.label().ifPresent(label -> box.add(kicker(label, styles.kicker().size(styles.body * 0.72f))));
    TextStyle titleStyle = styles.title().size(styles.body * 1.35f);
    Paragraph title = layout.paragraph(titleStyle.size() * 1.25f, 0);
    String destination = layout.scope.destination("statement");
    layout.typesetter.add(title, statement.title(), titleStyle, Decor.destination(destination));
    title.setSpacingAfter(styles.body * 0.3f);
    box.add(title);
    layout.outline = layout.bookmark(destination, statement.title(), true);
    byline(statement, box, true);
    delivery.ifPresent(
        text -> {
          Paragraph line = layout.line(text, styles.small().italic(true).rgb(Styles.MUTED), Decor.NONE);
          line.setSpacingAfter(styles.body * 0.3f);
          box.add(line);
        });
    standfirst(statement, box, styles.standfirst().size(styles.body * 1.05f));
    PdfPTable rule = layout.rule(0.5f, Styles.BOX_BORDER, 100, Element.ALIGN_LEFT, styles.body * 0.8f);
    rule.setSpacingBefore(styles.body * 0.3f);
    box.add(rule);
  }

  private Paragraph kicker(String label, TextStyle style) {
    String upper = label.toUpperCase(Locale.forLanguageTag(layout.scope.language()));
    Paragraph kicker = layout.line(upper, style, Decor.tracking(style.size() * 0.12f));
    kicker.setSpacingAfter(layout.styles.body * 0.3f);
    return kicker;
  }

  private void standfirst(Statement statement, Sink sink, TextStyle style) {
    if (statement.standfirst().isEmpty()) {
      return;
    }
    Paragraph standfirst = layout.paragraph(style.size() * 1.4f, 0);
    layout.inlines.set(standfirst, statement.standfirst(), style, null);
    standfirst.setSpacingAfter(layout.styles.body * 0.8f);
    sink.add(standfirst);
  }

  /**
   * "Maria Keller, Party chair · Ruth Osei, Spokesperson" (the issuing people), "Brussels · 25
   * November 2026 · Ref. PR-2026-114" and "By Jonas Albrecht, Policy director"; an embedded
   * statement names its issuing organisations here too, having no letterhead.
   */
  private void byline(Statement statement, Sink sink, boolean withOrganisations) {
    Captions captions = layout.scope.captions;
    List<String> organisations = Bylines.organisations(statement.issuers());
    List<String> people = Bylines.people(statement.issuers(), organisations);
    TextStyle style = layout.styles.caption();
    if (!people.isEmpty()) {
      Paragraph line = layout.line(String.join("  ·  ", people), style, Decor.NONE);
      line.setSpacingAfter(layout.styles.body * 0.2f);
      sink.add(line);
    }
    List<String> parts = new ArrayList<>();
    if (withOrganisations && !statement.issuers().isEmpty()) {
      parts.addAll(organisations);
    }
    statement.place().ifPresent(parts::add);
    statement.date().ifPresent(date -> parts.add(Dates.of(date, statement.language())));
    statement.id().ifPresent(id -> parts.add(captions.reference() + " " + id));
    if (!parts.isEmpty()) {
      Paragraph line = layout.line(String.join("  ·  ", parts), style, Decor.NONE);
      line.setSpacingAfter(layout.styles.body * 0.2f);
      sink.add(line);
    }
    if (!statement.authors().isEmpty()) {
      Paragraph line =
          layout.line(captions.by() + " " + Bylines.parties(statement.authors(), "; "), style, Decor.NONE);
      line.setSpacingAfter(layout.styles.body * 0.2f);
      sink.add(line);
    }
  }

  /** A tinted band with a red rule: "EMBARGOED UNTIL  November 25, 2026, 00:01 (Europe/London)". */
  private PdfPTable embargo(ZonedDateTime embargo, Sink page) {
    Styles styles = layout.styles;
    String language = layout.scope.language();
    TextStyle style = styles.embargo();
    Paragraph text = layout.paragraph(style.size() * 1.35f, 0);
    layout.typesetter.add(
        text,
        layout.scope.captions.embargoedUntil().toUpperCase(Locale.forLanguageTag(language)) + "  ",
        style,
        Decor.tracking(style.size() * 0.06f));
    layout.typesetter.add(text, Dates.of(embargo, language), style.bold(false), Decor.NONE);
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.LEFT);
    cell.setBorderWidthLeft(3f);
    cell.setBorderColorLeft(new Color(Styles.EMBARGO));
    cell.setBackgroundColor(new Color(Styles.EMBARGO_FILL));
    cell.setPadding(styles.body * 0.6f);
    cell.setPaddingLeft(styles.body);
    page.cell(cell, page.width()).add(text);
    PdfPTable band = layout.box(cell);
    band.setSpacingAfter(styles.body * 1.4f);
    return band;
  }
}
