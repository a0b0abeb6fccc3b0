package io.github.communique.markdown.internal;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * ATX ({@code ## Heading}) and setext ({@code Heading} over {@code ===}) headings, replacing
 * Flexmark's {@code HeadingParser}: that one builds the whole paragraph so far on every line that
 * starts with punctuation or a digit, which made a 16,000-line paragraph take 35 s; this one looks
 * at the paragraph only when the line really is a setext underline.
 */
final class HeadingBlockParser extends AbstractBlockParser {
  private final Heading block = new Heading();

  private HeadingBlockParser(int level) {
    block.setLevel(level);
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
  public void parseInlines(InlineParser inlineParser) {
    inlineParser.parse(block.getText(), block);
  }

  @Override
  public void closeBlock(ParserState state) {}

  static final class Factory extends BlockFactory {
    Factory() {
      super(
          Set.of(BlockQuoteParser.Factory.class),
          Set.of(
              FencedCodeBlockParser.Factory.class,
              ThematicBreakBlockParser.Factory.class,
              ListBlockParser.Factory.class),
          HeadingBlockParser::tryStart);
    }
  }

  private static BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
    if (state.getIndent() >= 4) {
      return BlockStart.none();
    }
    BasedSequence line = state.getLine();
    int start = state.getNextNonSpaceIndex();
    int end = line.length();
    while (end > start && isLineEnd(line.charAt(end - 1))) {
      end--;
    }
    if (start >= end) {
      return BlockStart.none();
    }
    char first = line.charAt(start);
    if (first == '#') {
      return atx(line, start, end);
    }
    if ((first == '=' || first == '-') && matched.getBlockParser().isParagraphParser()) {
      return setext(line, start, end, first, matched);
    }
    return BlockStart.none();
  }

  private static BlockStart atx(BasedSequence line, int start, int end) {
    int i = start;
    while (i < end && line.charAt(i) == '#') {
      i++;
    }
    int level = i - start;
    if (level > 6 || (i < end && line.charAt(i) != ' ' && line.charAt(i) != '\t')) {
      return BlockStart.none();
    }
    int textEnd = end;
    while (textEnd > i && isBlank(line.charAt(textEnd - 1))) {
      textEnd--;
    }
    // An optional closing run of #, preceded by a space (or being all there is).
    int hashes = textEnd;
    while (hashes > i && line.charAt(hashes - 1) == '#') {
      hashes--;
    }
    BasedSequence closing = null;
    if (hashes < textEnd && (hashes == i || isBlank(line.charAt(hashes - 1)))) {
      closing = line.subSequence(hashes, textEnd);
      textEnd = hashes;
    }
    int textStart = i;
    while (textStart < textEnd && isBlank(line.charAt(textStart))) {
      textStart++;
    }
    while (textEnd > textStart && isBlank(line.charAt(textEnd - 1))) {
      textEnd--;
    }
    HeadingBlockParser parser = new HeadingBlockParser(level);
    parser.block.setOpeningMarker(line.subSequence(start, start + level));
    parser.block.setText(line.subSequence(textStart, textEnd));
    parser.block.setClosingMarker(closing);
    parser.block.setCharsFromContent();
    return BlockStart.of(parser).atIndex(line.length());
  }

  private static BlockStart setext(
      BasedSequence line, int start, int end, char marker, MatchedBlockParser matched) {
    int i = start;
    while (i < end && line.charAt(i) == marker) {
      i++;
    }
    int markerEnd = i;
    while (i < end && isBlank(line.charAt(i))) {
      i++;
    }
    if (i != end) {
      return BlockStart.none();
    }
    BlockContent content = new BlockContent();
    content.addAll(matched.getParagraphLines(), matched.getParagraphEolLengths());
    HeadingBlockParser parser = new HeadingBlockParser(marker == '=' ? 1 : 2);
    parser.block.setText(content.getContents().trim());
    parser.block.setClosingMarker(line.subSequence(start, markerEnd));
    parser.block.setCharsFromContent();
    return BlockStart.of(parser).atIndex(line.length()).replaceActiveBlockParser();
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r';
  }
}
