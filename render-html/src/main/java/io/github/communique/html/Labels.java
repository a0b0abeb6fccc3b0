package io.github.communique.html;

import java.util.Locale;
import java.util.Map;

/**
 * The few words the renderer adds to a statement (headings of the parts a press page always has,
 * the embargo line), in the statement's language. Languages without an entry get English.
 *
 * @param embargo before the embargo's date and time
 * @param byOne before a single author's name
 * @param byMany before several authors' names
 * @param reference before the issuer's reference number
 * @param notes the heading of the notes
 * @param notesToEditors the heading of the notes to editors
 * @param contacts the heading of the media contacts
 * @param backToText the accessible name of a link from a note back to where it is referenced
 */
record Labels(
    String embargo,
    String byOne,
    String byMany,
    String reference,
    String notes,
    String notesToEditors,
    String contacts,
    String backToText) {

  private static final Labels ENGLISH =
      new Labels("Embargoed until", "By", "By", "Ref.", "Notes", "Notes to editors",
          "Media contacts", "Back to text");

  private static final Map<String, Labels> BY_LANGUAGE =
      Map.of(
          "en", ENGLISH,
          "de", new Labels("Sperrfrist:", "Von", "Von", "Nr.", "Anmerkungen",
              "Hinweise für Redaktionen", "Pressekontakt", "Zurück zum Text"),
          "fr", new Labels("Sous embargo jusqu’au", "Par", "Par", "Réf.", "Notes",
              "Notes aux rédactions", "Contacts presse", "Retour au texte"),
          "es", new Labels("Embargado hasta", "Por", "Por", "Ref.", "Notas",
              "Notas para los editores", "Contactos de prensa", "Volver al texto"),
          "it", new Labels("Sotto embargo fino a", "Di", "Di", "Rif.", "Note",
              "Note per le redazioni", "Contatti stampa", "Torna al testo"),
          "pl", new Labels("Embargo do", "Autor:", "Autorzy:", "Nr", "Przypisy",
              "Informacje dla redakcji", "Kontakt dla mediów", "Powrót do tekstu"),
          "ru", new Labels("Эмбарго до", "Автор:", "Авторы:", "№", "Примечания",
              "Для редакций", "Контакты для прессы", "Вернуться к тексту"),
          "uk", new Labels("Ембарго до", "Автор:", "Автори:", "№", "Примітки",
              "Для редакцій", "Контакти для преси", "Повернутися до тексту"),
          "ja", new Labels("報道解禁日時：", "執筆：", "執筆：", "番号：", "注",
              "編集者への注記", "報道関係のお問い合わせ", "本文に戻る"),
          "zh", new Labels("新闻禁发至", "作者：", "作者：", "编号：", "注释",
              "编辑须知", "媒体联系人", "返回正文"));

  /** The labels for a BCP 47 language tag; English for languages without an entry. */
  static Labels forLanguage(String languageTag) {
    String language = Locale.forLanguageTag(languageTag).getLanguage();
    return BY_LANGUAGE.getOrDefault(language, ENGLISH);
  }
}
