package io.github.communique.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A headed part of a statement, such as "Background" or "What happens next", with its blocks and
 * subsections. {@code anchor} is the id that links point at; when empty, {@link Anchors} derives
 * one from the heading.
 */
public record Section(
    List<Inline> heading, Optional<String> anchor, List<Block> blocks, List<Section> subsections) {
  public Section {
    heading = NodeList.copyOf(heading);
    requireNonNull(anchor, "anchor");
    blocks = NodeList.copyOf(blocks);
    subsections = NodeList.copyOf(subsections);
  }
}
