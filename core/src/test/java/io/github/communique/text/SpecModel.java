package io.github.communique.text;

import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.Contact;
import io.github.communique.model.Inline;
import io.github.communique.model.ListItem;
import io.github.communique.model.Note;
import io.github.communique.model.Party;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.Section;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small line-based notation for statements, so that the spec file ({@code spec/text.txt}) can
 * show a model and its text side by side. One directive per line; indentation (two spaces) nests
 * blocks inside a quotation, a list item or an embedded statement.
 *
 * <pre>
 * title: Headline                     label: Press release      lang: de
 * standfirst: inline text             person: Name | role | affiliation     org: Name
 * author: Name                        date: 2026-11-25 [14:30 Europe/Berlin]   place: Brussels
 * embargo: 2026-11-25T00:01 Europe/London               id: PR-1     url: https://…
 * contact: name | organisation | email | phone          editors: inline text (notes to editors)
 * note ID: inline text
 * p: inline text                      --- (thematic break)     # Heading (## deeper …)
 * - inline text (bullet item)         3. inline text (ordered item; the first sets the start)
 * quote:                              embedded: how it was delivered
 *   p: …                                title: …
 *   by: Name | role | affiliation       p: …
 *   source: title | medium | url | 2026-11-03
 *   context: in an interview
 * </pre>
 *
 * <p>Inline text: {@code {q …}} speech, {@code {scare …}}, {@code {mention …}}, {@code {em …}},
 * {@code {strong …}}, {@code {link URL …}}, {@code {note ID}}, {@code {br}}; {@code \{}, {@code \}}
 * and {@code \\} for the characters themselves, {@code \}{@code uXXXX} for any character.
 */
final class SpecModel {
  private record Line(int number, int indent, String text) {}

  private final List<Line> lines = new ArrayList<>();
  private int pos;

  private SpecModel(String text) {
    String[] raw = text.split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String l = raw[i];
      if (l.isBlank()) {
        continue;
      }
      int indent = 0;
      while (l.charAt(indent) == ' ') {
        indent++;
      }
      lines.add(new Line(i + 1, indent, l.substring(indent)));
    }
  }

  /** The statement written in {@code text}; its title is "T" unless a {@code title:} says. */
  static Statement parse(String text) {
    SpecModel model = new SpecModel(text);
    Statement statement = model.statement(0);
    if (model.pos < model.lines.size()) {
      throw model.error(model.lines.get(model.pos), "unexpected indentation");
    }
    return statement;
  }

  private static final class SectionDraft {
    final int level;
    final List<Inline> heading;
    final List<Block> blocks = new ArrayList<>();
    final List<SectionDraft> subsections = new ArrayList<>();

    SectionDraft(int level, List<Inline> heading) {
      this.level = level;
      this.heading = heading;
    }

    Section build() {
      return new Section(
          heading,
          Optional.empty(),
          blocks,
          subsections.stream().map(SectionDraft::build).toList());
    }
  }

  private Statement statement(int indent) {
    String title = "T";
    List<Inline> standfirst = List.of();
    Optional<String> label = Optional.empty();
    List<Party> issuers = new ArrayList<>();
    List<Party> authors = new ArrayList<>();
    Optional<StatementDate> date = Optional.empty();
    Optional<String> place = Optional.empty();
    String language = "en";
    Optional<String> id = Optional.empty();
    Optional<String> url = Optional.empty();
    Optional<ZonedDateTime> embargo = Optional.empty();
    List<Contact> contacts = new ArrayList<>();
    List<Block> body = new ArrayList<>();
    List<SectionDraft> sections = new ArrayList<>();
    List<Note> notes = new ArrayList<>();
    List<Block> notesToEditors = new ArrayList<>();
    List<SectionDraft> open = new ArrayList<>(); // open sections, outermost first

    while (pos < lines.size() && lines.get(pos).indent() == indent) {
      Line line = lines.get(pos);
      String t = line.text();
      if (t.startsWith("#")) {
        pos++;
        int level = 0;
        while (level < t.length() && t.charAt(level) == '#') {
          level++;
        }
        SectionDraft section = new SectionDraft(level, inlines(t.substring(level).strip(), line));
        while (!open.isEmpty() && open.get(open.size() - 1).level >= level) {
          open.remove(open.size() - 1);
        }
        (open.isEmpty() ? sections : open.get(open.size() - 1).subsections).add(section);
        open.add(section);
        continue;
      }
      String key = key(t);
      String value = key == null ? null : t.substring(key.length() + 1).strip();
      if (key == null || isBlockKey(key) || t.startsWith("- ") || t.matches("\\d+\\. .*")) {
        Block block = block();
        (open.isEmpty() ? body : open.get(open.size() - 1).blocks).add(block);
        continue;
      }
      pos++;
      switch (key) {
        case "title" -> title = unescape(value);
        case "standfirst" -> standfirst = inlines(value, line);
        case "label" -> label = Optional.of(unescape(value));
        case "lang" -> language = value;
        case "person" -> issuers.add(party(value, Party.Kind.PERSON));
        case "org" -> issuers.add(party(value, Party.Kind.ORGANISATION));
        case "author" -> authors.add(party(value, Party.Kind.PERSON));
        case "date" -> date = Optional.of(date(value));
        case "place" -> place = Optional.of(unescape(value));
        case "id" -> id = Optional.of(value);
        case "url" -> url = Optional.of(value);
        case "embargo" -> {
          String[] parts = value.split(" ");
          embargo =
              Optional.of(ZonedDateTime.of(LocalDateTime.parse(parts[0]), ZoneId.of(parts[1])));
        }
        case "contact" -> {
          List<Optional<String>> f = fields(value, 4);
          contacts.add(new Contact(f.get(0).orElseThrow(), f.get(1), f.get(2), f.get(3)));
        }
        case "editors" -> notesToEditors.add(new Block.Paragraph(inlines(value, line)));
        default -> {
          if (key.startsWith("note ")) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Block.Paragraph(inlines(value, line)));
            blocks.addAll(children(indent));
            notes.add(new Note(key.substring(5).strip(), blocks));
          } else {
            throw error(line, "unknown directive '" + key + "'");
          }
        }
      }
    }
    return new Statement(
        title,
        standfirst,
        label,
        issuers,
        authors,
        date,
        place,
        language,
        List.of(),
        id,
        url,
        embargo,
        contacts,
        body,
        sections.stream().map(SectionDraft::build).toList(),
        notes,
        notesToEditors);
  }

  private static boolean isBlockKey(String key) {
    return key.equals("p") || key.equals("quote") || key.equals("embedded");
  }

  /** The directive before the first colon, or null for "---" and list items. */
  private static String key(String t) {
    int colon = t.indexOf(':');
    if (colon <= 0 || t.startsWith("- ") || t.matches("\\d+\\. .*")) {
      return null;
    }
    String key = t.substring(0, colon);
    return key.matches("[a-z]+( \\S+)?") ? key : null;
  }

  private Block block() {
    Line line = lines.get(pos);
    String t = line.text();
    if (t.equals("---")) {
      pos++;
      return new Block.ThematicBreak();
    }
    if (t.startsWith("- ")) {
      List<ListItem> items = new ArrayList<>();
      while (pos < lines.size()
          && lines.get(pos).indent() == line.indent()
          && lines.get(pos).text().startsWith("- ")) {
        items.add(item(lines.get(pos++), 2));
      }
      return new Block.BulletList(items);
    }
    if (t.matches("\\d+\\. .*")) {
      int start = Integer.parseInt(t.substring(0, t.indexOf('.')));
      List<ListItem> items = new ArrayList<>();
      while (pos < lines.size()
          && lines.get(pos).indent() == line.indent()
          && lines.get(pos).text().matches("\\d+\\. .*")) {
        Line itemLine = lines.get(pos++);
        items.add(item(itemLine, itemLine.text().indexOf(' ') + 1));
      }
      return new Block.OrderedList(start, items);
    }
    String key = key(t);
    if (key == null) {
      throw error(line, "expected a block");
    }
    String value = t.substring(key.length() + 1).strip();
    pos++;
    switch (key) {
      case "p":
        return new Block.Paragraph(inlines(value, line));
      case "quote":
        {
          List<Block> blocks = new ArrayList<>();
          Optional<Party> speaker = Optional.empty();
          Optional<Source> source = Optional.empty();
          Optional<String> context = Optional.empty();
          while (pos < lines.size() && lines.get(pos).indent() > line.indent()) {
            Line inner = lines.get(pos);
            String innerKey = key(inner.text());
            String innerValue =
                innerKey == null ? "" : inner.text().substring(innerKey.length() + 1).strip();
            if ("by".equals(innerKey)) {
              speaker = Optional.of(party(innerValue, Party.Kind.PERSON));
            } else if ("source".equals(innerKey)) {
              List<Optional<String>> f = fields(innerValue, 4);
              source =
                  Optional.of(
                      new Source(f.get(0), f.get(1), f.get(2), f.get(3).map(LocalDate::parse)));
            } else if ("context".equals(innerKey)) {
              context = Optional.of(unescape(innerValue));
            } else {
              blocks.add(block());
              continue;
            }
            pos++;
          }
          Optional<Attribution> attribution =
              speaker.isEmpty() && source.isEmpty() && context.isEmpty()
                  ? Optional.empty()
                  : Optional.of(new Attribution(speaker, source, context));
          return new Block.BlockQuotation(blocks, attribution);
        }
      case "embedded":
        {
          if (pos >= lines.size() || lines.get(pos).indent() <= line.indent()) {
            throw error(line, "an embedded statement needs indented lines");
          }
          Statement inner = statement(lines.get(pos).indent());
          return new Block.EmbeddedStatement(
              inner, value.isEmpty() ? Optional.empty() : Optional.of(value));
        }
      default:
        throw error(line, "expected a block, got '" + key + "'");
    }
  }

  private ListItem item(Line line, int markerLength) {
    List<Block> blocks = new ArrayList<>();
    String text = line.text().substring(markerLength);
    if (!text.isBlank()) {
      blocks.add(new Block.Paragraph(inlines(text, line)));
    }
    blocks.addAll(children(line.indent()));
    return new ListItem(blocks);
  }

  /** The blocks on the following lines indented deeper than {@code indent}. */
  private List<Block> children(int indent) {
    List<Block> blocks = new ArrayList<>();
    while (pos < lines.size() && lines.get(pos).indent() > indent) {
      blocks.add(block());
    }
    return blocks;
  }

  private Party party(String value, Party.Kind kind) {
    List<Optional<String>> f = fields(value, 3);
    return new Party(f.get(0).orElseThrow(), kind, f.get(1), f.get(2));
  }

  private static StatementDate date(String value) {
    String[] parts = value.split(" ");
    LocalDate day = LocalDate.parse(parts[0]);
    return parts.length == 1
        ? StatementDate.of(day)
        : StatementDate.of(day, java.time.LocalTime.parse(parts[1]), ZoneId.of(parts[2]));
  }

  private static List<Optional<String>> fields(String value, int count) {
    String[] parts = value.split("\\|", -1);
    List<Optional<String>> fields = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String p = i < parts.length ? parts[i].strip() : "";
      fields.add(p.isEmpty() ? Optional.empty() : Optional.of(unescape(p)));
    }
    return fields;
  }

  // ---- inline text

  private List<Inline> inlines(String text, Line line) {
    int[] at = {0};
    List<Inline> result = inlines(text, at, line);
    if (at[0] < text.length()) {
      throw error(line, "unbalanced '}' at column " + (at[0] + 1));
    }
    return result;
  }

  private List<Inline> inlines(String text, int[] at, Line line) {
    List<Inline> result = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    while (at[0] < text.length()) {
      char c = text.charAt(at[0]);
      if (c == '}') {
        break;
      }
      if (c == '\\') {
        at[0] = escape(text, at[0], run);
        continue;
      }
      if (c == '{') {
        if (run.length() > 0) {
          result.add(new Inline.Text(run.toString()));
          run.setLength(0);
        }
        int end = text.indexOf(' ', at[0]);
        int close = text.indexOf('}', at[0]);
        String tag =
            text.substring(at[0] + 1, end < 0 || (close >= 0 && close < end) ? close : end);
        at[0] += 1 + tag.length();
        if (at[0] < text.length() && text.charAt(at[0]) == ' ') {
          at[0]++;
        }
        result.add(tagged(tag, text, at, line));
        if (at[0] >= text.length() || text.charAt(at[0]) != '}') {
          throw error(line, "missing '}' after {" + tag);
        }
        at[0]++;
        continue;
      }
      run.append(c);
      at[0]++;
    }
    if (run.length() > 0) {
      result.add(new Inline.Text(run.toString()));
    }
    return result;
  }

  private Inline tagged(String tag, String text, int[] at, Line line) {
    switch (tag) {
      case "br":
        return new Inline.LineBreak();
      case "note":
      case "link":
        {
          int end = at[0];
          while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '}') {
            end++;
          }
          String word = text.substring(at[0], end);
          at[0] = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
          return tag.equals("note")
              ? new Inline.NoteReference(word)
              : new Inline.Link(word, inlines(text, at, line));
        }
      default:
        break;
    }
    List<Inline> content = inlines(text, at, line);
    switch (tag) {
      case "em":
        return new Inline.Emphasis(content);
      case "strong":
        return new Inline.Strong(content);
      case "q":
        return new Inline.Quotation(content, QuoteKind.SPEECH, Optional.empty());
      case "scare":
        return new Inline.Quotation(content, QuoteKind.SCARE, Optional.empty());
      case "mention":
        return new Inline.Quotation(content, QuoteKind.MENTION, Optional.empty());
      default:
        throw error(line, "unknown inline {" + tag + " …}");
    }
  }

  /** Reads the escape at {@code i} into {@code out}; returns the index after it. */
  private static int escape(String text, int i, StringBuilder out) {
    char next = text.charAt(i + 1);
    if (next == 'u') {
      out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
      return i + 6;
    }
    out.append(next);
    return i + 2;
  }

  /** {@code \}{@code uXXXX} and backslash escapes in plain fields and in expected text. */
  static String unescape(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      if (text.charAt(i) == '\\' && i + 1 < text.length()) {
        i = escape(text, i, out);
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }

  private IllegalArgumentException error(Line line, String message) {
    return new IllegalArgumentException("model line " + line.number() + ": " + message);
  }
}
