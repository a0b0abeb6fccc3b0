package io.github.communique.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A footnote or endnote of a statement, referenced from the text by a {@link
 * Inline.NoteReference} with the same {@code id}. Renderers number notes in order of first
 * reference.
 */
public record Note(String id, List<Block> blocks) {
  public Note {
    requireNonNull(id, "id");
    blocks = NodeList.copyOf(blocks);
  }
}
