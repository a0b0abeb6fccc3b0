package io.github.communique.html;

import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.Party;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.QuoteStyle;
import io.github.communique.model.Section;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import io.github.communique.model.Traversal;
import io.github.communique.render.Dates;
import io.github.communique.render.PlainText;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes a statement's schema.org metadata as JSON-LD, straight into the page: a {@code
 * NewsArticle} (an {@code Article} when the statement has no dateline) with its headline,
 * description, dates, authors and publishers, and every attributed quotation as a {@code
 * Quotation} with its {@code creator} (and {@code spokenByCharacter} for a person). The
 * quotations are found by one {@link Traversal#walk} over the model; nothing is collected.
 *
 * <p>Every string of the statement goes through {@link HtmlWriter#jsonChars}, which keeps {@code
 * </script>} and {@code <!--} out of the script whatever the statement holds.
 */
final class JsonLd {
  private final HtmlWriter out;
  private final PlainText text;
  private int indent;
  private boolean first = true;
  private boolean hasParts;

  private JsonLd(HtmlWriter out, QuoteStyle style) {
    this.out = out;
    this.text = PlainText.to(out::jsonChars, style);
  }

  /**
   * Writes the metadata object of {@code statement}; marks of nested quotations from {@code
   * style}. Reports each section to {@code onSection} in reading order on the way.
   */
  static void write(HtmlWriter out, Statement statement, QuoteStyle style,
      Consumer<Section> onSection) {
    new JsonLd(out, style).statement(statement, onSection);
  }

  private void statement(Statement s, Consumer<Section> onSection) {
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
    // One walk over the model, embedded statements included; the quotations are written as found.
    Traversal.walkQuotations(s, onSection, this::block, this::quotation);
    if (hasParts) {
      end(']');
    }
    end('}');
  }

  private void block(Block block) {
    if (block instanceof Block.BlockQuotation q && isAttributed(q.attribution())) {
      beginQuotation();
      out.raw("\"");
      text.blocks(q.blocks(), 0); // a block quotation adds no level
      out.raw("\"");
      endQuotation(q.attribution().get());
    }
  }

  private void quotation(Inline.Quotation q) {
    if (q.kind() == QuoteKind.SPEECH && isAttributed(q.attribution())) {
      beginQuotation();
      text(q.content(), 1);
      endQuotation(q.attribution().get());
    }
  }

  private static boolean isAttributed(Optional<Attribution> attribution) {
    return attribution.isPresent()
        && (attribution.get().speaker().isPresent() || attribution.get().source().isPresent());
  }

  /** Opens a Quotation up to its text, which the caller writes. */
  private void beginQuotation() {
    if (!hasParts) {
      key("hasPart");
      begin('[');
      hasParts = true;
    }
    element();
    begin('{');
    string("@type", "Quotation");
    key("text");
  }

  private void endQuotation(Attribution attribution) {
    if (attribution.speaker().isPresent()) {
      Party speaker = attribution.speaker().get();
      key("creator");
      party(speaker);
      if (speaker.kind() == Party.Kind.PERSON) {
        key("spokenByCharacter");
        begin('{');
        string("@type", "Person");
        string("name", speaker.name());
        end('}');
      }
    }
    if (attribution.source().isPresent()) {
      source(attribution.source().get());
    }
    if (attribution.context().isPresent()) {
      string("description", attribution.context().get());
    }
    end('}');
  }

  private void source(Source source) {
    key("isPartOf");
    begin('{');
    string("@type", "CreativeWork");
    if (source.title().isPresent()) {
      string("name", source.title().get());
    }
    if (source.medium().isPresent()) {
      key("publisher");
      organisation(source.medium().get());
    }
    String url = source.url().isPresent()
        ? Urls.check(source.url().get(), Urls.Use.WEB_ADDRESS) : null;
    if (url != null) {
      string("url", url);
    }
    if (source.date().isPresent()) {
      key("datePublished");
      out.raw("\"").isoDate(source.date().get()).raw("\"");
    }
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
    if (person && party.role().isPresent()) {
      string("jobTitle", party.role().get());
    }
    if (party.affiliation().isPresent()) {
      key(person ? "affiliation" : "memberOf");
      organisation(party.affiliation().get());
    }
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
    text.inlines(content, depth);
    out.raw("\"");
  }

  // Names are this class's constants, with nothing to escape: written as markup, in as few
  // writes as can be (a large statement has thousands of quotations, each a dozen members).
  private void string(String name, String value) {
    element();
    out.raw("\"").raw(name).raw("\": \"").jsonChars(value).raw("\"");
  }

  private void key(String name) {
    element();
    out.raw("\"").raw(name).raw("\": ");
  }

  private void element() {
    if (indent > LINE_DEPTH) {
      out.raw(first ? " " : ", ");
    } else {
      out.raw(first ? "\n" : ",\n");
      indentation();
    }
    first = false;
  }

  private void begin(char bracket) {
    out.raw(bracket == '{' ? "{" : "[");
    indent++;
    first = true;
  }

  private void end(char bracket) {
    boolean inline = indent > LINE_DEPTH;
    indent--;
    if (inline) {
      out.raw(" ");
    } else {
      out.raw("\n");
      indentation();
    }
    out.raw(bracket == '}' ? "}" : "]");
    first = false;
  }

  /** Members down to this depth get a line each; deeper objects stay on their parent's line. */
  private static final int LINE_DEPTH = 2;

  private void indentation() {
    for (int i = 0; i < indent; i++) {
      out.raw("  ");
    }
  }
}
