package io.github.communique.validate;

import io.github.communique.model.Attribution;
import io.github.communique.model.Contact;
import io.github.communique.model.Party;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules for the values that hang off the tree: single-line text fields, ids, URLs, parties,
 * contacts, attributions, the language and the embargo. {@link Check} walks the tree and asks
 * these rules about each value it meets.
 */
final class Fields {
  private final Limits limits;
  private final List<Problem> problems;

  Fields(Limits limits, List<Problem> problems) {
    this.limits = limits;
    this.problems = problems;
  }

  /** The statement's own fields: title, label, parties, place, language, keywords and more. */
  void metadata(Statement s, DocPath at) {
    required(s.title(), at.field("title"), "the title", "give the statement a headline");
    optional(s.label(), at.field("label"), "the label");
    parties(s.issuers(), at.field("issuers"));
    parties(s.authors(), at.field("authors"));
    optional(s.place(), at.field("place"), "the place");
    language(s.language(), at.field("language"));
    for (int i = 0; i < s.keywords().size(); i++) {
      DocPath k = at.field("keywords").index(i);
      if (Texts.isBlank(s.keywords().get(i))) {
        error(k, "the keyword is blank: remove it");
      } else {
        line(s.keywords().get(i), k, "the keyword");
      }
    }
    optional(s.id(), at.field("id"), "the id");
    url(s.url(), at.field("url"), "the statement's URL");
    embargo(s, at);
    for (int i = 0; i < s.contacts().size(); i++) {
      contact(s.contacts().get(i), at.field("contacts").index(i));
    }
  }

  /** An embargo that ends days before the statement's date is almost always a wrong year. */
  private void embargo(Statement s, DocPath at) {
    if (s.embargo().isEmpty() || s.date().isEmpty()) {
      return;
    }
    LocalDate ends = s.embargo().get().toLocalDate();
    LocalDate dated = s.date().get().date();
    // A day of slack: an embargo given in UTC may fall on the evening before a local date.
    if (ends.isBefore(dated.minusDays(1))) {
      problems.add(Problem.warning(at.field("embargo").toString(), "the embargo ends on " + ends
          + ", " + ChronoUnit.DAYS.between(ends, dated) + " days before the statement's date "
          + dated + "; an embargo holds a statement back until it may be published, so it"
          + " should not end before that date: check both dates"));
    }
  }

  void language(String tag, DocPath at) {
    if (Texts.isBlank(tag)) {
      error(at, "the language is blank: give a BCP 47 tag such as en, de-AT or zh-Hant");
      return;
    }
    try {
      new Locale.Builder().setLanguageTag(tag);
    } catch (IllformedLocaleException e) {
      error(at, "the language " + Texts.quote(tag) + " is not a well-formed BCP 47 tag: "
          + (tag.indexOf('_') >= 0
              ? "separate its parts with hyphens, as in " + tag.replace('_', '-')
              : "use a tag such as en, de-AT or zh-Hant"));
    }
  }

  void parties(List<Party> parties, DocPath at) {
    for (int i = 0; i < parties.size(); i++) {
      party(parties.get(i), at.index(i));
    }
  }

  void party(Party party, DocPath at) {
    required(party.name(), at.field("name"), "the name", "name the person or organisation");
    optional(party.role(), at.field("role"), "the role");
    optional(party.affiliation(), at.field("affiliation"), "the affiliation");
  }

  void contact(Contact contact, DocPath at) {
    required(contact.name(), at.field("name"), "the name", "name the person or office to call");
    optional(contact.organisation(), at.field("organisation"), "the organisation");
    if (optional(contact.email(), at.field("email"), "the email address")) {
      String email = contact.email().get();
      int sign = email.indexOf('@');
      if (email.regionMatches(true, 0, "mailto:", 0, 7)) {
        error(at.field("email"), "the email address " + Texts.quote(email)
            + " starts with mailto:; give the address alone, as in " + email.substring(7));
      } else if (sign <= 0 || sign == email.length() - 1 || email.indexOf('@', sign + 1) >= 0
          || containsInvisible(email)) {
        error(at.field("email"), "the email address " + Texts.quote(email)
            + " is not an address: write it as name@domain, such as press@example.org");
      }
    }
    if (optional(contact.phone(), at.field("phone"), "the phone number")
        && contact.phone().get().chars().noneMatch(Character::isDigit)) {
      error(at.field("phone"), "the phone number " + Texts.quote(contact.phone().get())
          + " has no digits: write it as +32 2 555 01 23");
    }
  }

  void attribution(Attribution attribution, DocPath at) {
    if (attribution.speaker().isEmpty()
        && attribution.source().isEmpty()
        && attribution.context().isEmpty()) {
      error(at, "the attribution is empty: name a speaker, a source or a context, or leave it out");
    }
    attribution.speaker().ifPresent(speaker -> party(speaker, at.field("speaker")));
    attribution.source().ifPresent(source -> source(source, at.field("source")));
    optional(attribution.context(), at.field("context"), "the context");
  }

  void source(Source source, DocPath at) {
    if (source.title().isEmpty()
        && source.medium().isEmpty()
        && source.url().isEmpty()
        && source.date().isEmpty()) {
      error(at, "the source gives no title, medium, URL or date: give at least one, or leave the"
          + " source out");
    }
    optional(source.title(), at.field("title"), "the source's title");
    optional(source.medium(), at.field("medium"), "the medium");
    url(source.url(), at.field("url"), "the source URL");
  }

  void url(Optional<String> url, DocPath at, String subject) {
    if (optional(url, at, subject)) {
      String problem = Urls.problem(url.get(), subject);
      if (problem != null) {
        error(at, problem);
      }
    }
  }

  /**
   * Ids (anchors, note ids) end up in HTML ids and URL fragments: no whitespace, no controls, no
   * '#'. Returns whether {@code id} is fine.
   */
  boolean identifier(String id, DocPath at, String subject) {
    if (tooLong(id, at, subject)) {
      return false;
    }
    for (int i = 0, position = 1; i < id.length(); position++) {
      int c = id.codePointAt(i);
      i += Character.charCount(c);
      if (Texts.isInvisible(c) || c == '#') {
        error(at, subject + " " + Texts.quote(id) + " is not a valid id: it contains "
            + (c == '#' ? "'#'" : c == ' ' ? "a space" : Texts.codePoint(c))
            + " at character " + position + "; use letters, digits and hyphens, as in "
            + suggestedId(id));
        return false;
      }
    }
    String characters = Texts.characterProblem(id, false); // surrogates, noncharacters
    if (characters != null) {
      error(at, subject + " " + characters);
      return false;
    }
    return true;
  }

  private static String suggestedId(String id) {
    StringBuilder s = new StringBuilder();
    boolean gap = false;
    for (int i = 0; i < id.length(); ) {
      int c = id.codePointAt(i);
      i += Character.charCount(c);
      if (Texts.isInvisible(c) || c == '#') {
        gap = s.length() > 0;
      } else {
        if (gap) {
          s.append('-');
        }
        gap = false;
        s.appendCodePoint(c);
      }
    }
    return s.length() == 0 ? "note-1" : s.toString();
  }

  /** A text that must be given: not blank, and a single line of valid characters. */
  void required(String text, DocPath at, String subject, String fix) {
    if (Texts.isBlank(text)) {
      error(at, subject + " is blank: " + fix);
    } else {
      line(text, at, subject);
    }
  }

  /** An optional text: when present, not blank and valid. Returns whether it is present and fine. */
  boolean optional(Optional<String> text, DocPath at, String subject) {
    if (text.isEmpty()) {
      return false;
    }
    if (Texts.isBlank(text.get())) {
      error(at, subject + " is blank: give it text or leave it out");
      return false;
    }
    return line(text.get(), at, subject);
  }

  /** A single-line text: its length and characters. Returns whether it is fine. */
  boolean line(String text, DocPath at, String subject) {
    if (tooLong(text, at, subject)) {
      return false;
    }
    String characters = Texts.characterProblem(text, false);
    if (characters != null) {
      error(at, subject + " " + characters);
      return false;
    }
    return true;
  }

  boolean tooLong(String text, DocPath at, String subject) {
    if (text.length() <= limits.maxTextLength()) {
      return false;
    }
    error(at, subject + " is " + text.length() + " characters long; the limit is "
        + limits.maxTextLength() + " (Limits.maxTextLength): shorten it or raise the limit");
    return true;
  }

  private static boolean containsInvisible(String s) {
    return s.codePoints().anyMatch(Texts::isInvisible);
  }

  private void error(DocPath at, String message) {
    problems.add(new Problem(at.toString(), message));
  }
}
