package io.github.communique.validate;

/**
 * A path inside a statement ({@code sections[1].blocks[3].content[2]}), linked to its parent so
 * that making one costs a single small object: the string is built only for a problem, which
 * matters when a hostile statement nests thousands of levels deep.
 */
final class DocPath {
  static final DocPath ROOT = new DocPath(null, null, -1);

  private final DocPath parent;
  private final String name; // a record component, or null for an index
  private final int index;

  private DocPath(DocPath parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** The record component {@code name} of the node at this path. */
  DocPath field(String name) {
    return new DocPath(this, name, -1);
  }

  /** The element {@code index} (0-based) of the list at this path. */
  DocPath index(int index) {
    return new DocPath(this, null, index);
  }

  @Override
  public String toString() {
    int length = 0;
    for (DocPath p = this; p != ROOT; p = p.parent) {
      length++;
    }
    DocPath[] segments = new DocPath[length]; // root first; a loop, not recursion, for deep paths
    DocPath p = this;
    for (int i = length - 1; i >= 0; i--, p = p.parent) {
      segments[i] = p;
    }
    StringBuilder s = new StringBuilder();
    for (DocPath segment : segments) {
      if (segment.name == null) {
        s.append('[').append(segment.index).append(']');
      } else {
        if (s.length() > 0) {
          s.append('.');
        }
        s.append(segment.name);
      }
    }
    return s.toString();
  }
}
