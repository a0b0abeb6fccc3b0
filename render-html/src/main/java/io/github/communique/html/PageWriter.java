package io.github.communique.html;

import io.github.communique.model.Anchors;
import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.Contact;
import io.github.communique.model.Inline;
import io.github.communique.model.ListItem;
import io.github.communique.model.Note;
import io.github.communique.model.Party;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.QuoteStyle;
import io.github.communique.model.Section;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementDate;
import io.github.communique.model.Traversal;
import io.github.communique.render.Captions;
import io.github.communique.render.Dates;
import io.github.communique.render.PlainText;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Stylesheet;
import io.github.communique.render.Theme;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The state of one render: walks the statement once, in reading order, and writes its page
 * through an {@link HtmlWriter}. Made fresh for every call of {@link HtmlRenderer#render}, so the
 * renderer itself stays stateless.
 *
 * <p>Outline: the title is a heading at {@code titleLevel}, sections go one level deeper per
 * nesting, an embedded statement's title sits one level below the heading it stands under, and
 * the notes, notes to editors and contacts of a statement are headed one level below its title.
 * Levels past 6 stay {@code <h6>} with an {@code aria-level} that keeps the outline true for
 * assistive technology.
 */
final class PageWriter implements Block.Visitor<Void>, Inline.Visitor<Void> {
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private static final String BACKLINK = "\u21A9\uFE0E"; // ↩ as text, not as an emoji
  private static final String SEPARATOR = " \u00B7 "; // between issuers: " · "

  private final HtmlWriter w;
  private final RenderOptions options;
  private final HtmlRenderer settings;
  private final Statement top;
  // Set by prepareIds once the sections are known, before the article is written.
  private Anchors anchors;
  /** Repaired ids when an explicit anchor needs repair ({@link #sectionIds}); else null. */
  private Map<Section, String> repairedIds;
  private String noteBase;

  private final Map<String, Language> languages = new HashMap<>();
  private Scope scope;
  private int embeddedCount;
  private int quoteDepth;
  private int level;
  private boolean inLink;

  /** What belongs to the statement being written: the top one or an embedded one. */
  private static final class Scope {
    final Statement statement;
    final QuoteStyle style;
    final Captions captions;
    final String backToText;
    final int number; // 0 for the top statement, n for the nth embedded one
    final int titleLevel;
    /** The notes by id (the first of a repeated id), in the order they were declared. */
    final Map<String, Note> declared = new LinkedHashMap<>();
    /** The notes numbered so far: note 1 first. */
    final List<Note> notes = new ArrayList<>();
    final Map<String, Integer> noteNumbers = new HashMap<>();
    final Map<String, Integer> referencesSeen = new HashMap<>();
    final Map<LocalDate, String> days;
    final Map<StatementDate, String> dates;

    Scope(Statement statement, Language language, int number, int titleLevel) {
      this.statement = statement;
      this.style = language.style;
      this.captions = language.captions;
      this.backToText = language.backToText;
      this.days = language.days;
      this.dates = language.dates;
      this.number = number;
      this.titleLevel = titleLevel;
      for (int i = 0; i < statement.notes().size(); i++) {
        declared.putIfAbsent(statement.notes().get(i).id(), statement.notes().get(i));
      }
    }

    /**
     * The number of the note with this id, or null when there is none. Notes are numbered as
     * the writing walk meets their first reference, which is {@link Traversal#noteOrder}'s
     * order: the body and sections are written in reading order, so no separate walk over the
     * whole statement is needed to number them first.
     */
    Integer noteNumber(String id) {
      Integer number = noteNumbers.get(id);
      if (number == null && declared.containsKey(id)) {
        notes.add(declared.get(id));
        number = notes.size();
        noteNumbers.put(id, number);
      }
      return number;
    }

    /**
     * Numbers the notes that the body and sections did not reference, before the notes are
     * written: in {@link Traversal#noteOrder}'s order, which continues with the references in
     * the notes and the notes to editors (not written yet) and ends with unreferenced notes.
     */
    void numberRemainingNotes() {
      if (notes.size() == declared.size()) {
        return;
      }
      // Rare (a note nothing in the text refers to), so one more walk is cheap enough; the notes
      // numbered so far come first in this order and keep their numbers.
      List<Note> order = Traversal.noteOrder(statement);
      for (int i = 0; i < order.size(); i++) {
        noteNumber(order.get(i).id());
      }
    }

    /** A statement's date as readers see it, formatted once per render and language. */
    String date(StatementDate date) {
      return cached(dates, date, Dates::of);
    }

    /** A day as readers see it ("5 March 2026"), formatted once per render and language. */
    String day(LocalDate date) {
      return cached(days, date, Dates::day);
    }

    private <K> String cached(Map<K, String> cache, K key, BiFunction<K, String, String> format) {
      String text = cache.get(key);
      if (text == null) {
        text = format.apply(key, statement.language());
        cache.put(key, text);
      }
      return text;
    }
  }

  /** What depends on a statement's language alone; looked up once per language and render. */
  private static final class Language {
    final String tag;
    final QuoteStyle style;
    final Captions captions;
    final String backToText;
    final Map<LocalDate, String> days = new HashMap<>();
    final Map<StatementDate, String> dates = new HashMap<>();

    Language(String languageTag, RenderOptions options) {
      this.tag = languageTag(languageTag);
      this.style = options.quoteStyleFor(languageTag);
      this.captions = Captions.forLanguage(languageTag);
      this.backToText = BackLinks.label(languageTag);
    }
  }

  PageWriter(HtmlWriter w, RenderOptions options, HtmlRenderer settings, Statement top) {
    this.w = w;
    this.options = options;
    this.settings = settings;
    this.top = top;
  }

  /** The ids of the sections and the base of the note ids, from the page's anchors. */
  private void prepareIds(Anchors anchors) {
    this.anchors = anchors;
    List<Section> sections = anchors.sections();
    this.repairedIds = sectionIds(anchors, sections);
    this.noteBase = noteBase(sections);
  }

  /** A whole page, or only the article when the options ask for a fragment. */
  void write(String stylesheetHref) {
    if (options.fragment()) {
      if (stylesheetHref != null) {
        w.raw("<link rel=\"stylesheet\" href=\"").attr(stylesheetHref).raw("\">\n");
      }
      prepareIds(Anchors.of(top));
      article(true);
      return;
    }
    w.raw("<!DOCTYPE html>\n<html lang=\"").attr(language(top.language()).tag).raw("\"");
    themeClass();
    w.raw(">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<title>").text(top.title()).raw("</title>\n");
    if (!top.standfirst().isEmpty()) {
      w.raw("<meta name=\"description\" content=\"");
      PlainText.to(w::attr, style(top)).inlines(top.standfirst(), 0);
      w.raw("\">\n");
    }
    if (!top.keywords().isEmpty()) {
      w.raw("<meta name=\"keywords\" content=\"");
      for (int i = 0; i < top.keywords().size(); i++) {
        w.raw(i == 0 ? "" : ", ").attr(top.keywords().get(i));
      }
      w.raw("\">\n");
    }
    w.raw("<meta name=\"color-scheme\" content=\"")
        .raw(options.theme() == Theme.AUTO ? "light dark"
            : options.theme() == Theme.DARK ? "dark" : "light")
        .raw("\">\n<meta name=\"generator\" content=\"Communique\">\n");
    top.url().flatMap(u -> Urls.safe(u, Urls.Use.WEB_ADDRESS))
        .ifPresent(u -> w.raw("<link rel=\"canonical\" href=\"").attr(u).raw("\">\n"));
    if (options.stylesheet() instanceof Stylesheet.Embedded) {
      w.raw("<style>\n").raw(HtmlRenderer.defaultCssBytes()).raw("</style>\n");
    } else {
      if (stylesheetHref != null) {
        w.raw("<link rel=\"stylesheet\" href=\"").attr(stylesheetHref).raw("\">\n");
      }
      // The marks are in the text (so they follow the quote style and survive copying): keep
      // browsers from adding their own around <q>, whatever stylesheet the page has.
      w.raw("<style>").raw(HtmlRenderer.ESSENTIAL_CSS).raw("</style>\n");
    }
    if (settings.jsonLd()) {
      // The metadata walks the whole statement anyway: it collects the sections on the way, so
      // the anchors need no walk of their own.
      List<Section> sections = new ArrayList<>();
      w.raw("<script type=\"application/ld+json\">\n");
      JsonLd.write(w, top, style(top), sections::add);
      w.raw("\n</script>\n");
      prepareIds(Anchors.of(sections));
    } else {
      prepareIds(Anchors.of(top));
    }
    w.raw("</head>\n<body>\n");
    article(false);
    w.raw("</body>\n</html>\n");
  }

  private void article(boolean withLanguage) {
    StringBuilder classes = new StringBuilder("statement");
    if (options.theme() != Theme.AUTO) {
      classes.append(" theme-").append(options.theme().name().toLowerCase(Locale.ROOT));
    }
    statement(top, settings.titleLevel(), 0, Optional.empty(), null, classes.toString(),
        withLanguage);
  }

  private void themeClass() {
    if (options.theme() != Theme.AUTO) {
      w.raw(" class=\"theme-")
          .raw(options.theme().name().toLowerCase(Locale.ROOT)).raw("\"");
    }
  }


  private void statement(Statement s, int titleLevel, int number, Optional<String> delivery,
      String outerLanguage, String cssClass, boolean withLanguage) {
    Scope outer = scope;
    int outerLevel = level;
    scope = new Scope(s, language(s.language()), number, titleLevel);
    w.raw("<article class=\"").raw(cssClass).raw("\"");
    if (withLanguage) {
      w.raw(" lang=\"").attr(language(s.language()).tag).raw("\"");
    }
    w.raw(">\n<header>\n");
    delivery.ifPresent(d -> {
      w.raw("<p class=\"delivery\"");
      if (withLanguage && outerLanguage != null) {
        w.raw(" lang=\"").attr(language(outerLanguage).tag).raw("\"");
      }
      w.raw(">").text(d).raw("</p>\n");
    });
    s.embargo().ifPresent(this::embargo);
    s.label().ifPresent(label -> w.raw("<p class=\"label\">").text(label).raw("</p>\n"));
    openHeading(titleLevel);
    Optional<String> url = outer == null ? Optional.empty()
        : s.url().flatMap(u -> Urls.safe(u, Urls.Use.LINK));
    if (url.isPresent() && !inLink) {
      w.raw("<a href=\"").attr(url.get()).raw("\">").text(s.title()).raw("</a>");
    } else {
      w.text(s.title());
    }
    closeHeading(titleLevel);
    if (!s.standfirst().isEmpty()) {
      w.raw("<p class=\"standfirst\">");
      inlines(s.standfirst());
      w.raw("</p>\n");
    }
    byline(s);
    w.raw("</header>\n");
    level = titleLevel;
    blocks(s.body());
    for (int i = 0; i < s.sections().size(); i++) {
      section(s.sections().get(i), titleLevel + 1);
    }
    notes();
    if (!s.notesToEditors().isEmpty()) {
      partHeading("notes-to-editors", null, scope.captions.notesToEditors());
      blocks(s.notesToEditors());
      w.raw("</section>\n");
    }
    contacts(s.contacts());
    w.raw("</article>\n");
    scope = outer;
    level = outerLevel;
  }

  /** The core's embargo line, its date a {@code <time>}: "EMBARGOED: not for publication before …". */
  private void embargo(ZonedDateTime notBefore) {
    String line = scope.captions.embargo();
    int at = line.indexOf("{date}");
    w.raw("<p class=\"embargo\"><strong>").text(line.substring(0, at)).raw("<time datetime=\"")
        .raw(notBefore.truncatedTo(ChronoUnit.SECONDS).toOffsetDateTime().toString())
        .raw("\">").text(Dates.of(notBefore, scope.statement.language())).raw("</time>")
        .text(line.substring(at + "{date}".length())).raw("</strong></p>\n");
  }

  private void byline(Statement s) {
    if (!s.issuers().isEmpty()) {
      w.raw("<p class=\"byline\">");
      for (int i = 0; i < s.issuers().size(); i++) {
        w.raw(i == 0 ? "" : SEPARATOR).raw("<span class=\"issuer\">");
        party(s.issuers().get(i));
        w.raw("</span>");
      }
      w.raw("</p>\n");
    }
    if (!s.authors().isEmpty()) {
      String by = scope.captions.by();
      w.raw("<p class=\"authors\">").text(by).raw(spaceAfter(by));
      for (int i = 0; i < s.authors().size(); i++) {
        w.raw(i == 0 ? "" : ", ").raw("<span class=\"author\">");
        party(s.authors().get(i));
        w.raw("</span>");
      }
      w.raw("</p>\n");
    }
    if (s.place().isPresent() || s.date().isPresent()) {
      w.raw("<p class=\"dateline\">");
      s.place().ifPresent(place -> w.raw("<span class=\"place\">").text(place).raw("</span>"));
      if (s.place().isPresent() && s.date().isPresent()) {
        w.raw(", ");
      }
      if (s.date().isPresent()) {
        StatementDate date = s.date().get();
        w.raw("<time datetime=\"").raw(iso(date)).raw("\">").text(scope.date(date))
            .raw("</time>");
      }
      w.raw("</p>\n");
    }
    s.id().ifPresent(id -> {
      String ref = scope.captions.reference();
      w.raw("<p class=\"reference\">").text(ref).raw(spaceAfter(ref)).text(id).raw("</p>\n");
    });
  }

  /** "Maria Keller, party chair, Green Alliance". */
  private void party(Party party) {
    w.text(party.name());
    party.role().ifPresent(role -> w.raw(", ").text(role));
    party.affiliation().ifPresent(affiliation -> w.raw(", ").text(affiliation));
  }

  private void section(Section section, int headingLevel) {
    w.raw("<section id=\"").attr(sectionId(section)).raw("\">\n");
    openHeading(headingLevel);
    inlines(section.heading());
    closeHeading(headingLevel);
    int outerLevel = level;
    level = headingLevel;
    blocks(section.blocks());
    for (int i = 0; i < section.subsections().size(); i++) {
      section(section.subsections().get(i), headingLevel + 1);
    }
    level = outerLevel;
    w.raw("</section>\n");
  }

  /** Opens a {@code <section class>} for one of the parts a press page adds, with its heading. */
  private void partHeading(String cssClass, String role, String heading) {
    int headingLevel = scope.titleLevel + 1;
    w.raw("<section class=\"").raw(cssClass).raw("\"");
    if (role != null) {
      w.raw(" role=\"").raw(role).raw("\"");
    }
    w.raw(">\n");
    openHeading(headingLevel);
    w.text(heading);
    closeHeading(headingLevel);
    level = headingLevel;
  }

  private void openHeading(int headingLevel) {
    w.raw("<h").number(Math.min(headingLevel, 6));
    if (headingLevel > 6) {
      w.raw(" aria-level=\"").number(headingLevel).raw("\"");
    }
    w.raw(">");
  }

  private void closeHeading(int headingLevel) {
    w.raw("</h").number(Math.min(headingLevel, 6)).raw(">\n");
  }


  private void notes() {
    scope.numberRemainingNotes();
    if (scope.notes.isEmpty()) {
      return;
    }
    partHeading("notes", "doc-endnotes", scope.captions.notes());
    w.raw("<ol>\n");
    for (int i = 0; i < scope.notes.size(); i++) {
      int number = i + 1;
      Note note = scope.notes.get(i);
      w.raw("<li id=\"");
      noteId(number);
      w.raw("\">");
      int references = scope.referencesSeen.getOrDefault(note.id(), 0);
      List<Block> blocks = note.blocks();
      Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
      if (references > 0 && last instanceof Block.Paragraph paragraph) {
        blocks(blocks.subList(0, blocks.size() - 1));
        w.raw("<p>");
        inlines(paragraph.content());
        w.raw(" ");
        backlinks(number, references);
        w.raw("</p>\n");
      } else {
        blocks(blocks);
        if (references > 0) {
          w.raw("<p class=\"backlinks\">");
          backlinks(number, references);
          w.raw("</p>\n");
        }
      }
      w.raw("</li>\n");
    }
    w.raw("</ol>\n</section>\n");
  }

  private void backlinks(int number, int references) {
    for (int k = 1; k <= references; k++) {
      w.raw(k == 1 ? "" : " ").raw("<a class=\"backlink\" role=\"doc-backlink\" href=\"#");
      referenceId(number, k);
      w.raw("\" aria-label=\"").attr(scope.backToText);
      if (references > 1) {
        w.raw(" ").number(k);
      }
      w.raw("\">").raw(BACKLINK);
      if (references > 1) {
        w.raw("<sup>").number(k).raw("</sup>");
      }
      w.raw("</a>");
    }
  }

  private void noteId(int number) {
    idPrefix();
    w.raw(noteBase).raw("-").number(number);
  }

  /** "s2-" inside the second embedded statement: its notes are its own. */
  private void idPrefix() {
    if (scope.number > 0) {
      w.raw("s").number(scope.number).raw("-");
    }
  }

  /** The first reference to note 3 is {@code note-ref-3}, the second {@code note-ref-3-2}. */
  private void referenceId(int number, int k) {
    idPrefix();
    w.raw(noteBase).raw("-ref-").number(number);
    if (k > 1) {
      w.raw("-").number(k);
    }
  }

  private void contacts(List<Contact> contacts) {
    if (contacts.isEmpty()) {
      return;
    }
    partHeading("contacts", null, scope.captions.mediaContacts());
    for (Contact contact : contacts) {
      w.raw("<address class=\"contact\"><span class=\"contact-name\">").text(contact.name())
          .raw("</span>");
      contact.organisation()
          .ifPresent(org -> w.raw(", <span class=\"organisation\">").text(org).raw("</span>"));
      contact.email().ifPresent(email -> {
        w.raw("<br>");
        link(Urls.check("mailto:" + email, Urls.Use.LINK), email);
      });
      contact.phone().ifPresent(phone -> {
        w.raw("<br>");
        link(telephone(phone), phone);
      });
      w.raw("</address>\n");
    }
    w.raw("</section>\n");
  }

  private void link(String href, String text) {
    if (href != null) {
      w.raw("<a href=\"").attr(href).raw("\">").text(text).raw("</a>");
    } else {
      w.text(text);
    }
  }

  /** A {@code tel:} URL of the digits of a phone number as printed: "+32 2 555 01 01". */
  private static String telephone(String phone) {
    StringBuilder digits = new StringBuilder("tel:");
    for (int i = 0; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if (c >= '0' && c <= '9' || c == '+' && digits.length() == 4) {
        digits.append(c);
      }
    }
    return digits.length() > 5 ? digits.toString() : null;
  }


  // Index loops throughout: an iterator per list would be garbage in proportion to the document.
  private void blocks(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      blocks.get(i).accept(this);
    }
  }

  @Override
  public Void visitParagraph(Block.Paragraph paragraph) {
    w.raw("<p>");
    inlines(paragraph.content());
    w.raw("</p>\n");
    return null;
  }

  @Override
  public Void visitBlockQuotation(Block.BlockQuotation quotation) {
    Optional<Attribution> attribution = quotation.attribution();
    if (attribution.isPresent()) {
      w.raw("<figure class=\"quotation\">\n");
    }
    w.raw("<blockquote");
    cite(attribution);
    w.raw(">\n");
    blocks(quotation.blocks());
    w.raw("</blockquote>\n");
    if (attribution.isPresent()) {
      w.raw("<figcaption>");
      attribution(attribution.get());
      w.raw("</figcaption>\n</figure>\n");
    }
    return null;
  }

  /**
   * "— Maria Keller, party chair, Green Alliance, <cite>Morning Briefing</cite>, Radio North, 3
   * March 2026, in an unscheduled street interview". {@code <cite>} holds only the title of the
   * work, never a person (the HTML standard says so).
   */
  private void attribution(Attribution attribution) {
    w.raw("\u2014\u00A0");
    boolean first = true;
    if (attribution.speaker().isPresent()) {
      Party speaker = attribution.speaker().get();
      w.raw("<span class=\"speaker\">").text(speaker.name()).raw("</span>");
      if (speaker.role().isPresent()) {
        w.raw(", <span class=\"role\">").text(speaker.role().get()).raw("</span>");
      }
      if (speaker.affiliation().isPresent()) {
        w.raw(", <span class=\"affiliation\">").text(speaker.affiliation().get()).raw("</span>");
      }
      first = false;
    }
    if (attribution.source().isPresent()) {
      Source source = attribution.source().get();
      String url = source.url().isPresent() && !inLink
          ? Urls.check(source.url().get(), Urls.Use.LINK) : null;
      if (source.title().isPresent()) {
        first = comma(first);
        w.raw("<cite>");
        link(url, source.title().get());
        w.raw("</cite>");
      }
      if (source.medium().isPresent()) {
        first = comma(first);
        w.raw("<span class=\"medium\">");
        link(source.title().isEmpty() ? url : null, source.medium().get());
        w.raw("</span>");
      }
      if (url != null && source.title().isEmpty() && source.medium().isEmpty()) {
        first = comma(first);
        link(url, url);
      }
      if (source.date().isPresent()) {
        first = comma(first);
        LocalDate date = source.date().get();
        w.raw("<time datetime=\"").isoDate(date).raw("\">").text(scope.day(date)).raw("</time>");
      }
    }
    if (attribution.context().isPresent()) {
      comma(first);
      w.raw("<span class=\"context\">").text(attribution.context().get()).raw("</span>");
    }
  }

  /** Writes ", " unless this is the first part; returns false (the next part is not first). */
  private boolean comma(boolean first) {
    if (!first) {
      w.raw(", ");
    }
    return false;
  }

  /** A {@code cite} attribute with the URL of the attribution's source, when it is safe. */
  private void cite(Optional<Attribution> attribution) {
    if (attribution.isEmpty() || attribution.get().source().isEmpty()) {
      return;
    }
    Source source = attribution.get().source().get();
    String url = source.url().isPresent() ? Urls.check(source.url().get(), Urls.Use.LINK) : null;
    if (url != null) {
      w.raw(" cite=\"").attr(url).raw("\"");
    }
  }

  @Override
  public Void visitEmbeddedStatement(Block.EmbeddedStatement embedded) {
    embeddedCount++;
    Statement s = embedded.statement();
    String outerLanguage = scope.statement.language();
    boolean otherLanguage = !s.language().equalsIgnoreCase(outerLanguage);
    // An embedded statement counts as one level of quotation: quotations inside it nest deeper.
    quoteDepth++;
    statement(s, level + 1, embeddedCount, embedded.delivery(), outerLanguage,
        "embedded-statement", otherLanguage);
    quoteDepth--;
    return null;
  }

  @Override
  public Void visitBulletList(Block.BulletList list) {
    w.raw("<ul>\n");
    items(list.items());
    w.raw("</ul>\n");
    return null;
  }

  @Override
  public Void visitOrderedList(Block.OrderedList list) {
    w.raw("<ol");
    if (list.start() != 1) {
      w.raw(" start=\"").number(list.start()).raw("\"");
    }
    w.raw(">\n");
    items(list.items());
    w.raw("</ol>\n");
    return null;
  }

  private void items(List<ListItem> items) {
    for (int i = 0; i < items.size(); i++) {
      ListItem item = items.get(i);
      // An item of one paragraph is written without <p>, like a tight Markdown list.
      if (item.blocks().size() == 1 && item.blocks().get(0) instanceof Block.Paragraph p) {
        w.raw("<li>");
        inlines(p.content());
      } else {
        w.raw("<li>\n");
        blocks(item.blocks());
      }
      w.raw("</li>\n");
    }
  }

  @Override
  public Void visitThematicBreak(Block.ThematicBreak thematicBreak) {
    w.raw("<hr>\n");
    return null;
  }


  private void inlines(List<Inline> inlines) {
    for (int i = 0; i < inlines.size(); i++) {
      inlines.get(i).accept(this);
    }
  }

  @Override
  public Void visitText(Inline.Text text) {
    w.text(text.text());
    return null;
  }

  @Override
  public Void visitEmphasis(Inline.Emphasis emphasis) {
    w.raw("<em>");
    inlines(emphasis.content());
    w.raw("</em>");
    return null;
  }

  @Override
  public Void visitStrong(Inline.Strong strong) {
    w.raw("<strong>");
    inlines(strong.content());
    w.raw("</strong>");
    return null;
  }

  @Override
  public Void visitLink(Inline.Link link) {
    String href = inLink ? null : Urls.check(link.target(), Urls.Use.LINK);
    if (href == null) {
      inlines(link.content()); // refused or nested: the words stay, the link goes
      return null;
    }
    w.raw("<a href=\"").attr(href).raw("\">");
    inLink = true;
    inlines(link.content());
    inLink = false;
    w.raw("</a>");
    return null;
  }

  @Override
  public Void visitLineBreak(Inline.LineBreak lineBreak) {
    w.raw("<br>");
    return null;
  }

  @Override
  public Void visitNoteReference(Inline.NoteReference reference) {
    Integer number = scope.noteNumber(reference.noteId());
    if (number == null) {
      // No such note (validation reports it): show the reference rather than drop it.
      w.raw("<sup class=\"note-ref\">[").text(reference.noteId()).raw("]</sup>");
      return null;
    }
    int k = scope.referencesSeen.merge(reference.noteId(), 1, Integer::sum);
    if (inLink) {
      // A link cannot hold another; the number stays a target for the note's backlink.
      w.raw("<sup class=\"note-ref\" id=\"");
      referenceId(number, k);
      w.raw("\">").number(number).raw("</sup>");
      return null;
    }
    w.raw("<sup class=\"note-ref\"><a href=\"#");
    noteId(number);
    w.raw("\" id=\"");
    referenceId(number, k);
    w.raw("\" role=\"doc-noteref\">").number(number).raw("</a></sup>");
    return null;
  }

  /**
   * Speech is a {@code <q>}; scare quotes and mentions are plain punctuation around a span (the
   * HTML standard keeps {@code <q>} for quoting). The marks are text outside the element, from
   * the quote style at this depth, so they survive copy and paste; the stylesheet stops browsers
   * from adding their own.
   */
  @Override
  public Void visitQuotation(Inline.Quotation quotation) {
    QuoteStyle style = scope.style;
    w.text(style.open(quoteDepth));
    if (quotation.kind() == QuoteKind.SPEECH) {
      w.raw("<q");
      cite(quotation.attribution());
      w.raw(">");
    } else {
      w.raw(quotation.kind() == QuoteKind.SCARE ? "<span class=\"scare\">"
          : "<span class=\"mention\">");
    }
    quoteDepth++;
    inlines(quotation.content());
    quoteDepth--;
    w.raw(quotation.kind() == QuoteKind.SPEECH ? "</q>" : "</span>");
    w.text(style.close(quoteDepth));
    return null;
  }


  private QuoteStyle style(Statement s) {
    return language(s.language()).style;
  }

  private Language language(String tag) {
    Language language = languages.get(tag);
    if (language == null) {
      language = new Language(tag, options);
      languages.put(tag, language);
    }
    return language;
  }

  /** ISO 8601 to the second: HTML's {@code datetime} allows at most milliseconds. */
  private static String iso(StatementDate date) {
    return Dates.iso(new StatementDate(date.date(),
        date.time().map(t -> t.truncatedTo(ChronoUnit.SECONDS)), date.zone()));
  }

  /** A space after a label, except after a full-width colon ("執筆："). */
  private static String spaceAfter(String label) {
    return label.endsWith("\uFF1A") ? "" : " ";
  }

  /** The tag for a {@code lang} attribute; "und" (undetermined) when it is not well-formed. */
  static String languageTag(String tag) {
    try {
      new Locale.Builder().setLanguageTag(tag);
      return tag;
    } catch (IllformedLocaleException e) {
      return "und";
    }
  }

  private String sectionId(Section section) {
    return repairedIds == null ? anchors.id(section) : repairedIds.get(section);
  }

  /**
   * The id of every section: {@link Anchors}' choice, made valid (no white space) and unique even
   * for an invalid statement whose anchors repeat. Null when Anchors' ids need no repair, the
   * usual case, which then costs nothing per section: Anchors keeps derived ids unique, free of
   * white space and clear of explicit anchors, so only explicit anchors can need it.
   */
  private static Map<Section, String> sectionIds(Anchors anchors, List<Section> sections) {
    Set<String> explicit = new HashSet<>();
    boolean clean = true;
    for (int i = 0; i < sections.size() && clean; i++) {
      Optional<String> anchor = sections.get(i).anchor();
      if (anchor.isPresent()) {
        String id = anchor.get();
        clean = !id.isEmpty() && !hasWhiteSpace(id) && id.strip().equals(id) && explicit.add(id);
      }
    }
    if (clean) {
      return null;
    }
    Map<Section, String> ids = new IdentityHashMap<>();
    Set<String> taken = new HashSet<>();
    for (Section section : sections) {
      String id = anchors.id(section).strip();
      if (hasWhiteSpace(id)) { // only an explicit anchor can hold any
        id = WHITE_SPACE.matcher(id).replaceAll("-");
      }
      if (id.isEmpty()) {
        id = "section";
      }
      String unique = id;
      for (int n = 2; !taken.add(unique); n++) {
        unique = id + "-" + n;
      }
      ids.put(section, unique);
    }
    return ids;
  }

  /** Whether {@code id} holds a character of {@link #WHITE_SPACE} ({@code \\s}: ASCII only). */
  private static boolean hasWhiteSpace(String id) {
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == ' ' || c >= '\t' && c <= '\r') {
        return true;
      }
    }
    return false;
  }

  /** "note", unless a section's anchor could collide with the note ids. */
  private String noteBase(List<Section> sections) {
    for (String base : List.of("note", "fn", "communique-note")) {
      String prefix = base + "-";
      String infix = "-" + base + "-";
      boolean clash = false;
      for (int i = 0; i < sections.size() && !clash; i++) {
        String id = sectionId(sections.get(i));
        clash = id.startsWith(prefix) || id.contains(infix);
      }
      if (!clash) {
        return base;
      }
    }
    return "communique-note-x";
  }
}
