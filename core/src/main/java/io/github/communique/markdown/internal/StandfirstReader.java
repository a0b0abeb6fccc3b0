package io.github.communique.markdown.internal;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.communique.model.Inline;
import java.util.List;

/**
 * Reads the standfirst, which the front matter holds as one paragraph of Markdown (so that it can
 * carry emphasis, links and quotations). Positions inside it are exact when the YAML value is
 * written plainly on one line, and otherwise those of the value.
 */
final class StandfirstReader {
  private StandfirstReader() {}

  /**
   * Whether Flexmark would read {@code text} as one paragraph holding one text node: nothing it
   * treats specially (links, autolinks, entities, line breaks, block markers), no blanks at the
   * ends. Such a standfirst, the usual one, is read without a second Flexmark parse.
   */
  static boolean isPlain(String text) {
    if (text.isEmpty()
        || Chars.isWhitespace(text.charAt(0))
        || Chars.isWhitespace(text.charAt(text.length() - 1))
        || "#>+-=*_~:|0123456789".indexOf(text.charAt(0)) >= 0) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[' || c == ']' || c == '<' || c == '&' || c == '\n' || c == '\r' || c == '`') {
        return false;
      }
    }
    return true;
  }

  static List<Inline> read(ReaderContext ctx, HeaderFields.Standfirst standfirst) {
    String text = standfirst.markdown();
    int at = standfirst.offset();
    boolean verbatim = ctx.source.text().regionMatches(at, text, 0, text.length());
    SourceText source = ctx.source.derived(text, verbatim ? o -> at + o : o -> at);
    InputGuard.check(source, 0, text.length(), ctx.limits);
    if (isPlain(text)) {
      ReaderContext plain =
          new ReaderContext(
              source, 0, ctx.limits, ctx.doubleQuotes, ctx.singleQuotes, Positions.NONE, null);
      return InlineMapper.plainText(plain, 0, text.length());
    }
    Document document = FlexmarkSetup.parser().parse(text);
    Node first = document.getFirstChild();
    if (first == null) {
      return List.of();
    }
    if (!(first instanceof Paragraph) || first.getNext() != null) {
      throw ctx.error(
          at,
          "the standfirst is one paragraph of text, without headings, lists, quotations or blank"
              + " lines");
    }
    ReaderContext inner =
        new ReaderContext(
            source,
            0,
            ctx.limits,
            ctx.doubleQuotes,
            ctx.singleQuotes,
            Positions.NONE,
            Parser.REFERENCES.get(document));
    return InlineMapper.content(
        inner, first.getFirstChild(), null, 0, text.length(), Chars.EDGE, Chars.EDGE, null, 0, 0);
  }
}
