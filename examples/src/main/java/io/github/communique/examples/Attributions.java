package io.github.communique.examples;

import io.github.communique.model.Attribution;
import io.github.communique.model.Party;
import io.github.communique.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Who said something and where, as one line of text: shared by the quotation examples. */
final class Attributions {
  private Attributions() {}

  /** "Maria Keller, party chair, Green Alliance", or empty when nobody is named. */
  static Optional<String> speaker(Optional<Attribution> attribution) {
    return attribution.flatMap(Attribution::speaker).map(Attributions::party);
  }

  /** "Radio North, Morning Briefing, 2026-03-03", or empty when no source is given. */
  static Optional<String> source(Optional<Attribution> attribution) {
    return attribution.flatMap(Attribution::source).map(Attributions::source);
  }

  static String party(Party party) {
    List<String> parts = new ArrayList<>();
    parts.add(party.name());
    party.role().ifPresent(parts::add);
    party.affiliation().ifPresent(parts::add);
    return String.join(", ", parts);
  }

  static String source(Source source) {
    List<String> parts = new ArrayList<>();
    source.medium().ifPresent(parts::add);
    source.title().ifPresent(parts::add);
    source.date().ifPresent(d -> parts.add(d.toString()));
    source.url().ifPresent(parts::add);
    return String.join(", ", parts);
  }
}
