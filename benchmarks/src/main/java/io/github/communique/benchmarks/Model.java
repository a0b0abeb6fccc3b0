package io.github.communique.benchmarks;

import io.github.communique.model.Statement;
import org.openjdk.jmh.annotations.Setup;

/** The statement as a pre-built model, for the paths that start from it (renderers, writers). */
public class Model extends Sized {
  Statement statement;

  @Setup
  public void setUp() {
    statement = document().statement();
  }
}
