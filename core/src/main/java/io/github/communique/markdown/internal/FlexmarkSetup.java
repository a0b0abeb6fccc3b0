package io.github.communique.markdown.internal;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The one Flexmark parser the reader uses: CommonMark block structure and links, footnotes, and
 * nothing that can run away on hostile input. Parsers are immutable and thread-safe; one is shared.
 */
public final class FlexmarkSetup {
  private static final Parser PARSER = build();

  private FlexmarkSetup() {}

  public static Parser parser() {
    return PARSER;
  }

  private static Parser build() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(FootnoteExtension.create()));
    // Emphasis is paired by InlineMapper (linear, no recursion, together with quotation marks).
    options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
    options.set(Parser.UNDERSCORE_DELIMITER_PROCESSOR, false);
    // Raw HTML is refused by InputGuard; indentation never makes code (a common accident).
    options.set(Parser.HTML_BLOCK_PARSER, false);
    options.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
    // Replaced by regex-free parsers below.
    options.set(Parser.HEADING_PARSER, false);
    options.set(Parser.THEMATIC_BREAK_PARSER, false);
    return Parser.builder(options)
        .customInlineParserFactory(SafeInlineParser.FACTORY)
        // A custom inline parser factory drops the core reference pre-processor; restore it.
        .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
        .customBlockParserFactory(new HeadingBlockParser.Factory())
        .customBlockParserFactory(new ThematicBreakBlockParser.Factory())
        .customBlockParserFactory(new StatementFenceParser.Factory())
        .build();
  }
}
