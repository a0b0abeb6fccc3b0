package io.github.communique.render;

import static java.util.Objects.requireNonNull;

/** Which stylesheet an HTML page carries. */
public sealed interface Stylesheet {

  /** The library's default stylesheet, embedded in the page. */
  Stylesheet DEFAULT = new Embedded();

  /** No stylesheet at all: the host page styles the statement. */
  Stylesheet NONE = new None();

  /** A link to an external stylesheet, such as {@code /css/press.css}. */
  static Stylesheet linked(String href) {
    return new Linked(href);
  }

  /** The default stylesheet, embedded in a {@code <style>} element. */
  record Embedded() implements Stylesheet {}

  /** A {@code <link rel="stylesheet">} to {@code href}. */
  record Linked(String href) implements Stylesheet {
    public Linked {
      requireNonNull(href, "href");
    }
  }

  /** No stylesheet. */
  record None() implements Stylesheet {}
}
