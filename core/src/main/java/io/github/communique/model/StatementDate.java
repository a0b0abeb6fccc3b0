package io.github.communique.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a statement was issued: a day, and optionally the time and the zone it was given in
 * ("25 November 2026, 14:30 Europe/Berlin").
 */
public record StatementDate(LocalDate date, Optional<LocalTime> time, Optional<ZoneId> zone) {
  public StatementDate {
    requireNonNull(date, "date");
    requireNonNull(time, "time");
    requireNonNull(zone, "zone");
    if (zone.isPresent() && time.isEmpty()) {
      throw new IllegalArgumentException("a zone needs a time: " + zone.get());
    }
  }

  public static StatementDate of(LocalDate date) {
    return new StatementDate(date, Optional.empty(), Optional.empty());
  }

  public static StatementDate of(LocalDate date, LocalTime time, ZoneId zone) {
    return new StatementDate(date, Optional.of(time), Optional.of(zone));
  }
}
