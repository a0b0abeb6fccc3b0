package io.github.communique.markdown.internal;

import io.github.communique.model.Attribution;
import io.github.communique.model.Party;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.Source;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys that attribute a quotation, shared by inline quotations ({@code "words"{speaker="Maria
 * Keller"}}) and block quotation attribution lines ({@code — {speaker="Maria Keller"}}):
 *
 * <ul>
 *   <li>{@code speaker} (a person) or {@code organisation} (an organisation that speaks), with
 *       {@code role} and {@code affiliation};
 *   <li>{@code source} (the title of a publication or programme), {@code medium}, {@code url},
 *       {@code date} (YYYY-MM-DD);
 *   <li>{@code context}: the circumstances, "in an unscheduled street interview".
 * </ul>
 *
 * An inline quotation also takes one class for its kind: {@code .speech}, {@code .scare} or {@code
 * .mention}.
 */
public final class AttributionSyntax {
  static final List<String> KEYS =
      List.of(
          "speaker",
          "organisation",
          "role",
          "affiliation",
          "source",
          "medium",
          "url",
          "date",
          "context");
  private static final Set<String> KEY_SET = Set.copyOf(KEYS);

  private AttributionSyntax() {}

  /** What an attribute block says about a quotation. */
  public record Parsed(Optional<QuoteKind> kind, Optional<Attribution> attribution) {}

  /**
   * Reads the block; problems are reported through {@code error} with the message and the index in
   * the scanned text where they are.
   */
  public static Parsed read(Attributes attributes, boolean kindAllowed, Errors error) {
    if (attributes.id().isPresent()) {
      throw error.at(attributes.start(), "a quotation has no #id; remove it");
    }
    Optional<QuoteKind> kind = Optional.empty();
    for (String cls : attributes.classes()) {
      QuoteKind k = kindOf(cls);
      if (k == null || !kindAllowed) {
        throw error.at(
            attributes.start(),
            kindAllowed
                ? "unknown class ." + cls + "; a quotation's kind is .speech, .scare or .mention"
                : "an attribution line has no class; remove ." + cls);
      }
      if (kind.isPresent()) {
        throw error.at(attributes.start(), "give a quotation only one kind");
      }
      kind = Optional.of(k);
    }
    for (String key : attributes.values().keySet()) {
      if (!KEY_SET.contains(key)) {
        throw error.at(
            attributes.start(),
            "unknown attribute " + key + "; the attributes are " + String.join(", ", KEYS));
      }
    }
    return new Parsed(kind, attribution(attributes.values(), attributes.start(), error));
  }

  static Optional<Attribution> attribution(Map<String, String> values, int at, Errors error) {
    String speaker = values.get("speaker");
    String organisation = values.get("organisation");
    if (speaker != null && organisation != null) {
      throw error.at(at, "give either speaker (a person) or organisation, not both");
    }
    Optional<String> role = Optional.ofNullable(values.get("role"));
    Optional<String> affiliation = Optional.ofNullable(values.get("affiliation"));
    Optional<Party> party = Optional.empty();
    if (speaker != null || organisation != null) {
      party =
          Optional.of(
              new Party(
                  speaker != null ? speaker : organisation,
                  speaker != null ? Party.Kind.PERSON : Party.Kind.ORGANISATION,
                  role,
                  affiliation));
    } else if (role.isPresent() || affiliation.isPresent()) {
      throw error.at(at, "role and affiliation describe a speaker: add speaker=\"…\"");
    }
    Optional<String> title = Optional.ofNullable(values.get("source"));
    Optional<String> medium = Optional.ofNullable(values.get("medium"));
    Optional<String> url = Optional.ofNullable(values.get("url"));
    Optional<LocalDate> date = Optional.empty();
    if (values.containsKey("date")) {
      date = Optional.of(date(values.get("date"), at, error));
    }
    Optional<Source> source = Optional.empty();
    if (title.isPresent() || medium.isPresent() || url.isPresent() || date.isPresent()) {
      source = Optional.of(new Source(title, medium, url, date));
    }
    Optional<String> context = Optional.ofNullable(values.get("context"));
    if (party.isEmpty() && source.isEmpty() && context.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Attribution(party, source, context));
  }

  static LocalDate date(String text, int at, Errors error) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw error.at(at, "'" + text + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-03");
    }
  }

  /** Whether {@code text} is an ISO date as the comma form reads it: four digits, dash, … */
  public static boolean looksLikeDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  private static QuoteKind kindOf(String cls) {
    switch (cls) {
      case "speech":
        return QuoteKind.SPEECH;
      case "scare":
        return QuoteKind.SCARE;
      case "mention":
        return QuoteKind.MENTION;
      default:
        return null;
    }
  }

  /** Turns a problem at an index of the scanned text into an exception at its file position. */
  @FunctionalInterface
  public interface Errors {
    RuntimeException at(int index, String message);
  }
}
