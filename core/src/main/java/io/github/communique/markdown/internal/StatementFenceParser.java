package io.github.communique.markdown.internal;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;

/**
 * Parses an embedded statement:
 *
 * <pre>
 * ::: statement
 * ---
 * title: Joint statement of the works councils
 * delivery: read out at the factory gates
 * ---
 * The body, with its own sections and notes.
 * :::
 * </pre>
 *
 * A bare {@code :::} line closes the innermost open fence, so fences nest like pandoc's fenced
 * divs. The front matter lines are kept raw for the YAML parser and hidden from Flexmark, which
 * would otherwise read {@code ---} as a rule or a heading underline.
 */
final class StatementFenceParser extends AbstractBlockParser {
  private enum Phase {
    START,
    HEADER,
    BODY
  }

  private final StatementFence block;
  private Phase phase = Phase.START;

  private StatementFenceParser(BasedSequence openingMarker) {
    block = new StatementFence(openingMarker);
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public boolean isContainer() {
    return true;
  }

  @Override
  public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
    return true;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (block.isClosed()) {
      // Flexmark may still offer the lines after the closing fence to a finished container.
      return BlockContinue.none();
    }
    BasedSequence line = state.getLine();
    int start = state.getNextNonSpaceIndex();
    int end = contentEnd(line, start);
    boolean unindented = state.getIndent() < 4;
    if (phase == Phase.START) {
      phase = Phase.BODY;
      if (unindented && isRun(line, start, end, '-')) {
        phase = Phase.HEADER;
        block.openHeader(line.subSequence(start, end));
        return BlockContinue.atIndex(line.length());
      }
    }
    if (phase == Phase.HEADER) {
      if (unindented && (isRun(line, start, end, '-') || isRun(line, start, end, '.'))) {
        phase = Phase.BODY;
        block.closeHeader();
        return BlockContinue.atIndex(line.length());
      }
      if (unindented && isBareFence(line, start, end)) {
        block.close(line.subSequence(start, end));
        return BlockContinue.finished();
      }
      block
          .headerLines()
          .add(line.subSequence(state.getIndex(), contentEnd(line, state.getIndex())));
      return BlockContinue.atIndex(line.length());
    }
    if (unindented && isBareFence(line, start, end) && !innerFenceOpen(state)) {
      block.close(line.subSequence(start, end));
      return BlockContinue.finished();
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  /** Whether a fence nested in this one is still open: then the bare {@code :::} is its. */
  private boolean innerFenceOpen(ParserState state) {
    List<BlockParser> active = state.getActiveBlockParsers();
    boolean below = false;
    for (BlockParser parser : active) {
      if (parser == this) {
        below = true;
      } else if (below && parser instanceof StatementFenceParser && !parser.isClosed()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void closeBlock(ParserState state) {
    block.setCharsFromContent();
  }

  static final class Factory extends BlockFactory {
    Factory() {
      super(
          Set.of(BlockQuoteParser.Factory.class, HeadingBlockParser.Factory.class),
          Set.of(
              FencedCodeBlockParser.Factory.class,
              ThematicBreakBlockParser.Factory.class,
              ListBlockParser.Factory.class),
          StatementFenceParser::tryStart);
    }
  }

  private static BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
    if (state.getIndent() >= 4) {
      return BlockStart.none();
    }
    BasedSequence line = state.getLine();
    int start = state.getNextNonSpaceIndex();
    int end = contentEnd(line, start);
    int i = start;
    while (i < end && line.charAt(i) == ':') {
      i++;
    }
    if (i - start < 3) {
      return BlockStart.none();
    }
    while (i < end && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    if (!line.subSequence(i, end).toString().equals("statement")) {
      return BlockStart.none();
    }
    return BlockStart.of(new StatementFenceParser(line.subSequence(start, end)))
        .atIndex(line.length());
  }

  /** A bare fence: three or more colons and nothing else. */
  static boolean isBareFence(CharSequence line, int start, int end) {
    return end - start >= 3 && isRun(line, start, end, ':');
  }

  /** Three or more {@code c} and nothing else between {@code start} and {@code end}. */
  static boolean isRun(CharSequence line, int start, int end, char c) {
    if (end - start < 3) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (line.charAt(i) != c) {
        return false;
      }
    }
    return true;
  }

  /** The end of the line's content: before the line end and trailing blanks. */
  private static int contentEnd(CharSequence line, int start) {
    int end = line.length();
    while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
