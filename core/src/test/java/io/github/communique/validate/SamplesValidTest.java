package io.github.communique.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The samples every module tests against are valid, even under the house rules. */
class SamplesValidTest {

  static Iterable<String> samples() {
    return Samples.names();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sampleHasNoProblems(String name) {
    assertThat(Validator.create().validate(Samples.load(name))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sampleFollowsTheHouseRules(String name) {
    assertThat(Validator.create().requireSpeakers(true).validate(Samples.load(name))).isEmpty();
  }
}
