package io.github.communique.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {

  private static String write(Consumer<HtmlWriter> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HtmlWriter w = new HtmlWriter(out);
    body.accept(w);
    try {
      w.flush();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void textEscapesTheCharactersThatStartMarkup() {
    assertThat(write(w -> w.text("a < b && c > \"d\" 'e'")))
        .isEqualTo("a &lt; b &amp;&amp; c &gt; \"d\" 'e'");
  }

  @Test
  void attributeEscapesQuotesToo() {
    assertThat(write(w -> w.attr("x\" onload=\"alert(1)' <&>")))
        .isEqualTo("x&quot; onload=&quot;alert(1)' &lt;&amp;&gt;");
  }

  @Test
  void jsonStringCannotCloseTheScriptOrOpenAComment() {
    assertThat(write(w -> w.jsonString("</script><!-- \"x\" \\ & \u2028\u2029")))
        .isEqualTo("\"\\u003c/script\\u003e\\u003c!-- \\\"x\\\" \\\\ \\u0026 \\u2028\\u2029\"");
  }

  @Test
  void jsonStringEscapesControlCharacters() {
    assertThat(write(w -> w.jsonString("a\nb\tc\u0001d\u007fe\u0085")))
        .isEqualTo("\"a\\nb\\tc\\u0001d\\u007fe\\u0085\"");
  }

  @Test
  void textReplacesCharactersHtmlForbids() {
    assertThat(write(w -> w.text("a\u0000b\u0008c\u007fd\u0085e\uFFFEf\uFDD0g\uD800h")))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh");
  }

  @Test
  void textKeepsTabsAndLineBreaks() {
    assertThat(write(w -> w.text("a\tb\nc\r\nd"))).isEqualTo("a\tb\nc\r\nd");
  }

  @Test
  void encodesEveryPlaneAsUtf8() {
    String text = "é ж € 中 😀 𝄞";
    assertThat(write(w -> w.text(text))).isEqualTo(text);
    assertThat(write(w -> w.attr(text))).isEqualTo(text);
  }

  @Test
  void aSurrogatePairSplitAcrossTheBufferEdgeStaysWhole() {
    for (int pad = 8170; pad < 8200; pad++) {
      String text = "x".repeat(pad) + "😀é";
      assertThat(write(w -> w.text(text))).isEqualTo(text);
    }
  }

  @Test
  void aPairOrAnEscapeAcrossTheEndOfAChunkOfTheStringIsWrittenWhole() {
    // The writer takes a string 1,024 characters at a time.
    for (int pad = 1015; pad < 1030; pad++) {
      String x = "x".repeat(pad);
      String text = x + "😀é<" + x + "\uD800&y";
      assertThat(write(w -> w.text(text))).isEqualTo(x + "😀é&lt;" + x + "\uFFFD&amp;y");
      assertThat(write(w -> w.jsonChars(x + "😀\u2028\"" + x)))
          .isEqualTo(x + "😀\\u2028\\\"" + x);
    }
  }

  @Test
  void aPairIsKeptAndALoneSurrogateReplacedWhereverTheyFall() {
    for (int pad = 0; pad < 10; pad++) {
      String text = "x".repeat(pad) + "😀é" + "y".repeat(pad) + "\uD800<";
      String expected = "x".repeat(pad) + "😀é" + "y".repeat(pad) + "\uFFFD&lt;";
      assertThat(write(w -> w.text(text))).isEqualTo(expected);
    }
  }

  @Test
  void everyCharacterIsEncodedAsUtf8OrReplacedWhereHtmlForbidsIt() {
    StringBuilder all = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    for (char c = 0x20; c < 0xD800; c++) {
      all.append(c);
      boolean forbidden = c >= 0x7F && c <= 0x9F || c >= 0xFDD0 && c <= 0xFDEF;
      expected.append(forbidden ? "\uFFFD" : c == '<' ? "&lt;" : c == '>' ? "&gt;"
          : c == '&' ? "&amp;" : String.valueOf(c));
    }
    for (char c = 0xE000; c != 0; c++) {
      all.append(c);
      boolean forbidden = c >= 0xFFFE || c >= 0xFDD0 && c <= 0xFDEF;
      expected.append(forbidden ? "\uFFFD" : String.valueOf(c));
    }
    assertThat(write(w -> w.text(all.toString()))).isEqualTo(expected.toString());
  }

  @Test
  void longTextIsWrittenThroughTheBuffer() {
    String text = "<&>é".repeat(50_000);
    String expected = "&lt;&amp;&gt;é".repeat(50_000);
    assertThat(write(w -> w.text(text))).isEqualTo(expected);
    byte[] big = "abc".repeat(10_000).getBytes(StandardCharsets.UTF_8);
    assertThat(write(w -> w.raw("x").raw(big))).isEqualTo("x" + "abc".repeat(10_000));
  }

  @Test
  void numbersAreWrittenInDecimal() {
    assertThat(write(w -> w.number(0).raw(" ").number(7).raw(" ").number(1234567890)))
        .isEqualTo("0 7 1234567890");
  }

  @Test
  void aFailingStreamSurfacesAsWriteFailureWithTheIoException() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk full");
      }
    };
    HtmlWriter w = new HtmlWriter(broken);
    assertThatThrownBy(() -> w.text("x".repeat(20_000)))
        .isInstanceOf(HtmlWriter.WriteFailure.class)
        .hasRootCauseMessage("disk full");
  }
}
