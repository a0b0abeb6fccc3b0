package io.github.communique.benchmarks;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.communique.markdown.StatementMarkdown;
import io.github.communique.model.Statement;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Markdown: Communique parsing the statement's Markdown file into the model, against Flexmark's
 * own parse of the same file into its tree, with the footnotes extension Communique's reader uses
 * (the work that reader builds on).
 */
// Large operations take 1-3 s: three 2 s warm-ups are a handful of calls, still JIT warm-up (as
// PdfBenchmarks found), so ten.
@Warmup(iterations = 10, time = 2)
public class MarkdownBenchmarks extends BenchmarkSettings {
  private static final StatementMarkdown MARKDOWN = StatementMarkdown.create();
  private static final Parser FLEXMARK = Parser.builder(
      new MutableDataSet().set(Parser.EXTENSIONS, List.of(FootnoteExtension.create()))).build();

  /** The statement as the Markdown file {@link StatementMarkdown} writes. */
  public static class MarkdownFile extends Sized {
    String markdown;

    @Setup
    public void setUp() {
      markdown = document().markdown();
    }
  }

  @Benchmark
  public Statement communiqueParse(MarkdownFile state) {
    return MARKDOWN.read(state.markdown, "benchmark.md");
  }

  @Benchmark
  public Node flexmarkParse(MarkdownFile state) {
    return FLEXMARK.parse(state.markdown);
  }
}
