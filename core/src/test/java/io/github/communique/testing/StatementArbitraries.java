package io.github.communique.testing;

import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.Contact;
import io.github.communique.model.Inline;
import io.github.communique.model.ListItem;
import io.github.communique.model.Note;
import io.github.communique.model.Party;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.Section;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * jqwik generators of statements for property tests (round trips of JSON and Markdown, renderers
 * that must not fail): every kind of block and inline, quotations nested in quotations, embedded
 * statements, every optional field present or absent, and text with characters that need escaping
 * (quotes, backslashes, Markdown punctuation, Cyrillic, CJK, emoji, combining marks).
 *
 * <pre>{@code
 * @Property
 * void roundTrip(@ForAll @From(supplier = StatementArbitraries.Statements.class) Statement s) {...}
 * }</pre>
 *
 * <p>The statements are well-formed (the model accepts them) but not necessarily valid: a note
 * reference may name no note, an anchor may repeat. Filter with the validator where a test needs
 * valid statements. Sizes stay small (a few blocks, nesting two or three deep) so properties run
 * in seconds. Text never holds control characters; adjacent text inlines and texts with leading
 * or trailing spaces do occur.
 */
public final class StatementArbitraries {
  private StatementArbitraries() {}

  /** For {@code @From(supplier = StatementArbitraries.Statements.class)}. */
  public static final class Statements implements ArbitrarySupplier<Statement> {
    @Override
    public Arbitrary<Statement> get() {
      return statements();
    }
  }

  /** Statements with up to two levels of embedded statements, sections and block nesting. */
  public static Arbitrary<Statement> statements() {
    return statements(2);
  }

  /** Statements whose blocks, inlines and embedded statements nest up to {@code depth} deep. */
  public static Arbitrary<Statement> statements(int depth) {
    Arbitrary<Metadata> metadata =
        Combinators.combine(
                texts(),
                inlines(depth).list().ofMaxSize(3),
                texts().optional(0.5),
                parties().list().ofMaxSize(2),
                parties().list().ofMaxSize(2),
                statementDates().optional(0.5),
                texts().optional(0.5),
                languages())
            .as(Metadata::new);
    Arbitrary<Content> content =
        Combinators.combine(
                texts().list().ofMaxSize(3),
                texts().optional(0.5),
                urls().optional(0.5),
                embargoes().optional(0.5),
                contacts().list().ofMaxSize(2),
                blocks(depth).list().ofMaxSize(3),
                sections(depth, 2).list().ofMaxSize(2),
                notes(depth).list().ofMaxSize(2))
            .as(Content::new);
    return Combinators.combine(metadata, content, blocks(depth).list().ofMaxSize(2))
        .as(
            (m, c, notesToEditors) ->
                new Statement(
                    m.title, m.standfirst, m.label, m.issuers, m.authors, m.date, m.place,
                    m.language, c.keywords, c.id, c.url, c.embargo, c.contacts, c.body,
                    c.sections, c.notes, notesToEditors));
  }

  private record Metadata(
      String title,
      List<Inline> standfirst,
      Optional<String> label,
      List<Party> issuers,
      List<Party> authors,
      Optional<StatementDate> date,
      Optional<String> place,
      String language) {}

  private record Content(
      List<String> keywords,
      Optional<String> id,
      Optional<String> url,
      Optional<ZonedDateTime> embargo,
      List<Contact> contacts,
      List<Block> body,
      List<Section> sections,
      List<Note> notes) {}

  /** Blocks nesting up to {@code depth} deep; at depth 0 only paragraphs and breaks. */
  public static Arbitrary<Block> blocks(int depth) {
    Arbitrary<Block> paragraph =
        inlines(depth).list().ofMaxSize(4).map(Block.Paragraph::new);
    Arbitrary<Block> thematicBreak = Arbitraries.just(new Block.ThematicBreak());
    if (depth <= 0) {
      return weighted(w(5, paragraph), w(1, thematicBreak));
    }
    Arbitrary<List<Block>> inner = Arbitraries.lazy(() -> blocks(depth - 1)).list().ofMaxSize(2);
    Arbitrary<List<ListItem>> items = inner.map(ListItem::new).list().ofMaxSize(3);
    Arbitrary<Block> blockQuotation =
        Combinators.combine(inner, attributions().optional(0.7)).as(Block.BlockQuotation::new);
    Arbitrary<Block> embedded =
        Combinators.combine(
                Arbitraries.lazy(() -> statements(depth - 1)), texts().optional(0.5))
            .as(Block.EmbeddedStatement::new);
    Arbitrary<Block> bullets = items.map(Block.BulletList::new);
    Arbitrary<Block> ordered =
        Combinators.combine(Arbitraries.integers().between(0, 1000), items)
            .as(Block.OrderedList::new);
    return weighted(w(6, paragraph),
        w(1, thematicBreak),
        w(2, blockQuotation),
        w(1, embedded),
        w(1, bullets),
        w(1, ordered));
  }

  /** Inlines nesting up to {@code depth} deep: quotations in quotations, links in emphasis. */
  public static Arbitrary<Inline> inlines(int depth) {
    Arbitrary<Inline> text = texts().map(Inline.Text::new);
    Arbitrary<Inline> lineBreak = Arbitraries.just(new Inline.LineBreak());
    Arbitrary<Inline> noteReference = noteIds().map(Inline.NoteReference::new);
    if (depth <= 0) {
      return weighted(w(8, text), w(1, lineBreak), w(1, noteReference));
    }
    Arbitrary<List<Inline>> inner = Arbitraries.lazy(() -> inlines(depth - 1)).list().ofMaxSize(3);
    Arbitrary<Inline> emphasis = inner.map(Inline.Emphasis::new);
    Arbitrary<Inline> strong = inner.map(Inline.Strong::new);
    Arbitrary<Inline> link = Combinators.combine(urls(), inner).as(Inline.Link::new);
    Arbitrary<Inline> quotation =
        Combinators.combine(
                inner, Arbitraries.of(QuoteKind.class), attributions().optional(0.5))
            .as(Inline.Quotation::new);
    return weighted(w(8, text),
        w(1, lineBreak),
        w(1, noteReference),
        w(1, emphasis),
        w(1, strong),
        w(1, link),
        w(3, quotation));
  }

  private static Arbitrary<Section> sections(int blockDepth, int sectionDepth) {
    Arbitrary<List<Section>> subsections =
        sectionDepth <= 1
            ? Arbitraries.just(List.of())
            : Arbitraries.lazy(() -> sections(blockDepth, sectionDepth - 1)).list().ofMaxSize(2);
    return Combinators.combine(
            inlines(1).list().ofMaxSize(2),
            anchors().optional(0.5),
            blocks(blockDepth).list().ofMaxSize(2),
            subsections)
        .as(Section::new);
  }

  private static Arbitrary<Note> notes(int depth) {
    return Combinators.combine(noteIds(), blocks(Math.min(depth, 1)).list().ofMaxSize(2))
        .as(Note::new);
  }

  public static Arbitrary<Party> parties() {
    return Combinators.combine(
            texts(),
            Arbitraries.of(Party.Kind.class),
            texts().optional(0.5),
            texts().optional(0.5))
        .as(Party::new);
  }

  public static Arbitrary<Attribution> attributions() {
    return Combinators.combine(
            parties().optional(0.7), sources().optional(0.5), texts().optional(0.5))
        .as(Attribution::new);
  }

  private static Arbitrary<Source> sources() {
    return Combinators.combine(
            texts().optional(0.5),
            texts().optional(0.5),
            urls().optional(0.5),
            dates().optional(0.5))
        .as(Source::new);
  }

  private static Arbitrary<Contact> contacts() {
    return Combinators.combine(
            texts(),
            texts().optional(0.5),
            Arbitraries.of("press@example.org", "a.b+c@example.com").optional(0.5),
            Arbitraries.of("+44 20 7946 0321", "+380 44 000 00 00").optional(0.5))
        .as(Contact::new);
  }

  public static Arbitrary<StatementDate> statementDates() {
    Arbitrary<StatementDate> day = dates().map(StatementDate::of);
    Arbitrary<StatementDate> withTime =
        Combinators.combine(dates(), times(), zones().optional(0.7))
            .as((date, time, zone) -> new StatementDate(date, Optional.of(time), zone));
    return Arbitraries.oneOf(day, withTime);
  }

  /** Instants with every kind of zone: regions, fixed offsets, UTC; some with nanoseconds. */
  public static Arbitrary<ZonedDateTime> embargoes() {
    return Combinators.combine(dates(), times(), zones())
        .as((date, time, zone) -> ZonedDateTime.of(LocalDateTime.of(date, time), zone));
  }

  private static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static Arbitrary<LocalTime> times() {
    Arbitrary<LocalTime> minutes =
        Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
    Arbitrary<LocalTime> precise =
        Arbitraries.longs().between(0, 86_400_000_000_000L - 1).map(LocalTime::ofNanoOfDay);
    return weighted(w(3, minutes), w(1, precise));
  }

  private static Arbitrary<ZoneId> zones() {
    return Arbitraries.of(
        ZoneId.of("Europe/Berlin"),
        ZoneId.of("Europe/London"),
        ZoneId.of("Europe/Kyiv"),
        ZoneId.of("America/New_York"),
        ZoneId.of("Asia/Kolkata"),
        ZoneId.of("UTC"),
        ZoneOffset.UTC,
        ZoneOffset.ofHours(2),
        ZoneOffset.ofHoursMinutes(-3, -30));
  }

  private static Arbitrary<String> languages() {
    return Arbitraries.of("en", "en-GB", "de", "fr", "uk", "ru", "ja", "zh-Hant", "pl");
  }

  private static Arbitrary<String> noteIds() {
    return Arbitraries.of("1", "2", "a", "note-3");
  }

  private static Arbitrary<String> anchors() {
    return Arbitraries.of("background", "what-happens-next", "demands", "section-2");
  }

  private static Arbitrary<String> urls() {
    return Arbitraries.of(
        "https://example.org/",
        "https://example.org/a?b=c&d=e#f",
        "http://example.com/%20space",
        "mailto:press@example.org",
        "tel:+442079460321",
        "/relative/path",
        "https://пример.example/путь");
  }

  /**
   * One to four pieces: words in several scripts, punctuation that JSON and Markdown must escape,
   * quotation marks an author might type, emoji outside the BMP, a combining accent, spaces.
   */
  public static Arbitrary<String> texts() {
    return Arbitraries.of(
            "word", "The", "council", "met", "on Monday.", "Ünïcödé", "café", "e\u0301",
            "Київ", "Москва", "Ελλάδα", "東京", "中文", "😀", "👩🏽‍🔬", " ", "  ", "\u00a0",
            "\u202f", "\"", "\\", "/", "'", "’", "“", "”", "«", "»", "„", "*", "_", "**", "[",
            "]", "(", ")", "#", "`", "<", ">", "&", "&amp;", "|", "~", "-", "–", "—", "1.",
            "+", "!", "{", "}", "%", "$", "\u2028", "\u200b")
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(pieces -> String.join("", pieces));
  }

  private static <T> Tuple2<Integer, Arbitrary<T>> w(int weight, Arbitrary<T> arbitrary) {
    return Tuple.of(weight, arbitrary);
  }

  @SafeVarargs
  private static <T> Arbitrary<T> weighted(Tuple2<Integer, Arbitrary<T>>... choices) {
    return Arbitraries.frequencyOf(List.of(choices));
  }
}
