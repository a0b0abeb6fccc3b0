package io.github.communique.render;

/** The colour scheme of rendered pages. */
public enum Theme {
  /** Light or dark, following the reader's system setting. */
  AUTO,
  /** Always dark text on a light background. */
  LIGHT,
  /** Always light text on a dark background. */
  DARK
}
