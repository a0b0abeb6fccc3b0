package io.github.communique.validate;

import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.ListItem;
import io.github.communique.model.Note;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.Section;
import io.github.communique.model.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One run of the {@link Validator} over one statement.
 *
 * <p>The walk never recurses: each node's checks run, then its children are pushed on an
 * explicit stack (in reverse, so they pop in reading order). A hostile statement nested 100,000
 * levels deep therefore cannot overflow the Java stack; the first node past a {@link Limits}
 * depth gets one problem and its content is not walked. Since the walk does not recurse, the node
 * being visited can be handed to the visitor methods in the fields {@link #here} and {@link
 * #ctx}.
 */
final class Check implements Block.Visitor<Void>, Inline.Visitor<Void> {
  private static final int MAX_LISTED_NOTES = 10;

  private final Limits limits;
  private final boolean requireSpeakers;
  private final List<Problem> problems = new ArrayList<>();
  private final Fields fields;
  private final Map<String, DocPath> anchors = new HashMap<>(); // explicit anchors, whole page
  private final ArrayDeque<Runnable> stack = new ArrayDeque<>();
  private final List<Runnable> children = new ArrayList<>();

  private DocPath here;
  private Context ctx;

  Check(Limits limits, boolean requireSpeakers) {
    this.limits = limits;
    this.requireSpeakers = requireSpeakers;
    this.fields = new Fields(limits, problems);
  }

  List<Problem> run(Statement statement) {
    later(() -> statement(statement, DocPath.ROOT, null));
    while (true) {
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
      children.clear();
      if (stack.isEmpty()) {
        return problems;
      }
      stack.pop().run();
    }
  }

  /** Schedules a child of the node being checked; children run in the order scheduled. */
  private void later(Runnable child) {
    children.add(child);
  }

  private void statement(Statement s, DocPath at, Context outer) {
    fields.metadata(s, at);
    if (!s.standfirst().isEmpty() && Texts.isBlank(s.standfirst())) {
      error(at.field("standfirst"), "the standfirst is blank: give it text or leave it out");
    }

    Scope scope = new Scope(outer == null ? null : outer.scope,
        noteIds(s.notes(), at.field("notes")));
    Context c = outer == null ? Context.top(scope) : outer.statement(scope);
    inlines(s.standfirst(), at.field("standfirst"), c);
    blocks(s.body(), at.field("body"), c);
    each(s.sections(), at.field("sections"), c, this::section);
    each(s.notes(), at.field("notes"), c, this::note);
    blocks(s.notesToEditors(), at.field("notesToEditors"), c);
    later(() -> unreferencedNotes(scope));
  }

  /** The path of the first note with each id, in declaration order. */
  private static Map<String, DocPath> noteIds(List<Note> notes, DocPath at) {
    Map<String, DocPath> byId = new LinkedHashMap<>();
    for (int i = 0; i < notes.size(); i++) {
      if (!Texts.isBlank(notes.get(i).id())) {
        byId.putIfAbsent(notes.get(i).id(), at.index(i));
      }
    }
    return byId;
  }

  private void note(Note note) {
    DocPath id = here.field("id");
    if (Texts.isBlank(note.id())) {
      error(id, "the note id is blank: give the note an id that references can use, such as 1");
    } else {
      fields.identifier(note.id(), id, "the note id"); // references still find it
      DocPath first = ctx.scope.notes.get(note.id());
      if (!first.toString().equals(here.toString())) { // notes are few; paths are short
        error(id, "the note id " + Texts.quote(note.id()) + " is already used by " + first
            + ": give each note its own id");
      }
    }
    if (note.blocks().isEmpty()) {
      error(here.field("blocks"), "the note " + Texts.quote(note.id())
          + " is empty: give it text, or remove it and its references");
    }
    blocks(note.blocks(), here.field("blocks"), ctx);
  }

  private void unreferencedNotes(Scope scope) {
    scope.notes.forEach(
        (id, path) -> {
          if (!scope.referenced.contains(id)) {
            problems.add(Problem.warning(path.toString(), "the note " + Texts.quote(id)
                + " is never referenced, so readers meet it only among the notes: refer to it"
                + " from the text (a note reference with id " + Texts.quote(id)
                + ") or remove it"));
          }
        });
  }

  private void section(Section section) {
    DocPath at = here;
    int depth = ctx.sections + 1;
    if (depth > limits.maxSectionDepth()) {
      tooDeep(at, Nesting.Kind.SECTIONS, depth, limits.maxSectionDepth());
      return;
    }
    DocPath heading = at.field("heading");
    if (Texts.isBlank(section.heading())) {
      error(heading, "the section heading has no text: give the section a heading");
    }
    section.anchor().ifPresent(anchor -> anchor(anchor, at.field("anchor")));
    Context c = ctx.section();
    inlines(section.heading(), heading, c);
    blocks(section.blocks(), at.field("blocks"), c);
    each(section.subsections(), at.field("subsections"), c, this::section);
  }

  private void anchor(String anchor, DocPath at) {
    if (Texts.isBlank(anchor)) {
      error(at, "the anchor is blank: give an id such as background, or leave it out to derive"
          + " one from the heading");
    } else if (fields.identifier(anchor, at, "the anchor")) {
      DocPath first = anchors.putIfAbsent(anchor, at);
      if (first != null) {
        error(at, "the anchor " + Texts.quote(anchor) + " is already used by " + first
            + "; anchors must be unique in the page, embedded statements included: choose"
            + " another, or leave it out to derive one from the heading");
      }
    }
  }

  private void blocks(List<Block> blocks, DocPath at, Context c) {
    each(blocks, at, c, block -> block.accept(this));
  }

  private void inlines(List<Inline> content, DocPath at, Context c) {
    each(content, at, c, inline -> inline.accept(this));
  }

  /** Schedules {@code check} for each node, with {@link #here} and {@link #ctx} set for it. */
  private <T> void each(List<T> nodes, DocPath at, Context c, Consumer<T> check) {
    for (int i = 0; i < nodes.size(); i++) {
      T node = nodes.get(i);
      DocPath p = at.index(i);
      later(
          () -> {
            here = p;
            ctx = c;
            check.accept(node);
          });
    }
  }

  @Override
  public Void visitParagraph(Block.Paragraph paragraph) {
    if (Texts.isBlank(paragraph.content())) {
      error(here, "the paragraph is empty: give it text or remove it");
    }
    inlines(paragraph.content(), here.field("content"), ctx);
    return null;
  }

  @Override
  public Void visitBlockQuotation(Block.BlockQuotation quotation) {
    int depth = ctx.blocks + 1;
    if (depth > limits.maxNestingDepth()) {
      tooDeep(here, Nesting.Kind.BLOCKS, depth, limits.maxNestingDepth());
      return null;
    }
    if (quotation.blocks().isEmpty()) {
      error(here, "the block quotation is empty: give it the quoted text or remove it");
    }
    quotation.attribution().ifPresent(a -> fields.attribution(a, here.field("attribution")));
    boolean speaker = quotation.attribution().flatMap(Attribution::speaker).isPresent();
    if (requireSpeakers && !speaker) {
      error(here, "the block quotation names no speaker, and the house rules"
          + " (Validator.requireSpeakers) ask for one: give it an attribution with a speaker");
    }
    blocks(quotation.blocks(), here.field("blocks"), ctx.blockQuotation(speaker));
    return null;
  }

  @Override
  public Void visitEmbeddedStatement(Block.EmbeddedStatement embedded) {
    int depth = ctx.blocks + 1;
    if (depth > limits.maxNestingDepth()) {
      tooDeep(here, Nesting.Kind.BLOCKS, depth, limits.maxNestingDepth());
      return null;
    }
    fields.optional(embedded.delivery(), here.field("delivery"), "the delivery");
    DocPath statement = here.field("statement");
    if (requireSpeakers && embedded.statement().issuers().isEmpty()) {
      error(statement.field("issuers"), "the embedded statement names no issuer, and the house"
          + " rules (Validator.requireSpeakers) ask for one: add the party that delivered it");
    }
    Context c = ctx.embedded();
    later(() -> statement(embedded.statement(), statement, c));
    return null;
  }

  @Override
  public Void visitBulletList(Block.BulletList list) {
    list(list.items());
    return null;
  }

  @Override
  public Void visitOrderedList(Block.OrderedList list) {
    list(list.items());
    return null;
  }

  private void list(List<ListItem> items) {
    int depth = ctx.lists + 1;
    if (depth > limits.maxListDepth()) {
      tooDeep(here, Nesting.Kind.LISTS, depth, limits.maxListDepth());
      return;
    }
    if (items.isEmpty()) {
      error(here, "the list has no items: give it items or remove it");
    }
    Context c = ctx.list();
    for (int i = 0; i < items.size(); i++) {
      DocPath item = here.field("items").index(i);
      if (items.get(i).blocks().isEmpty()) {
        error(item, "the list item is empty: give it text or remove it");
      }
      blocks(items.get(i).blocks(), item.field("blocks"), c);
    }
  }

  @Override
  public Void visitThematicBreak(Block.ThematicBreak thematicBreak) {
    return null;
  }

  @Override
  public Void visitText(Inline.Text text) {
    DocPath at = here.field("text");
    if (!fields.tooLong(text.text(), at, "the text")) {
      String characters = Texts.characterProblem(text.text(), true);
      if (characters != null) {
        error(at, "the text " + characters);
      }
    }
    return null;
  }

  @Override
  public Void visitEmphasis(Inline.Emphasis emphasis) {
    markup(emphasis.content(), "the emphasis is empty: give it text or remove it");
    return null;
  }

  @Override
  public Void visitStrong(Inline.Strong strong) {
    markup(strong.content(), "the strong text is empty: give it text or remove it");
    return null;
  }

  @Override
  public Void visitLink(Inline.Link link) {
    DocPath target = here.field("target");
    if (Texts.isBlank(link.target())) {
      error(target, "the link target is blank: give the URL the link points to (https://…,"
          + " mailto:…, tel:… or a relative URL)");
    } else if (!fields.tooLong(link.target(), target, "the link target")) {
      String problem = Urls.problem(link.target(), "the link target");
      if (problem != null) {
        error(target, problem);
      }
    }
    markup(link.content(), "the link has no text, so readers cannot see it: give it the words"
        + " that carry the link");
    return null;
  }

  /** Emphasis, strong and links: nesting, emptiness, content. */
  private void markup(List<Inline> content, String emptyMessage) {
    int depth = ctx.markup + 1;
    if (depth > limits.maxNestingDepth()) {
      tooDeep(here, Nesting.Kind.MARKUP, depth, limits.maxNestingDepth());
      return;
    }
    if (Texts.isBlank(content)) {
      error(here, emptyMessage);
    }
    inlines(content, here.field("content"), ctx.markup());
  }

  @Override
  public Void visitLineBreak(Inline.LineBreak lineBreak) {
    return null;
  }

  @Override
  public Void visitNoteReference(Inline.NoteReference reference) {
    DocPath at = here.field("noteId");
    String id = reference.noteId();
    Scope scope = ctx.scope;
    if (Texts.isBlank(id)) {
      error(at, "the note reference names no note: give the id of one of this statement's notes");
    } else if (scope.notes.containsKey(id)) {
      scope.referenced.add(id);
    } else if (!fields.tooLong(id, at, "the note reference")) {
      StringBuilder m = new StringBuilder("the note reference points at ")
          .append(Texts.quote(id)).append(", which is not a note of this statement; ");
      if (scope.notes.isEmpty()) {
        m.append("it has no notes: add a note with id ").append(Texts.quote(id));
      } else {
        m.append(scope.notes.size() == 1 ? "its note is " : "its notes are ");
        int listed = 0;
        for (String known : scope.notes.keySet()) {
          if (listed == MAX_LISTED_NOTES) {
            m.append(" and ").append(scope.notes.size() - listed).append(" more");
            break;
          }
          m.append(listed++ == 0 ? "" : ", ").append(Texts.quote(known));
        }
        m.append(": use one of them or add a note with id ").append(Texts.quote(id));
      }
      for (Scope s = scope.outer; s != null; s = s.outer) {
        if (s.notes.containsKey(id)) {
          m.append(" (the enclosing statement has such a note, but an embedded statement's"
              + " references point at its own notes)");
          break;
        }
      }
      error(at, m.toString());
    }
    return null;
  }

  @Override
  public Void visitQuotation(Inline.Quotation quotation) {
    int depth = ctx.quotations + 1;
    if (depth > limits.maxQuotationDepth()) {
      tooDeep(here, Nesting.Kind.QUOTATIONS, depth, limits.maxQuotationDepth());
      return null;
    }
    if (Texts.isBlank(quotation.content())) {
      error(here, "the quotation is empty: give it the quoted words or remove it");
    }
    quotation.attribution().ifPresent(a -> fields.attribution(a, here.field("attribution")));
    if (requireSpeakers
        && quotation.kind() == QuoteKind.SPEECH
        && ctx.blockQuotation == BlockQuotationState.WITHOUT_SPEAKER
        && quotation.attribution().flatMap(Attribution::speaker).isEmpty()) {
      error(here, "the speech quotation inside a block quotation names no speaker, and neither"
          + " does the block quotation; the house rules (Validator.requireSpeakers) ask for one:"
          + " give either of them an attribution with a speaker");
    }
    inlines(quotation.content(), here.field("content"), ctx.quotation());
    return null;
  }

  private void tooDeep(DocPath at, Nesting.Kind kind, int depth, int limit) {
    error(at, kind.what() + " nest " + depth + " deep; the limit is " + limit + " (Limits."
        + kind.setting() + "): flatten them or raise the limit (what is inside was not checked)");
  }

  private void error(DocPath at, String message) {
    problems.add(new Problem(at.toString(), message));
  }

  /** The notes of one statement, and which of them the text refers to. */
  private static final class Scope {
    final Scope outer;
    final Map<String, DocPath> notes;
    final Set<String> referenced = new HashSet<>();

    Scope(Scope outer, Map<String, DocPath> notes) {
      this.outer = outer;
      this.notes = notes;
    }
  }

  private enum BlockQuotationState {
    NONE,
    WITH_SPEAKER,
    WITHOUT_SPEAKER
  }

  /** Where a node stands: its statement and how deep each kind of nesting is around it. */
  private static final class Context {
    final Scope scope;
    final int sections;
    final int lists;
    final int blocks; // block quotations and embedded statements
    final int quotations;
    final int markup; // emphasis, strong and links
    final BlockQuotationState blockQuotation; // the nearest enclosing block quotation

    private Context(Scope scope, int sections, int lists, int blocks, int quotations, int markup,
        BlockQuotationState blockQuotation) {
      this.scope = scope;
      this.sections = sections;
      this.lists = lists;
      this.blocks = blocks;
      this.quotations = quotations;
      this.markup = markup;
      this.blockQuotation = blockQuotation;
    }

    static Context top(Scope scope) {
      return new Context(scope, 0, 0, 0, 0, 0, BlockQuotationState.NONE);
    }

    /** An embedded statement: its own notes and sections; block and list depth carry on. */
    Context statement(Scope scope) {
      return new Context(scope, 0, lists, blocks, 0, 0, BlockQuotationState.NONE);
    }

    Context section() {
      return new Context(scope, sections + 1, lists, blocks, quotations, markup, blockQuotation);
    }

    Context list() {
      return new Context(scope, sections, lists + 1, blocks, quotations, markup, blockQuotation);
    }

    Context blockQuotation(boolean speaker) {
      return new Context(scope, sections, lists, blocks + 1, quotations, markup,
          speaker ? BlockQuotationState.WITH_SPEAKER : BlockQuotationState.WITHOUT_SPEAKER);
    }

    Context embedded() {
      return new Context(scope, sections, lists, blocks + 1, quotations, markup, blockQuotation);
    }

    Context quotation() {
      return new Context(scope, sections, lists, blocks, quotations + 1, markup, blockQuotation);
    }

    Context markup() {
      return new Context(scope, sections, lists, blocks, quotations, markup + 1, blockQuotation);
    }
  }
}
