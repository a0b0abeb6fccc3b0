package io.github.communique.validate;

import io.github.communique.model.Block;
import io.github.communique.model.Blocks;
import io.github.communique.model.Inline;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementBuilder;
import java.util.List;

/** Small statements for validation tests. */
final class Fixtures {
  private Fixtures() {}

  static List<Problem> problems(Statement statement) {
    return Validator.create().validate(statement);
  }

  /** A statement titled "Title" whose body is {@code blocks}. */
  static Statement withBody(Block... blocks) {
    StatementBuilder b = Statement.builder("Title");
    for (Block block : blocks) {
      b.block(block);
    }
    return b.build();
  }

  /** A statement whose body is one paragraph of {@code content}. */
  static Statement withParagraph(Inline... content) {
    return withBody(Blocks.paragraph(content));
  }

  static Problem error(String path, String message) {
    return new Problem(path, message);
  }
}
