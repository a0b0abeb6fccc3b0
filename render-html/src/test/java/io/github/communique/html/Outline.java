package io.github.communique.html;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the heading outline of a page as assistive technology does. */
final class Outline {
  private Outline() {}

  /** The level of every heading in document order: aria-level where given, else the tag's. */
  static List<Integer> levels(Document doc) {
    return doc.select("h1, h2, h3, h4, h5, h6").stream().map(Outline::level).toList();
  }

  static int level(Element heading) {
    return heading.hasAttr("aria-level") ? Integer.parseInt(heading.attr("aria-level"))
        : heading.tagName().charAt(1) - '0';
  }

  /** Whether no heading is more than one level deeper than the one before it. */
  static boolean inOrder(List<Integer> levels) {
    for (int i = 1; i < levels.size(); i++) {
      if (levels.get(i) > levels.get(i - 1) + 1) {
        return false;
      }
    }
    return true;
  }
}
