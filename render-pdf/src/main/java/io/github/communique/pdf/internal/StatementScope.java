package io.github.communique.pdf.internal;

import io.github.communique.model.Note;
import io.github.communique.model.QuoteStyle;
import io.github.communique.model.Statement;
import io.github.communique.model.Traversal;
import io.github.communique.render.Captions;
import io.github.communique.render.RenderOptions;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What holds for one statement being laid out, the top-level one or one embedded in it: its
 * language (captions, quotation marks, dates), its links' base address, and its notes, numbered
 * as core numbers them. Each statement gets a serial number so the names of its notes' places
 * in the PDF ({@code note-2-1}) cannot clash with another statement's.
 */
final class StatementScope {
  final Statement statement;
  final int serial;
  final Captions captions;
  final QuoteStyle quotes;
  final SafeLinks links;
  final List<Note> notes;
  private final Map<String, Integer> numbers = new HashMap<>();
  private final BitSet referenced = new BitSet();

  StatementScope(Statement statement, int serial, RenderOptions options) {
    this.statement = statement;
    this.serial = serial;
    this.captions = Captions.forLanguage(statement.language());
    this.quotes = options.quoteStyleFor(statement.language());
    this.links = new SafeLinks(statement.url());
    this.notes = Traversal.noteOrder(statement);
    for (int i = 0; i < notes.size(); i++) {
      numbers.putIfAbsent(notes.get(i).id(), i + 1);
    }
  }

  String language() {
    return statement.language();
  }

  /** The number of the note with this id (1-based), or 0 when there is no such note. */
  int noteNumber(String noteId) {
    return numbers.getOrDefault(noteId, 0);
  }

  /**
   * Records a reference to note {@code number}; true for the first, which becomes the place the
   * note links back to.
   */
  boolean firstReference(int number) {
    boolean first = !referenced.get(number);
    referenced.set(number);
    return first;
  }

  boolean isReferenced(int number) {
    return referenced.get(number);
  }

  String noteDestination(int number) {
    return "note-" + serial + "-" + number;
  }

  String referenceDestination(int number) {
    return "noteref-" + serial + "-" + number;
  }

  /** A place in this statement's back matter or header: "notes-0", "contacts-2". */
  String destination(String part) {
    return part + "-" + serial;
  }
}
