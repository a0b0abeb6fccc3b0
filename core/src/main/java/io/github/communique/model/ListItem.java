package io.github.communique.model;

import java.util.List;

/** One item of a bulleted or ordered list; it holds blocks, so an item can hold a sub-list. */
public record ListItem(List<Block> blocks) {
  public ListItem {
    blocks = NodeList.copyOf(blocks);
  }
}
