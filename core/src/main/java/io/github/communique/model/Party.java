package io.github.communique.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A person or organisation that issues, writes or says something: "Maria Keller, party chair,
 * Green Alliance" is a person with a role and an affiliation.
 */
public record Party(String name, Kind kind, Optional<String> role, Optional<String> affiliation) {

  /** Whether a party is a single person or an organisation. */
  public enum Kind {
    PERSON,
    ORGANISATION
  }

  public Party {
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    requireNonNull(role, "role");
    requireNonNull(affiliation, "affiliation");
  }

  /** A person with no role or affiliation given. */
  public static Party person(String name) {
    return new Party(name, Kind.PERSON, Optional.empty(), Optional.empty());
  }

  /** A person with a role ("spokesperson") at an organisation ("Ministry of Transport"). */
  public static Party person(String name, String role, String affiliation) {
    return new Party(name, Kind.PERSON, Optional.of(role), Optional.of(affiliation));
  }

  /** An organisation with no role or affiliation given. */
  public static Party organisation(String name) {
    return new Party(name, Kind.ORGANISATION, Optional.empty(), Optional.empty());
  }
}
