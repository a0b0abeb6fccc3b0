package io.github.communique.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The style guide's drift test: every permitted record of a sealed family has exactly one visitor
 * method, named after it, and the visitor has no method for anything else.
 */
class VisitorDriftTest {

  @Test
  void everyBlockHasItsVisitorMethod() {
    assertVisitorMatches(Block.class, Block.Visitor.class);
  }

  @Test
  void everyInlineHasItsVisitorMethod() {
    assertVisitorMatches(Inline.class, Inline.Visitor.class);
  }

  private static void assertVisitorMatches(Class<?> family, Class<?> visitor) {
    Set<Class<?>> permitted = Set.of(family.getPermittedSubclasses());
    assertThat(permitted).allSatisfy(kind -> assertThat(kind.isRecord()).isTrue());

    Set<Class<?>> visited =
        Arrays.stream(visitor.getDeclaredMethods())
            .peek(m -> assertThat(m.getParameterCount()).as(m.toString()).isEqualTo(1))
            .map(m -> m.getParameterTypes()[0])
            .collect(Collectors.toSet());
    assertThat(visited).isEqualTo(permitted);

    Set<String> names =
        Arrays.stream(visitor.getDeclaredMethods()).map(Method::getName).collect(Collectors.toSet());
    Set<String> expected =
        permitted.stream().map(c -> "visit" + c.getSimpleName()).collect(Collectors.toSet());
    assertThat(names).isEqualTo(expected);
    assertThat(visitor.getDeclaredMethods()).hasSize(permitted.size());
  }
}
