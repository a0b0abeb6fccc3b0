package io.github.communique.markdown.internal;

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
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a statement in the Markdown dialect: front matter with every metadata field, the body,
 * {@code ##} sections, {@code ## Notes to editors}, and the notes as footnote definitions at the
 * end. Blocks are separated by blank lines; containers indent or prefix their lines.
 */
public final class MarkdownWriter {
  private final QuoteKind doubleQuotes;
  private final QuoteKind singleQuotes;

  public MarkdownWriter(QuoteKind doubleQuotes, QuoteKind singleQuotes) {
    this.doubleQuotes = doubleQuotes;
    this.singleQuotes = singleQuotes;
  }

  public void write(Statement statement, Appendable out) throws IOException {
    StringBuilder text = new StringBuilder();
    statement(statement, Optional.empty(), text);
    out.append(text);
  }

  private void statement(Statement s, Optional<String> delivery, StringBuilder out) {
    frontMatter(s, delivery, out);
    List<String> chunks = new ArrayList<>();
    blocks(s.body(), chunks);
    for (Section section : s.sections()) {
      section(section, 1, chunks);
    }
    if (s.notesToEditors().stream().anyMatch(block -> !isEmpty(block))) {
      chunks.add("## " + DocumentMapper.NOTES_TO_EDITORS);
      blocks(s.notesToEditors(), chunks);
    }
    for (Note note : s.notes()) {
      chunks.add(note(note));
    }
    for (String chunk : chunks) {
      out.append('\n').append(chunk).append('\n');
    }
  }

  private void frontMatter(Statement s, Optional<String> delivery, StringBuilder out) {
    YamlWriter yaml = new YamlWriter(out);
    out.append("---\n");
    yaml.field(0, "title", s.title());
    if (!s.standfirst().isEmpty()) {
      yaml.field(0, "standfirst", inlines(s.standfirst(), InlineWriter.Mode.BLOCK));
    }
    s.label().ifPresent(label -> yaml.field(0, "label", label));
    parties(yaml, "issuers", s.issuers(), Party.Kind.ORGANISATION);
    parties(yaml, "authors", s.authors(), Party.Kind.PERSON);
    s.date()
        .ifPresent(
            date -> {
              yaml.field(0, "date", date.date().toString());
              date.time().ifPresent(time -> yaml.field(0, "time", time.toString()));
              date.zone().ifPresent(zone -> yaml.field(0, "zone", zone.toString()));
            });
    s.place().ifPresent(place -> yaml.field(0, "place", place));
    if (!s.language().equals(Statement.DEFAULT_LANGUAGE)) {
      yaml.field(0, "language", s.language());
    }
    if (!s.keywords().isEmpty()) {
      yaml.key(0, "keywords");
      s.keywords().forEach(keyword -> yaml.item(2, keyword));
    }
    s.id().ifPresent(id -> yaml.field(0, "id", id));
    s.url().ifPresent(url -> yaml.field(0, "url", url));
    s.embargo().ifPresent(embargo -> yaml.field(0, "embargo", embargo.toString()));
    if (!s.contacts().isEmpty()) {
      yaml.key(0, "contacts");
      for (Contact contact : s.contacts()) {
        if (contact.organisation().isEmpty()
            && contact.email().isEmpty()
            && contact.phone().isEmpty()) {
          yaml.item(2, contact.name());
          continue;
        }
        yaml.itemField(2, "name", contact.name());
        contact.organisation().ifPresent(v -> yaml.field(4, "organisation", v));
        contact.email().ifPresent(v -> yaml.field(4, "email", v));
        contact.phone().ifPresent(v -> yaml.field(4, "phone", v));
      }
    }
    delivery.ifPresent(d -> yaml.field(0, "delivery", d));
    out.append("---\n");
  }

  private static void parties(YamlWriter yaml, String key, List<Party> parties, Party.Kind usual) {
    if (parties.isEmpty()) {
      return;
    }
    yaml.key(0, key);
    for (Party party : parties) {
      if (party.kind() == usual && party.role().isEmpty() && party.affiliation().isEmpty()) {
        yaml.item(2, party.name());
        continue;
      }
      yaml.itemField(2, "name", party.name());
      if (party.kind() != usual) {
        yaml.field(4, "kind", party.kind() == Party.Kind.PERSON ? "person" : "organisation");
      }
      party.role().ifPresent(role -> yaml.field(4, "role", role));
      party.affiliation().ifPresent(affiliation -> yaml.field(4, "affiliation", affiliation));
    }
  }

  private void section(Section section, int depth, List<String> chunks) {
    int level = depth + 1;
    StringBuilder heading = new StringBuilder("#".repeat(Math.min(level, 6)));
    String text = inlines(section.heading(), InlineWriter.Mode.HEADING);
    if (text.endsWith("#") && !isEscaped(text, text.length() - 1)) {
      // A closing run of # would be taken for the ATX heading's end.
      text = text.substring(0, text.length() - 1) + "\\#";
    }
    if (level == 2
        && section.anchor().isEmpty()
        && text.equalsIgnoreCase(DocumentMapper.NOTES_TO_EDITORS)) {
      // A section that happens to be called so, not the notes to editors.
      text = "&#" + (int) text.charAt(0) + ";" + text.substring(1);
    }
    if (!text.isEmpty()) {
      heading.append(' ').append(text);
    }
    StringBuilder attributes = new StringBuilder();
    section
        .anchor()
        .ifPresent(
            anchor -> {
              if (isBareWord(anchor)) {
                attributes.append('#').append(anchor);
              } else {
                AttributeWriter.pair("id", anchor, attributes);
              }
            });
    if (level > 6) {
      attributes.append(attributes.length() == 0 ? "" : " ").append("level=").append(level);
    }
    if (attributes.length() > 0) {
      heading.append(" {").append(attributes).append('}');
    }
    chunks.add(heading.toString());
    blocks(section.blocks(), chunks);
    for (Section subsection : section.subsections()) {
      section(subsection, depth + 1, chunks);
    }
  }

  /** Whether the character at {@code i} follows an odd run of backslashes. */
  private static boolean isEscaped(String text, int i) {
    int backslashes = 0;
    while (i - backslashes - 1 >= 0 && text.charAt(i - backslashes - 1) == '\\') {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /** Whether {@code id} can stand bare in {@code {#id}}. */
  private static boolean isBareWord(String id) {
    if (id.isEmpty()) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Chars.isWhitespace(c) || c == '{' || c == '}' || c == '"' || c == '\\' || c < 0x20) {
        return false;
      }
    }
    return true;
  }

  private String note(Note note) {
    String id = InlineWriter.noteId(note.id());
    List<String> chunks = new ArrayList<>();
    blocks(note.blocks(), chunks);
    if (chunks.isEmpty()) {
      return "[^" + id + "]:";
    }
    String content = indent(String.join("\n\n", chunks), "    ");
    Block first = note.blocks().stream().filter(b -> !isEmpty(b)).findFirst().orElseThrow();
    if (first instanceof Block.Paragraph) {
      return "[^" + id + "]: " + content;
    }
    // Other blocks start on a line of their own, so their indentation is the note's four spaces.
    return "[^" + id + "]:\n    " + content;
  }

  /**
   * Adds one chunk per block. A list right after a list of its kind takes the other marker ({@code
   * *} after {@code -}, {@code )} after {@code .}), or the two would read as one list.
   */
  private void blocks(List<Block> blocks, List<String> chunks) {
    boolean alternate = false;
    Block previous = null;
    for (Block block : blocks) {
      if (isEmpty(block)) {
        continue; // Leaves no trace, so the blocks around it meet.
      }
      boolean sameKind =
          previous != null
              && (block instanceof Block.BulletList || block instanceof Block.OrderedList)
              && previous.getClass() == block.getClass();
      alternate = sameKind && !alternate;
      chunks.add(block(block, alternate));
      previous = block;
    }
  }

  /** Blocks Markdown cannot write, and which the writer therefore leaves out. */
  private static boolean isEmpty(Block block) {
    return (block instanceof Block.Paragraph && ((Block.Paragraph) block).content().isEmpty())
        || (block instanceof Block.BulletList && ((Block.BulletList) block).items().isEmpty())
        || (block instanceof Block.OrderedList && ((Block.OrderedList) block).items().isEmpty());
  }

  /** Nested blocks, one chunk each, separated by blank lines. */
  private String nested(List<Block> blocks) {
    List<String> chunks = new ArrayList<>();
    blocks(blocks, chunks);
    return String.join("\n\n", chunks);
  }

  private String block(Block block, boolean alternate) {
    return block.accept(
        new Block.Visitor<>() {
          @Override
          public String visitParagraph(Block.Paragraph paragraph) {
            return inlines(paragraph.content(), InlineWriter.Mode.BLOCK);
          }

          @Override
          public String visitBlockQuotation(Block.BlockQuotation quotation) {
            String inner = nested(quotation.blocks());
            Optional<String> attribution =
                AttributeWriter.meaningful(quotation.attribution()).map(a -> attributionLine(a));
            if (attribution.isPresent()) {
              inner = inner.isEmpty() ? attribution.get() : inner + "\n\n" + attribution.get();
            }
            return prefix(inner, "> ", ">");
          }

          @Override
          public String visitEmbeddedStatement(Block.EmbeddedStatement embedded) {
            StringBuilder text = new StringBuilder("::: statement\n");
            statement(embedded.statement(), embedded.delivery(), text);
            return text.append(":::").toString();
          }

          @Override
          public String visitBulletList(Block.BulletList list) {
            return items(list.items(), n -> alternate ? "*" : "-", alternate);
          }

          @Override
          public String visitOrderedList(Block.OrderedList list) {
            if (list.start() + (long) list.items().size() > 1_000_000_000L) {
              throw new IllegalArgumentException(
                  "an ordered list cannot be written as Markdown when it counts past 999,999,999: "
                      + list.start());
            }
            return items(list.items(), n -> (list.start() + n) + (alternate ? ")" : "."), false);
          }

          @Override
          public String visitThematicBreak(Block.ThematicBreak thematicBreak) {
            return "***";
          }
        });
  }

  private String items(
      List<ListItem> items, java.util.function.IntFunction<String> marker, boolean star) {
    List<String> written = new ArrayList<>();
    if (items.isEmpty()) {
      return ""; // A list of nothing says nothing; Markdown cannot write it.
    }
    boolean loose = false;
    for (int n = 0; n < items.size(); n++) {
      String mark = marker.apply(n);
      List<Block> blocks = items.get(n).blocks();
      loose |= blocks.stream().filter(b -> !isEmpty(b)).count() > 1;
      String content = nested(blocks);
      if (star && content.startsWith("***")) {
        // "* ***" would be a thematic break, not a list item holding one.
        content = "___" + content.substring(3);
      }
      if (content.isEmpty()) {
        written.add(mark);
        continue;
      }
      String pad = " ".repeat(mark.length() + 1);
      written.add(mark + " " + indent(content, pad));
    }
    return String.join(loose ? "\n\n" : "\n", written);
  }

  private String attributionLine(Attribution attribution) {
    String comma =
        AttributionLines.commaForm(
            attribution,
            text -> inlines(List.of(new Inline.Text(text)), InlineWriter.Mode.ATTRIBUTION),
            text -> inlines(List.of(new Inline.Text(text)), InlineWriter.Mode.CONTEXT));
    if (comma != null) {
      return "— " + comma;
    }
    StringBuilder attributes = new StringBuilder();
    AttributeWriter.attribution(attribution, attributes);
    return "— {" + attributes + "}";
  }

  private String inlines(List<Inline> content, InlineWriter.Mode mode) {
    return InlineWriter.write(content, doubleQuotes, singleQuotes, mode);
  }

  /** Indents every line but the first; blank lines stay blank. */
  private static String indent(String text, String pad) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int start = 0;
    while (true) {
      int end = text.indexOf('\n', start);
      String line = end < 0 ? text.substring(start) : text.substring(start, end);
      if (start > 0 && !line.isEmpty()) {
        out.append(pad);
      }
      out.append(line);
      if (end < 0) {
        return out.toString();
      }
      out.append('\n');
      start = end + 1;
    }
  }

  /** Prefixes every line, blank ones with {@code blank}. */
  private static String prefix(String text, String prefix, String blank) {
    if (text.isEmpty()) {
      return blank;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int start = 0;
    while (true) {
      int end = text.indexOf('\n', start);
      String line = end < 0 ? text.substring(start) : text.substring(start, end);
      out.append(line.isEmpty() ? blank : prefix).append(line);
      if (end < 0) {
        return out.toString();
      }
      out.append('\n');
      start = end + 1;
    }
  }

  /** Writes attribution lines in the comma form when that reads back exactly. */
  static final class AttributionLines {
    private AttributionLines() {}

    /**
     * {@code Speaker, role, affiliation, *Title*, medium, <url>, YYYY-MM-DD; context}, or null when
     * the attribution cannot be said that way (an organisation speaking, a role without a speaker,
     * a medium without title, address or date, parts that would read as something else).
     */
    static String commaForm(
        Attribution a,
        java.util.function.Function<String, String> part,
        java.util.function.Function<String, String> contextPart) {
      List<String> parts = new ArrayList<>();
      if (a.speaker().isPresent()) {
        Party speaker = a.speaker().get();
        if (speaker.kind() != Party.Kind.PERSON
            || (speaker.affiliation().isPresent() && speaker.role().isEmpty())) {
          return null;
        }
        for (Optional<String> value :
            List.of(Optional.of(speaker.name()), speaker.role(), speaker.affiliation())) {
          if (value.isPresent()) {
            if (!isPlainPart(value.get())) {
              return null;
            }
            parts.add(part.apply(value.get()));
          }
        }
      }
      if (a.source().isPresent()) {
        Source source = a.source().get();
        boolean marker = false;
        if (source.title().isPresent()) {
          String title = source.title().get();
          if (!isTrimmed(title)) {
            return null;
          }
          parts.add("*" + part.apply(title) + "*");
          marker = true;
        }
        Optional<String> medium = source.medium();
        if (medium.isPresent() && marker) {
          if (!isPlainPart(medium.get())) {
            return null;
          }
          parts.add(part.apply(medium.get()));
          medium = Optional.empty();
        }
        if (source.url().isPresent()) {
          String url = source.url().get();
          String autolink = "<" + url + ">";
          if (Autolinks.uriEnd(autolink, 0, autolink.length()) != autolink.length()
              || LinkTargets.unsafeScheme(url) != null) {
            return null;
          }
          parts.add(autolink);
          marker = true;
        }
        if (source.date().isPresent()) {
          String date = source.date().get().toString();
          if (!AttributionSyntax.looksLikeDate(date)) {
            return null;
          }
          parts.add(date);
          marker = true;
        }
        if (medium.isPresent()) {
          if (!marker || !isPlainPart(medium.get())) {
            return null;
          }
          parts.add(part.apply(medium.get()));
        }
        if (!marker && source.medium().isEmpty()) {
          return null;
        }
      }
      String line = String.join(", ", parts);
      if (a.context().isPresent()) {
        String context = a.context().get();
        if (!isTrimmed(context) || context.isEmpty()) {
          return null;
        }
        String written = contextPart.apply(context);
        line = line.isEmpty() ? "; " + written : line + "; " + written;
      }
      return line.isEmpty() ? null : line;
    }

    private static boolean isPlainPart(String value) {
      return isTrimmed(value) && !value.isEmpty() && !AttributionSyntax.looksLikeDate(value);
    }

    private static boolean isTrimmed(String value) {
      return !value.isEmpty()
          && !Chars.isWhitespace(value.charAt(0))
          && !Chars.isWhitespace(value.charAt(value.length() - 1))
          && value.indexOf('\n') < 0
          && value.indexOf('\r') < 0;
    }
  }
}
