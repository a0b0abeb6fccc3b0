package io.github.communique.validate;

import static io.github.communique.model.Inlines.text;
import static io.github.communique.validate.Fixtures.error;
import static io.github.communique.validate.Fixtures.problems;
import static io.github.communique.validate.Fixtures.withParagraph;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Party;
import io.github.communique.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Characters a renderer cannot show safely. Running text may hold tab and line feed (shown as a
 * space); single-line fields may not; no text may hold other controls, unpaired surrogates,
 * noncharacters or bidirectional controls it never closes.
 */
class ValidatorCharactersTest {

  private static Problem inText(String message) {
    return error("body[0].content[0].text", "the text " + message);
  }

  @Test
  void aControlCharacterInRunningText() {
    assertThat(problems(withParagraph(text("a\u0007b"))))
        .containsExactly(inText("contains the control character U+0007 at character 2; remove it"));
  }

  @Test
  void severalAreCountedAfterTheFirst() {
    assertThat(problems(withParagraph(text("a\u0000b\u001Bc\u007F"))))
        .containsExactly(inText(
            "contains the control character U+0000 at character 2; remove it (and 2 more like it)"));
  }

  @Test
  void c1ControlsToo() {
    assertThat(problems(withParagraph(text("next\u0085line"))))
        .containsExactly(inText("contains the control character U+0085 at character 5; remove it"));
  }

  @Test
  void aCarriageReturnInRunningText() {
    assertThat(problems(withParagraph(text("a\r\nb"))))
        .containsExactly(inText("contains a carriage return (U+000D) at character 2; remove it (a"
            + " line feed or a LineBreak inline breaks a line)"));
  }

  @Test
  void tabAndLineFeedAreSpacesInRunningText() {
    assertThat(problems(withParagraph(text("a\tb\nc")))).isEmpty();
  }

  @Test
  void singleLineFieldsTakeNoLineFeedOrTab() {
    Statement s =
        Statement.builder("One\nTwo").issuer(Party.organisation("Green\tAlliance")).build();

    assertThat(problems(s))
        .containsExactly(
            error("title", "the title contains a line feed (U+000A) at character 4; this text is"
                + " a single line: use a space instead"),
            error("issuers[0].name", "the name contains a tab (U+0009) at character 6; this text"
                + " is a single line: use a space instead"));
  }

  @Test
  void positionsCountCharactersNotCodeUnits() {
    assertThat(problems(withParagraph(text("😀😀\u0001"))))
        .containsExactly(inText("contains the control character U+0001 at character 3; remove it"));
  }

  @Test
  void anUnpairedSurrogate() {
    assertThat(problems(withParagraph(text("a\uD800"))))
        .containsExactly(inText("contains an unpaired surrogate U+D800 at character 2, which is"
            + " not valid Unicode; re-encode the text as UTF-8 or remove it"));
    assertThat(problems(withParagraph(text("\uDC00a"))))
        .containsExactly(inText("contains an unpaired surrogate U+DC00 at character 1, which is"
            + " not valid Unicode; re-encode the text as UTF-8 or remove it"));
  }

  @Test
  void noncharacters() {
    assertThat(problems(withParagraph(text("a\uFFFE"))))
        .containsExactly(inText("contains the noncharacter U+FFFE at character 2; remove it"));
    assertThat(problems(withParagraph(text("\uFDD0"))))
        .containsExactly(inText("contains the noncharacter U+FDD0 at character 1; remove it"));
    assertThat(problems(withParagraph(text("a" + Character.toString(0x1FFFF)))))
        .containsExactly(inText("contains the noncharacter U+1FFFF at character 2; remove it"));
  }

  @Test
  void anOverrideThatIsNeverClosed() {
    assertThat(problems(withParagraph(text("abc\u202Edef"))))
        .containsExactly(inText("opens the bidirectional control U+202E (right-to-left override)"
            + " at character 4 and never closes it, so it would reorder the text after it; close"
            + " it with U+202C (pop directional formatting) or remove it"));
  }

  @Test
  void anIsolateThatIsNeverClosed() {
    assertThat(problems(withParagraph(text("a\u2067b\u202Cc"))))
        .containsExactly(inText("opens the bidirectional control U+2067 (right-to-left isolate)"
            + " at character 2 and never closes it, so it would reorder the text after it; close"
            + " it with U+2069 (pop directional isolate) or remove it"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u202Eabc\u202C",
        "\u202Aa\u202Bb\u202C\u202C",
        "\u2067שלום\u2069",
        "\u2068a\u202Bb\u2069", // the isolate's end closes the embedding inside it
        "\u202C\u2069 closing what was never opened is harmless",
        "marks \u200E\u200F\u061C are fine",
        "ZWJ in 👩\u200D💻 is fine"
      })
  void balancedBidirectionalControlsAreFine(String text) {
    assertThat(problems(withParagraph(text(text)))).isEmpty();
  }

  @Test
  void headingsAreTextToo() {
    Statement s = Statement.builder("T").section("A\u0007", sec -> sec.paragraph("a")).build();

    assertThat(problems(s))
        .containsExactly(error("sections[0].heading[0].text", "the text contains the control"
            + " character U+0007 at character 2; remove it"));
  }

  @Test
  void messagesShowInvisibleCharactersAsEscapesAndCutLongValues() {
    String target = "https://example.org/\u202E" + "x".repeat(100);

    String message = problems(withParagraph(io.github.communique.model.Inlines.link(target, "a")))
        .get(0).message();

    assertThat(message)
        .isEqualTo("the link target 'https://example.org/\\u202E" + "x".repeat(39) + "…'"
            + " contains the invisible character U+202E at character 21; remove it, or write a"
            + " space inside a URL as %20");
    assertThat(message.chars()).noneMatch(c -> Character.getType(c) == Character.FORMAT);
  }
}
