package io.github.communique.html;

import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.Party;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.QuoteStyle;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import io.github.communique.model.Traversal;
import io.github.communique.render.Dates;
import java.util.List;

/**
 * Writes a statement's schema.org metadata as JSON-LD, straight into the page: a {@code
 * NewsArticle} (an {@code Article} when the statement has no dateline) with its headline,
 * description, dates, authors and publishers, and every attributed quotation as a {@code
 * Quotation} with its {@code creator} (and {@code spokenByCharacter} for a person). The
 * quotations are found by one {@link Traversal#walk} over the model; nothing is collected.
 *
 * <p>Every string goes through {@link HtmlWriter#jsonString}, which keeps {@code </script>} and
 * {@code <!--} out of the script whatever the statement holds.
 */
final class JsonLd {
  private final HtmlWriter out;
  private final QuoteStyle style;
  private int indent;
  private boolean first = true;
  private boolean hasParts;

  private JsonLd(HtmlWriter out, QuoteStyle style) {
    this.out = out;
    this.style = style;
  }

  /** Writes the metadata object of {@code statement}; marks of nested quotations from {@code style}. */
  static void write(HtmlWriter out, Statement statement, QuoteStyle style) {
    new JsonLd(out, style).statement(statement);
  }

  private void statement(Statement s) {
    begin('{');
    string("@context", "https://schema.org");
    string("@type", s.place().isPresent() ? "NewsArticle" : "Article");
    string("headline", s.title());
    if (!s.standfirst().isEmpty()) {
      key("description");
      text(s.standfirst(), 0);
    }
    string("inLanguage", s.language());
    s.date().ifPresent(d -> string("datePublished", Dates.iso(d)));
    s.place()
        .ifPresent(
            place ->
                string(
                    "dateline",
                    s.date().map(d -> place + ", " + Dates.day(d.date(), s.language()))
                        .orElse(place)));
    s.id().ifPresent(id -> string("identifier", id));
    s.url().flatMap(u -> Urls.safe(u, Urls.Use.WEB_ADDRESS)).ifPresent(u -> string("url", u));
    if (!s.keywords().isEmpty()) {
      key("keywords");
      begin('[');
      for (String keyword : s.keywords()) {
        element();
        out.jsonString(keyword);
      }
      end(']');
    }
    parties("author", s.authors().isEmpty() ? s.issuers() : s.authors());
    parties("publisher", s.issuers());
    Traversal.walk(s, this::block, this::inline);
    if (hasParts) {
      end(']');
    }
    end('}');
  }

  private void block(Block block) {
    if (block instanceof Block.BlockQuotation q && q.attribution().isPresent()) {
      quotation(q.attribution().get(), () -> {
        out.raw("\"");
        new PlainText(out, PlainText.Sink.JSON, style, 0).blocks(q.blocks());
        out.raw("\"");
      });
    }
  }

  private void inline(Inline inline) {
    if (inline instanceof Inline.Quotation q && q.kind() == QuoteKind.SPEECH
        && q.attribution().isPresent()) {
      quotation(q.attribution().get(), () -> text(q.content(), 1));
    }
  }

  private void quotation(Attribution attribution, Runnable text) {
    if (attribution.speaker().isEmpty() && attribution.source().isEmpty()) {
      return;
    }
    if (!hasParts) {
      key("hasPart");
      begin('[');
      hasParts = true;
    }
    element();
    begin('{');
    string("@type", "Quotation");
    key("text");
    text.run();
    attribution.speaker().ifPresent(speaker -> {
      key("creator");
      party(speaker);
      if (speaker.kind() == Party.Kind.PERSON) {
        key("spokenByCharacter");
        begin('{');
        string("@type", "Person");
        string("name", speaker.name());
        end('}');
      }
    });
    attribution.source().ifPresent(this::source);
    attribution.context().ifPresent(context -> string("description", context));
    end('}');
  }

  private void source(Source source) {
    key("isPartOf");
    begin('{');
    string("@type", "CreativeWork");
    source.title().ifPresent(title -> string("name", title));
    source.medium().ifPresent(medium -> {
      key("publisher");
      organisation(medium);
    });
    source.url().flatMap(u -> Urls.safe(u, Urls.Use.WEB_ADDRESS)).ifPresent(u -> string("url", u));
    source.date().ifPresent(date -> string("datePublished", date.toString()));
    end('}');
  }

  private void parties(String name, List<Party> parties) {
    if (parties.isEmpty()) {
      return;
    }
    key(name);
    begin('[');
    for (Party party : parties) {
      element();
      party(party);
    }
    end(']');
  }

  private void party(Party party) {
    begin('{');
    boolean person = party.kind() == Party.Kind.PERSON;
    string("@type", person ? "Person" : "Organization");
    string("name", party.name());
    if (person) {
      party.role().ifPresent(role -> string("jobTitle", role));
    }
    party.affiliation().ifPresent(affiliation -> {
      key(person ? "affiliation" : "memberOf");
      organisation(affiliation);
    });
    end('}');
  }

  private void organisation(String name) {
    begin('{');
    string("@type", "Organization");
    string("name", name);
    end('}');
  }

  private void text(List<Inline> content, int depth) {
    out.raw("\"");
    new PlainText(out, PlainText.Sink.JSON, style, depth).inlines(content);
    out.raw("\"");
  }

  private void string(String name, String value) {
    key(name);
    out.jsonString(value);
  }

  private void key(String name) {
    element();
    out.jsonString(name).raw(": ");
  }

  private void element() {
    if (!first) {
      out.raw(",");
    }
    newline();
    first = false;
  }

  private void begin(char bracket) {
    out.raw(String.valueOf(bracket));
    indent++;
    first = true;
  }

  private void end(char bracket) {
    indent--;
    newline();
    out.raw(String.valueOf(bracket));
    first = false;
  }

  private void newline() {
    out.raw("\n");
    for (int i = 0; i < indent; i++) {
      out.raw("  ");
    }
  }
}
