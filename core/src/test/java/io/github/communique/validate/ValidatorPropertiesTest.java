package io.github.communique.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Statement;
import io.github.communique.testing.StatementArbitraries;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;

/**
 * What holds for every statement the model can express, valid or not.
 *
 * <p>A failure prints its {@code seed} and the shrunk sample (on the console and in the surefire
 * report, {@code target/surefire-reports}); rerun exactly that case with
 * {@code @Property(seed = "<seed>", tries = <same tries>)}.
 */
class ValidatorPropertiesTest {
  private static final Pattern SEGMENT = Pattern.compile("\\G(?:\\.?([a-zA-Z]+)|\\[(\\d+)])");

  @Property(tries = 300)
  void everyPathNamesANodeOfTheStatement(
      @ForAll @From(supplier = StatementArbitraries.Statements.class) Statement statement) {
    for (Problem problem : Validator.create().requireSpeakers(true).validate(statement)) {
      assertThat(resolve(statement, problem.path())).as(problem.toString()).isNotNull();
    }
  }

  @Property(tries = 300)
  void messagesArePrintableAndTheResultIsDeterministic(
      @ForAll @From(supplier = StatementArbitraries.Statements.class) Statement statement) {
    Validator validator = Validator.create();
    List<Problem> problems = validator.validate(statement);

    assertThat(validator.validate(statement)).isEqualTo(problems);
    for (Problem problem : problems) {
      assertThat(problem.message().codePoints())
          .as(problem.toString())
          .noneMatch(c -> Character.getType(c) == Character.CONTROL
              || Character.getType(c) == Character.FORMAT
              || Character.getType(c) == Character.SURROGATE);
    }
    boolean valid = problems.stream().noneMatch(Problem::isError);
    assertThat(valid).isEqualTo(checks(validator, statement));
  }

  private static boolean checks(Validator validator, Statement statement) {
    try {
      return validator.check(statement) == statement;
    } catch (ValidationException e) {
      return false;
    }
  }

  /**
   * Follows a document path through record components and list indices, as a reader of the
   * JSON would; the root is the empty path.
   */
  static Object resolve(Object root, String path) {
    Object node = root;
    Matcher m = SEGMENT.matcher(path);
    int end = 0;
    while (end < path.length()) {
      assertThat(m.find(end) && m.start() == end).as("path syntax at %d: %s", end, path).isTrue();
      if (m.group(1) != null) {
        node = component(node, m.group(1));
      } else {
        node = ((List<?>) node).get(Integer.parseInt(m.group(2)));
      }
      end = m.end();
    }
    return node;
  }

  private static Object component(Object node, String name) {
    for (RecordComponent c : node.getClass().getRecordComponents()) {
      if (c.getName().equals(name)) {
        try {
          Object value = c.getAccessor().invoke(node);
          return value instanceof Optional<?> o ? o.orElseThrow() : value;
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError(node.getClass().getSimpleName() + " has no component " + name);
  }
}
