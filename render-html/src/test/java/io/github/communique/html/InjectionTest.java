package io.github.communique.html;

import static io.github.communique.model.Blocks.blockQuote;
import static io.github.communique.model.Blocks.embedded;
import static io.github.communique.model.Blocks.paragraph;
import static io.github.communique.model.Inlines.link;
import static io.github.communique.model.Inlines.noteRef;
import static io.github.communique.model.Inlines.speech;
import static io.github.communique.model.Inlines.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.communique.model.Attribution;
import io.github.communique.model.Contact;
import io.github.communique.model.Party;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds a corpus of injection vectors through every place a statement's text or URLs reach the
 * page, parses the output as a browser would (jsoup) and checks that no script, event handler,
 * foreign element or hostile URL came out of it, and that the user's text is all still there.
 */
class InjectionTest {

  /** Text that tries to become markup: it must come out as the same visible text. */
  static final List<String> TEXT_VECTORS = List.of(
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "\"><script>alert(1)</script>",
      "'><svg onload=alert(1)>",
      "</title><script>alert(1)</script>",
      "</script><script>alert(1)</script>",
      "<!--<script>alert(1)//-->",
      "</style><script>alert(1)</script>",
      "<iframe src=\"javascript:alert(1)\"></iframe>",
      "<a href=\"javascript:alert(1)\">click</a>",
      "\" onmouseover=\"alert(1)",
      "' onfocus='alert(1)' autofocus='",
      "&lt;script&gt;alert(1)&lt;/script&gt;",
      "&#60;script&#62;alert(1)&#60;/script&#62;",
      "<style>body{display:none}</style>",
      "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
      "<![CDATA[<script>alert(1)</script>]]>",
      "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
      "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
      "\u2028</script>\u2029<!--",
      "{{constructor.constructor('alert(1)')()}}");

  /** URLs that try to run script or leave the page: none may become a link. */
  static final List<String> URL_VECTORS = List.of(
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " javascript:alert(1)",
      "\u0000javascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "java\rscript:alert(1)",
      "javascript\t:alert(1)",
      "\u00A0javascript:alert(1)",
      "&#106;avascript:alert(1)",
      "&#x6A;avascript:alert(1)",
      "javascript&colon;alert(1)",
      "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
      "vbscript:msgbox(1)",
      "//evil.example/x",
      "\\\\evil.example/x",
      "https://example.org/\"><script>alert(1)</script>",
      "https://example.org/\" onmouseover=\"alert(1)");

  /** The elements the renderer writes; anything else in the output came from the input. */
  private static final Set<String> OUR_ELEMENTS = Set.of(
      "html", "head", "body", "meta", "title", "link", "style", "script", "article", "header",
      "section", "h1", "h2", "h3", "h4", "h5", "h6", "p", "span", "strong", "em", "a", "q",
      "time", "sup", "figure", "blockquote", "figcaption", "cite", "ul", "ol", "li", "hr", "br",
      "address", "#root");

  static Stream<Arguments> vectors() {
    List<Arguments> all = new ArrayList<>();
    for (String v : TEXT_VECTORS) {
      all.add(Arguments.of(v, "https://example.org/safe"));
    }
    for (String url : URL_VECTORS) {
      all.add(Arguments.of("Click here", url));
    }
    return all.stream();
  }

  /** A statement with {@code v} in every text position and {@code url} in every URL position. */
  static Statement hostile(String v, String url) {
    Party person = new Party(v, Party.Kind.PERSON, Optional.of(v), Optional.of(v));
    Source source = new Source(Optional.of(v), Optional.of(v), Optional.of(url),
        Optional.of(LocalDate.of(2026, 1, 2)));
    Attribution attribution = new Attribution(Optional.of(person), Optional.of(source),
        Optional.of(v));
    Statement inner = Statement.builder(v).label(v).issuer(person).place(v).url(url)
        .paragraph(text(v)).build();
    return Statement.builder(v)
        .label(v).standfirst(text(v)).issuer(person).author(person).place(v).id(v)
        .keywords(v, v).url(url)
        .contact(new Contact(v, Optional.of(v), Optional.of(v), Optional.of(v)))
        .paragraph(text(v), link(url, text(v)), speech(attribution, text(v)), noteRef("n"),
            noteRef(v))
        .block(blockQuote(attribution, paragraph(text(v))))
        .section(v, s -> s.anchor(v).paragraph(link(url, v))
            .block(embedded(inner, v)))
        .note("n", v)
        .noteToEditors(v)
        .build();
  }

  @ParameterizedTest(name = "[{index}] {0} / {1}")
  @MethodSource("vectors")
  void nothingInTheStatementBecomesMarkupOrAHostileLink(String v, String url) throws Exception {
    Statement statement = hostile(v, url);
    for (boolean fragment : new boolean[] {false, true}) {
      String html = Fixtures.render(statement, RenderOptions.builder().fragment(fragment).build());
      Document doc = Jsoup.parse(html);

      assertThat(doc.select("script").stream().filter(s -> !isJsonLd(s)).toList())
          .as("scripts").isEmpty();
      assertThat(doc.select("script")).hasSize(fragment ? 0 : 1);
      for (Element e : doc.getAllElements()) {
        assertThat(OUR_ELEMENTS).as("element from the input").contains(e.tagName());
        for (Attribute a : e.attributes()) {
          assertThat(a.getKey()).as("event handler on <%s>", e.tagName()).doesNotStartWith("on");
          if (Set.of("href", "cite", "src", "action", "formaction").contains(a.getKey())) {
            assertSafe(a.getValue());
          }
        }
      }
      assertThat(doc.select("style")).hasSizeLessThanOrEqualTo(fragment ? 0 : 1);
      assertThat(doc.select("meta[http-equiv]")).isEmpty();

      // All of the user's text is still there, as text.
      String visible = doc.body().text();
      assertThat(count(visible, normalise(v))).as("copies of the text").isGreaterThanOrEqualTo(20);
      if (!fragment) {
        assertThat(doc.title()).isEqualTo(normalise(v));
        JsonNode ld = new ObjectMapper().readTree(doc.selectFirst("script").data());
        assertThat(ld.get("headline").asText()).isEqualTo(v);
        assertThat(ld.get("publisher").get(0).get("name").asText()).isEqualTo(v);
      }
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("urls")
  void aRefusedLinkKeepsItsWordsAndLosesItsHref(String url) {
    Statement s = Statement.builder("T").paragraph(link(url, "the words")).build();
    Document doc = Jsoup.parse(Fixtures.fragment(s));
    assertThat(doc.select("a")).isEmpty();
    assertThat(doc.selectFirst("article > p").text()).isEqualTo("the words");
  }

  static Stream<String> urls() {
    return URL_VECTORS.stream().filter(u -> !u.contains("&") && !u.startsWith("https:"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("urls")
  void aHostileStylesheetUrlIsRefusedBeforeAnythingIsWritten(String url) {
    var out = new java.io.ByteArrayOutputStream();
    RenderOptions options = RenderOptions.builder()
        .stylesheet(io.github.communique.render.Stylesheet.linked(url)).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> HtmlRenderer.create().render(Fixtures.minimal(), options, out))
        .isInstanceOf(io.github.communique.render.RenderException.class)
        .hasMessageContaining("is not allowed: use an http or https URL or a relative one");
    assertThat(out.size()).isZero();
  }

  @org.junit.jupiter.api.Test
  void anIllFormedLanguageTagBecomesUndetermined() {
    Statement s = Statement.builder("T").language("en\"><script>alert(1)</script>").build();
    Document doc = Jsoup.parse(Fixtures.page(s));
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("und");
    assertThat(doc.select("script")).hasSize(1);
  }

  @org.junit.jupiter.api.Test
  void controlCharactersBecomeReplacementCharacters() {
    Statement s = Statement.builder("a\u0000b").paragraph("c\u0007d\u0085e").build();
    Document doc = Jsoup.parse(Fixtures.fragment(s));
    assertThat(doc.selectFirst("h1").text()).isEqualTo("a\uFFFDb");
    assertThat(doc.selectFirst("article > p").text()).isEqualTo("c\uFFFDd\uFFFDe");
  }

  private static boolean isJsonLd(Element script) {
    return script.attr("type").equals("application/ld+json") && script.parent().tagName()
        .equals("head");
  }

  private static void assertSafe(String url) {
    String squeezed = url.replaceAll("[\\s\\p{Cntrl}\\u00A0]", "").toLowerCase(Locale.ROOT);
    assertThat(squeezed).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
        .doesNotStartWith("data:").doesNotStartWith("//").doesNotStartWith("\\\\")
        .doesNotContain("<").doesNotContain("\"");
    if (squeezed.matches("^[a-z][a-z0-9+.-]*:.*")) {
      assertThat(squeezed).matches("^(https?|mailto|tel):.*");
    }
  }

  /** How jsoup reports text: white space collapsed, control characters replaced. */
  private static String normalise(String v) {
    StringBuilder b = new StringBuilder();
    for (char c : v.toCharArray()) {
      b.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
    }
    return b.toString().replaceAll("[ \\t\\n\\r\\f]+", " ").trim();
  }

  private static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
