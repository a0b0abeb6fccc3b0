package io.github.communique.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The argument syntax every command shares, as picocli and most Unix tools read it. */
class ArgumentsTest {
  private static final OptionSpec RECURSIVE = OptionSpec.flag("-r", "--recursive", "r");
  private static final OptionSpec QUIET = OptionSpec.flag("-q", "--quiet", "q");
  private static final OptionSpec THREADS = OptionSpec.value("-j", "--threads", "N", "j");
  private static final OptionSpec OUTPUT = OptionSpec.value("-o", "--output", "DIR", "o");
  private static final OptionSpec LIMIT = OptionSpec.repeatable(null, "--limit", "NAME=VALUE", "l");
  private static final CommandSpec SPEC =
      new CommandSpec(
          "communique test",
          "A test command.",
          List.of(),
          List.of(new ParameterSpec("FILE", true, "files")),
          List.of(RECURSIVE, QUIET, THREADS, OUTPUT, LIMIT),
          List.of());

  private static Arguments parse(String... args) {
    return Arguments.parse(SPEC, args, 0, false).check();
  }

  @Test
  void valuesFollowTheOptionOrAreAttachedToIt() {
    assertThat(parse("a", "-o", "out").value(OUTPUT)).isEqualTo("out");
    assertThat(parse("a", "-oout").value(OUTPUT)).isEqualTo("out");
    assertThat(parse("a", "-o=out").value(OUTPUT)).isEqualTo("out");
    assertThat(parse("a", "--output", "out").value(OUTPUT)).isEqualTo("out");
    assertThat(parse("a", "--output=out").value(OUTPUT)).isEqualTo("out");
    assertThat(parse("a", "--output=").value(OUTPUT)).isEmpty();
    assertThat(parse("a", "-o", "-").value(OUTPUT)).isEqualTo("-");
  }

  @Test
  void shortFlagsCluster() {
    Arguments args = parse("-rqj4", "a");

    assertThat(args.flag(RECURSIVE)).isTrue();
    assertThat(args.flag(QUIET)).isTrue();
    assertThat(args.intValue(THREADS, 1)).isEqualTo(4);
    assertThat(args.parameters()).containsExactly("a");
  }

  @Test
  void flagsTakeAnExplicitTruthValue() {
    assertThat(parse("a", "--quiet=false").flag(QUIET)).isFalse();
    assertThat(parse("a", "--quiet=TRUE").flag(QUIET)).isTrue();
    assertThatThrownBy(() -> parse("a", "--quiet=maybe"))
        .hasMessage("Invalid value for option '--quiet': 'maybe' is not a boolean");
  }

  @Test
  void parametersMayStartWithADashAfterDoubleDash() {
    assertThat(parse("-q", "--", "-a.json", "--quiet").parameters())
        .containsExactly("-a.json", "--quiet");
    assertThat(parse("-").parameters()).containsExactly("-");
  }

  @Test
  void repeatableOptionsKeepEveryValueInOrder() {
    assertThat(parse("a", "--limit", "x=1", "--limit=y=2").values(LIMIT))
        .containsExactly("x=1", "y=2");
  }

  @Test
  void mistakesAreNamedAsPicocliNamedThem() {
    assertThatThrownBy(() -> parse("a", "-o"))
        .hasMessage("Missing required parameter for option '--output' (DIR)");
    assertThatThrownBy(() -> parse("a", "-o", "--quiet"))
        .hasMessage("Expected parameter for option '--output' but found '--quiet'");
    assertThatThrownBy(() -> parse("a", "-o", "x", "--output", "y"))
        .hasMessage("option '--output' (DIR) should be specified only once");
    assertThatThrownBy(() -> parse("a", "-q", "-q"))
        .hasMessage("option '--quiet' should be specified only once");
    assertThatThrownBy(() -> parse("a", "--bogus")).hasMessage("Unknown option: '--bogus'");
    assertThatThrownBy(() -> parse("a", "-rz"))
        .hasMessage("Unknown option: '-z' (while processing option: '-rz')");
    assertThatThrownBy(() -> parse("a", "-j", "x").intValue(THREADS, 1))
        .hasMessage("Invalid value for option '--threads': 'x' is not an int");
    assertThatThrownBy(() -> parse()).hasMessage("Missing required parameter: 'FILE'");
  }

  @Test
  void extraParametersAreUnmatched() {
    CommandSpec two =
        new CommandSpec(
            "communique two",
            "Two parameters.",
            List.of(),
            List.of(new ParameterSpec("IN", false, "in"), new ParameterSpec("OUT", false, "out")),
            List.of(),
            List.of());

    assertThatThrownBy(() -> Arguments.parse(two, new String[] {"x", "a"}, 1, false).check())
        .hasMessage("Missing required parameter: 'OUT'");
    assertThatThrownBy(() -> Arguments.parse(two, new String[] {"x"}, 1, false).check())
        .hasMessage("Missing required parameters: 'IN', 'OUT'");
    assertThatThrownBy(
            () -> Arguments.parse(two, new String[] {"x", "a", "b", "c"}, 1, false).check())
        .hasMessage("Unmatched argument at index 3: 'c'");
    assertThatThrownBy(
            () -> Arguments.parse(two, new String[] {"x", "a", "b", "c", "d"}, 1, false).check())
        .hasMessage("Unmatched arguments from index 3: 'c', 'd'");
  }
}
