package io.github.communique.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Who said a quotation, where it was published and in what circumstances: "Maria Keller, party
 * chair, on Radio North, 3 March 2026, in an unscheduled street interview".
 */
public record Attribution(Optional<Party> speaker, Optional<Source> source, Optional<String> context) {
  public Attribution {
    requireNonNull(speaker, "speaker");
    requireNonNull(source, "source");
    requireNonNull(context, "context");
  }

  /** An attribution that names only the speaker. */
  public static Attribution of(Party speaker) {
    return new Attribution(Optional.of(speaker), Optional.empty(), Optional.empty());
  }
}
