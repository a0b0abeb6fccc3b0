package io.github.communique.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.Statement;
import io.github.communique.testing.StatementArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code read(write(s)).equals(s)} for generated statements, through strings and bytes.
 *
 * <p>A failure prints its {@code seed} and the shrunk sample (on the console and in the surefire
 * report, {@code target/surefire-reports}); rerun exactly that case with
 * {@code @Property(seed = "<seed>", tries = <same tries>)}.
 */
class JsonRoundTripTest {
  private static final StatementJson PRETTY = StatementJson.create();
  private static final StatementJson COMPACT = StatementJson.create().pretty(false);

  @Property(tries = 300)
  void prettyTextReadsBackToTheSameStatement(
      @ForAll @From(supplier = StatementArbitraries.Statements.class) Statement statement) {
    String json = PRETTY.write(statement);
    assertThat(PRETTY.read(json, "generated")).isEqualTo(statement);
    assertThat(json).endsWith("}\n");
  }

  @Property(tries = 300)
  void compactBytesReadBackToTheSameStatement(
      @ForAll @From(supplier = StatementArbitraries.Statements.class) Statement statement)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    COMPACT.write(statement, out);
    String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text.indexOf('\n')).isEqualTo(text.length() - 1);
    Statement read = COMPACT.read(new ByteArrayInputStream(out.toByteArray()), "generated");
    assertThat(read).isEqualTo(statement);
    // Writing is deterministic, and the same in both layouts once whitespace is set aside.
    assertThat(COMPACT.write(read)).isEqualTo(text);
  }

  @Property(tries = 100)
  void parseReadsTheSameStatementAsRead(
      @ForAll @From(supplier = StatementArbitraries.Statements.class) Statement statement)
      throws IOException {
    byte[] bytes = PRETTY.write(statement).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var parsed = PRETTY.parse(new ByteArrayInputStream(bytes), "generated.json");
    assertThat(parsed.statement()).isEqualTo(statement);
    assertThat(parsed.sourceMap().source()).isEqualTo("generated.json");
    assertThat(parsed.sourceMap().find("title")).hasValueSatisfying(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.column()).isEqualTo(12);
    });
  }

  /** Any string survives, control characters and lone surrogates included. */
  @Property(tries = 500)
  void anyTextSurvives(@ForAll("anyText") String text) throws IOException {
    Statement statement =
        Statement.builder(text)
            .keywords(text)
            .block(new Block.Paragraph(List.of(new Inline.Text(text), new Inline.Text(text))))
            .build();
    assertThat(PRETTY.read(PRETTY.write(statement), "any")).isEqualTo(statement);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    COMPACT.write(statement, out);
    assertThat(COMPACT.read(new ByteArrayInputStream(out.toByteArray()), "any"))
        .isEqualTo(statement);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().all().ofMaxLength(40);
  }
}
