package io.github.communique.validate;

import static io.github.communique.model.Blocks.blockQuote;
import static io.github.communique.model.Blocks.paragraph;
import static io.github.communique.model.Inlines.link;
import static io.github.communique.validate.Fixtures.error;
import static io.github.communique.validate.Fixtures.problems;
import static io.github.communique.validate.Fixtures.withBody;
import static io.github.communique.validate.Fixtures.withParagraph;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Attribution;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Link, source and statement URLs: http, https, mailto, tel or relative, however disguised. */
class ValidatorUrlTest {
  private static final String ALLOWED =
      "; only http, https, mailto and tel URLs, or relative ones, are allowed: ";

  private static List<Problem> linkTo(String target) {
    return problems(withParagraph(link(target, "the report")));
  }

  private static Problem target(String message) {
    return error("body[0].content[0].target", message);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.org/report",
        "http://example.org",
        "HTTPS://EXAMPLE.ORG/",
        "mailto:press@example.org",
        "tel:+3225550123",
        "/press/2026/114",
        "report.pdf",
        "../reports/may",
        "#background",
        "?page=2",
        "//cdn.example.org/report.pdf",
        "https://example.org/a%3Ab",
        "https://example.org/?next=javascript:alert(1)",
        "https://example.org/&#106;avascript:",
        "./javascript:alert(1)",
        "https://пример.рф/заявление"
      })
  void allowed(String target) {
    assertThat(linkTo(target)).isEmpty();
  }

  @Test
  void javascript() {
    assertThat(linkTo("javascript:alert(1)"))
        .containsExactly(target("the link target 'javascript:alert(1)' uses the scheme"
            + " 'javascript:'" + ALLOWED + "link to a web page instead"));
  }

  @Test
  void mixedCase() {
    assertThat(linkTo("JaVaScRiPt:alert(1)"))
        .containsExactly(target("the link target 'JaVaScRiPt:alert(1)' uses the scheme"
            + " 'javascript:'" + ALLOWED + "link to a web page instead"));
  }

  @Test
  void otherSchemes() {
    assertThat(linkTo("data:text/html;base64,PHNjcmlwdD4="))
        .containsExactly(target("the link target 'data:text/html;base64,PHNjcmlwdD4=' uses the"
            + " scheme 'data:'" + ALLOWED + "link to a web page instead"));
    assertThat(linkTo("ftp://example.org/report.pdf"))
        .containsExactly(target("the link target 'ftp://example.org/report.pdf' uses the scheme"
            + " 'ftp:'" + ALLOWED + "use an https:// address"));
    assertThat(linkTo("file:///etc/passwd")).hasSize(1);
    assertThat(linkTo("vbscript:msgbox(1)")).hasSize(1);
    assertThat(linkTo("C:\\reports\\may.pdf")).hasSize(1);
  }

  /** Each is read as javascript: by some browser, decoder or careless renderer. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        " javascript:alert(1)",
        "\tjavascript:alert(1)",
        "\u0000javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\u200Bscript:alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "&#0000106avascript:alert(1)",
        "javascript&colon;alert(1)",
        "javascript&#58;alert(1)",
        "jav&#x09;ascript:alert(1)",
        "%6Aavascript:alert(1)",
        "javascript%3Aalert(1)",
        "&amp;#106;avascript:alert(1)",
        "%26%23106%3Bavascript:alert(1)",
        "ｊａｖａｓｃｒｉｐｔ：alert(1)"
      })
  void disguisedJavascript(String target) {
    assertThat(linkTo(target))
        .containsExactly(target("the link target " + Texts.quote(target) + " reads as a"
            + " 'javascript:' URL once invisible characters, character references and"
            + " percent-escapes are decoded" + ALLOWED + "link to a web page instead"));
  }

  @Test
  void theDisguiseIsShownEscapedInTheMessage() {
    assertThat(linkTo("\tjavascript:x").get(0).message())
        .startsWith("the link target '\\u0009javascript:x' reads as a 'javascript:' URL");
  }

  @Test
  void spacesInsideAUrl() {
    assertThat(linkTo("https://example.org/my report.pdf"))
        .containsExactly(target("the link target 'https://example.org/my report.pdf' contains a"
            + " space at character 23; remove it, or write a space inside a URL as %20"));
    assertThat(linkTo(" https://example.org/"))
        .containsExactly(target("the link target ' https://example.org/' contains a space at"
            + " character 1; remove it, or write a space inside a URL as %20"));
    assertThat(linkTo("https://example.org/\n"))
        .containsExactly(target("the link target 'https://example.org/\\u000A' contains the"
            + " invisible character U+000A at character 21; remove it, or write a space inside a"
            + " URL as %20"));
  }

  @Test
  void aWebAddressWithoutScheme() {
    assertThat(linkTo("www.example.org/report"))
        .containsExactly(target("the link target 'www.example.org/report' has no scheme, so"
            + " browsers read it as a path on the current site: write"
            + " https://www.example.org/report"));
  }

  @Test
  void anEmailAddressWithoutScheme() {
    assertThat(linkTo("press@example.org"))
        .containsExactly(target("the link target 'press@example.org' looks like an email"
            + " address without a scheme: write mailto:press@example.org"));
  }

  @Test
  void aBlankTarget() {
    assertThat(linkTo(" "))
        .containsExactly(target("the link target is blank: give the URL the link points to"
            + " (https://…, mailto:…, tel:… or a relative URL)"));
  }

  @Test
  void theUrlOfASource() {
    Source source = new Source(Optional.empty(), Optional.empty(),
        Optional.of("javascript:alert(1)"), Optional.empty());
    Attribution attribution = new Attribution(Optional.empty(), Optional.of(source),
        Optional.empty());

    assertThat(problems(withBody(blockQuote(attribution, paragraph("a")))))
        .containsExactly(error("body[0].attribution.source.url", "the source URL"
            + " 'javascript:alert(1)' uses the scheme 'javascript:'" + ALLOWED
            + "link to a web page instead"));
  }

  @Test
  void theUrlOfTheStatement() {
    assertThat(problems(Statement.builder("T").url("ftp://example.org/pr").build()))
        .containsExactly(error("url", "the statement's URL 'ftp://example.org/pr' uses the"
            + " scheme 'ftp:'" + ALLOWED + "use an https:// address"));
  }

  @Test
  void aLongHostileTargetIsDecodedInBoundedRounds() {
    String nested = "&amp;".repeat(50_000) + "#106;avascript:alert(1)";

    // Two rounds of decoding leave '&' in front, which no reader takes for a scheme.
    assertThat(linkTo(nested)).isEmpty();
  }
}
