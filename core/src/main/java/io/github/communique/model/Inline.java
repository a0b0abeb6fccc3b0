package io.github.communique.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Content inside a line of text: runs of text, emphasis, links, quotations and note references.
 *
 * <p>Each kind is a record nested here; {@link Visitor} dispatches over all of them, so a renderer
 * that forgets a kind does not compile.
 */
public sealed interface Inline {

  <R> R accept(Visitor<R> visitor);

  /** One method per kind of inline; adding a kind breaks every visitor until it handles it. */
  interface Visitor<R> {
    R visitText(Text text);

    R visitEmphasis(Emphasis emphasis);

    R visitStrong(Strong strong);

    R visitLink(Link link);

    R visitLineBreak(LineBreak lineBreak);

    R visitNoteReference(NoteReference noteReference);

    R visitQuotation(Quotation quotation);
  }

  /** Plain text, exactly as written: {@code "The council met on Monday."}. */
  record Text(String text) implements Inline {
    public Text {
      requireNonNull(text, "text");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitText(this);
    }
  }

  /** Stressed words, usually set in italics: "we will <em>not</em> resign". */
  record Emphasis(List<Inline> content) implements Inline {
    public Emphasis {
      content = NodeList.copyOf(content);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitEmphasis(this);
    }
  }

  /** Strong importance, usually set in bold: "<strong>Embargoed</strong> until Monday". */
  record Strong(List<Inline> content) implements Inline {
    public Strong {
      content = NodeList.copyOf(content);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitStrong(this);
    }
  }

  /**
   * A hyperlink: {@code target} is the URL as written (validation checks its scheme), {@code
   * content} the words that carry it.
   */
  record Link(String target, List<Inline> content) implements Inline {
    public Link {
      requireNonNull(target, "target");
      content = NodeList.copyOf(content);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitLink(this);
    }
  }

  /** A forced line break inside a paragraph, as in an address or a verse. */
  record LineBreak() implements Inline {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitLineBreak(this);
    }
  }

  /** A reference to a {@link Note} of the enclosing statement, by the note's id: "[^1]". */
  record NoteReference(String noteId) implements Inline {
    public NoteReference {
      requireNonNull(noteId, "noteId");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNoteReference(this);
    }
  }

  /**
   * Quoted words: what someone said ({@link QuoteKind#SPEECH}), distancing quotes ({@link
   * QuoteKind#SCARE}) or a word talked about as such ({@link QuoteKind#MENTION}). The content
   * holds no quotation marks: renderers take them from the {@link QuoteStyle} of the surrounding
   * language, so nested quotations alternate correctly.
   */
  record Quotation(List<Inline> content, QuoteKind kind, Optional<Attribution> attribution)
      implements Inline {
    public Quotation {
      content = NodeList.copyOf(content);
      requireNonNull(kind, "kind");
      requireNonNull(attribution, "attribution");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitQuotation(this);
    }
  }
}
