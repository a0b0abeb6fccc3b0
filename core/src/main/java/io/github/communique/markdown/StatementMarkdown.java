package io.github.communique.markdown;

import static java.util.Objects.requireNonNull;

import io.github.communique.markdown.internal.MarkdownReader;
import io.github.communique.markdown.internal.MarkdownWriter;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementFormatException;
import io.github.communique.validate.Limits;
import io.github.communique.validate.Nesting;
import io.github.communique.validate.ParsedStatement;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads statements from Markdown and writes them back, in the dialect described in {@code
 * docs/markdown-format.md}: YAML front matter for the metadata, {@code ##} headings for sections,
 * typed quotation marks for quotations, {@code >} blocks with an attribution line for block
 * quotations and {@code ::: statement} fences for embedded statements.
 *
 * <pre>{@code
 * StatementMarkdown markdown = StatementMarkdown.create();
 * Statement statement = markdown.read(Path.of("statement.md"));
 * String text = markdown.write(statement);     // reads back to an equal statement
 * }</pre>
 *
 * <p>Immutable and thread-safe. Every problem in the input is a {@link StatementFormatException}
 * with the file's line and column and the way to fix it; input that exceeds the {@link Limits}, or
 * would make the parser run away, is refused in time linear in its size.
 */
public final class StatementMarkdown {
  private final Limits limits;
  private final QuoteKind doubleQuotes;
  private final QuoteKind singleQuotes;
  private final MarkdownReader reader;
  private final MarkdownWriter writer;

  private StatementMarkdown(Builder builder) {
    this.limits = builder.limits;
    this.doubleQuotes = builder.doubleQuotes;
    this.singleQuotes = builder.singleQuotes;
    this.reader = new MarkdownReader(limits, doubleQuotes, singleQuotes);
    this.writer = new MarkdownWriter(doubleQuotes, singleQuotes);
  }

  /** Reads and writes with {@link Limits#defaults()}: "double marks" are speech, 'single' scare. */
  public static StatementMarkdown create() {
    return builder().build();
  }

  /** Reads and writes with the given limits and the default quotation mark convention. */
  public static StatementMarkdown create(Limits limits) {
    return builder().limits(limits).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The limits input is held to. */
  public Limits limits() {
    return limits;
  }

  /** Reads a statement from a UTF-8 file. */
  public Statement read(Path file) throws IOException {
    return parse(file).statement();
  }

  /** Reads a statement from UTF-8 bytes; {@code sourceName} names the input in errors. */
  public Statement read(InputStream in, String sourceName) throws IOException {
    return reader.read(sourceName, decode(in, sourceName), false).statement();
  }

  /** Reads a statement from Markdown text; {@code sourceName} names the input in errors. */
  public Statement read(String markdown, String sourceName) {
    return reader.read(sourceName, markdown, false).statement();
  }

  /** Reads a statement from a UTF-8 file, with where each of its parts came from. */
  public ParsedStatement parse(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    }
  }

  /** Reads a statement from UTF-8 bytes, with where each of its parts came from. */
  public ParsedStatement parse(InputStream in, String sourceName) throws IOException {
    return reader.read(sourceName, decode(in, sourceName), true);
  }

  /** Reads a statement from Markdown text, with where each of its parts came from. */
  public ParsedStatement parse(String markdown, String sourceName) {
    return reader.read(sourceName, markdown, true);
  }

  /**
   * Writes {@code statement} as UTF-8 Markdown.
   *
   * @throws StatementFormatException if the statement nests deeper than the limits, before
   *     anything is written
   */
  public void write(Statement statement, OutputStream out) throws IOException {
    checkNesting(statement);
    Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    writer.write(statement, text);
    text.flush();
  }

  /**
   * Writes {@code statement} as Markdown text.
   *
   * @throws StatementFormatException if the statement nests deeper than the limits
   */
  public String write(Statement statement) {
    checkNesting(statement);
    StringBuilder text = new StringBuilder();
    try {
      writer.write(statement, text);
    } catch (IOException e) {
      throw new AssertionError("a StringBuilder does not fail", e);
    }
    return text.toString();
  }

  /** Refuses a statement built in Java that nests deeper than the writer's walk should go. */
  private void checkNesting(Statement statement) {
    Nesting.check(requireNonNull(statement, "statement"), limits).ifPresent(tooDeep -> {
      throw new StatementFormatException("<statement being written>", 0, 0, Optional.empty(),
          tooDeep.message("cannot write the statement as Markdown", "StatementMarkdown.create"));
    });
  }

  /**
   * Decodes strictly, reading no more than the longest document the limits allow (a UTF-8 character
   * takes at most four bytes).
   */
  private String decode(InputStream in, String sourceName) throws IOException {
    long maxBytes = Math.min(Integer.MAX_VALUE - 8L, limits.maxDocumentLength() * 4L);
    byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8L));
    if (bytes.length > maxBytes) {
      throw new StatementFormatException(
          sourceName,
          0,
          0,
          Optional.empty(),
          "the file is longer than Limits.maxDocumentLength allows ("
              + String.format("%,d", limits.maxDocumentLength())
              + " characters); split it or raise Limits.maxDocumentLength");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw notUtf8(sourceName, bytes);
    }
  }

  /** Where the first byte that is not UTF-8 is, as a line and column. */
  private static StatementFormatException notUtf8(String sourceName, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer output = java.nio.CharBuffer.allocate(bytes.length);
    decoder.decode(input, output, true);
    int line = 1;
    int column = 1;
    output.flip();
    while (output.hasRemaining()) {
      char c = output.get();
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new StatementFormatException(
        sourceName,
        line,
        column,
        Optional.empty(),
        "the file is not UTF-8 text (byte " + (input.position() + 1) + "); save it as UTF-8");
  }

  /** Builds a {@link StatementMarkdown}; every setting has a default. */
  public static final class Builder {
    private Limits limits = Limits.defaults();
    private QuoteKind doubleQuotes = QuoteKind.SPEECH;
    private QuoteKind singleQuotes = QuoteKind.SCARE;

    private Builder() {}

    /** The limits input is held to; defaults to {@link Limits#defaults()}. */
    public Builder limits(Limits limits) {
      this.limits = requireNonNull(limits, "limits");
      return this;
    }

    /**
     * What quotation marks with double strokes (" “ ” „ « ») mean when no {@code {.kind}} says
     * otherwise; defaults to {@link QuoteKind#SPEECH}.
     */
    public Builder doubleQuotes(QuoteKind kind) {
      this.doubleQuotes = requireNonNull(kind, "kind");
      return this;
    }

    /**
     * What quotation marks with single strokes (' ‘ ’ ‚ ‹ ›) mean when no {@code {.kind}} says
     * otherwise; defaults to {@link QuoteKind#SCARE}. British house style, where single marks quote
     * speech, sets this to {@link QuoteKind#SPEECH}.
     */
    public Builder singleQuotes(QuoteKind kind) {
      this.singleQuotes = requireNonNull(kind, "kind");
      return this;
    }

    public StatementMarkdown build() {
      return new StatementMarkdown(this);
    }
  }
}
