package io.github.communique.examples;

import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.QuoteStyle;
import io.github.communique.model.Statement;
import io.github.communique.model.Traversal;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Renderer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A renderer written outside the library: a "who said what" index of a statement's quotations in
 * Markdown, grouped by speaker in order of first appearance. It is listed in this module's {@code
 * META-INF/services/io.github.communique.render.Renderer}, so {@code Renderers.discover()} (and the
 * {@code communique} command, with this jar on its class path) finds it as format {@code quotes},
 * with no registration code.
 *
 * <p>Like every renderer it is stateless and thread-safe, takes quotation marks from {@link
 * RenderOptions#quoteStyleFor} (never from the text), and writes as it goes.
 */
public final class WhoSaidWhatRenderer implements Renderer {
  private static final String NOBODY = "Not attributed";

  /** The constructor {@link java.util.ServiceLoader} calls; keep it cheap. */
  public WhoSaidWhatRenderer() {}

  @Override
  public String format() {
    return "quotes";
  }

  @Override
  public String mediaType() {
    return "text/markdown; charset=UTF-8";
  }

  @Override
  public String fileExtension() {
    return "quotes.md";
  }

  @Override
  public void render(Statement statement, RenderOptions options, OutputStream out)
      throws IOException {
    Map<Object, String> languages = languages(statement);
    Map<String, List<String>> bySpeaker = new LinkedHashMap<>();
    for (Inline.Quotation q : Traversal.quotations(statement)) {
      if (q.kind() == QuoteKind.SPEECH) { // scare quotes and mentions are nobody's words
        QuoteStyle marks = options.quoteStyleFor(languages.get(q));
        String words = marks.open(0) + quoted(q.content(), marks) + marks.close(0);
        add(
            bySpeaker,
            Attributions.speaker(q.attribution()).orElse(NOBODY),
            withSource(words, Attributions.source(q.attribution()).orElse("")));
      }
    }
    for (Block.BlockQuotation q : Traversal.blockQuotations(statement)) {
      String words = blockText(q, options.quoteStyleFor(languages.get(q)));
      add(
          bySpeaker,
          Attributions.speaker(q.attribution()).orElse(NOBODY),
          withSource(words, Attributions.source(q.attribution()).orElse("")));
    }

    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    w.write("# Who said what: " + escape(statement.title()) + "\n");
    if (bySpeaker.isEmpty()) {
      w.write("\nNo quotations.\n");
    }
    for (Map.Entry<String, List<String>> speaker : bySpeaker.entrySet()) {
      w.write("\n## " + escape(speaker.getKey()) + "\n\n");
      for (String line : speaker.getValue()) {
        w.write("- " + line + "\n");
      }
    }
    w.flush(); // flush, don't close: the caller owns the stream
  }

  /**
   * The language each quotation is in: that of the statement it stands in, an embedded statement
   * included. Keyed by identity, since two quotations with the same words are still two.
   */
  private static Map<Object, String> languages(Statement statement) {
    Map<Object, String> languages = new IdentityHashMap<>();
    List<Statement> statements = new ArrayList<>(List.of(statement));
    for (Block block : Traversal.blocks(statement)) { // an embedded statement after its parent
      if (block instanceof Block.EmbeddedStatement embedded) {
        statements.add(embedded.statement());
      }
    }
    for (Statement s : statements) { // so a nested statement's language overwrites its parent's
      Traversal.quotations(s).forEach(q -> languages.put(q, s.language()));
      Traversal.blockQuotations(s).forEach(q -> languages.put(q, s.language()));
    }
    return languages;
  }

  private static void add(Map<String, List<String>> bySpeaker, String speaker, String line) {
    bySpeaker.computeIfAbsent(speaker, k -> new ArrayList<>()).add(line);
  }

  private static String withSource(String words, String source) {
    return source.isEmpty() ? words : words + " (" + escape(source) + ")";
  }

  /** A block quotation's paragraphs, joined, in block quotation style: no marks around it. */
  private static String blockText(Block.BlockQuotation quotation, QuoteStyle marks) {
    List<String> paragraphs = new ArrayList<>();
    for (Block block : quotation.blocks()) {
      if (block instanceof Block.Paragraph p) {
        paragraphs.add(quoted(p.content(), marks));
      }
    }
    return "> " + String.join(" / ", paragraphs);
  }

  /** The words of a quotation, nested quotations in the marks of their depth (1 and deeper). */
  private static String quoted(List<Inline> content, QuoteStyle marks) {
    StringBuilder text = new StringBuilder();
    Inline.Visitor<Void> visitor =
        new Inline.Visitor<>() {
          private int depth = 1;

          @Override
          public Void visitText(Inline.Text t) {
            text.append(escape(t.text()));
            return null;
          }

          @Override
          public Void visitEmphasis(Inline.Emphasis e) {
            text.append('*');
            e.content().forEach(i -> i.accept(this));
            text.append('*');
            return null;
          }

          @Override
          public Void visitStrong(Inline.Strong s) {
            text.append("**");
            s.content().forEach(i -> i.accept(this));
            text.append("**");
            return null;
          }

          @Override
          public Void visitLink(Inline.Link l) {
            l.content().forEach(i -> i.accept(this)); // the words, not the address
            return null;
          }

          @Override
          public Void visitLineBreak(Inline.LineBreak b) {
            text.append(' ');
            return null;
          }

          @Override
          public Void visitNoteReference(Inline.NoteReference n) {
            return null; // notes are not part of what was said
          }

          @Override
          public Void visitQuotation(Inline.Quotation q) {
            text.append(marks.open(depth));
            depth++;
            q.content().forEach(i -> i.accept(this));
            depth--;
            text.append(marks.close(depth));
            return null;
          }
        };
    content.forEach(i -> i.accept(visitor));
    return text.toString();
  }

  /** Backslash before the characters Markdown would take for markup. */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        s.append('\\');
      }
      s.append(c);
    }
    return s.toString();
  }
}
