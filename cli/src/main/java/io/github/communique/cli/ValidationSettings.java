package io.github.communique.cli;

import io.github.communique.validate.Limits;
import io.github.communique.validate.Validator;

/** The validation rules to apply, shared by {@code render} and {@code validate}. */
final class ValidationSettings {

  static final OptionSpec REQUIRE_SPEAKERS =
      OptionSpec.flag(
          null,
          "--require-speakers",
          "House rule: block quotations and the speech in them name their speaker, embedded"
              + " statements their issuer.");

  private final boolean requireSpeakers;

  ValidationSettings(Arguments args) {
    this.requireSpeakers = args.flag(REQUIRE_SPEAKERS);
  }

  Validator validator(Limits limits) {
    return Validator.create(limits).requireSpeakers(requireSpeakers);
  }
}
