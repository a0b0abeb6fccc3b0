package io.github.communique.cli;

import io.github.communique.json.StatementJson;
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

/** Reads and writes statement files in JSON or Markdown, within the given limits. */
final class StatementFiles {
  private static final int SNIFF_BYTES = 8192;

  private final Limits limits;
  private final InputStream stdin;

  StatementFiles(Limits limits, InputStream stdin) {
    this.limits = limits;
    this.stdin = stdin;
  }

  /** Reads one input with the positions of its parts, for problems reported at file:line:column. */
  ParsedStatement parse(Inputs.Input input) throws IOException {
    if (input.isStdin()) {
      InputStream in = new BufferedInputStream(stdin, SNIFF_BYTES);
      InputFormat format = input.format().isPresent() ? input.format().get() : sniff(in);
      return parse(format, in, Inputs.STDIN_NAME);
    }
    return parse(input.format().orElseThrow(), input.file().orElseThrow());
  }

  ParsedStatement parse(InputFormat format, Path file) throws IOException {
    return switch (format) {
      case JSON -> StatementJson.create(limits).parse(file);
      case MARKDOWN -> markdownNotMerged();
    };
  }

  ParsedStatement parse(InputFormat format, InputStream in, String name) throws IOException {
    return switch (format) {
      case JSON -> StatementJson.create(limits).parse(in, name);
      case MARKDOWN -> markdownNotMerged();
    };
  }

  /** Writes {@code statement} in {@code format}; JSON is indented unless {@code compact}. */
  static void write(InputFormat format, Statement statement, OutputStream out, boolean compact)
      throws IOException {
    switch (format) {
      case JSON -> StatementJson.create().pretty(!compact).write(statement, out);
      case MARKDOWN -> markdownNotMerged();
    }
  }

  // TODO(markdown): StatementMarkdown.create(limits).parse(...) and .write(...), once merged.
  private static ParsedStatement markdownNotMerged() {
    throw new UnsupportedOperationException("Markdown support is not merged yet");
  }

  /**
   * Validates a statement read from a file, adding each problem to {@code outcome} (warnings with
   * exit status 0) as {@code file:line:column: path: message}.
   *
   * @return whether the statement has no errors (warnings let it pass)
   */
  static boolean check(Validator validator, ParsedStatement parsed, Outcome outcome) {
    boolean valid = true;
    for (Problem problem : validator.validate(parsed.statement())) {
      String line = parsed.sourceMap().describe(problem);
      valid &= !problem.isError();
      outcome.add(Diagnostic.of(problem.isError() ? ExitCodes.INVALID_INPUT : ExitCodes.OK, line));
    }
    return valid;
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
