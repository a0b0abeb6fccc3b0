package io.github.communique.pdf.internal;

import com.lowagie.text.Phrase;
import io.github.communique.model.Attribution;
import io.github.communique.model.Party;
import io.github.communique.model.Source;
import io.github.communique.render.Dates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

  /** The parties' names joined: "Green Alliance · Nordic Left". */
  static String parties(List<Party> parties, String separator) {
    List<String> names = new ArrayList<>(parties.size());
    parties.forEach(p -> names.add(party(p)));
    return String.join(separator, names);
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
