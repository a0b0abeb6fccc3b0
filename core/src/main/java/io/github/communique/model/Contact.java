package io.github.communique.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A media contact printed on a release: "Press office, Green Alliance, press@example.org". */
public record Contact(
    String name, Optional<String> organisation, Optional<String> email, Optional<String> phone) {
  public Contact {
    requireNonNull(name, "name");
    requireNonNull(organisation, "organisation");
    requireNonNull(email, "email");
    requireNonNull(phone, "phone");
  }
}
