package io.github.communique.text;

import static java.util.Objects.requireNonNull;

import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.Contact;
import io.github.communique.model.Inline;
import io.github.communique.model.ListItem;
import io.github.communique.model.Note;
import io.github.communique.model.Party;
import io.github.communique.model.QuoteStyle;
import io.github.communique.model.Section;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import io.github.communique.model.Traversal;
import io.github.communique.render.Captions;
import io.github.communique.render.Dates;
import io.github.communique.render.LinkNumbers;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.RenderException;
import io.github.communique.render.Renderer;
import io.github.communique.validate.Limits;
import io.github.communique.validate.Nesting;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a statement as plain UTF-8 text, the way a careful person would type it: wrapped to
 * {@link RenderOptions#textWidth()} columns (as displayed: combining marks take none, East Asian
 * wide characters two), no trailing spaces, one newline at the end. Stateless and thread-safe.
 *
 * <p>The layout, top to bottom:
 *
 * <ul>
 *   <li>the embargo line, when there is one: "EMBARGOED: not for publication before 25 November
 *       2026, 00:01 (Europe/London)", in the statement's language ({@link Captions});
 *   <li>the label in capitals ("PARTY STATEMENT"), then the title underlined with {@code =} as wide
 *       as its widest line, then the standfirst;
 *   <li>the byline: one line per issuer ("Maria Keller, party chair, Green Alliance"), the authors
 *       ("By Jan Novak"), the identifier ("Ref. PR-2026-114") and the canonical address;
 *   <li>the body. The place and date form a wire-style dateline that runs into the first paragraph
 *       ("BRUSSELS, 25 November 2026 — The party …"), or stands on its own line when the body does
 *       not start with a paragraph;
 *   <li>sections: level 1 underlined with {@code -}; deeper levels prefixed as in Markdown ({@code
 *       ### } for level 2, {@code #### } for level 3), with a hanging indent;
 *   <li>paragraphs separated by blank lines; emphasis as {@code _words_}, strong as {@code
 *       *words*}; a forced line break starts a new line;
 *   <li>block quotations indented four columns, followed by an attribution line "— Maria Keller,
 *       party chair, Green Alliance, Morning Briefing (Radio North) [2], 3 March 2026, in an
 *       interview", without quotation marks: the indent sets them off;
 *   <li>an embedded statement indented four columns under a box that holds its embargo, label,
 *       title, issuers, authors, dateline, how it was delivered ("(read out at the factory
 *       gates)"), identifier and address; then its standfirst, body, sections and back matter;
 *   <li>lists with hanging indents: {@code - } for bullets at every level, right-aligned numbers
 *       for ordered lists ({@code 9. }, {@code 10. }); a list whose items are single paragraphs
 *       (perhaps with sub-lists) is tight, any other has blank lines between items;
 *   <li>a thematic break as a centred {@code * * *};
 *   <li>inline quotations in the marks of {@link RenderOptions#quoteStyleFor} for the language
 *       around them, alternating with depth; an embedded statement counts as one level;
 *   <li>links as their text and a reference {@code [1]} numbered by {@link LinkNumbers} (a link
 *       whose text is its address shows just the address); note references as {@code [^1]},
 *       numbered by {@link Traversal#noteOrder};
 *   <li>after the body, each under a heading underlined with {@code -}: "Notes" ({@code [^1] …}),
 *       "Media contacts" (name and organisation, e-mail, phone), "Notes to editors", and for the
 *       whole document "Links" ({@code [1] https://…}).
 *   <li>dates and phone numbers stay on one line unless they are wider than it; web addresses are
 *       never broken, so a line holding one alone may be wider than the width.
 * </ul>
 *
 * <p>Of the {@link RenderOptions}, text reads {@code textWidth} and {@code quoteStyle}; paper
 * size, theme, stylesheet and fragment do not apply, and output is always deterministic. It has no
 * settings of its own, hence no builder.
 *
 * <p>Output is streamed, UTF-8 encoded into a small buffer, as the statement is walked; memory per
 * render is bounded by the line width and the number of links and notes, not the size of the text.
 */
public final class TextRenderer implements Renderer {
  private static final TextRenderer INSTANCE = new TextRenderer();

  private final Limits limits;

  /** For {@link java.util.ServiceLoader}; use {@link #create()}. */
  public TextRenderer() {
    this(Limits.defaults());
  }

  private TextRenderer(Limits limits) {
    this.limits = limits;
  }

  /** The text renderer with the default settings: width and quote style are options. */
  public static TextRenderer create() {
    return INSTANCE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** This renderer refusing statements nested deeper than {@code limits}. */
  @Override
  public TextRenderer withLimits(Limits limits) {
    return builder().limits(limits).build(); // the limits are its only setting
  }

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String mediaType() {
    return "text/plain; charset=UTF-8";
  }

  @Override
  public String fileExtension() {
    return "txt";
  }

  /**
   * {@inheritDoc}
   *
   * @throws RenderException when the statement nests deeper than the renderer's {@link
   *     Builder#limits limits}, before anything is written; or, with limits raised so far that
   *     the thread's stack cannot walk the statement, when the stack runs out, after part of the
   *     text was written
   */
  @Override
  public void render(Statement statement, RenderOptions options, OutputStream out)
      throws IOException {
    requireNonNull(statement, "statement");
    requireNonNull(options, "options");
    requireNonNull(out, "out");
    // Refused before anything is written; past this check the walk cannot overflow the stack.
    Optional<Nesting.TooDeep> tooDeep = Nesting.check(statement, limits);
    if (tooDeep.isPresent()) {
      throw new RenderException(tooDeep.get().message(
          "cannot render the statement as text", "TextRenderer.builder().limits"));
    }
    // Not closed: the caller owns the stream. The writer buffers and encodes UTF-8 itself;
    // finish() flushes through to the stream.
    TextWriter writer = new TextWriter(out, options.textWidth());
    try {
      new Render(writer, options).document(statement);
      writer.finish();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (StackOverflowError e) {
      // Only with limits raised past what the thread's stack can walk; part of the text is out.
      throw new RenderException(Nesting.beyondTheStack(statement, limits,
          "cannot render the statement as text", "TextRenderer.builder().limits"), e);
    }
  }

  /** Builds a {@link TextRenderer}; every setting names its default. */
  public static final class Builder {
    private Limits limits = Limits.defaults();

    private Builder() {}

    /**
     * How deeply a statement may nest (counted as the {@link io.github.communique.validate
     * Validator} counts) before rendering refuses it with a {@link RenderException}, before
     * writing anything; defaults to {@link Limits#defaults()}.
     */
    public Builder limits(Limits limits) {
      this.limits = requireNonNull(limits, "limits");
      return this;
    }

    public TextRenderer build() {
      return new TextRenderer(limits);
    }
  }

  /** The state of one render: where in the statement it is, and which marks and numbers apply. */
  private static final class Render implements Block.Visitor<Void>, Inline.Visitor<Void> {
    private static final String INDENT = "    ";
    // " ".repeat(n) for n up to 64, made once: every list item and link asks for its indent.
    private static final String[] SPACE_RUNS =
        java.util.stream.IntStream.rangeClosed(0, 64).mapToObj(" "::repeat).toArray(String[]::new);

    private final TextWriter w;
    private final RenderOptions options;

    /**
     * The list, note and link markers ("[12] "), built here one after another: the writer copies
     * a marker when it is pushed, and a string for each would be most of a render's allocation.
     */
    private final StringBuilder marker = new StringBuilder();

    /** Numbered as the text meets them, so [1] is the first reference a reader sees. */
    private final LinkNumbers links = new LinkNumbers();

    // The statement being written (an embedded one while inside it).
    private String language;
    private QuoteStyle quotes;
    private Captions captions;
    private List<Note> notes;
    private Map<String, Integer> noteNumbers;

    /** Enclosing quotations; an embedded statement counts as one. */
    private int depth;

    /** Inside a tight list: no blank lines between blocks. */
    private boolean tight;

    /** The next block sits on a list marker's line: no blank line before it. */
    private boolean onMarkerLine;

    Render(TextWriter w, RenderOptions options) {
      this.w = w;
      this.options = options;
    }

    void document(Statement s) {
      enter(s);
      s.embargo().ifPresent(this::embargo);
      w.blank();
      s.label().ifPresent(label -> w.text(upper(label)));
      w.blank();
      w.markWidth();
      w.text(s.title());
      w.underline('=');
      w.blank();
      inlines(s.standfirst());
      w.blank();
      byline(s);
      w.blank();
      bodyWithDateline(s);
      sections(s.sections(), 1);
      backMatter(s);
      linkList();
    }

    /** The embargo line, its date kept on one line: "25 November 2026, 00:01 (Europe/London)". */
    private void embargo(ZonedDateTime notBefore) {
      String line = captions.embargo();
      int at = line.indexOf("{date}");
      w.text(line.substring(0, at));
      w.glue(Dates.of(notBefore, language));
      w.text(line.substring(at + "{date}".length()));
    }

    /** Makes {@code s} the statement whose language, marks and notes apply. */
    private void enter(Statement s) {
      language = s.language();
      quotes = options.quoteStyleFor(language);
      captions = Captions.forLanguage(language);
      notes = Traversal.noteOrder(s); // returns at once for the many statements without notes
      noteNumbers = new HashMap<>();
      for (int i = 0; i < notes.size(); i++) {
        noteNumbers.put(notes.get(i).id(), i + 1);
      }
    }

    private String upper(String s) {
      return s.toUpperCase(Locale.forLanguageTag(language));
    }

    private void byline(Statement s) {
      for (Party issuer : s.issuers()) {
        party(issuer);
        w.endLine();
      }
      if (!s.authors().isEmpty()) {
        w.text(captions.by());
        w.text(" ");
        for (int i = 0; i < s.authors().size(); i++) {
          Party author = s.authors().get(i);
          if (i > 0) {
            comma();
          }
          w.text(author.name());
          if (author.role().isPresent() || author.affiliation().isPresent()) {
            w.text(" (");
            w.attach();
            roleAndAffiliation(author, false);
            w.attach();
            w.text(")");
          }
        }
        w.endLine();
      }
      s.id()
          .ifPresent(
              id -> {
                w.text(captions.reference());
                w.glue(" ");
                w.text(id);
                w.endLine();
              });
      s.url()
          .ifPresent(
              url -> {
                w.unbreakable(url);
                w.endLine();
              });
    }

    /** "Maria Keller, party chair, Green Alliance". */
    private void party(Party p) {
      w.text(p.name());
      roleAndAffiliation(p, true);
    }

    private void roleAndAffiliation(Party p, boolean afterName) {
      boolean first = !afterName;
      if (p.role().isPresent()) {
        if (!first) {
          comma();
        }
        w.text(p.role().get());
        first = false;
      }
      if (p.affiliation().isPresent()) {
        if (!first) {
          comma();
        }
        w.text(p.affiliation().get());
      }
    }

    private void comma() {
      w.attach();
      w.text(", ");
    }

    /** "BRUSSELS, 25 November 2026"; nothing when the statement has neither place nor date. */
    private boolean dateline(Statement s) {
      s.place().ifPresent(place -> w.text(upper(place)));
      if (s.place().isPresent() && s.date().isPresent()) {
        comma();
      }
      s.date().ifPresent(date -> w.glue(Dates.of(date, language)));
      return s.place().isPresent() || s.date().isPresent();
    }

    private void bodyWithDateline(Statement s) {
      List<Block> body = s.body();
      int from = 0;
      if (s.place().isPresent() || s.date().isPresent()) {
        separate();
        dateline(s);
        if (!body.isEmpty() && body.get(0) instanceof Block.Paragraph first) {
          w.glue(" —");
          w.text(" ");
          inlines(first.content());
          from = 1;
        }
        w.endLine();
      }
      blocks(body.subList(from, body.size()));
    }

    private void sections(List<Section> sections, int level) {
      for (int i = 0; i < sections.size(); i++) { // no iterator, as in blocks()
        Section section = sections.get(i);
        separate();
        if (level == 1) {
          w.markWidth();
          inlines(section.heading());
          w.underline('-');
        } else {
          String marker = "#".repeat(level + 1) + " ";
          w.push(marker, spaces(marker.length()));
          inlines(section.heading());
          w.pop();
        }
        blocks(section.blocks());
        sections(section.subsections(), level + 1);
      }
    }

    /** Notes, media contacts and notes to editors of the statement being written. */
    private void backMatter(Statement s) {
      if (!notes.isEmpty()) {
        heading(captions.notes());
        boolean tightNotes = notes.stream().allMatch(n -> isTight(n.blocks()));
        int widest = ("[^" + notes.size() + "] ").length();
        for (int i = 0; i < notes.size(); i++) {
          List<Block> blocks = notes.get(i).blocks();
          item(marker("[^", i + 1, widest), spaces(widest), blocks, tightNotes, i > 0);
        }
      }
      if (!s.contacts().isEmpty()) {
        heading(captions.mediaContacts());
        for (Contact contact : s.contacts()) {
          separate();
          w.text(contact.name());
          contact
              .organisation()
              .ifPresent(
                  organisation -> {
                    comma();
                    w.text(organisation);
                  });
          w.endLine();
          contact
              .email()
              .ifPresent(
                  email -> {
                    w.unbreakable(email);
                    w.endLine();
                  });
          contact
              .phone()
              .ifPresent(
                  phone -> {
                    w.glue(phone);
                    w.endLine();
                  });
        }
      }
      if (!s.notesToEditors().isEmpty()) {
        heading(captions.notesToEditors());
        blocks(s.notesToEditors());
      }
    }

    /** The web addresses referred to as [1], [2], … in the whole document. */
    private void linkList() {
      List<String> targets = links.targets();
      if (targets.isEmpty()) {
        return;
      }
      heading(captions.links());
      int widest = ("[" + targets.size() + "] ").length();
      for (int i = 0; i < targets.size(); i++) {
        w.push(marker("[", i + 1, widest), spaces(widest));
        w.unbreakable(targets.get(i));
        w.pop();
      }
    }

    private void heading(String text) {
      separate();
      w.markWidth();
      w.text(text);
      w.underline('-');
      w.blank();
    }

    // ---- blocks

    private void blocks(List<Block> blocks) {
      for (int i = 0; i < blocks.size(); i++) { // no iterator: allocation per render stays flat
        blocks.get(i).accept(this);
      }
    }

    /** Before a block: a blank line, unless in a tight list or on a list marker's line. */
    private void separate() {
      if (onMarkerLine) {
        onMarkerLine = false;
      } else if (tight) {
        w.endLine();
      } else {
        w.blank();
      }
    }

    @Override
    public Void visitParagraph(Block.Paragraph paragraph) {
      separate();
      inlines(paragraph.content());
      w.endLine();
      return null;
    }

    @Override
    public Void visitBlockQuotation(Block.BlockQuotation quotation) {
      separate();
      boolean wasTight = tight;
      tight = false;
      w.push(INDENT, INDENT);
      blocks(quotation.blocks());
      if (quotation.attribution().isPresent()) { // not ifPresent: no lambda per quotation
        attribution(quotation.attribution().get());
      }
      w.pop();
      tight = wasTight;
      return null;
    }

    /** "— Name, role, organisation, Source title (medium) [3], date, context". */
    private void attribution(Attribution a) {
      if (a.speaker().isEmpty() && a.source().isEmpty() && a.context().isEmpty()) {
        return;
      }
      w.endLine();
      w.push("— ", "  ");
      if (a.speaker().isPresent()) {
        party(a.speaker().get());
      }
      boolean first = a.speaker().isEmpty();
      if (a.source().isPresent()) {
        Source source = a.source().get();
        boolean named = source.title().isPresent() || source.medium().isPresent();
        if (named || source.url().isPresent()) {
          if (!first) {
            comma();
          }
          first = false;
        }
        if (source.title().isPresent()) {
          w.text(source.title().get());
        }
        if (source.medium().isPresent()) {
          if (source.title().isPresent()) {
            w.text(" (");
            w.attach();
            w.text(source.medium().get());
            w.attach();
            w.text(")");
          } else {
            w.text(source.medium().get());
          }
        }
        if (source.url().isPresent()) {
          reference(links.number(source.url().get()), named);
        }
        if (source.date().isPresent()) {
          if (!first) {
            comma();
          }
          first = false;
          w.glue(Dates.day(source.date().get(), language));
        }
      }
      if (a.context().isPresent()) {
        if (!first) {
          comma();
        }
        w.text(a.context().get());
      }
      w.pop();
    }

    /** "[3]", joined to the word before by a space that does not break. */
    private void reference(int number, boolean afterWord) {
      w.attach();
      w.glue(afterWord ? " [" : "[");
      w.glue(number);
      w.glue("]");
    }

    @Override
    public Void visitEmbeddedStatement(Block.EmbeddedStatement embedded) {
      separate();
      Statement s = embedded.statement();
      String outerLanguage = language;
      List<Note> outerNotes = notes;
      Map<String, Integer> outerNoteNumbers = noteNumbers;
      boolean wasTight = tight;
      tight = false;
      enter(s);
      depth++;
      w.push(INDENT, INDENT);

      w.openFrame();
      s.embargo()
          .ifPresent(
              e -> {
                embargo(e);
                w.endLine();
              });
      s.label()
          .ifPresent(
              label -> {
                w.text(upper(label));
                w.endLine();
              });
      w.text(s.title());
      w.endLine();
      byline(s);
      if (dateline(s)) {
        w.endLine();
      }
      embedded
          .delivery()
          .ifPresent(
              delivery -> {
                w.text("(");
                w.text(delivery);
                w.attach();
                w.text(")");
                w.endLine();
              });
      w.closeFrame();

      if (!s.standfirst().isEmpty()) {
        separate();
        inlines(s.standfirst());
        w.endLine();
      }
      blocks(s.body());
      sections(s.sections(), 1);
      backMatter(s);
      w.pop();

      depth--;
      language = outerLanguage;
      quotes = options.quoteStyleFor(language);
      captions = Captions.forLanguage(language);
      notes = outerNotes;
      noteNumbers = outerNoteNumbers;
      tight = wasTight;
      return null;
    }

    @Override
    public Void visitBulletList(Block.BulletList list) {
      separate();
      List<ListItem> items = list.items();
      boolean tightList = isTightList(items);
      for (int i = 0; i < items.size(); i++) {
        item("- ", "  ", items.get(i).blocks(), tightList, i > 0);
      }
      return null;
    }

    @Override
    public Void visitOrderedList(Block.OrderedList list) {
      separate();
      List<ListItem> items = list.items();
      boolean tightList = isTightList(items);
      int last = list.start() + items.size() - 1;
      int widest = Integer.toString(Math.max(last, list.start())).length() + 2; // "10. "
      for (int i = 0; i < items.size(); i++) {
        // The number right-aligned: " 9. ", "10. ".
        marker.setLength(0);
        marker.append(list.start() + i).append(". ");
        while (marker.length() < widest) {
          marker.insert(0, ' ');
        }
        item(marker, spaces(widest), items.get(i).blocks(), tightList, i > 0);
      }
      return null;
    }

    /** A list item or note: {@code first} on its first line, the rest hanging by {@code rest}. */
    private void item(
        CharSequence first, String rest, List<Block> blocks, boolean tightItems, boolean notFirst) {
      if (notFirst && !tightItems) {
        w.blank();
      }
      boolean wasTight = tight;
      w.push(first, rest);
      if (blocks.isEmpty()) {
        w.lineEvenIfEmpty();
      } else {
        tight = tightItems;
        onMarkerLine = true;
        blocks(blocks);
        onMarkerLine = false;
      }
      w.pop();
      tight = wasTight;
    }

    private static boolean isTightList(List<ListItem> items) {
      for (int i = 0; i < items.size(); i++) {
        if (!isTight(items.get(i).blocks())) {
          return false;
        }
      }
      return true;
    }

    /** One paragraph, perhaps followed by sub-lists: nothing that needs blank lines around it. */
    private static boolean isTight(List<Block> blocks) {
      for (int i = 0; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        boolean fits =
            i == 0
                ? b instanceof Block.Paragraph
                : b instanceof Block.BulletList || b instanceof Block.OrderedList;
        if (!fits) {
          return false;
        }
      }
      return true;
    }

    @Override
    public Void visitThematicBreak(Block.ThematicBreak thematicBreak) {
      separate();
      w.centred("* * *");
      return null;
    }

    // ---- inlines

    private void inlines(List<Inline> inlines) {
      for (int i = 0; i < inlines.size(); i++) {
        Inline inline = inlines.get(i);
        // Text is most of the inlines: a type check is cheaper than the two interface calls of
        // accept and visitText, which profiled at a tenth of a render (many visitors exist).
        if (inline instanceof Inline.Text text) {
          w.text(text.text());
        } else {
          inline.accept(this);
        }
      }
    }

    @Override
    public Void visitText(Inline.Text text) {
      w.text(text.text());
      return null;
    }

    @Override
    public Void visitEmphasis(Inline.Emphasis emphasis) {
      return marked("_", emphasis.content());
    }

    @Override
    public Void visitStrong(Inline.Strong strong) {
      return marked("*", strong.content());
    }

    /** Content between marks that hug it: _emphasis_, *strong*. */
    private Void marked(String mark, List<Inline> content) {
      w.openMark(mark);
      inlines(content);
      w.closeMark(mark, mark);
      return null;
    }

    @Override
    public Void visitLink(Inline.Link link) {
      int number = links.number(link);
      if (number == 0) {
        // The text is the address (LinkNumbers.showsTarget): keep it whole.
        String shown = ((Inline.Text) link.content().get(0)).text();
        if (link.target().startsWith("tel:")) {
          w.glue(shown); // "+44 20 7946 0321" on one line
        } else {
          w.unbreakable(shown);
        }
      } else {
        inlines(link.content());
        reference(number, true);
      }
      return null;
    }

    @Override
    public Void visitLineBreak(Inline.LineBreak lineBreak) {
      w.endLine(); // consecutive breaks make no empty line: that would read as a new paragraph
      return null;
    }

    @Override
    public Void visitNoteReference(Inline.NoteReference reference) {
      Integer number = noteNumbers.get(reference.noteId());
      w.attach();
      w.glue("[^");
      if (number != null) {
        w.glue(number);
      } else {
        w.glue(reference.noteId()); // unknown note: validation reports it; show what was meant
      }
      w.glue("]");
      return null;
    }

    @Override
    public Void visitQuotation(Inline.Quotation quotation) {
      String open = quotes.open(depth);
      w.openMark(open);
      depth++;
      inlines(quotation.content());
      depth--;
      w.closeMark(open, quotes.close(depth));
      return null;
    }

    private static String spaces(int n) {
      return n < SPACE_RUNS.length ? SPACE_RUNS[n] : " ".repeat(n);
    }

    /** "[12]" or "[^12]" with spaces after it to {@code width}, in {@link #marker}. */
    private StringBuilder marker(String open, int number, int width) {
      marker.setLength(0);
      marker.append(open).append(number).append(']');
      while (marker.length() < width) {
        marker.append(' ');
      }
      return marker;
    }
  }
}
