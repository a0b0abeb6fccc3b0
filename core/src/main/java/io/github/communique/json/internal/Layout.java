package io.github.communique.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * The pretty layout: two-space indents, every field and array item on a line of its own, {@code
 * "name": value}, {@code \n} on every platform, {@code {}} and {@code []} when empty. Jackson's
 * {@code DefaultPrettyPrinter} lays out the same way, but writes each indent as characters to be
 * encoded; this one copies pre-encoded line starts, so pretty writing costs little more than
 * compact writing. Holds the nesting level: one instance per document.
 */
final class Layout implements PrettyPrinter {
  private static final SerializedString COLON = new SerializedString(": ");
  /** "\n" followed by the indent of each level; grown on demand. */
  private static volatile SerializableString[] lineStarts = lineStarts(64);

  private int level;

  private static SerializableString[] lineStarts(int levels) {
    SerializableString[] starts = new SerializableString[levels];
    for (int i = 0; i < levels; i++) {
      starts[i] = new SerializedString("\n" + "  ".repeat(i));
    }
    return starts;
  }

  private void newLine(JsonGenerator g) throws IOException {
    SerializableString[] starts = lineStarts;
    if (level >= starts.length) {
      starts = lineStarts(Math.max(level + 1, starts.length * 2));
      lineStarts = starts;
    }
    g.writeRaw(starts[level]);
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
  }

  private void open(JsonGenerator g, char bracket) throws IOException {
    g.writeRaw(bracket);
    level++;
  }

  private void close(JsonGenerator g, int entries, char bracket) throws IOException {
    level--;
    if (entries > 0) {
      newLine(g);
    }
    g.writeRaw(bracket);
  }

  private void next(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    open(g, '{');
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    newLine(g);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(COLON);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    next(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    close(g, entries, '}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    open(g, '[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    newLine(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    next(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    close(g, values, ']');
  }
}
