package io.github.communique.pdf.internal;

import java.util.Locale;
import java.util.Map;

/**
 * The few words the renderer prints itself ("Notes to editors", "Page 2 of 5"), in the
 * statement's language. Languages not in the table get English.
 *
 * @param pageOf "Page {n} of {m}" with {@code {n}} and {@code {m}} as placeholders
 */
record Labels(
    String notes,
    String notesToEditors,
    String mediaContacts,
    String embargoedUntil,
    String by,
    String reference,
    String online,
    String pageOf) {

  static final Labels ENGLISH =
      new Labels(
          "Notes", "Notes to editors", "Media contacts", "Embargoed until", "By", "Ref.",
          "Online:", "Page {n} of {m}");

  private static final Map<String, Labels> BY_LANGUAGE =
      Map.of(
          "en", ENGLISH,
          "de",
              new Labels(
                  "Anmerkungen", "Hinweise für Redaktionen", "Pressekontakt", "Sperrfrist bis",
                  "Von", "Az.", "Online:", "Seite {n} von {m}"),
          "fr",
              new Labels(
                  "Notes", "Notes aux rédactions", "Contacts presse", "Sous embargo jusqu’au",
                  "Par", "Réf.", "En ligne :", "Page {n} sur {m}"),
          "es",
              new Labels(
                  "Notas", "Notas para los editores", "Contactos de prensa", "Embargado hasta",
                  "Por", "Ref.", "En línea:", "Página {n} de {m}"),
          "it",
              new Labels(
                  "Note", "Note per le redazioni", "Contatti stampa", "Embargo fino a", "Di",
                  "Rif.", "Online:", "Pagina {n} di {m}"),
          "pl",
              new Labels(
                  "Przypisy", "Informacje dla redakcji", "Kontakt dla mediów", "Embargo do",
                  "Autorzy:", "Sygn.", "Online:", "Strona {n} z {m}"),
          "uk",
              new Labels(
                  "Примітки", "Примітки для редакторів", "Контакти для преси", "Ембарго до",
                  "Автори:", "Реф.", "Онлайн:", "Сторінка {n} з {m}"),
          "ru",
              new Labels(
                  "Примечания", "Примечания для редакторов", "Контакты для прессы",
                  "Эмбарго до", "Авторы:", "Реф.", "Онлайн:", "Страница {n} из {m}"));

  /** The labels for a BCP 47 language tag such as {@code "de-AT"}. */
  static Labels forLanguage(String languageTag) {
    String language = Locale.forLanguageTag(languageTag).getLanguage();
    return BY_LANGUAGE.getOrDefault(language, ENGLISH);
  }

  /** "Page 2 of 5". */
  String page(int page, int pages) {
    return pageOf.replace("{n}", Integer.toString(page)).replace("{m}", Integer.toString(pages));
  }
}
