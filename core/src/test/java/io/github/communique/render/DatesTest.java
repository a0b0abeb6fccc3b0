package io.github.communique.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.StatementDate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates for readers in the statement's language, and ISO 8601 for machines. */
class DatesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  @Test
  void theDayInEachLanguage() {
    assertThat(Dates.day(DAY, "en")).isEqualTo("November 25, 2026");
    assertThat(Dates.day(DAY, "en-GB")).isEqualTo("25 November 2026");
    assertThat(Dates.day(DAY, "de")).isEqualTo("25. November 2026");
    assertThat(Dates.day(DAY, "uk")).isEqualTo("25 листопада 2026 р.");
  }

  @Test
  void aTimeAndZoneFollowTheDay() {
    StatementDate date = StatementDate.of(DAY, LocalTime.of(14, 30), ZoneId.of("Europe/Berlin"));

    assertThat(Dates.of(date, "de")).isEqualTo("25. November 2026, 14:30 (Europe/Berlin)");
    assertThat(Dates.of(date, "uk")).isEqualTo("25 листопада 2026 р., 14:30 (Europe/Berlin)");
    // CLDR puts a narrow no-break space before PM from JDK 20 on; both read the same.
    assertThat(Dates.of(date, "en").replace('\u202F', ' '))
        .isEqualTo("November 25, 2026, 2:30 PM (Europe/Berlin)");
  }

  @Test
  void aTimeWithoutZone() {
    StatementDate date = new StatementDate(DAY, Optional.of(LocalTime.of(9, 5)), Optional.empty());

    assertThat(Dates.of(date, "de")).isEqualTo("25. November 2026, 09:05");
    assertThat(Dates.iso(date)).isEqualTo("2026-11-25T09:05");
  }

  @Test
  void aDayAlone() {
    assertThat(Dates.of(StatementDate.of(DAY), "de")).isEqualTo("25. November 2026");
    assertThat(Dates.iso(StatementDate.of(DAY))).isEqualTo("2026-11-25");
  }

  @Test
  void anEmbargoInstantKeepsItsZone() {
    ZonedDateTime embargo = ZonedDateTime.of(2026, 11, 25, 0, 1, 0, 0, ZoneId.of("Europe/London"));

    assertThat(Dates.of(embargo, "en-GB")).isEqualTo("25 November 2026, 00:01 (Europe/London)");
  }

  @Test
  void isoWithAZoneGivesTheOffsetOfThatDay() {
    assertThat(Dates.iso(StatementDate.of(DAY, LocalTime.of(14, 30), ZoneId.of("Europe/Brussels"))))
        .isEqualTo("2026-11-25T14:30+01:00");
    assertThat(
            Dates.iso(
                StatementDate.of(LocalDate.of(2026, 7, 1), LocalTime.of(14, 30),
                    ZoneId.of("Europe/Brussels"))))
        .isEqualTo("2026-07-01T14:30+02:00");
  }
}
