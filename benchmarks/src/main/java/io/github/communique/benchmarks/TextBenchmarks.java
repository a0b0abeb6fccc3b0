package io.github.communique.benchmarks;

import io.github.communique.render.RenderOptions;
import io.github.communique.text.TextRenderer;
import java.io.IOException;
import java.io.Writer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Plain text: Communique's renderer (which wraps lines) from the model, commonmark-java's
 * {@link TextContentRenderer} (which does not wrap) from its pre-parsed tree, and the copy floor.
 */
public class TextBenchmarks extends BenchmarkSettings {
  private static final TextRenderer COMMUNIQUE = TextRenderer.create();
  private static final TextContentRenderer COMMONMARK = TextContentRenderer.builder().build();

  @Benchmark
  public long communique(Model state) throws IOException {
    NullSink sink = new NullSink();
    COMMUNIQUE.render(state.statement, RenderOptions.defaults(), sink);
    return sink.count();
  }

  @Benchmark
  public long copyFloor(HtmlBenchmarks.Runs state) throws IOException {
    return Floors.copy(state.runs);
  }

  @Benchmark
  public long commonmark(HtmlBenchmarks.CommonmarkTree state) throws IOException {
    NullSink sink = new NullSink();
    Writer out = Floors.writer(sink);
    COMMONMARK.render(state.tree, out);
    out.flush();
    return sink.count();
  }
}
