package io.github.communique.cli;

import io.github.communique.json.StatementJson;
import io.github.communique.markdown.StatementMarkdown;
import io.github.communique.model.Statement;
import io.github.communique.validate.Limits;
import io.github.communique.validate.ParsedStatement;
import io.github.communique.validate.Problem;
import io.github.communique.validate.Validator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads, validates and writes statement files in JSON or Markdown, within the given limits. */
final class StatementFiles {
  private static final int SNIFF_BYTES = 8192;

  private final Limits limits;
  private final InputStream stdin;
  private StatementJson json;
  private StatementMarkdown markdown;

  StatementFiles(Limits limits, InputStream stdin) {
    this.limits = limits;
    this.stdin = stdin;
  }

  // Each reader is made on first use: a run over JSON files never loads the Markdown parser.

  private synchronized StatementJson json() {
    if (json == null) {
      json = StatementJson.create(limits);
    }
    return json;
  }

  private synchronized StatementMarkdown markdown() {
    if (markdown == null) {
      markdown = StatementMarkdown.create(limits);
    }
    return markdown;
  }

  /** Reads one input, without the positions of its parts. */
  Statement read(Inputs.Input input) throws IOException {
    if (input.isStdin()) {
      return parse(input).statement();
    }
    Path file = input.file().orElseThrow();
    return switch (input.format().orElseThrow()) {
      case JSON -> json().read(file);
      case MARKDOWN -> markdown().read(file);
    };
  }

  /** Reads one input with the positions of its parts, for problems reported at file:line:column. */
  ParsedStatement parse(Inputs.Input input) throws IOException {
    if (input.isStdin()) {
      InputStream in = new BufferedInputStream(stdin, SNIFF_BYTES);
      InputFormat format = input.format().isPresent() ? input.format().get() : sniff(in);
      return switch (format) {
        case JSON -> json().parse(in, Inputs.STDIN_NAME);
        case MARKDOWN -> markdown().parse(in, Inputs.STDIN_NAME);
      };
    }
    Path file = input.file().orElseThrow();
    return switch (input.format().orElseThrow()) {
      case JSON -> json().parse(file);
      case MARKDOWN -> markdown().parse(file);
    };
  }

  /**
   * Reads and validates one input, adding each problem to {@code outcome} as {@code
   * file:line:column: path: message} (warnings with exit status 0).
   *
   * <p>The positions of every part of a document cost time and memory in proportion to its size,
   * and only a statement with problems needs them: a file is read without them, and read again with
   * them only when there is something to report. Standard input, which cannot be read twice, is
   * read with them.
   *
   * @return the statement, or empty when it has errors (warnings let it pass)
   */
  Optional<Statement> readValid(Inputs.Input input, Validator validator, Outcome outcome)
      throws IOException {
    if (input.isStdin()) {
      return report(validator, parse(input), outcome);
    }
    Statement statement = read(input);
    if (validator.validate(statement).isEmpty()) {
      return Optional.of(statement);
    }
    return report(validator, parse(input), outcome);
  }

  private static Optional<Statement> report(
      Validator validator, ParsedStatement parsed, Outcome outcome) {
    List<Problem> problems = validator.validate(parsed.statement());
    boolean valid = true;
    for (Problem problem : problems) {
      valid &= !problem.isError();
      outcome.add(
          Diagnostic.of(
              problem.isError() ? ExitCodes.INVALID_INPUT : ExitCodes.OK,
              parsed.sourceMap().describe(problem)));
    }
    return valid ? Optional.of(parsed.statement()) : Optional.empty();
  }

  /**
   * Writes {@code statement} in {@code format} with these limits (a statement read with raised
   * limits is written too); JSON is indented unless {@code compact}.
   */
  void write(InputFormat format, Statement statement, OutputStream out, boolean compact)
      throws IOException {
    switch (format) {
      case JSON -> json().pretty(!compact).write(statement, out);
      case MARKDOWN -> markdown().write(statement, out);
    }
  }

  /** Looks at the first non-blank character without consuming it: '{' means JSON. */
  static InputFormat sniff(InputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    try {
      int c;
      int read = 0;
      do {
        c = in.read();
        read++;
      } while (c != -1 && read < SNIFF_BYTES && (Character.isWhitespace(c) || isBom(c)));
      return InputFormat.sniff(c);
    } finally {
      in.reset();
    }
  }

  /** The bytes of a UTF-8 byte order mark, EF BB BF. */
  private static boolean isBom(int c) {
    return c == 0xEF || c == 0xBB || c == 0xBF;
  }
}
