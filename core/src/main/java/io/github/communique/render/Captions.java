package io.github.communique.render;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;

/**
 * The fixed words renderers print around a statement, in the statement's language: the embargo
 * line, the headings of the back matter ("Notes", "Media contacts", "Notes to editors", "Links")
 * and the words of the byline. A Ukrainian statement gets Ukrainian headings, so that the words
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
 */
public record Captions(
    String embargo,
    String notes,
    String links,
    String mediaContacts,
    String notesToEditors,
    String by,
    String reference) {

  /** English, the fallback for languages without a table entry. */
  public static final Captions ENGLISH =
      new Captions(
          "EMBARGOED: not for publication before {date}",
          "Notes",
          "Links",
          "Media contacts",
          "Notes to editors",
          "By",
          "Ref.");

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
              "Nr."),
          "fr",
          new Captions(
              "EMBARGO\u00A0: ne pas publier avant le {date}",
              "Notes",
              "Liens",
              "Contacts presse",
              "Notes aux rédactions",
              "Par",
              "Réf."),
          "es",
          new Captions(
              "EMBARGO: no publicar antes del {date}",
              "Notas",
              "Enlaces",
              "Contacto de prensa",
              "Notas para los editores",
              "Por",
              "Ref."),
          "it",
          new Captions(
              "EMBARGO: non pubblicare prima del {date}",
              "Note",
              "Link",
              "Contatti per la stampa",
              "Note per le redazioni",
              "Di",
              "Rif."),
          "pl",
          new Captions(
              "EMBARGO: nie publikować przed {date}",
              "Przypisy",
              "Linki",
              "Kontakt dla mediów",
              "Informacje dla redakcji",
              "Tekst:",
              "Nr"),
          "ru",
          new Captions(
              "ЭМБАРГО: не публиковать до {date}",
              "Примечания",
              "Ссылки",
              "Контакты для СМИ",
              "Примечания для редакций",
              "Текст:",
              "№"),
          "uk",
          new Captions(
              "ЕМБАРГО: не публікувати до {date}",
              "Примітки",
              "Посилання",
              "Контакти для ЗМІ",
              "Примітки для редакцій",
              "Текст:",
              "№"));

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
  }

  /** The captions for a BCP 47 language tag such as {@code "uk"} or {@code "de-AT"}. */
  public static Captions forLanguage(String languageTag) {
    return BY_LANGUAGE.getOrDefault(Locale.forLanguageTag(languageTag).getLanguage(), ENGLISH);
  }

  /** The embargo line for a date written by {@link Dates#of(java.time.ZonedDateTime, String)}. */
  public String embargoLine(String date) {
    return embargo.replace("{date}", date);
  }
}
