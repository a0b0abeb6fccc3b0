package io.github.communique.markdown.internal;

import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Thematic breaks ({@code ***}, {@code - - -}), replacing Flexmark's parser, whose regular
 * expression recurses once per character and overflowed the stack on a line of 3,700 asterisks.
 */
final class ThematicBreakBlockParser extends AbstractBlockParser {
  private final ThematicBreak block;

  private ThematicBreakBlockParser(BasedSequence chars) {
    block = new ThematicBreak(chars);
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    return BlockContinue.none();
  }

  @Override
  public void closeBlock(ParserState state) {}

  static final class Factory extends BlockFactory {
    Factory() {
      super(
          Set.of(
              BlockQuoteParser.Factory.class,
              HeadingBlockParser.Factory.class,
              FencedCodeBlockParser.Factory.class),
          Set.of(ListBlockParser.Factory.class),
          ThematicBreakBlockParser::tryStart);
    }
  }

  private static BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
    if (state.getIndent() >= 4) {
      return BlockStart.none();
    }
    BasedSequence line = state.getLine();
    int start = state.getNextNonSpaceIndex();
    if (start >= line.length()) {
      return BlockStart.none();
    }
    char marker = line.charAt(start);
    if (marker != '*' && marker != '-' && marker != '_') {
      return BlockStart.none();
    }
    int count = 0;
    int end = start;
    for (int i = start; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == marker) {
        count++;
        end = i + 1;
      } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return BlockStart.none();
      }
    }
    if (count < 3) {
      return BlockStart.none();
    }
    return BlockStart.of(new ThematicBreakBlockParser(line.subSequence(start, end)))
        .atIndex(line.length());
  }
}
