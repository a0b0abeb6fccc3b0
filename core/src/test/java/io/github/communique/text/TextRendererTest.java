package io.github.communique.text;

import static io.github.communique.model.Blocks.paragraph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.Inlines;
import io.github.communique.model.ListItem;
import io.github.communique.model.QuoteStyle;
import io.github.communique.model.Statement;
import io.github.communique.render.RenderException;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Renderer;
import io.github.communique.render.Renderers;
import io.github.communique.testing.Samples;
import io.github.communique.validate.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TextRendererTest {
  private final TextRenderer renderer = TextRenderer.create();

  @Test
  void describesItsFormat() {
    assertThat(renderer.format()).isEqualTo("text");
    assertThat(renderer.mediaType()).isEqualTo("text/plain; charset=UTF-8");
    assertThat(renderer.fileExtension()).isEqualTo("txt");
  }

  @Test
  void isFoundThroughTheServiceLoader() {
    Renderer found = Renderers.discover().require("text");
    assertThat(found).isInstanceOf(TextRenderer.class);
  }

  @Test
  void rendersTheSameBytesFromManyThreadsAtOnce() throws Exception {
    List<Statement> statements = new ArrayList<>();
    for (String name : Samples.names()) {
      statements.add(Samples.load(name));
    }
    statements.add(TestStatements.pressRelease());
    statements.add(TestStatements.japanese());
    List<byte[]> expected = new ArrayList<>();
    for (Statement s : statements) {
      expected.add(bytes(s, RenderOptions.defaults()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int task = 0; task < 64; task++) {
        int index = task % statements.size();
        results.add(
            pool.submit(
                () -> {
                  // Interleave another width, so that any shared state would show.
                  bytes(statements.get(index), RenderOptions.builder().textWidth(31).build());
                  return Arrays.equals(
                      bytes(statements.get(index), RenderOptions.defaults()), expected.get(index));
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void writesAHouseStylesMarksSafely() throws IOException {
    // Marks outside the BMP stay whole; a control character in a mark is never written raw.
    QuoteStyle odd = new QuoteStyle("\uD834\uDD1E", "\u0007", "\uD800", "›");
    Statement s =
        Statement.builder("T")
            .paragraph(Inlines.speech(Inlines.text("a "), Inlines.speech("b")))
            .build();
    String text =
        new String(
            bytes(s, RenderOptions.builder().quoteStyle(odd).build()), StandardCharsets.UTF_8);
    assertThat(text).isEqualTo("T\n=\n\n\uD834\uDD1Ea \uFFFDb›\uFFFD\n");
  }

  @Test
  void leavesTheStreamOpenAndFlushed() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream out =
        new OutputStream() {
          @Override
          public void write(int b) {
            bytes.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
          }

          @Override
          public void close() {
            closed[0] = true;
          }
        };
    renderer.render(Samples.load(Samples.MINIMAL), RenderOptions.defaults(), out);
    assertThat(closed[0]).isFalse();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("Office closed on Friday\n");
  }

  @Test
  void reportsAFailingStreamAsAnIOException() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(
            () ->
                renderer.render(
                    Samples.load(Samples.GREEN_ALLIANCE), RenderOptions.defaults(), broken))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }

  @Test
  void streamsLongDocumentsWithoutHoldingThem() throws IOException {
    // Many paragraphs, one word longer than many lines, and deep lists: output grows with
    // input, and the writer never needs more than a line of memory.
    List<Block> body = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      body.add(paragraph("Paragraph " + i + " of a long statement, with enough words to wrap."));
    }
    body.add(paragraph("x".repeat(200_000)));
    Block list = paragraph("deepest");
    for (int i = 0; i < 40; i++) {
      list = new Block.BulletList(List.of(new ListItem(List.of(paragraph("level " + i), list))));
    }
    body.add(list);
    Statement s =
        new Statement(
            "Long",
            List.of(),
            Optional.empty(),
            List.of(),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            "en",
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            body,
            List.of(),
            List.of(),
            List.of());
    // 40 levels of lists: more than Limits.maxListDepth allows by default.
    TextRenderer deepLists =
        TextRenderer.builder().limits(Limits.defaults().withMaxListDepth(40)).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    deepLists.render(s, RenderOptions.defaults(), out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.lines())
        .allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(72));
    assertThat(text.lines().filter(line -> line.startsWith("x")).mapToInt(String::length).sum())
        .isEqualTo(200_000);
    assertThat(text).contains("- level 39").contains("deepest");
  }

  @Test
  void pathologicalInputTakesLinearTime() throws IOException {
    // A paragraph of one enormous word, and one of enormous runs of spaces and marks: time per
    // character must not grow with the size (generous bound: a quadratic writer fails by far).
    long small = timePerChar(20_000);
    long large = timePerChar(640_000);
    assertThat(large).isLessThan(Math.max(small, 1) * 8);
  }

  private long timePerChar(int size) throws IOException {
    StringBuilder marks = new StringBuilder();
    for (int i = 0; i < size / 4; i++) {
      marks.append("e\u0301 ");
    }
    Statement s =
        Statement.builder("T")
            .paragraph("y".repeat(size))
            .paragraph(" ".repeat(size) + "z")
            .paragraph(marks.toString())
            .block(paragraph(new Inline.Text("日本語".repeat(size / 3))))
            .build();
    bytes(s, RenderOptions.defaults()); // warm up
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      bytes(s, RenderOptions.defaults());
      best = Math.min(best, System.nanoTime() - start);
    }
    return best / size;
  }

  private byte[] bytes(Statement statement, RenderOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(statement, options, out);
    return out.toByteArray();
  }

  @Test
  void aStatementNestedTooDeeplyForTheStackIsARenderException() {
    Inline nested = Inlines.text("x");
    for (int i = 0; i < 200_000; i++) {
      nested = Inlines.emphasis(nested);
    }
    Statement statement = Statement.builder("Deep").paragraph(nested).build();
    // Limits raised past what the stack can walk: the last resort (DeepModelTest covers the
    // check against the limits that refuses such a statement before writing).
    Renderer unlimited =
        renderer.withLimits(Limits.defaults().withMaxNestingDepth(Integer.MAX_VALUE));

    assertThatThrownBy(() -> unlimited
        .render(statement, RenderOptions.defaults(), OutputStream.nullOutputStream()))
        .isInstanceOf(RenderException.class)
        .hasMessage("cannot render the statement as text: emphasis, strong text and links nest"
            + " 200000 deep, deeper than this thread's stack can walk; the limits given to"
            + " TextRenderer.builder().limits allow it (Limits.maxNestingDepth is 2147483647):"
            + " lower that limit (the defaults are safe), or render in a thread with a larger"
            + " stack");
  }
}
