package io.github.communique.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.communique.model.Statement;
import io.github.communique.testing.Samples;
import io.github.communique.testing.StatementArbitraries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema accepts every sample and everything the writer writes, and is strict.
 *
 * <p>A failure prints its {@code seed} and the shrunk sample (on the console and in the surefire
 * report, {@code target/surefire-reports}); rerun exactly that case with
 * {@code @Property(seed = "<seed>", tries = <same tries>)}.
 */
class SchemaTest {
  static final String SCHEMA = "/io/github/communique/json/statement.schema.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final JsonSchema STATEMENT_SCHEMA = load();

  private static JsonSchema load() {
    try (InputStream in = SchemaTest.class.getResourceAsStream(SCHEMA)) {
      return FACTORY.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<ValidationMessage> validate(String json) {
    try {
      return STATEMENT_SCHEMA.validate(MAPPER.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Iterable<String> samples() {
    return Samples.names();
  }

  @Test
  void schemaIsAValidDraft202012Schema() throws IOException {
    JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));
    try (InputStream in = SchemaTest.class.getResourceAsStream(SCHEMA)) {
      JsonNode schema = MAPPER.readTree(in);
      assertThat(meta.validate(schema)).isEmpty();
      assertThat(schema.get("$schema").asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleIsValid(String name) {
    assertThat(validate(Samples.text(name))).isEmpty();
  }

  @Property(tries = 200)
  void everythingTheWriterWritesIsValid(
      @ForAll @From(supplier = StatementArbitraries.Statements.class) Statement statement) {
    assertThat(validate(StatementJson.create().write(statement))).isEmpty();
    assertThat(validate(StatementJson.create().pretty(false).write(statement))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"title\": \"no format\"}",
        "{\"format\": \"communique/2\", \"title\": \"a later version\"}",
        "{\"format\": \"communique/1\"}",
        "{\"format\": \"communique/1\", \"title\": \"x\", \"titel\": \"typo\"}",
        "{\"format\": \"communique/1\", \"title\": 42}",
        "{\"format\": \"communique/1\", \"title\": \"x\", \"label\": null}",
        "{\"format\": \"communique/1\", \"title\": \"x\", \"body\": [{\"type\": \"para\"}]}",
        "{\"format\": \"communique/1\", \"title\": \"x\", \"body\": [{\"content\": []}]}",
        "{\"format\": \"communique/1\", \"title\": \"x\","
            + " \"body\": [{\"type\": \"paragraph\", \"items\": []}]}",
        "{\"format\": \"communique/1\", \"title\": \"x\","
            + " \"body\": [{\"type\": \"paragraph\", \"content\": [{\"type\": \"quotation\"}]}]}",
        "{\"format\": \"communique/1\", \"title\": \"x\","
            + " \"body\": [{\"type\": \"paragraph\", \"content\": [42]}]}",
        "{\"format\": \"communique/1\", \"title\": \"x\","
            + " \"body\": [{\"type\": \"embeddedStatement\", \"statement\":"
            + " {\"format\": \"communique/1\", \"title\": \"y\"}}]}",
        "{\"format\": \"communique/1\", \"title\": \"x\","
            + " \"body\": [{\"type\": \"orderedList\", \"start\": -1}]}",
        "{\"format\": \"communique/1\", \"title\": \"x\", \"date\": {\"date\": \"25.11.2026\"}}",
        "{\"format\": \"communique/1\", \"title\": \"x\", \"embargo\": \"2026-11-25\"}",
        "{\"format\": \"communique/1\", \"title\": \"x\", \"issuers\": [{\"name\": \"A\"}]}",
        "{\"format\": \"communique/1\", \"title\": \"x\","
            + " \"issuers\": [{\"name\": \"A\", \"kind\": \"company\"}]}",
      })
  void schemaRefusesWhatTheReaderRefuses(String json) {
    assertThat(validate(json)).isNotEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StatementJson.create().read(json, "x"))
        .isInstanceOf(io.github.communique.model.StatementFormatException.class);
  }
}
