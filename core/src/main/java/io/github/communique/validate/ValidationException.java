package io.github.communique.validate;

import io.github.communique.model.CommuniqueException;
import java.util.List;
import java.util.stream.Collectors;

/** A statement broke one or more rules; {@link #problems()} lists every one of them. */
public class ValidationException extends CommuniqueException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public ValidationException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<Problem> problems) {
    return "the statement is invalid ("
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + "):\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }

  public List<Problem> problems() {
    return problems;
  }
}
