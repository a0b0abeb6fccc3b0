package io.github.communique.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Inlines;
import io.github.communique.model.Statement;
import io.github.communique.testing.Samples;
import io.github.communique.validate.Limits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry points of {@link StatementJson}: files, streams, strings, layout and encodings. */
class StatementJsonTest {
  private static final StatementJson JSON = StatementJson.create();
  private static final Statement KYIV = Samples.load(Samples.KYIV_APPEAL);

  @Test
  void readsAndParsesFiles() throws IOException {
    Path file = Samples.path(Samples.GREEN_ALLIANCE);
    Statement read = JSON.read(file);
    assertThat(JSON.parse(file).statement()).isEqualTo(read);
    assertThat(JSON.parse(file).sourceMap().source()).isEqualTo(file.toString());
    assertThat(read.title()).startsWith("Green Alliance calls for a public inquiry");
  }

  @Test
  void aMissingFileIsAnIoProblem(@TempDir Path dir) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JSON.read(dir.resolve("none.json")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void streamsAreLeftOpenAndFlushed() throws IOException {
    TrackingOutput out = new TrackingOutput();
    JSON.write(KYIV, out);
    assertThat(out.closed).isFalse();
    TrackingInput in = new TrackingInput(out.toByteArray());
    assertThat(JSON.read(in, "kyiv")).isEqualTo(KYIV);
    assertThat(in.closed).isFalse();
  }

  @Test
  void writesUtf8WithTextAsItIsAndANewlineAtTheEnd() throws IOException {
    Statement statement = Statement.builder("Київ 😀 «x» \"q\" \\ é").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(statement, out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .isEqualTo(
            "{\n  \"format\": \"communique/1\",\n  \"title\": \"Київ 😀 «x» \\\"q\\\" \\\\ é\"\n}\n")
        .isEqualTo(JSON.write(statement));
  }

  @Test
  void compactOutputIsOneLine() {
    StatementJson compact = JSON.pretty(false);
    String text = compact.write(KYIV);
    assertThat(text.lines()).hasSize(1);
    assertThat(text).startsWith("{\"format\":\"communique/1\",\"title\":").endsWith("}\n");
    assertThat(JSON.write(KYIV).lines().count()).isGreaterThan(100); // pretty() made a copy
    assertThat(compact.pretty(true).write(KYIV)).isEqualTo(JSON.write(KYIV));
  }

  @Test
  void typeComesFirstInBlocksAndInlines() {
    String text =
        JSON.pretty(false)
            .write(Statement.builder("t").paragraph(Inlines.emphasis("x")).build());
    assertThat(text)
        .contains("{\"type\":\"paragraph\",\"content\":[{\"type\":\"emphasis\",\"content\":[\"x\"]}]}");
  }

  @Test
  void readsUtf16AndUtf8WithByteOrderMarks() throws IOException {
    String json = JSON.write(KYIV);
    byte[] utf16 = json.getBytes(StandardCharsets.UTF_16); // big-endian with a byte order mark
    assertThat(JSON.read(new ByteArrayInputStream(utf16), "utf16")).isEqualTo(KYIV);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + utf8.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
    assertThat(JSON.read(new ByteArrayInputStream(withBom), "bom")).isEqualTo(KYIV);
  }

  @Test
  void keepsItsLimits() {
    Limits limits = Limits.defaults().withMaxTextLength(100);
    assertThat(StatementJson.create(limits).limits()).isEqualTo(limits);
    assertThat(StatementJson.create(limits).pretty(false).limits()).isEqualTo(limits);
    assertThat(StatementJson.create().limits()).isEqualTo(Limits.defaults());
  }

  @Test
  void oneInstanceServesManyThreads() {
    List<Statement> samples = Samples.names().stream().map(Samples::load).toList();
    List<Boolean> same =
        IntStream.range(0, 300)
            .parallel()
            .mapToObj(
                i -> {
                  Statement s = samples.get(i % samples.size());
                  return JSON.read(JSON.write(s), "thread").equals(s);
                })
            .toList();
    assertThat(same).containsOnly(true);
  }

  private static final class TrackingOutput extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  private static final class TrackingInput extends ByteArrayInputStream {
    boolean closed;

    TrackingInput(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
