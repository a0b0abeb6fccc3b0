package io.github.communique.html;

import static io.github.communique.model.Inlines.speech;
import static io.github.communique.model.Inlines.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.communique.model.Attribution;
import io.github.communique.model.Party;
import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The schema.org metadata of standalone pages. */
class JsonLdTest {

  private static JsonNode jsonLd(String html) throws Exception {
    Element script = Jsoup.parse(html).selectFirst("head > script[type=application/ld+json]");
    assertThat(script).as("JSON-LD script").isNotNull();
    return new ObjectMapper().readTree(script.data());
  }

  @Test
  void describesTheStatementAsANewsArticle() throws Exception {
    JsonNode ld = jsonLd(Fixtures.page(Fixtures.greenAlliance()));
    assertThat(ld.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
    assertThat(ld.get("headline").asText())
        .isEqualTo("Green Alliance calls for a public inquiry into the Eastport closure");
    assertThat(ld.get("description").asText()).startsWith("The party wants an independent");
    assertThat(ld.get("inLanguage").asText()).isEqualTo("en");
    assertThat(ld.get("datePublished").asText()).isEqualTo("2026-11-25T09:30+01:00");
    assertThat(ld.get("dateline").asText()).isEqualTo("Brussels, November 25, 2026");
    assertThat(ld.get("identifier").asText()).isEqualTo("GA-2026-114");
    assertThat(ld.get("url").asText())
        .isEqualTo("https://green-alliance.example/press/2026/eastport-inquiry");
    assertThat(ld.get("keywords")).hasSize(3);
    assertThat(ld.get("author").get(0).get("name").asText()).isEqualTo("Tomas Lind");
    assertThat(ld.get("author").get(0).get("jobTitle").asText()).isEqualTo("head of press");
    assertThat(ld.get("publisher").get(0).get("@type").asText()).isEqualTo("Organization");
    assertThat(ld.get("publisher").get(0).get("name").asText()).isEqualTo("Green Alliance");
  }

  @Test
  void everyAttributedQuotationIsAQuotationWithItsCreator() throws Exception {
    JsonNode parts = jsonLd(Fixtures.page(Fixtures.greenAlliance())).get("hasPart");
    assertThat(parts).hasSize(3);
    JsonNode first = parts.get(0);
    assertThat(first.get("@type").asText()).isEqualTo("Quotation");
    assertThat(first.get("text").asText()).startsWith("a betrayal of everyone")
        .endsWith("own promise that ‘no site will close on my watch’.");
    assertThat(first.get("creator").get("name").asText()).isEqualTo("Maria Keller");
    assertThat(first.get("spokenByCharacter").get("name").asText()).isEqualTo("Maria Keller");
    assertThat(first.get("isPartOf").get("name").asText()).isEqualTo("Morning Briefing");
    assertThat(first.get("isPartOf").get("publisher").get("name").asText())
        .isEqualTo("Radio North");
    assertThat(first.get("isPartOf").get("datePublished").asText()).isEqualTo("2026-11-24");
    assertThat(first.get("description").asText()).isEqualTo("in an unscheduled street interview");
    // The block quotation, paragraph by paragraph, then the embedded statement's quotation.
    assertThat(parts.get(1).get("text").asText()).contains("what they were told.\nIf the");
    assertThat(parts.get(2).get("creator").get("name").asText()).isEqualTo("Jonas Berg");
  }

  @Test
  void anOrganisationIsACreatorButNotACharacter() throws Exception {
    Statement s = Statement.builder("T")
        .paragraph(speech(Attribution.of(Party.organisation("Council")), text("no"))).build();
    JsonNode part = jsonLd(Fixtures.page(s)).get("hasPart").get(0);
    assertThat(part.get("creator").get("@type").asText()).isEqualTo("Organization");
    assertThat(part.has("spokenByCharacter")).isFalse();
  }

  @Test
  void unattributedQuotationsAreLeftOut() throws Exception {
    Statement s = Statement.builder("T").paragraph(speech("anonymous")).build();
    JsonNode ld = jsonLd(Fixtures.page(s));
    assertThat(ld.has("hasPart")).isFalse();
    assertThat(ld.get("@type").asText()).isEqualTo("Article");
  }

  @Test
  void onlyWebAddressesAreUrls() throws Exception {
    Statement s = Statement.builder("T").url("javascript:alert(1)").build();
    assertThat(jsonLd(Fixtures.page(s)).has("url")).isFalse();
    assertThat(Jsoup.parse(Fixtures.page(s)).select("link[rel=canonical]")).isEmpty();
  }

  @Test
  void fragmentsAndPagesThatOptOutCarryNoScript() {
    assertThat(Jsoup.parse(Fixtures.fragment(Fixtures.greenAlliance())).select("script"))
        .isEmpty();
    HtmlRenderer renderer = HtmlRenderer.builder().jsonLd(false).build();
    Document doc = Jsoup.parse(
        Fixtures.render(renderer, Fixtures.greenAlliance(), RenderOptions.defaults()));
    assertThat(doc.select("script")).isEmpty();
  }
}
