package io.github.communique.pdf.internal;

import com.lowagie.text.Phrase;
import io.github.communique.model.Attribution;
import io.github.communique.model.Party;
import io.github.communique.model.Source;
import io.github.communique.render.Dates;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The short lines about people and sources: who issued, who wrote, who said it and where. */
final class Bylines {
  private Bylines() {}

  /** "Maria Keller, party chair, Green Alliance". */
  static String party(Party party) {
    StringBuilder text = new StringBuilder(party.name());
    party.role().ifPresent(role -> text.append(", ").append(role));
    party.affiliation().ifPresent(affiliation -> text.append(", ").append(affiliation));
    return text.toString();
  }

  /** The parties joined, each with role and affiliation: "Maria Keller, party chair, Green Alliance". */
  static String parties(List<Party> parties, String separator) {
    List<String> names = new ArrayList<>(parties.size());
    parties.forEach(p -> names.add(party(p)));
    return String.join(separator, names);
  }

  /** Just the names: "Green Alliance, Maria Keller". */
  static String names(List<Party> parties, String separator) {
    List<String> names = new ArrayList<>(parties.size());
    parties.forEach(p -> names.add(p.name()));
    return String.join(separator, names);
  }

  /**
   * The organisations a statement comes from, for its letterhead: the issuing organisations, then
   * the affiliations of issuing people; the people's names when there is neither.
   */
  static List<String> organisations(List<Party> issuers) {
    Set<String> organisations = new LinkedHashSet<>();
    for (Party issuer : issuers) {
      if (issuer.kind() == Party.Kind.ORGANISATION) {
        organisations.add(issuer.name());
      }
    }
    for (Party issuer : issuers) {
      issuer.affiliation().ifPresent(organisations::add);
    }
    if (organisations.isEmpty()) {
      issuers.forEach(issuer -> organisations.add(issuer.name()));
    }
    return List.copyOf(organisations);
  }

  /**
   * The issuing people, each with their role and, when it is not already among {@code
   * organisations}, their affiliation: "Maria Keller, Party chair"; empty when the organisations
   * already name them all.
   */
  static List<String> people(List<Party> issuers, List<String> organisations) {
    List<String> people = new ArrayList<>();
    for (Party issuer : issuers) {
      if (issuer.kind() != Party.Kind.PERSON || organisations.contains(issuer.name())) {
        continue;
      }
      StringBuilder text = new StringBuilder(issuer.name());
      issuer.role().ifPresent(role -> text.append(", ").append(role));
      issuer.affiliation()
          .filter(affiliation -> !organisations.contains(affiliation))
          .ifPresent(affiliation -> text.append(", ").append(affiliation));
      people.add(text.toString());
    }
    return people;
  }

  /**
   * "— Maria Keller, party chair, Green Alliance, Radio North, <i>Morning Briefing</i>, 3 March
   * 2026, in an unscheduled street interview", with the source's title linked to its address
   * when that is safe.
   */
  static void attribution(Layout layout, Phrase target, Attribution attribution, TextStyle style) {
    Typesetter typesetter = layout.typesetter;
    typesetter.add(target, "— ", style, Decor.NONE);
    boolean first = true;
    if (attribution.speaker().isPresent()) {
      Party speaker = attribution.speaker().get();
      typesetter.add(target, speaker.name(), style.bold(true), Decor.NONE);
      String rest = party(speaker).substring(speaker.name().length());
      typesetter.add(target, rest, style, Decor.NONE);
      first = false;
    }
    if (attribution.source().isPresent()) {
      Source source = attribution.source().get();
      Optional<String> link = source.url().flatMap(layout.scope.links::target);
      Decor decor = link.map(Decor::link).orElse(Decor.NONE);
      TextStyle linked = link.isPresent() ? style.rgb(layout.styles.accent) : style;
      boolean linkUsed = false;
      if (source.medium().isPresent()) {
        first = separate(typesetter, target, style, first);
        typesetter.add(target, source.medium().get(), linked, decor);
        linkUsed = true;
      }
      if (source.title().isPresent()) {
        first = separate(typesetter, target, style, first);
        typesetter.add(target, source.title().get(), linked.italic(true), decor);
        linkUsed = true;
      }
      if (source.date().isPresent()) {
        first = separate(typesetter, target, style, first);
        typesetter.add(target, Dates.day(source.date().get(), layout.scope.language()), style,
            Decor.NONE);
      }
      if (!linkUsed && source.url().isPresent()) {
        first = separate(typesetter, target, style, first);
        typesetter.add(target, source.url().get(), linked, decor);
      }
    }
    if (attribution.context().isPresent()) {
      first = separate(typesetter, target, style, first);
      typesetter.add(target, attribution.context().get(), style, Decor.NONE);
    }
  }

  private static boolean separate(Typesetter typesetter, Phrase target, TextStyle style, boolean first) {
    if (!first) {
      typesetter.add(target, ", ", style, Decor.NONE);
    }
    return false;
  }
}
