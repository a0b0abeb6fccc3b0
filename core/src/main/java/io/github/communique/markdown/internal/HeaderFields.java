package io.github.communique.markdown.internal;

import io.github.communique.model.Contact;
import io.github.communique.model.Party;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads the front matter's fields into a statement's parts. Every scalar is taken as its text;
 * unknown keys, duplicate keys, tags other than YAML's core ones and values of the wrong shape are
 * errors at their line and column.
 */
final class HeaderFields {
  static final List<String> KEYS =
      List.of(
          "title",
          "standfirst",
          "label",
          "issuers",
          "authors",
          "date",
          "time",
          "zone",
          "place",
          "language",
          "keywords",
          "id",
          "url",
          "embargo",
          "contacts",
          "delivery");

  private static final Set<String> PARTY_KEYS = Set.of("name", "kind", "role", "affiliation");
  private static final Set<String> CONTACT_KEYS = Set.of("name", "organisation", "email", "phone");
  private static final Set<Tag> CORE_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);

  /** The standfirst as written (Markdown inline text) and where its value starts. */
  record Standfirst(String markdown, int offset) {}

  private final SourceText source;
  private final YamlFrontMatter.Text text;
  private final Positions positions;
  private final String prefix;
  private final boolean embedded;

  private HeaderFields(
      SourceText source,
      YamlFrontMatter.Text text,
      Positions positions,
      String prefix,
      boolean embedded) {
    this.source = source;
    this.text = text;
    this.positions = positions;
    this.prefix = prefix;
    this.embedded = embedded;
  }

  /**
   * Reads {@code root} into {@code parts}; {@code prefix} is the document path of the statement (""
   * or {@code "body[2].statement."}); {@code embedded} allows {@code delivery}.
   */
  static Optional<Standfirst> read(
      SourceText source,
      YamlFrontMatter.Text text,
      Node root,
      StatementParts parts,
      Positions positions,
      String prefix,
      boolean embedded) {
    return new HeaderFields(source, text, positions, prefix, embedded).read(root, parts);
  }

  private Optional<Standfirst> read(Node root, StatementParts parts) {
    if (isNull(root)) {
      return Optional.empty();
    }
    Map<String, Node> fields = mapping(root, "the front matter", Set.copyOf(KEYS));
    Standfirst standfirst = null;
    for (Map.Entry<String, Node> field : fields.entrySet()) {
      String key = field.getKey();
      Node value = field.getValue();
      record(key, value);
      switch (key) {
        case "title":
          parts.title = Optional.of(string(value, key));
          break;
        case "standfirst":
          standfirst = new Standfirst(string(value, key), offset(value));
          break;
        case "label":
          parts.label = optional(value, key);
          break;
        case "issuers":
          parties(value, key, Party.Kind.ORGANISATION, parts.issuers);
          break;
        case "authors":
          parties(value, key, Party.Kind.PERSON, parts.authors);
          break;
        case "date":
          parts.date = optional(value, key).map(s -> parse(value, s, LocalDate::parse, DATE_HINT));
          break;
        case "time":
          parts.time = optional(value, key).map(s -> parse(value, s, LocalTime::parse, TIME_HINT));
          break;
        case "zone":
          parts.zone = optional(value, key).map(s -> parse(value, s, ZoneId::of, ZONE_HINT));
          break;
        case "place":
          parts.place = optional(value, key);
          break;
        case "language":
          parts.language = string(value, key);
          break;
        case "keywords":
          for (Node item : sequence(value, key)) {
            record(key + "[" + parts.keywords.size() + "]", item);
            parts.keywords.add(string(item, "a keyword"));
          }
          break;
        case "id":
          parts.id = optional(value, key);
          break;
        case "url":
          parts.url = optional(value, key);
          break;
        case "embargo":
          parts.embargo =
              optional(value, key).map(s -> parse(value, s, ZonedDateTime::parse, EMBARGO_HINT));
          break;
        case "contacts":
          contacts(value, parts.contacts);
          break;
        case "delivery":
          if (!embedded) {
            throw error(
                value,
                "delivery says how an embedded statement was delivered; it belongs in the front"
                    + " matter of a ::: statement block, not of the file");
          }
          parts.delivery = optional(value, key);
          break;
        default:
          throw new AssertionError(key);
      }
    }
    if (parts.time.isPresent() && parts.date.isEmpty()) {
      throw error(fields.get("time"), "a time needs a date: add date: YYYY-MM-DD");
    }
    if (parts.zone.isPresent() && parts.time.isEmpty()) {
      throw error(fields.get("zone"), "a zone needs a time: add time: \"HH:MM\"");
    }
    return Optional.ofNullable(standfirst);
  }

  private static final String DATE_HINT = "write the date as YYYY-MM-DD, for example 2026-11-25";
  private static final String TIME_HINT = "write the time as \"HH:MM\", for example \"14:30\"";
  private static final String ZONE_HINT =
      "write a zone as a region such as Europe/Berlin, or an offset such as +01:00";
  private static final String EMBARGO_HINT =
      "write the embargo as an ISO date and time with its offset or zone, for example"
          + " 2026-11-25T09:00+01:00[Europe/Brussels]";

  private <T> T parse(Node node, String value, Function<String, T> parser, String hint) {
    try {
      return parser.apply(value.trim());
    } catch (DateTimeException e) {
      throw error(node, "'" + value + "' cannot be read: " + hint);
    }
  }

  private void parties(Node value, String key, Party.Kind defaultKind, List<Party> into) {
    for (Node item : sequence(value, key)) {
      String path = key + "[" + into.size() + "]";
      record(path, item);
      if (item instanceof ScalarNode) {
        into.add(
            new Party(string(item, "a party"), defaultKind, Optional.empty(), Optional.empty()));
        continue;
      }
      Map<String, Node> fields = mapping(item, "a party", PARTY_KEYS);
      fields.forEach((k, v) -> record(path + "." + k, v));
      Node name = fields.get("name");
      if (name == null) {
        throw error(item, "a party needs a name: add name: …");
      }
      Party.Kind kind = defaultKind;
      Node kindNode = fields.get("kind");
      if (kindNode != null) {
        String kindText = string(kindNode, "kind");
        if (kindText.equals("person")) {
          kind = Party.Kind.PERSON;
        } else if (kindText.equals("organisation") || kindText.equals("organization")) {
          kind = Party.Kind.ORGANISATION;
        } else {
          throw error(kindNode, "kind is person or organisation, not '" + kindText + "'");
        }
      }
      into.add(
          new Party(
              string(name, "name"),
              kind,
              optionalField(fields, "role"),
              optionalField(fields, "affiliation")));
    }
  }

  private void contacts(Node value, List<Contact> into) {
    for (Node item : sequence(value, "contacts")) {
      String path = "contacts[" + into.size() + "]";
      record(path, item);
      if (item instanceof ScalarNode) {
        into.add(
            new Contact(
                string(item, "a contact"), Optional.empty(), Optional.empty(), Optional.empty()));
        continue;
      }
      Map<String, Node> fields = mapping(item, "a contact", CONTACT_KEYS);
      fields.forEach((k, v) -> record(path + "." + k, v));
      Node name = fields.get("name");
      if (name == null) {
        throw error(item, "a contact needs a name: add name: …");
      }
      into.add(
          new Contact(
              string(name, "name"),
              optionalField(fields, "organisation"),
              optionalField(fields, "email"),
              optionalField(fields, "phone")));
    }
  }

  private Optional<String> optionalField(Map<String, Node> fields, String key) {
    Node node = fields.get(key);
    return node == null ? Optional.empty() : optional(node, key);
  }

  /** A mapping's fields by key, in order; duplicates and unknown keys are errors. */
  private Map<String, Node> mapping(Node node, String what, Set<String> known) {
    checkTag(node);
    if (!(node instanceof MappingNode)) {
      throw error(node, what + " must be a mapping of keys to values");
    }
    Map<String, Node> fields = new java.util.LinkedHashMap<>();
    Map<String, Node> keys = new HashMap<>();
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      Node keyNode = tuple.getKeyNode();
      checkTag(keyNode);
      if (!(keyNode instanceof ScalarNode)) {
        throw error(keyNode, "keys in " + what + " must be plain words");
      }
      String key = ((ScalarNode) keyNode).getValue();
      if (!known.contains(key)) {
        throw error(
            keyNode,
            "unknown key '"
                + key
                + "' in "
                + what
                + "; the keys are: "
                + String.join(", ", known.stream().sorted().toList()));
      }
      Node first = keys.putIfAbsent(key, keyNode);
      if (first != null) {
        int line = source.position(offset(first)).line();
        throw error(keyNode, "the key '" + key + "' is given twice (first at line " + line + ")");
      }
      fields.put(key, tuple.getValueNode());
    }
    return fields;
  }

  private List<Node> sequence(Node node, String key) {
    checkTag(node);
    if (isNull(node)) {
      return List.of();
    }
    if (!(node instanceof SequenceNode)) {
      throw error(node, key + " must be a list, for example " + key + ": [first, second]");
    }
    return ((SequenceNode) node).getValue();
  }

  private String string(Node node, String what) {
    checkTag(node);
    if (!(node instanceof ScalarNode) || isNull(node)) {
      throw error(node, what + " must be text");
    }
    return ((ScalarNode) node).getValue();
  }

  /** A scalar, or empty for YAML's null ({@code ~}, {@code null} or nothing). */
  private Optional<String> optional(Node node, String what) {
    return isNull(node) ? Optional.empty() : Optional.of(string(node, what));
  }

  private static boolean isNull(Node node) {
    if (!(node instanceof ScalarNode)
        || ((ScalarNode) node).getScalarStyle() != ScalarStyle.PLAIN) {
      return false;
    }
    String value = ((ScalarNode) node).getValue();
    return value.isEmpty()
        || value.equals("~")
        || value.equals("null")
        || value.equals("Null")
        || value.equals("NULL");
  }

  private void checkTag(Node node) {
    if (!CORE_TAGS.contains(node.getTag())) {
      throw error(
          node,
          "YAML tags such as "
              + node.getTag().getValue()
              + " are not supported in the front matter; remove the tag");
    }
  }

  private void record(String key, Node node) {
    if (positions.enabled()) {
      positions.put(prefix + key, offset(node));
    }
  }

  private int offset(Node node) {
    Mark mark = node.getStartMark().orElse(null);
    return mark == null ? text.offset(0, 0) : text.offset(mark.getLine(), mark.getColumn());
  }

  private RuntimeException error(Node node, String message) {
    return source.error(offset(node), message);
  }
}
