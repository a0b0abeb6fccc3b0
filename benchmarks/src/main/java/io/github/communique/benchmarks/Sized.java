package io.github.communique.benchmarks;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The state every benchmark starts from: one document at each size. Subclasses prepare what
 * their path reads (a parsed tree, a JSON file) in a {@code @Setup} method, outside the timing.
 */
@State(Scope.Benchmark)
public abstract class Sized {
  @Param({"small", "medium", "large"})
  public String size;

  protected Document document() {
    return Document.of(size);
  }
}
