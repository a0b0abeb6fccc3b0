package io.github.communique.render;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;

/**
 * The fixed words renderers print around a statement, in the statement's language: the embargo
 * line, the headings of the back matter ("Notes", "Media contacts", "Notes to editors", "Links"),
 * the words of the byline, the label of the statement's web address and, for paged formats, "Page
 * 2 of 5". A Ukrainian statement gets Ukrainian headings, so that the words
 * around the text match the dates that {@link Dates} writes in the same language.
 *
 * <p>Covers en, de, fr, es, it, pl, ru and uk; other languages get English. Kept as a small table
 * here, like {@link io.github.communique.model.QuoteStyle}, rather than resource bundles, whose
 * lookup falls back to the JVM's default locale and would make output depend on the machine.
 *
 * @param embargo the embargo line, with {@code {date}} where the date and time go
 * @param notes the heading of the notes (footnotes or endnotes)
 * @param links the heading of the list of web addresses
 * @param mediaContacts the heading of the media contacts
 * @param notesToEditors the heading of the notes to editors
 * @param by what comes before the authors' names in the byline
 * @param reference what comes before the statement's identifier
 * @param embargoedUntil the embargo's short label, for a layout that sets the date apart from it
 *     (the PDF's embargo band: "EMBARGOED UNTIL 25 November 2026, 00:01")
 * @param online what comes before the statement's own web address
 * @param pageOf a page's number among the pages, with {@code {n}} and {@code {m}} where the page's
 *     number and the number of pages go (paged formats: PDF)
 */
public record Captions(
    String embargo,
    String notes,
    String links,
    String mediaContacts,
    String notesToEditors,
    String by,
    String reference,
    String embargoedUntil,
    String online,
    String pageOf) {

  /** English, the fallback for languages without a table entry. */
  public static final Captions ENGLISH =
      new Captions(
          "EMBARGOED: not for publication before {date}",
          "Notes",
          "Links",
          "Media contacts",
          "Notes to editors",
          "By",
          "Ref.",
          "Embargoed until",
          "Online:",
          "Page {n} of {m}");

  private static final Map<String, Captions> BY_LANGUAGE =
      Map.of(
          "en",
          ENGLISH,
          "de",
          new Captions(
              "SPERRFRIST: Veröffentlichung nicht vor dem {date}",
              "Anmerkungen",
              "Links",
              "Pressekontakt",
              "Hinweise für Redaktionen",
              "Von",
              "Nr.",
              "Sperrfrist bis",
              "Online:",
              "Seite {n} von {m}"),
          "fr",
          new Captions(
              "EMBARGO\u00A0: ne pas publier avant le {date}",
              "Notes",
              "Liens",
              "Contacts presse",
              "Notes aux rédactions",
              "Par",
              "Réf.",
              "Sous embargo jusqu’au",
              "En ligne\u00A0:",
              "Page {n} sur {m}"),
          "es",
          new Captions(
              "EMBARGO: no publicar antes del {date}",
              "Notas",
              "Enlaces",
              "Contacto de prensa",
              "Notas para los editores",
              "Por",
              "Ref.",
              "Embargado hasta",
              "En línea:",
              "Página {n} de {m}"),
          "it",
          new Captions(
              "EMBARGO: non pubblicare prima del {date}",
              "Note",
              "Link",
              "Contatti per la stampa",
              "Note per le redazioni",
              "Di",
              "Rif.",
              "Embargo fino a",
              "Online:",
              "Pagina {n} di {m}"),
          "pl",
          new Captions(
              "EMBARGO: nie publikować przed {date}",
              "Przypisy",
              "Linki",
              "Kontakt dla mediów",
              "Informacje dla redakcji",
              "Tekst:",
              "Nr",
              "Embargo do",
              "Online:",
              "Strona {n} z {m}"),
          "ru",
          new Captions(
              "ЭМБАРГО: не публиковать до {date}",
              "Примечания",
              "Ссылки",
              "Контакты для СМИ",
              "Примечания для редакций",
              "Текст:",
              "№",
              "Эмбарго до",
              "Онлайн:",
              "Страница {n} из {m}"),
          "uk",
          new Captions(
              "ЕМБАРГО: не публікувати до {date}",
              "Примітки",
              "Посилання",
              "Контакти для ЗМІ",
              "Примітки для редакцій",
              "Текст:",
              "№",
              "Ембарго до",
              "Онлайн:",
              "Сторінка {n} з {m}"));

  public Captions {
    requireNonNull(embargo, "embargo");
    if (!embargo.contains("{date}")) {
      throw new IllegalArgumentException("embargo must contain {date}: " + embargo);
    }
    requireNonNull(notes, "notes");
    requireNonNull(links, "links");
    requireNonNull(mediaContacts, "mediaContacts");
    requireNonNull(notesToEditors, "notesToEditors");
    requireNonNull(by, "by");
    requireNonNull(reference, "reference");
    requireNonNull(embargoedUntil, "embargoedUntil");
    requireNonNull(online, "online");
    requireNonNull(pageOf, "pageOf");
    if (!pageOf.contains("{n}") || !pageOf.contains("{m}")) {
      throw new IllegalArgumentException("pageOf must contain {n} and {m}: " + pageOf);
    }
  }

  /** The captions for a BCP 47 language tag such as {@code "uk"} or {@code "de-AT"}. */
  public static Captions forLanguage(String languageTag) {
    return BY_LANGUAGE.getOrDefault(Locale.forLanguageTag(languageTag).getLanguage(), ENGLISH);
  }

  /** "Page 2 of 5". */
  public String page(int page, int pages) {
    return pageOf.replace("{n}", Integer.toString(page)).replace("{m}", Integer.toString(pages));
  }

  /** The embargo line for a date written by {@link Dates#of(java.time.ZonedDateTime, String)}. */
  public String embargoLine(String date) {
    return embargo.replace("{date}", date);
  }
}
