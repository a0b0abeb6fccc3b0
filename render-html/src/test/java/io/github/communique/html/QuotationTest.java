package io.github.communique.html;

import static io.github.communique.model.Blocks.blockQuote;
import static io.github.communique.model.Blocks.embedded;
import static io.github.communique.model.Blocks.paragraph;
import static io.github.communique.model.Inlines.mention;
import static io.github.communique.model.Inlines.scare;
import static io.github.communique.model.Inlines.speech;
import static io.github.communique.model.Inlines.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Attribution;
import io.github.communique.model.Party;
import io.github.communique.model.QuoteStyle;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Quotations as the HTML standard intends them, with marks from the core quote style. */
class QuotationTest {

  private static Statement saying(String language, io.github.communique.model.Inline... content) {
    return Statement.builder("T").language(language).paragraph(content).build();
  }

  private static Element firstParagraph(String html) {
    return Jsoup.parse(html).selectFirst("article > p");
  }

  @Test
  void speechIsAQElementWithTheMarksAsTextAroundIt() {
    String html = Fixtures.fragment(saying("en", text("She said "), speech("no"), text(".")));
    assertThat(html).contains("<p>She said “<q>no</q>”.</p>");
  }

  @Test
  void copiedTextHasExactlyOnePairOfMarks() {
    // jsoup's text() is what a reader copies: the browser's own ::before marks are never copied,
    // and the stylesheet suppresses them on screen.
    Element p = firstParagraph(Fixtures.fragment(saying("en", text("She said "), speech("no"))));
    assertThat(p.text()).isEqualTo("She said “no”");
  }

  @Test
  void nestedQuotationsAlternateByDepth() {
    String html = Fixtures.fragment(saying("en",
        speech(text("he told us "), speech(text("they said "), speech("stop")), text(" twice"))));
    assertThat(firstParagraph(html).text()).isEqualTo("“he told us ‘they said “stop”’ twice”");
  }

  @Test
  void marksFollowTheStatementsLanguage() {
    assertThat(firstParagraph(Fixtures.fragment(saying("de", speech(text("a "), speech("b")))))
        .text()).isEqualTo("„a ‚b‘“");
    assertThat(firstParagraph(Fixtures.fragment(saying("uk", speech(text("а "), speech("б")))))
        .text()).isEqualTo("«а „б“»");
    assertThat(firstParagraph(Fixtures.fragment(saying("fr", speech("oui")))).text())
        .isEqualTo("«\u202Foui\u202F»");
  }

  @Test
  void aHouseStyleOverridesTheLanguage() {
    RenderOptions british = RenderOptions.builder().fragment(true)
        .quoteStyle(QuoteStyle.BRITISH).build();
    String html = Fixtures.render(saying("de", speech(text("a "), speech("b"))), british);
    assertThat(firstParagraph(html).text()).isEqualTo("‘a “b”’");
  }

  @Test
  void scareQuotesAndMentionsArePunctuationNotQ() {
    String html = Fixtures.fragment(saying("en", text("the so-called "), scare("experts"),
        text(" and the word "), mention("sovereignty")));
    Element p = firstParagraph(html);
    assertThat(p.select("q")).isEmpty();
    assertThat(p.select("span.scare").text()).isEqualTo("experts");
    assertThat(p.select("span.mention").text()).isEqualTo("sovereignty");
    assertThat(p.text()).isEqualTo("the so-called “experts” and the word “sovereignty”");
  }

  @Test
  void scareQuotesInsideSpeechTakeTheMarksOfTheirDepth() {
    String html = Fixtures.fragment(saying("en", speech(text("these "), scare("reforms"))));
    assertThat(firstParagraph(html).text()).isEqualTo("“these ‘reforms’”");
  }

  @Test
  void speechCitesItsSourceOnlyWhenTheUrlIsSafe() {
    Attribution safe = new Attribution(Optional.of(Party.person("A")),
        Optional.of(new Source(Optional.empty(), Optional.empty(),
            Optional.of("https://radio.example/ep/1"), Optional.empty())), Optional.empty());
    Attribution hostile = new Attribution(Optional.of(Party.person("A")),
        Optional.of(new Source(Optional.empty(), Optional.empty(),
            Optional.of("javascript:alert(1)"), Optional.empty())), Optional.empty());
    Document doc = Jsoup.parse(Fixtures.fragment(saying("en",
        speech(safe, text("one")), speech(hostile, text("two")), speech("three"))));
    assertThat(doc.select("q").eachAttr("cite")).containsExactly("https://radio.example/ep/1");
    assertThat(doc.select("q")).hasSize(3);
  }

  @Test
  void anEmbeddedStatementCountsAsOneLevelAndUsesItsOwnLanguage() {
    Statement inner = Statement.builder("Innen").language("de")
        .paragraph(speech(text("wir "), speech("bleiben"))).build();
    Statement outer = Statement.builder("Outer")
        .paragraph(speech("before"))
        .block(embedded(inner, "Read out"))
        .build();
    Document doc = Jsoup.parse(Fixtures.fragment(outer));
    assertThat(doc.selectFirst("article.statement > p").text()).isEqualTo("“before”");
    // Depth 1 in German: the alternate pair, then the primary one inside it.
    assertThat(doc.selectFirst("article.embedded-statement > p").text())
        .isEqualTo("‚wir „bleiben“‘");
  }

  @Test
  void blockQuotationsAddNoLevel() {
    Statement s = Statement.builder("T")
        .block(blockQuote(paragraph(text("we said "), speech("never")))).build();
    assertThat(Jsoup.parse(Fixtures.fragment(s)).selectFirst("blockquote p").text())
        .isEqualTo("we said “never”");
  }

  @Test
  void theDefaultStylesheetSuppressesTheBrowsersOwnMarks() {
    assertThat(HtmlRenderer.defaultStylesheet()).contains("q::before,\nq::after {\n  content: none;");
    assertThat(Fixtures.render(Fixtures.minimal(),
        RenderOptions.builder().stylesheet(io.github.communique.render.Stylesheet.NONE).build()))
        .contains("<style>" + HtmlRenderer.ESSENTIAL_CSS + "</style>");
  }
}
