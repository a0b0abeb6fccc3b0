package io.github.communique.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.ListItem;
import io.github.communique.model.Section;
import io.github.communique.model.Statement;
import io.github.communique.testing.Samples;
import io.github.communique.validate.ParsedStatement;
import io.github.communique.validate.Problem;
import io.github.communique.validate.SourceMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code parse} records where every block, inline and field was read, under its path. */
class JsonSourceMapTest {
  private static final StatementJson JSON = StatementJson.create();

  static List<String> samples() {
    return Samples.names();
  }

  /** Every path the model has gets a position of its own, at the token that starts its value. */
  @ParameterizedTest
  @MethodSource("samples")
  void everyPartOfASampleHasItsOwnPosition(String name) throws IOException {
    ParsedStatement parsed = JSON.parse(Samples.path(name));
    List<String> lines = Samples.text(name).lines().toList();
    List<String> paths = new ArrayList<>();
    paths(parsed.statement(), "", paths);
    Map<SourceMap.Position, String> seen = new HashMap<>();
    for (String path : paths) {
      SourceMap.Position position = parsed.sourceMap().find(path).orElseThrow();
      // A position of its own: falling back to an enclosing path would repeat that one's.
      assertThat(seen.put(position, path)).as("position of %s", path).isNull();
      char first = lines.get(position.line() - 1).charAt(position.column() - 1);
      assertThat(first).as("first character of %s", path).isIn('{', '[', '"');
    }
    assertThat(paths).hasSizeGreaterThanOrEqualTo(name.equals(Samples.MINIMAL) ? 3 : 90);
  }

  @Test
  void pathsFollowTheDocumentPathConvention() throws IOException {
    SourceMap map = JSON.parse(Samples.path(Samples.GREEN_ALLIANCE)).sourceMap();
    String text = Samples.text(Samples.GREEN_ALLIANCE);
    assertThat(lineOf(map, "title", text)).contains("\"title\": \"Green Alliance calls");
    assertThat(lineOf(map, "sections[0].subsections[0].heading[0]", text))
        .contains("\"The laboratory results\"");
    assertThat(lineOf(map, "sections[2].blocks[1].statement.title", text))
        .contains("\"Fishers of the Selde: we were not warned\"");
    assertThat(lineOf(map, "sections[3].blocks[1].items[2].blocks[1]", text))
        .contains("\"type\": \"bulletList\"");
    assertThat(lineOf(map, "sections[1].blocks[1].attribution.speaker.name", text))
        .contains("\"Dr Peter Lindqvist\"");
  }

  @Test
  void aProblemIsDescribedAtItsLine() {
    String json = "{\n  \"format\": \"communique/1\",\n  \"title\": \" \"\n}\n";
    ParsedStatement parsed = JSON.parse(json, "blank.json");
    assertThat(parsed.sourceMap().describe(new Problem("title", "the title is blank")))
        .isEqualTo("blank.json:3:12: title: the title is blank");
    assertThat(parsed.sourceMap().find("")).contains(new SourceMap.Position(1, 1));
  }

  /** The line where {@code path} starts, and the next one (an object's first field). */
  private static String lineOf(SourceMap map, String path, String text) {
    List<String> lines = text.lines().toList();
    int line = map.find(path).orElseThrow().line();
    return lines.get(line - 1) + "\n" + lines.get(line);
  }

  // The paths of every value of the model, as validation names them.

  private static void paths(Statement s, String at, List<String> out) {
    out.add(field(at, "title"));
    inlines(s.standfirst(), field(at, "standfirst"), out);
    for (int i = 0; i < s.issuers().size(); i++) {
      out.add(field(at, "issuers") + "[" + i + "]");
    }
    for (int i = 0; i < s.contacts().size(); i++) {
      out.add(field(at, "contacts") + "[" + i + "]");
    }
    blocks(s.body(), field(at, "body"), out);
    sections(s.sections(), field(at, "sections"), out);
    for (int i = 0; i < s.notes().size(); i++) {
      String note = field(at, "notes") + "[" + i + "]";
      out.add(note);
      blocks(s.notes().get(i).blocks(), note + ".blocks", out);
    }
    blocks(s.notesToEditors(), field(at, "notesToEditors"), out);
  }

  private static void sections(List<Section> sections, String at, List<String> out) {
    for (int i = 0; i < sections.size(); i++) {
      String section = at + "[" + i + "]";
      out.add(section);
      inlines(sections.get(i).heading(), section + ".heading", out);
      blocks(sections.get(i).blocks(), section + ".blocks", out);
      sections(sections.get(i).subsections(), section + ".subsections", out);
    }
  }

  private static void blocks(List<Block> blocks, String at, List<String> out) {
    for (int i = 0; i < blocks.size(); i++) {
      String path = at + "[" + i + "]";
      out.add(path);
      Block block = blocks.get(i);
      if (block instanceof Block.Paragraph p) {
        inlines(p.content(), path + ".content", out);
      } else if (block instanceof Block.BlockQuotation q) {
        blocks(q.blocks(), path + ".blocks", out);
        q.attribution().ifPresent(a -> attribution(a, path + ".attribution", out));
      } else if (block instanceof Block.EmbeddedStatement e) {
        out.add(path + ".statement");
        paths(e.statement(), path + ".statement", out);
      } else if (block instanceof Block.BulletList l) {
        items(l.items(), path + ".items", out);
      } else if (block instanceof Block.OrderedList l) {
        items(l.items(), path + ".items", out);
      }
    }
  }

  private static void items(List<ListItem> items, String at, List<String> out) {
    for (int i = 0; i < items.size(); i++) {
      out.add(at + "[" + i + "]");
      blocks(items.get(i).blocks(), at + "[" + i + "].blocks", out);
    }
  }

  private static void attribution(Attribution a, String at, List<String> out) {
    out.add(at);
    a.speaker().ifPresent(s -> out.add(at + ".speaker"));
    a.source().ifPresent(s -> out.add(at + ".source"));
  }

  private static void inlines(List<Inline> inlines, String at, List<String> out) {
    for (int i = 0; i < inlines.size(); i++) {
      String path = at + "[" + i + "]";
      out.add(path);
      Inline inline = inlines.get(i);
      List<Inline> content = List.of();
      if (inline instanceof Inline.Emphasis e) {
        content = e.content();
      } else if (inline instanceof Inline.Strong s) {
        content = s.content();
      } else if (inline instanceof Inline.Link l) {
        content = l.content();
      } else if (inline instanceof Inline.Quotation q) {
        content = q.content();
        q.attribution().ifPresent(a -> attribution(a, path + ".attribution", out));
      }
      inlines(content, path + ".content", out);
    }
  }

  private static String field(String at, String name) {
    return at.isEmpty() ? name : at + "." + name;
  }
}
