package io.github.communique.cli;

import io.github.communique.model.Statement;
import io.github.communique.validate.Limits;
import io.github.communique.validate.ParsedStatement;
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
    // TODO(json, markdown): StatementJson.create(limits).parse(file) /
    // StatementMarkdown.create(limits).parse(file), once those readers are merged.
    throw new UnsupportedOperationException(format + " reader not merged yet: " + file + limits);
  }

  ParsedStatement parse(InputFormat format, InputStream in, String name) throws IOException {
    // TODO(json, markdown): StatementJson.create(limits).parse(in, name) and the Markdown reader.
    throw new UnsupportedOperationException(format + " reader not merged yet: " + name);
  }

  /** Writes {@code statement} in {@code format}; JSON is indented unless {@code compact}. */
  static void write(InputFormat format, Statement statement, OutputStream out, boolean compact)
      throws IOException {
    // TODO(json, markdown): StatementJson.create().pretty(!compact).write(statement, out) and
    // StatementMarkdown.create().write(statement, out), once merged.
    throw new UnsupportedOperationException(format + " writer not merged yet");
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
