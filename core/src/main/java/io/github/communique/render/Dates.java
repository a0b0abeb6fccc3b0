package io.github.communique.render;

import io.github.communique.model.StatementDate;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates as readers see them, in the statement's language ("25 November 2026", "25 ноября 2026
 * г."), the same in every renderer. Uses the JDK's CLDR data; no clock is read.
 */
public final class Dates {
  private Dates() {}

  /** The day in long form for {@code languageTag}. */
  public static String day(LocalDate date, String languageTag) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(Locale.forLanguageTag(languageTag))
        .format(date);
  }

  /** The day, and the time and zone when given: "25 November 2026, 14:30 (Europe/Brussels)". */
  public static String of(StatementDate date, String languageTag) {
    String day = day(date.date(), languageTag);
    if (date.time().isEmpty()) {
      return day;
    }
    String time =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
            .withLocale(Locale.forLanguageTag(languageTag))
            .format(date.time().get());
    return day + ", " + time + date.zone().map(z -> " (" + z.getId() + ")").orElse("");
  }

  /** An instant with its zone: "25 November 2026, 00:01 (Europe/London)". */
  public static String of(ZonedDateTime dateTime, String languageTag) {
    return of(
        StatementDate.of(dateTime.toLocalDate(), dateTime.toLocalTime(), dateTime.getZone()),
        languageTag);
  }

  /** ISO 8601 for machines ({@code datetime} attributes, metadata): 2026-11-25T14:30+01:00. */
  public static String iso(StatementDate date) {
    if (date.time().isEmpty()) {
      return date.date().toString();
    }
    if (date.zone().isEmpty()) {
      return date.date() + "T" + date.time().get();
    }
    return ZonedDateTime.of(date.date(), date.time().get(), date.zone().get())
        .toOffsetDateTime()
        .toString();
  }
}
