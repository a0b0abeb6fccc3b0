package io.github.communique.markdown.internal;

import io.github.communique.validate.SourceMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects where each document path ({@code sections[1].blocks[3].content[2]}) came from, for the
 * {@link SourceMap}. Reading without a source map uses {@link #NONE}, which records nothing and so
 * costs nothing: callers ask {@link #enabled()} before building a path string.
 */
public final class Positions {
  /** Records nothing. */
  public static final Positions NONE = new Positions(null);

  private final SourceText source;
  private final Map<String, SourceMap.Position> positions;

  private Positions(SourceText source) {
    this.source = source;
    this.positions = source == null ? Map.of() : new HashMap<>();
  }

  public static Positions recording(SourceText source) {
    return new Positions(source);
  }

  public boolean enabled() {
    return source != null;
  }

  /** Records that {@code path} starts at file offset {@code offset}; the first record wins. */
  public void put(String path, int offset) {
    if (source != null) {
      positions.putIfAbsent(path, source.position(offset));
    }
  }

  public SourceMap toSourceMap() {
    return source == null ? SourceMap.empty() : SourceMap.of(source.name(), positions);
  }
}
