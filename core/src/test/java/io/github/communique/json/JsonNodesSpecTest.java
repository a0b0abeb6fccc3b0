package io.github.communique.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.communique.model.Block;
import io.github.communique.model.Statement;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads {@code spec/json-nodes.txt}: one literal JSON example per node kind and the model it reads
 * to, so that the format cannot drift unnoticed. Each example must read to the model written
 * under it and, unless marked "read only", the writer must write the model back as the same JSON
 * value. Run with {@code -Dgolden.update=true} to rewrite the models in the source file after a
 * deliberate change, then review the diff.
 */
class JsonNodesSpecTest {
  private static final String SPEC = "spec/json-nodes.txt";
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final StatementJson JSON = StatementJson.create();
  private static final List<Example> UPDATED = new ArrayList<>();
  private static final String HEAD = "{\"format\": \"communique/1\", \"title\": \"t\", ";

  /** Where an example stands in a statement, and how to find it again in the model and in JSON. */
  enum Place {
    STATEMENT("%s", "", s -> s),
    BLOCK(HEAD + "\"body\": [%s]}", "/body/0", s -> s.body().get(0)),
    INLINE(
        HEAD + "\"body\": [{\"type\": \"paragraph\", \"content\": [%s]}]}",
        "/body/0/content/0",
        s -> ((Block.Paragraph) s.body().get(0)).content().get(0)),
    PARTY(HEAD + "\"issuers\": [%s]}", "/issuers/0", s -> s.issuers().get(0)),
    DATE(HEAD + "\"date\": %s}", "/date", s -> s.date().orElseThrow()),
    EMBARGO(HEAD + "\"embargo\": %s}", "/embargo", s -> s.embargo().orElseThrow()),
    CONTACT(HEAD + "\"contacts\": [%s]}", "/contacts/0", s -> s.contacts().get(0)),
    SECTION(HEAD + "\"sections\": [%s]}", "/sections/0", s -> s.sections().get(0)),
    NOTE(HEAD + "\"notes\": [%s]}", "/notes/0", s -> s.notes().get(0)),
    ATTRIBUTION(
        HEAD + "\"body\": [{\"type\": \"blockQuotation\", \"attribution\": %s}]}",
        "/body/0/attribution",
        s -> ((Block.BlockQuotation) s.body().get(0)).attribution().orElseThrow());

    final String template;
    final String pointer;
    final Function<Statement, Object> node;

    Place(String template, String pointer, Function<Statement, Object> node) {
      this.template = template;
      this.pointer = pointer;
      this.node = node;
    }
  }

  record Example(String name, Place place, boolean readOnly, String json, String model) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Example> examples() throws IOException {
    List<Example> examples = new ArrayList<>();
    String[] parts = read().split("(?m)^=== ");
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      int headerEnd = part.indexOf('\n');
      String[] header = part.substring(0, headerEnd).split("\\s*\\|\\s*");
      String rest = part.substring(headerEnd + 1);
      int rule = rest.indexOf("\n---\n");
      examples.add(
          new Example(
              header[0].trim(),
              Place.valueOf(header[1].trim().toUpperCase().replace(' ', '_')),
              header.length > 2 && header[2].trim().equals("read only"),
              rest.substring(0, rule).strip(),
              rest.substring(rule + 5).strip()));
    }
    return examples;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void exampleReadsToItsModelAndIsWrittenBack(Example example) throws IOException {
    Statement statement = JSON.read(String.format(example.place.template, example.json), "spec");
    String model = example.place.node.apply(statement).toString();
    if (UPDATE) {
      UPDATED.add(
          new Example(example.name, example.place, example.readOnly, example.json, model));
    } else {
      assertThat(model).isEqualTo(example.model);
    }
    if (!example.readOnly) {
      JsonNode written = MAPPER.readTree(JSON.write(statement)).at(example.place.pointer);
      assertThat(written).isEqualTo(MAPPER.readTree(example.json));
    }
  }

  @Test
  void everyKindOfBlockAndInlineHasAnExample() throws IOException {
    List<String> names = examples().stream().map(Example::name).toList();
    Stream.concat(
            Stream.of(Block.class.getPermittedSubclasses()),
            Stream.of(io.github.communique.model.Inline.class.getPermittedSubclasses()))
        .map(Class::getSimpleName)
        .map(name -> Character.toLowerCase(name.charAt(0)) + name.substring(1))
        .filter(name -> !name.equals("quotation"))
        .forEach(name -> assertThat(names).as("an example named " + name).contains(name));
  }

  @AfterAll
  static void rewrite() throws IOException, URISyntaxException {
    if (!UPDATE || UPDATED.isEmpty()) {
      return;
    }
    // Rewrite the source file, not the copy in target/, keeping the comments at its top.
    Path source = Path.of("src/test/resources", SPEC);
    String text = Files.readString(source);
    StringBuilder out = new StringBuilder(text.substring(0, text.indexOf("\n=== ") + 1));
    for (Example e : examples()) {
      Example updated =
          UPDATED.stream().filter(u -> u.name.equals(e.name)).findFirst().orElse(e);
      out.append("=== ")
          .append(e.name)
          .append(" | ")
          .append(e.place.name().toLowerCase().replace('_', ' '))
          .append(e.readOnly ? " | read only" : "")
          .append('\n')
          .append(e.json)
          .append("\n---\n")
          .append(updated.model)
          .append("\n\n");
    }
    Files.writeString(source, out.toString().stripTrailing() + "\n");
  }

  private static String read() throws IOException {
    try (var in = JsonNodesSpecTest.class.getClassLoader().getResourceAsStream(SPEC)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
