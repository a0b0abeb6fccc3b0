package io.github.communique.benchmarks;

import io.github.communique.benchmarks.generate.CommonMarkWriter;
import io.github.communique.benchmarks.generate.DocumentSize;
import io.github.communique.benchmarks.generate.StatementGenerator;
import io.github.communique.benchmarks.generate.TextRuns;
import io.github.communique.json.StatementJson;
import io.github.communique.markdown.StatementMarkdown;
import io.github.communique.model.Statement;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * One generated document in every form a benchmark reads: the model, its JSON and Markdown
 * files, plain CommonMark for the peers, and the text runs for the floors. Built once per size and JVM (a JMH fork runs one
 * benchmark at one size, so only what that benchmark asks for is ever built).
 */
public final class Document {
  private static final Map<DocumentSize, Document> CACHE = new EnumMap<>(DocumentSize.class);

  private final DocumentSize size;
  private final Statement statement;
  private String commonMark;
  private TextRuns runs;
  private byte[] json;
  private String markdown;

  private Document(DocumentSize size) {
    this.size = size;
    this.statement = StatementGenerator.generate(size);
  }

  public static synchronized Document of(DocumentSize size) {
    return CACHE.computeIfAbsent(size, Document::new);
  }

  public static Document of(String sizeName) {
    return of(DocumentSize.named(sizeName));
  }

  public DocumentSize size() {
    return size;
  }

  public Statement statement() {
    return statement;
  }

  /** The document as plain CommonMark, with quotation marks typed into the text. */
  public synchronized String commonMark() {
    if (commonMark == null) {
      commonMark = CommonMarkWriter.write(statement);
    }
    return commonMark;
  }

  /** The UTF-8 size of {@link #commonMark()}: what every MB/s figure divides by. */
  public long markdownBytes() {
    return commonMark().getBytes(StandardCharsets.UTF_8).length;
  }

  /** The statement as the JSON file {@link StatementJson} writes (pretty-printed, its default). */
  public synchronized byte[] json() {
    if (json == null) {
      json = StatementJson.create().write(statement).getBytes(StandardCharsets.UTF_8);
    }
    return json;
  }

  /** The statement as the Markdown file {@link StatementMarkdown} writes. */
  public synchronized String markdown() {
    if (markdown == null) {
      markdown = StatementMarkdown.create().write(statement);
    }
    return markdown;
  }

  public synchronized TextRuns runs() {
    if (runs == null) {
      runs = TextRuns.of(statement);
    }
    return runs;
  }
}
