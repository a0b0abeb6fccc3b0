package io.github.communique.html;

import static io.github.communique.model.Inlines.text;

import io.github.communique.model.Section;
import io.github.communique.model.Statement;
import java.util.List;
import java.util.Optional;

/** Statements that stretch the outline. */
final class StructureTestStatements {
  private StructureTestStatements() {}

  /** Sections nested seven deep, so headings go past h6. */
  static Statement deepSections() {
    Section s = new Section(List.of(text("Level 8")), Optional.empty(),
        List.of(io.github.communique.model.Blocks.paragraph("Deepest.")), List.of());
    for (int level = 7; level >= 2; level--) {
      s = new Section(List.of(text("Level " + level)), Optional.empty(), List.of(), List.of(s));
    }
    return Statement.builder("Deep").section(s).build();
  }
}
