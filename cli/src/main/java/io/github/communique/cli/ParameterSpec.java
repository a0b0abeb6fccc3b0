package io.github.communique.cli;

/**
 * A positional parameter of a command: {@code FILE...}, {@code IN}, {@code OUT}.
 *
 * @param label its name in the help and in messages
 * @param many whether it takes every remaining argument (one at least)
 * @param description the help text, one paragraph
 */
record ParameterSpec(String label, boolean many, String description) {

  /** The help's name for it: {@code FILE...} for one that takes many. */
  String synopsis() {
    return many ? label + "..." : label;
  }
}
