package io.github.communique.json.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementFormatException;
import io.github.communique.validate.Limits;
import io.github.communique.validate.Nesting;
import io.github.communique.validate.SourceMap;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Jackson side of {@code StatementJson}: a factory whose read constraints come from {@link
 * Limits}, and the translation of every Jackson failure into a {@link StatementFormatException}
 * that says where the problem is and which setting to change. Immutable and thread-safe.
 */
public final class JsonCodec {
  private static final String WRITING = "<statement being written>";

  private final Limits limits;
  private final boolean pretty;
  private final int maxDepth;
  private final JsonFactory factory;

  public JsonCodec(Limits limits, boolean pretty) {
    this.limits = limits;
    this.pretty = pretty;
    this.maxDepth = maxJsonDepth(limits);
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(maxDepth)
                    .maxStringLength(limits.maxTextLength())
                    .maxDocumentLength(limits.maxDocumentLength())
                    // No field or type name is longer than 20 characters; a short bound keeps a
                    // hostile name from filling memory before it is refused as unknown.
                    .maxNameLength(1000)
                    .maxNumberLength(100)
                    .build())
            // The writer refuses what the reader would refuse, so every file it writes reads back.
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(maxDepth).build())
            // Emoji and other characters beyond the BMP as UTF-8, not as escaped surrogate pairs.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            // The caller owns the streams it passes in.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
  }

  /**
   * How deep the JSON of a statement within {@code limits} can nest: each level of sections takes
   * two JSON levels (array, object), of blocks and inline markup up to four (an embedded
   * statement's object, its body, the block), of lists four (items, item, blocks, block), of
   * quotations two, plus the fixed levels around them (statement, attribution, speaker).
   */
  static int maxJsonDepth(Limits limits) {
    long depth =
        16L
            + 2L * limits.maxSectionDepth()
            + 4L * limits.maxNestingDepth()
            + 4L * limits.maxListDepth()
            + 2L * limits.maxQuotationDepth();
    return (int) Math.min(Integer.MAX_VALUE, depth);
  }

  public Limits limits() {
    return limits;
  }

  public boolean pretty() {
    return pretty;
  }

  public JsonCodec withPretty(boolean pretty) {
    return pretty == this.pretty ? this : new JsonCodec(limits, pretty);
  }

  /** Reads one statement; records every value's position into {@code positions} unless null. */
  public Statement read(InputStream in, String source, Map<String, SourceMap.Position> positions)
      throws IOException {
    try (JsonParser parser = factory.createParser(in)) {
      return read(parser, source, positions);
    }
  }

  public Statement read(String json, String source, Map<String, SourceMap.Position> positions) {
    if (json.length() > limits.maxDocumentLength()) {
      throw new StatementFormatException(
          source, 0, 0, Optional.empty(), documentTooLong("characters"));
    }
    try (JsonParser parser = factory.createParser(json)) {
      return read(parser, source, positions);
    } catch (IOException e) {
      // A parser over a String does no I/O; any IOException left is not about the input.
      throw new UncheckedIOException(e);
    }
  }

  /** Refuses a file larger than the limit before reading any of it. */
  public void checkFileSize(long bytes, String source) {
    if (bytes > limits.maxDocumentLength()) {
      throw new StatementFormatException(
          source, 0, 0, Optional.empty(), documentTooLong("bytes") + " (the file has " + bytes
              + ")");
    }
  }

  public static Map<String, SourceMap.Position> newPositions() {
    return new HashMap<>(256);
  }

  private Statement read(JsonParser parser, String source, Map<String, SourceMap.Position> positions)
      throws IOException {
    try {
      return new StatementReader(parser, source, positions).document();
    } catch (StreamConstraintsException e) {
      throw limitHit(parser, source, e);
    } catch (JsonEOFException e) {
      throw at(parser, source, e.getLocation(), endsEarly(parser, e));
    } catch (JsonProcessingException e) {
      throw at(parser, source, e.getLocation(), "malformed JSON: " + malformed(e));
    } catch (CharConversionException e) {
      throw at(parser, source, null,
          "the file is not text in UTF-8, UTF-16 or UTF-32: " + e.getMessage()
              + "; save it as UTF-8");
    } catch (StackOverflowError e) {
      // Only reachable when Limits allow deeper nesting than the thread's stack can walk.
      throw at(parser, source, null,
          "the document nests too deeply for this thread's stack; lower Limits.maxNestingDepth"
              + " (now allowing " + maxDepth + " levels of JSON) or give the thread a larger"
              + " stack");
    }
  }

  private StatementFormatException limitHit(
      JsonParser parser, String source, StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    String problem;
    JsonLocation location = null;
    String pointer = null;
    if (message.contains("getMaxNestingDepth")) {
      location = parser.currentTokenLocation(); // the bracket that opens one level too many
      pointer = outerPointer(parser.getParsingContext());
      problem =
          "the document nests more than " + maxDepth + " levels of JSON deep, the most Limits"
              + " allow (the bound grows with maxNestingDepth, maxListDepth, maxQuotationDepth"
              + " and maxSectionDepth); if the nesting is meant, raise Limits.maxNestingDepth"
              + " (now " + limits.maxNestingDepth() + ") with Limits.withMaxNestingDepth";
    } else if (message.contains("getMaxStringLength")) {
      location = parser.currentTokenLocation();
      problem =
          "a text is longer than " + limits.maxTextLength() + " characters, the most"
              + " Limits.maxTextLength allows; split it, or raise Limits.maxTextLength with"
              + " Limits.withMaxTextLength";
    } else if (message.contains("getMaxDocumentLength")) {
      problem = documentTooLong("bytes");
    } else if (message.contains("getMaxNameLength")) {
      // The name never became a token: report where reading stopped, inside or after it.
      problem = "a field name is longer than 1000 characters: no field of a statement has such a"
          + " name; check the quotes around the field names";
    } else if (message.contains("getMaxNumberLength")) {
      location = parser.currentTokenLocation(); // the field whose value the number is
      problem = "a number is longer than 100 digits: the only number in a statement is an"
          + " orderedList's \"start\", a whole number";
    } else {
      problem = "the document exceeds a reading limit: " + message;
    }
    return at(parser, source, location, pointer, problem);
  }

  /**
   * The pointer of the part where too deep a nesting starts (eight levels down at most), rather
   * than one hundreds of levels long: the line and column say where it became too deep.
   */
  private static String outerPointer(JsonStreamContext deepest) {
    List<JsonStreamContext> path = new ArrayList<>();
    for (JsonStreamContext c = deepest; c != null; c = c.getParent()) {
      path.add(c);
    }
    return path.get(Math.max(0, path.size() - 9)).pathAsPointer().toString();
  }

  private String documentTooLong(String unit) {
    return "the document is longer than " + limits.maxDocumentLength() + " " + unit + ", the most"
        + " Limits.maxDocumentLength allows; raise Limits.maxDocumentLength with"
        + " Limits.withMaxDocumentLength to read it";
  }

  private static StatementFormatException at(
      JsonParser parser, String source, JsonLocation location, String problem) {
    return at(parser, source, location, null, problem);
  }

  private static StatementFormatException at(
      JsonParser parser, String source, JsonLocation location, String pointer, String problem) {
    JsonLocation where = location != null ? location : parser.currentLocation();
    if (pointer == null) {
      pointer = parser.getParsingContext().pathAsPointer().toString();
    }
    return new StatementFormatException(
        source, Math.max(0, where.getLineNr()), Math.max(0, where.getColumnNr()),
        Optional.of(pointer), problem);
  }

  /** Names the container left open, with where it starts, rather than Jackson's wording. */
  private static String endsEarly(JsonParser parser, JsonEOFException e) {
    JsonStreamContext open = parser.getParsingContext();
    String message = firstLine(e.getOriginalMessage());
    if (message.contains("closing quote")) {
      return "the document ends inside a string: add the closing \" (or the text after it that"
          + " was cut off)";
    }
    if (open.inArray() || open.inObject()) {
      JsonLocation start = open.startLocation(ContentReference.unknown());
      return "the document ends before the "
          + (open.inArray() ? "array" : "object")
          + " that starts at line " + start.getLineNr() + ", column " + start.getColumnNr()
          + " is closed: add the missing " + (open.inArray() ? "]" : "}")
          + " (or the text after it that was cut off)";
    }
    return "the document ends too early: " + message;
  }

  /** Jackson's message, shortened and pointed at the usual cause. */
  private static String malformed(JsonProcessingException e) {
    String message = firstLine(e.getOriginalMessage());
    if (message.contains("ALLOW_COMMENTS")) {
      return "a comment (// or /*): JSON has no comments, remove it";
    }
    if (message.contains("was expecting double-quote to start field name")) {
      return message + " (a comma after the last field of an object, or a field name without"
          + " double quotes?)";
    }
    if (message.contains("expected a value") || message.contains("expected a valid value")) {
      return message + " (a comma after the last item of an array, or a string without double"
          + " quotes?)";
    }
    return message;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown problem";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  // ---------------------------------------------------------------- writing

  public void write(Statement statement, OutputStream out) throws IOException {
    // Deeper than a validated statement can be, so perhaps deeper than the JSON limit, which
    // Jackson finds only on the way: write to memory first, so that a refusal leaves nothing
    // half-written in the caller's stream.
    ByteArrayOutputStream buffer =
        Nesting.check(statement, limits).isPresent() ? new ByteArrayOutputStream() : null;
    try (JsonGenerator generator =
        factory.createGenerator(buffer != null ? buffer : out, JsonEncoding.UTF8)) {
      write(statement, generator);
    }
    if (buffer != null) {
      buffer.writeTo(out);
      out.flush();
    }
  }

  public String write(Statement statement) {
    Writer out = new StringWriter();
    try (JsonGenerator generator = factory.createGenerator(out)) {
      write(statement, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private void write(Statement statement, JsonGenerator generator) throws IOException {
    if (pretty) {
      generator.setPrettyPrinter(new Layout());
    }
    try {
      new StatementWriter(generator).document(statement);
    } catch (StreamConstraintsException e) {
      throw new StatementFormatException(
          WRITING, 0, 0,
          Optional.of(generator.getOutputContext().pathAsPointer().toString()),
          "the statement nests more than " + maxDepth + " levels of JSON deep, more than a reader"
              + " with the same Limits would accept; raise Limits.maxNestingDepth (now "
              + limits.maxNestingDepth() + ") with Limits.withMaxNestingDepth");
    } catch (JsonProcessingException e) {
      // Not expected (any String can be written), but no Jackson exception leaves this class.
      throw new StatementFormatException(
          WRITING, 0, 0,
          Optional.of(generator.getOutputContext().pathAsPointer().toString()),
          "the statement cannot be written as JSON: " + firstLine(e.getOriginalMessage()), e);
    }
    // Files end with a newline, like any text file.
    generator.writeRaw('\n');
    generator.flush();
  }

}
