package io.github.communique.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementFormatException;
import io.github.communique.validate.Limits;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Input built to exhaust the stack, memory or time is refused early, naming the {@link Limits}
 * setting that raises the bound, and never with a {@link StackOverflowError} or {@link
 * OutOfMemoryError}. Streams are generated as they are read, so a test measures how much of the
 * input the reader consumed before it gave up, which bounds the memory it used. The timeouts only
 * catch a reader that hangs; they are far above the time the tests take.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileJsonTest {
  private static final String HEAD = "{\"format\": \"communique/1\", \"title\": \"t\", ";
  private static final int DEEP = 100_000;

  private static StatementFormatException refusal(StatementJson reader, String json) {
    StatementFormatException e =
        catchThrowableOfType(StatementFormatException.class, () -> reader.read(json, "hostile"));
    assertThat(e).isNotNull();
    return e;
  }

  @Test
  void deeplyNestedArraysAreNotAStatement() {
    String json = "[".repeat(DEEP) + "]".repeat(DEEP);
    assertThat(refusal(StatementJson.create(), json).getMessage())
        .contains("a statement file holds one JSON object");
  }

  @Test
  void deeplyNestedArraysInTheBodyAreNotBlocks() {
    String json = HEAD + "\"body\": " + "[".repeat(DEEP) + "]".repeat(DEEP) + "}";
    assertThat(refusal(StatementJson.create(), json).getMessage())
        .endsWith("(at /body/0): expected a block object ({\"type\": \"paragraph\", ...}) as an"
            + " item of \"body\", found an array");
  }

  @Test
  void deeplyNestedObjectsAreUnknownFields() {
    String json = "{\"a\": ".repeat(DEEP) + "1" + "}".repeat(DEEP);
    assertThat(refusal(StatementJson.create(), json).getMessage())
        .contains("unknown field \"a\" in a statement");
  }

  @Test
  void deeplyNestedBlockQuotationsHitTheNestingLimit() {
    String json =
        HEAD
            + "\"body\": ["
            + "{\"type\": \"blockQuotation\", \"blocks\": [".repeat(DEEP)
            + "]}".repeat(DEEP)
            + "]}";
    StatementFormatException e = refusal(StatementJson.create(), json);
    assertThat(e.getMessage())
        .contains("the document nests more than 348 levels of JSON deep")
        .contains("raise Limits.maxNestingDepth (now 32) with Limits.withMaxNestingDepth");
  }

  @Test
  void deeplyNestedQuotationsHitTheNestingLimit() {
    String json =
        HEAD
            + "\"body\": [{\"type\": \"paragraph\", \"content\": ["
            + "{\"type\": \"quotation\", \"kind\": \"speech\", \"content\": [".repeat(DEEP)
            + "]}".repeat(DEEP)
            + "]}]}";
    assertThat(refusal(StatementJson.create(), json).getMessage())
        .contains("the document nests more than 348 levels of JSON deep");
  }

  /** Limits that let the nesting through leave the stack as the bound: refused all the same. */
  @Test
  void nestingBeyondTheStackIsRefusedWhenTheLimitsAllowIt() {
    Limits unlimited = Limits.defaults().withMaxNestingDepth(Integer.MAX_VALUE / 8);
    String json =
        HEAD
            + "\"body\": ["
            + "{\"type\": \"blockQuotation\", \"blocks\": [".repeat(5 * DEEP)
            + "]}".repeat(5 * DEEP)
            + "]}";
    assertThat(refusal(StatementJson.create(unlimited), json).getMessage())
        .contains("the document nests too deeply for this thread's stack; lower"
            + " Limits.maxNestingDepth");
  }

  @Test
  void aFiftyMegabyteStringIsRefusedAfterTheTextLimit() {
    CountingStream in =
        new CountingStream(HEAD.replace("\"t\", ", "\"t\", \"place\": \""), 50L << 20, 'a', "\"}");
    StatementFormatException e =
        catchThrowableOfType(
            StatementFormatException.class, () -> StatementJson.create().read(in, "hostile"));
    assertThat(e.getMessage())
        .isEqualTo("hostile:1:51 (at /place): a text is longer than 1048576 characters, the most"
            + " Limits.maxTextLength allows; split it, or raise Limits.maxTextLength with"
            + " Limits.withMaxTextLength");
    assertThat(in.consumed).isLessThan(2L << 20);
  }

  @Test
  void anEndlessDocumentIsRefusedAtTheDocumentLimit() {
    CountingStream in = new CountingStream(HEAD, Long.MAX_VALUE, ' ', "");
    StatementFormatException e =
        catchThrowableOfType(
            StatementFormatException.class, () -> StatementJson.create().read(in, "hostile"));
    assertThat(e.getMessage())
        .endsWith(": the document is longer than 67108864 bytes, the most"
            + " Limits.maxDocumentLength allows; raise Limits.maxDocumentLength with"
            + " Limits.withMaxDocumentLength to read it");
    assertThat(in.consumed).isBetween(64L << 20, (64L << 20) + (1 << 16));
  }

  @Test
  void aHugeDocumentOfManyBlocksIsRefusedAtALowerDocumentLimit() {
    String paragraph = "{\"type\": \"paragraph\", \"content\": [\"" + "x".repeat(1000) + "\"]}, ";
    CountingStream in = new CountingStream(HEAD + "\"body\": [", paragraph, 100_000);
    Limits limits = Limits.defaults().withMaxDocumentLength(4 << 20);
    StatementFormatException e =
        catchThrowableOfType(
            StatementFormatException.class, () -> StatementJson.create(limits).read(in, "hostile"));
    assertThat(e.getMessage()).contains("the document is longer than 4194304 bytes");
    assertThat(e.pointer().orElseThrow()).startsWith("/body/");
    assertThat(in.consumed).isLessThan((4 << 20) + (1 << 16));
  }

  @Test
  void theWriterRefusesAStatementNestedTooDeepWithoutOverflowingTheStack() {
    Block block = new Block.ThematicBreak();
    Inline inline = new Inline.Text("deep");
    for (int i = 0; i < DEEP; i++) {
      block = new Block.BlockQuotation(List.of(block), Optional.empty());
      inline = new Inline.Quotation(List.of(inline), QuoteKind.SPEECH, Optional.empty());
    }
    for (Statement deep :
        List.of(
            Statement.builder("t").block(block).build(),
            Statement.builder("t").paragraph(inline).build())) {
      StatementFormatException e =
          catchThrowableOfType(
              StatementFormatException.class,
              () -> StatementJson.create().write(deep, new ByteArrayOutputStream()));
      assertThat(e.getMessage()).contains("the statement nests more than 348 levels of JSON deep");
    }
  }

  /** Generates a document as it is read: a head, then a filler, then a tail; counts the bytes. */
  private static final class CountingStream extends InputStream {
    private final byte[] head;
    private final byte[] filler;
    private final long fillerBytes;
    private final byte[] tail;
    long consumed;

    CountingStream(String head, long fillerBytes, char filler, String tail) {
      this(head, String.valueOf(filler), fillerBytes, tail);
    }

    CountingStream(String head, String unit, long units) {
      this(head, unit, units * unit.length(), "{\"type\": \"thematicBreak\"}]}");
    }

    private CountingStream(String head, String filler, long fillerBytes, String tail) {
      this.head = head.getBytes(StandardCharsets.UTF_8);
      this.filler = filler.getBytes(StandardCharsets.UTF_8);
      this.fillerBytes = fillerBytes;
      this.tail = tail.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      long at = consumed;
      int b;
      if (at < head.length) {
        b = head[(int) at];
      } else if (at - head.length < fillerBytes) {
        b = filler[(int) ((at - head.length) % filler.length)];
      } else if (at - head.length - fillerBytes < tail.length) {
        b = tail[(int) (at - head.length - fillerBytes)];
      } else {
        return -1;
      }
      consumed++;
      return b & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      long fillerLeft = head.length + fillerBytes - consumed;
      if (filler.length == 1 && consumed >= head.length && fillerLeft >= length) {
        java.util.Arrays.fill(buffer, offset, offset + length, filler[0]); // the fast path
        consumed += length;
        return length;
      }
      int n = 0;
      while (n < length) {
        int b = read();
        if (b < 0) {
          return n == 0 ? -1 : n;
        }
        buffer[offset + n++] = (byte) b;
      }
      return n;
    }
  }
}
