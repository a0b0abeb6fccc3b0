package io.github.communique.model;

import java.util.List;
import java.util.Optional;

/**
 * Short factories for inline content, meant for static import, so that code building a statement
 * reads like the statement: {@code paragraph(text("She called it "), speech("a betrayal"),
 * text("."))}.
 */
public final class Inlines {
  private Inlines() {}

  public static Inline.Text text(String text) {
    return new Inline.Text(text);
  }

  public static Inline.Emphasis emphasis(Inline... content) {
    return new Inline.Emphasis(List.of(content));
  }

  public static Inline.Emphasis emphasis(String text) {
    return emphasis(text(text));
  }

  public static Inline.Strong strong(Inline... content) {
    return new Inline.Strong(List.of(content));
  }

  public static Inline.Strong strong(String text) {
    return strong(text(text));
  }

  public static Inline.Link link(String target, Inline... content) {
    return new Inline.Link(target, List.of(content));
  }

  public static Inline.Link link(String target, String text) {
    return link(target, text(text));
  }

  public static Inline.LineBreak lineBreak() {
    return new Inline.LineBreak();
  }

  public static Inline.NoteReference noteRef(String noteId) {
    return new Inline.NoteReference(noteId);
  }

  /** Words someone said, without naming the speaker here (the sentence around it does). */
  public static Inline.Quotation speech(Inline... content) {
    return new Inline.Quotation(List.of(content), QuoteKind.SPEECH, Optional.empty());
  }

  public static Inline.Quotation speech(String text) {
    return speech(text(text));
  }

  /** Words someone said, attributed to them. */
  public static Inline.Quotation speech(Attribution attribution, Inline... content) {
    return new Inline.Quotation(List.of(content), QuoteKind.SPEECH, Optional.of(attribution));
  }

  /** Words a party said, attributed to them. */
  public static Inline.Quotation speech(Party speaker, String text) {
    return speech(Attribution.of(speaker), text(text));
  }

  /** Distancing quotes: the so-called “experts”. */
  public static Inline.Quotation scare(String text) {
    return new Inline.Quotation(List.of(text(text)), QuoteKind.SCARE, Optional.empty());
  }

  /** A word talked about as such: the word “sovereignty”. */
  public static Inline.Quotation mention(String text) {
    return new Inline.Quotation(List.of(text(text)), QuoteKind.MENTION, Optional.empty());
  }
}
