package io.github.communique.html;

import java.util.Locale;
import java.util.Map;

/**
 * The accessible name of the link from a note back to where the text refers to it: the one word
 * of its own the HTML page adds beside the core's {@link io.github.communique.render.Captions}.
 */
final class BackLinks {
  private BackLinks() {}

  private static final Map<String, String> BY_LANGUAGE = Map.of(
      "de", "Zurück zum Text",
      "fr", "Retour au texte",
      "es", "Volver al texto",
      "it", "Torna al testo",
      "pl", "Powrót do tekstu",
      "ru", "Вернуться к тексту",
      "uk", "Повернутися до тексту",
      "ja", "本文に戻る",
      "zh", "返回正文");

  /** "Back to text" in the language of {@code languageTag}; English for others. */
  static String label(String languageTag) {
    return BY_LANGUAGE.getOrDefault(Locale.forLanguageTag(languageTag).getLanguage(),
        "Back to text");
  }
}
