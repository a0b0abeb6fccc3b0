package io.github.communique.markdown.internal;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import io.github.communique.model.Attribution;
import io.github.communique.model.Inline;
import io.github.communique.model.Party;
import io.github.communique.model.Source;
import io.github.communique.model.Traversal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the attribution line that ends a block quotation ({@code — Maria Keller, party chair,
 * *Morning Briefing*, 2026-03-03; in an interview}) by the rule {@code docs/markdown-format.md}
 * gives, or its attribute form ({@code — {organisation="…"}}).
 */
final class AttributionLineReader {
  private final ReaderContext ctx;
  private final String src;

  private AttributionLineReader(ReaderContext ctx) {
    this.ctx = ctx;
    this.src = ctx.source.text();
  }

  /**
   * The node that starts a paragraph's last line when that line is an attribution (it begins with
   * an em dash, a horizontal bar or two hyphens): the paragraph's first node, or the line break
   * before the line. Null when there is no attribution.
   */
  static Node lineStart(ReaderContext ctx, Paragraph paragraph) {
    String src = ctx.source.text();
    Node last = paragraph.getLastChild();
    Node lineFirst = paragraph.getFirstChild();
    Node breakNode = null;
    for (Node n = last; n != null; n = n.getPrevious()) {
      if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        breakNode = n;
        lineFirst = n.getNext();
        break;
      }
    }
    if (!(lineFirst instanceof Text)) {
      return null;
    }
    int at = ctx.offset(lineFirst.getStartOffset());
    while (at < src.length() && (src.charAt(at) == ' ' || src.charAt(at) == '\t')) {
      at++;
    }
    if (at >= src.length()) {
      return null;
    }
    char c = src.charAt(at);
    boolean dash =
        Chars.isAttributionDash(c)
            || (c == '-' && at + 1 < src.length() && src.charAt(at + 1) == '-');
    if (!dash) {
      return null;
    }
    return breakNode != null ? breakNode : lineFirst;
  }

  /**
   * Reads an attribution line starting at the text node {@code first}: after the dash, either an
   * attribute block or the comma form {@code Speaker, role, affiliation, *Title*, medium, <url>,
   * YYYY-MM-DD; context}.
   */
  static Optional<Attribution> read(ReaderContext ctx, Node first, int end) {
    return new AttributionLineReader(ctx).attribution(first, end);
  }

  private Optional<Attribution> attribution(Node first, int end) {
    int at = ctx.offset(first.getStartOffset());
    while (src.charAt(at) == ' ' || src.charAt(at) == '\t') {
      at++;
    }
    at += Chars.isAttributionDash(src.charAt(at)) ? 1 : 2;
    while (at < end && (src.charAt(at) == ' ' || src.charAt(at) == '\t')) {
      at++;
    }
    int lineEnd = end;
    while (lineEnd > at && Chars.isWhitespace(src.charAt(lineEnd - 1))) {
      lineEnd--;
    }
    if (at < lineEnd && src.charAt(at) == '{') {
      Attributes attributes;
      try {
        attributes = Attributes.parse(src, at, lineEnd);
      } catch (Attributes.SyntaxException e) {
        throw ctx.error(e.index(), e.getMessage());
      }
      if (attributes.end() != lineEnd) {
        throw ctx.error(
            attributes.end(),
            "an attribution line is either an attribute block or the comma form, not both");
      }
      return AttributionSyntax.read(attributes, false, ctx::error).attribution();
    }
    InlineMapper.AttributionLine line = InlineMapper.attributionLine(ctx, first, null, at, lineEnd);
    return commaForm(line, at, lineEnd);
  }

  private Optional<Attribution> commaForm(InlineMapper.AttributionLine line, int from, int end) {
    List<String> plain = new ArrayList<>();
    String title = null;
    String medium = null;
    String url = null;
    LocalDate date = null;
    boolean source = false;
    List<List<Inline>> parts = line.parts();
    for (int i = 0; i < parts.size(); i++) {
      int start = line.offsets().get(i);
      int partEnd =
          i + 1 < parts.size()
              ? line.offsets().get(i + 1) - 1
              : line.context().map(c -> c.offset() - 1).orElse(end);
      List<Inline> part = trim(parts.get(i));
      while (start < partEnd && Chars.isWhitespace(src.charAt(start))) {
        start++; // report a part where it starts, not at the blank after the comma
      }
      if (part.isEmpty()) {
        if (parts.size() == 1 && line.context().isPresent()) {
          continue;
        }
        if (parts.size() == 1) {
          throw ctx.error(from, "this attribution line names nobody and nothing; complete it");
        }
        throw ctx.error(
            start, "this part of the attribution line is empty; remove the extra comma");
      }
      String raw = rawPart(start, partEnd);
      if (part.size() == 1
          && (part.get(0) instanceof Inline.Emphasis || part.get(0) instanceof Inline.Quotation)) {
        if (title != null) {
          throw ctx.error(start, "an attribution has one source title; escape the extra one");
        }
        title = Unescape.text(raw.substring(1, raw.length() - 1));
        source = true;
      } else if (part.size() == 1 && part.get(0) instanceof Inline.Link) {
        if (url != null) {
          throw ctx.error(start, "an attribution has one source address; remove the extra one");
        }
        Inline.Link link = (Inline.Link) part.get(0);
        url = link.target();
        String text = Traversal.plainText(link.content());
        if (!text.equals(url)) {
          if (medium != null) {
            throw ctx.error(start, "an attribution has one medium; remove the extra one");
          }
          medium = text;
        }
        source = true;
      } else if (!hasMarkup(part) && AttributionSyntax.looksLikeDate(Unescape.text(raw))) {
        if (date != null) {
          throw ctx.error(start, "an attribution has one date; remove the extra one");
        }
        date = AttributionSyntax.date(Unescape.text(raw), start, ctx::error);
        source = true;
      } else if (source) {
        if (medium != null) {
          throw ctx.error(
              start,
              "after the source's title, address or date only the medium may follow; escape"
                  + " commas inside a part as \\,");
        }
        medium = Unescape.text(raw);
      } else {
        if (plain.size() == 3) {
          throw ctx.error(
              start,
              "an attribution names at most speaker, role and affiliation before its source;"
                  + " escape commas inside a part as \\,");
        }
        plain.add(Unescape.text(raw));
      }
    }
    Optional<Party> speaker = Optional.empty();
    if (!plain.isEmpty()) {
      speaker =
          Optional.of(
              new Party(
                  plain.get(0),
                  Party.Kind.PERSON,
                  plain.size() > 1 ? Optional.of(plain.get(1)) : Optional.empty(),
                  plain.size() > 2 ? Optional.of(plain.get(2)) : Optional.empty()));
    }
    Optional<Source> src =
        source || medium != null
            ? Optional.of(
                new Source(
                    Optional.ofNullable(title),
                    Optional.ofNullable(medium),
                    Optional.ofNullable(url),
                    Optional.ofNullable(date)))
            : Optional.empty();
    Optional<String> context =
        line.context().map(c -> Unescape.text(rawPart(c.offset(), end))).filter(s -> !s.isEmpty());
    if (speaker.isEmpty() && src.isEmpty() && context.isEmpty()) {
      throw ctx.error(from, "this attribution line names nobody and nothing; complete it");
    }
    return Optional.of(new Attribution(speaker, src, context));
  }

  /** The raw text of {@code [start, end)}, without surrounding blanks. */
  private String rawPart(int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Chars.isWhitespace(src.charAt(s))) {
      s++;
    }
    while (e > s && Chars.isWhitespace(src.charAt(e - 1))) {
      e--;
    }
    return src.substring(s, e);
  }

  /** The part without blank text at its ends. */
  private static List<Inline> trim(List<Inline> part) {
    List<Inline> trimmed = new ArrayList<>(part);
    while (!trimmed.isEmpty() && isBlank(trimmed.get(0))) {
      trimmed.remove(0);
    }
    while (!trimmed.isEmpty() && isBlank(trimmed.get(trimmed.size() - 1))) {
      trimmed.remove(trimmed.size() - 1);
    }
    return trimmed;
  }

  /** A text of blanks as the dialect counts them (not Java's, which counts U+2028 in). */
  private static boolean isBlank(Inline inline) {
    if (!(inline instanceof Inline.Text)) {
      return false;
    }
    String text = ((Inline.Text) inline).text();
    for (int i = 0; i < text.length(); i++) {
      if (!Chars.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasMarkup(List<Inline> part) {
    for (Inline inline : part) {
      if (!(inline instanceof Inline.Text)) {
        return true;
      }
    }
    return false;
  }
}
