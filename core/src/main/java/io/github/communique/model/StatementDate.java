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

  // equals and hashCode written out, with the record's meaning: renderers key caches by date, and
  // the generated methods are linked through method handles on first use, which a command-line run
  // pays in full (tens of milliseconds).

  @Override
  public boolean equals(Object o) {
    return o instanceof StatementDate d
        && date.equals(d.date)
        && time.equals(d.time)
        && zone.equals(d.zone);
  }

  @Override
  public int hashCode() {
    return (date.hashCode() * 31 + time.hashCode()) * 31 + zone.hashCode();
  }
}
