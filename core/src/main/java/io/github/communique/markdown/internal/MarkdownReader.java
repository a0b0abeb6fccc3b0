package io.github.communique.markdown.internal;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.communique.model.QuoteKind;
import io.github.communique.validate.Limits;
import io.github.communique.validate.ParsedStatement;
import java.util.Optional;

/**
 * Reads a statement from Markdown text: front matter, input guard, Flexmark, then the mappers.
 * Stateless; every call works on its own objects.
 */
public final class MarkdownReader {
  private final Limits limits;
  private final QuoteKind doubleQuotes;
  private final QuoteKind singleQuotes;

  private final int chunkLength;

  public MarkdownReader(Limits limits, QuoteKind doubleQuotes, QuoteKind singleQuotes) {
    this(limits, doubleQuotes, singleQuotes, ChunkBoundaries.DEFAULT_CHUNK_LENGTH);
  }

  /**
   * A reader that parses the body in pieces of about {@code chunkLength} characters of source;
   * tests set it small, so that every safe cut is taken.
   */
  MarkdownReader(Limits limits, QuoteKind doubleQuotes, QuoteKind singleQuotes, int chunkLength) {
    this.limits = limits;
    this.doubleQuotes = doubleQuotes;
    this.singleQuotes = singleQuotes;
    this.chunkLength = chunkLength;
  }

  /**
   * Reads {@code text}, the content of the file {@code name}; with {@code sourceMap} the result
   * says where each part came from, without it the map is empty and reading is faster.
   */
  public ParsedStatement read(String name, String text, boolean sourceMap) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    SourceText source = new SourceText(name, text);
    if (text.length() > limits.maxDocumentLength()) {
      throw source.error(
          1,
          1,
          "the file is "
              + String.format("%,d", text.length())
              + " characters long, more than Limits.maxDocumentLength ("
              + String.format("%,d", limits.maxDocumentLength())
              + "); split it or raise Limits.maxDocumentLength");
    }
    Positions positions = sourceMap ? Positions.recording(source) : Positions.NONE;
    positions.put("", 0);
    StatementParts parts = new StatementParts();
    int bodyStart = 0;
    Optional<HeaderFields.Standfirst> standfirst = Optional.empty();
    Optional<YamlFrontMatter.Block> frontMatter = YamlFrontMatter.find(source, 0);
    if (frontMatter.isPresent()) {
      YamlFrontMatter.Block block = frontMatter.get();
      YamlFrontMatter.Text yaml =
          YamlFrontMatter.Text.of(source, block.yamlStart(), block.yamlEnd());
      Optional<org.snakeyaml.engine.v2.nodes.Node> root =
          YamlFrontMatter.compose(source, yaml, limits);
      if (root.isPresent()) {
        standfirst = HeaderFields.read(source, yaml, root.get(), parts, positions, "", false);
      }
      bodyStart = block.bodyStart();
    }
    InputGuard.check(source, bodyStart, text.length(), limits);
    // Flexmark parses the body in place: a sub-sequence keeps file offsets, where a substring would
    // copy the whole text (and keep the copy alive for the whole read). A large body is parsed and
    // mapped a piece at a time, so that only one piece's tree is alive at once.
    BasedSequence file = BasedSequence.of(text);
    int[] cuts = ChunkBoundaries.find(text, bodyStart, text.length(), chunkLength);
    Document document = FlexmarkSetup.parser().parse(file.subSequence(cuts[0], cuts[1]));
    // Pieces are cut only where the body defines no links (ChunkBoundaries): then no piece needs
    // the definitions of another.
    ReaderContext ctx =
        new ReaderContext(
            source,
            0,
            limits,
            doubleQuotes,
            singleQuotes,
            positions,
            cuts.length == 2 ? Parser.REFERENCES.get(document) : null);
    DocumentMapper mapper = new DocumentMapper(ctx);
    mapper.statement(document, parts, "", 0);
    for (int i = 1; i + 1 < cuts.length; i++) {
      document = FlexmarkSetup.parser().parse(file.subSequence(cuts[i], cuts[i + 1]));
      mapper.statement(document, parts, "", 0);
    }
    mapper.finishSections(parts);
    if (standfirst.isPresent()) {
      parts.standfirst = StandfirstReader.read(ctx, standfirst.get());
    }
    if (parts.title.isEmpty()) {
      throw source.error(
          1,
          1,
          "the statement has no title: add title: … to the front matter, or a # heading as the"
              + " first line");
    }
    return new io.github.communique.validate.ParsedStatement(
        parts.build(parts.title.get()), positions.toSourceMap());
  }
}
