package io.github.communique.json;

import static java.util.Objects.requireNonNull;

import io.github.communique.json.internal.JsonCodec;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementFormatException;
import io.github.communique.validate.Limits;
import io.github.communique.validate.ParsedStatement;
import io.github.communique.validate.SourceMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads and writes statements in Communique's JSON format ({@code "format": "communique/1"},
 * described in {@code docs/json-format.md}, with a JSON Schema at {@code
 * io/github/communique/json/statement.schema.json} on the class path).
 *
 * <pre>{@code
 * StatementJson json = StatementJson.create();
 * Statement statement = json.read(Path.of("examples/statements/green-alliance.json"));
 * String text = json.write(statement);   // pretty-printed, ends with a newline
 * }</pre>
 *
 * <p>Reading is strict: unknown or repeated fields, wrong types, unknown block or inline types
 * and malformed dates are refused with a {@link StatementFormatException} that gives the line,
 * column and JSON pointer of the problem and says how to fix it. Input beyond the {@link Limits}
 * (text length, document length, nesting) is refused before it is read into memory, with the
 * setting to raise named. Reading checks the format only; validate the statement for the rules
 * of its content.
 *
 * <p>Writing is lossless: {@code read(write(s)).equals(s)} for every statement. Immutable and
 * thread-safe.
 */
public final class StatementJson {
  private final JsonCodec codec;

  private StatementJson(JsonCodec codec) {
    this.codec = codec;
  }

  /** A reader and writer with {@link Limits#defaults()} that pretty-prints. */
  public static StatementJson create() {
    return create(Limits.defaults());
  }

  /** A reader and writer that refuses input beyond {@code limits}, and pretty-prints. */
  public static StatementJson create(Limits limits) {
    return new StatementJson(new JsonCodec(requireNonNull(limits, "limits"), true));
  }

  /**
   * A copy that writes with two-space indents and one field per line ({@code true}, the default),
   * or everything on one line ({@code false}). Either way the output ends with a newline.
   */
  public StatementJson pretty(boolean pretty) {
    return new StatementJson(codec.withPretty(pretty));
  }

  /** The limits input is read within. */
  public Limits limits() {
    return codec.limits();
  }

  /** Reads the statement in {@code file} (UTF-8, or UTF-16/32 with a byte order mark). */
  public Statement read(Path file) throws IOException {
    codec.checkFileSize(Files.size(file), file.toString());
    try (InputStream in = Files.newInputStream(file)) {
      return codec.read(in, file.toString(), null);
    }
  }

  /**
   * Reads a statement from {@code in}, which is left open; {@code sourceName} names the input in
   * error messages ("statement.json", "&lt;stdin&gt;").
   */
  public Statement read(InputStream in, String sourceName) throws IOException {
    return codec.read(requireNonNull(in, "in"), requireNonNull(sourceName, "sourceName"), null);
  }

  /** Reads a statement from a JSON text. */
  public Statement read(String json, String sourceName) {
    return codec.read(requireNonNull(json, "json"), requireNonNull(sourceName, "sourceName"), null);
  }

  /** Reads the statement in {@code file} with the position of each of its parts. */
  public ParsedStatement parse(Path file) throws IOException {
    codec.checkFileSize(Files.size(file), file.toString());
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    }
  }

  /** Reads a statement from {@code in}, left open, with the position of each of its parts. */
  public ParsedStatement parse(InputStream in, String sourceName) throws IOException {
    Map<String, SourceMap.Position> positions = JsonCodec.newPositions();
    Statement statement = codec.read(requireNonNull(in, "in"), sourceName, positions);
    return new ParsedStatement(statement, SourceMap.of(sourceName, positions));
  }

  /** Reads a statement from a JSON text with the position of each of its parts. */
  public ParsedStatement parse(String json, String sourceName) {
    Map<String, SourceMap.Position> positions = JsonCodec.newPositions();
    Statement statement = codec.read(requireNonNull(json, "json"), sourceName, positions);
    return new ParsedStatement(statement, SourceMap.of(sourceName, positions));
  }

  /**
   * Writes {@code statement} to {@code out} as UTF-8, flushing but not closing it.
   *
   * @throws StatementFormatException if the statement nests deeper than a reader with the same
   *     limits would accept
   */
  public void write(Statement statement, OutputStream out) throws IOException {
    codec.write(requireNonNull(statement, "statement"), requireNonNull(out, "out"));
  }

  /** The statement as JSON text. */
  public String write(Statement statement) {
    return codec.write(requireNonNull(statement, "statement"));
  }
}
