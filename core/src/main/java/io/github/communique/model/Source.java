package io.github.communique.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where quoted words appeared: a title ("Morning Briefing"), a publisher or medium ("Radio
 * North", "television"), a URL and a date. Every part is optional; validation asks for at least
 * one.
 */
public record Source(
    Optional<String> title, Optional<String> medium, Optional<String> url, Optional<LocalDate> date) {
  public Source {
    requireNonNull(title, "title");
    requireNonNull(medium, "medium");
    requireNonNull(url, "url");
    requireNonNull(date, "date");
  }
}
