package io.github.communique.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The practical floors: the least work any HTML or text renderer does, namely pushing every text
 * run through a buffered UTF-8 writer into the sink, escaping it for HTML or copying it for text.
 */
final class Floors {
  private Floors() {}

  static Writer writer(NullSink sink) {
    return new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), 8192);
  }

  /** Escapes {@code < > & "} in each run, writing the clean stretches between them whole. */
  static long escape(List<String> runs) throws IOException {
    NullSink sink = new NullSink();
    Writer out = writer(sink);
    for (String run : runs) {
      int start = 0;
      int length = run.length();
      for (int i = 0; i < length; i++) {
        String entity;
        switch (run.charAt(i)) {
          case '<' -> entity = "&lt;";
          case '>' -> entity = "&gt;";
          case '&' -> entity = "&amp;";
          case '"' -> entity = "&quot;";
          default -> {
            continue;
          }
        }
        out.write(run, start, i - start);
        out.write(entity);
        start = i + 1;
      }
      out.write(run, start, length - start);
    }
    out.flush();
    return sink.count();
  }

  static long copy(List<String> runs) throws IOException {
    NullSink sink = new NullSink();
    Writer out = writer(sink);
    for (String run : runs) {
      out.write(run);
    }
    out.flush();
    return sink.count();
  }
}
