package io.github.communique.cli;

import io.github.communique.validate.Limits;
import io.github.communique.validate.Validator;
import picocli.CommandLine.Option;

/** The validation rules to apply, shared by {@code render} and {@code validate}. */
final class ValidationSettings {

  @Option(
      names = "--require-speakers",
      description =
          "House rule: block quotations and the speech in them name their speaker, embedded"
              + " statements their issuer.")
  boolean requireSpeakers;

  Validator validator(Limits limits) {
    return Validator.create(limits).requireSpeakers(requireSpeakers);
  }
}
