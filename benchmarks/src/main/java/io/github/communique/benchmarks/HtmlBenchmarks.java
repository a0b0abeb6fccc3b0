package io.github.communique.benchmarks;

import com.vladsch.flexmark.util.ast.Document;
import io.github.communique.render.RenderOptions;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * HTML: Communique's renderer from the model, commonmark-java's and flexmark's renderers from
 * their pre-parsed trees of the same content, and the escape floor. Render only: parsing and
 * building happen in setup.
 */
public class HtmlBenchmarks extends BenchmarkSettings {
  private static final io.github.communique.html.HtmlRenderer COMMUNIQUE =
      io.github.communique.html.HtmlRenderer.create();
  private static final org.commonmark.renderer.html.HtmlRenderer COMMONMARK =
      org.commonmark.renderer.html.HtmlRenderer.builder().build();
  private static final com.vladsch.flexmark.html.HtmlRenderer FLEXMARK =
      com.vladsch.flexmark.html.HtmlRenderer.builder().build();

  public static class Runs extends Sized {
    List<String> runs;

    @Setup
    public void setUp() {
      runs = document().runs().runs();
    }
  }

  /** The document parsed by commonmark-java; text and PDF benchmarks share it. */
  public static class CommonmarkTree extends Sized {
    Node tree;

    @Setup
    public void setUp() {
      tree = Parser.builder().build().parse(document().commonMark());
    }
  }

  public static class FlexmarkTree extends Sized {
    Document tree;

    @Setup
    public void setUp() {
      tree = com.vladsch.flexmark.parser.Parser.builder().build().parse(document().commonMark());
    }
  }

  @Benchmark
  public long communique(Model state) throws IOException {
    NullSink sink = new NullSink();
    COMMUNIQUE.render(state.statement, RenderOptions.defaults(), sink);
    return sink.count();
  }

  @Benchmark
  public long escapeFloor(Runs state) throws IOException {
    return Floors.escape(state.runs);
  }

  @Benchmark
  public long commonmark(CommonmarkTree state) throws IOException {
    NullSink sink = new NullSink();
    Writer out = Floors.writer(sink);
    COMMONMARK.render(state.tree, out);
    out.flush();
    return sink.count();
  }

  @Benchmark
  public long flexmark(FlexmarkTree state) throws IOException {
    NullSink sink = new NullSink();
    Writer out = Floors.writer(sink);
    FLEXMARK.render(state.tree, out);
    out.flush();
    return sink.count();
  }
}
