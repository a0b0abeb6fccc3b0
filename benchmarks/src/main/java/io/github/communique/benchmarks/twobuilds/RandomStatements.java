package io.github.communique.benchmarks.twobuilds;

import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.ListItem;
import io.github.communique.model.Party;
import io.github.communique.model.QuoteKind;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementBuilder;
import io.github.communique.render.RenderOptions;
import io.github.communique.text.TextRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Statements made to trip a text writer up, one per seed: runs of spaces, tabs and line ends,
 * accented, Cyrillic, Greek, CJK and fullwidth text, combining marks, emoji, no-break and
 * zero-width spaces, soft hyphens, control characters, a lone surrogate, words and web addresses
 * wider than the line, in nested quotations, emphasis, links, lists, block quotations and
 * embedded statements, rendered at a width from 20 to 99. {@link #text} is called by name from
 * another class loader ({@link SameText}), so it takes and returns only JDK types.
 */
public final class RandomStatements {
  private static final String[] WORDS = {
    "the", "council", "met", "on", "Monday.", "café", "Ünïcödé", "e\u0301", "Київ", "Москва",
    "Ελλάδα", "東京", "中文の文章です。", "😀", "👩🏽‍🔬", " ", "  ", "\u00a0", "\u202f", "\u2007",
    "\"", "’", "“", "”", "«", "»", "—", "–", "-", "(", ")", "[", "]", ",", ".", "!", "\t", "\n",
    "\r\n", "\u200b", "\u2028", "\u0007", "\u00ad", "\u0301",
    "https://example.org/a/very/long/path/that/does/not/fit/on/one/line/at/all/index.html",
    "supercalifragilisticexpialidocious", "Ł", "ü", "ß", "€", "£", "x", "a", "b", "word", "words",
    "and", "of", "to", "Ω", "\ud800", "ｆｕｌｌ", "한국어", "…", "‐", "‑"
  };

  private final Random random;

  private RandomStatements(long seed) {
    this.random = new Random(seed);
  }

  /** The statement of {@code seed}, as {@link TextRenderer} writes it at the seed's width. */
  public static byte[] text(long seed) throws IOException {
    RandomStatements g = new RandomStatements(seed);
    Statement statement = g.statement(2);
    int width = 20 + g.random.nextInt(80);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TextRenderer.create().render(statement, RenderOptions.builder().textWidth(width).build(), out);
    return out.toByteArray();
  }

  private String text() {
    // Mostly the common words, sometimes any; mostly short, sometimes a long paragraph.
    int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 60 : 8);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (random.nextInt(10) < 4) {
        b.append(' ');
      }
      b.append(WORDS[random.nextInt(random.nextInt(3) == 0 ? WORDS.length : 12)]);
    }
    return b.toString();
  }

  private List<Inline> inlines(int depth) {
    int n = 1 + random.nextInt(6);
    List<Inline> inlines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String url = "https://example.org/" + random.nextInt(5);
      inlines.add(switch (depth > 0 ? random.nextInt(14) : 0) {
        case 1 -> new Inline.Emphasis(inlines(depth - 1));
        case 2 -> new Inline.Strong(inlines(depth - 1));
        case 3 -> new Inline.Link(url, inlines(depth - 1));
        case 4 -> new Inline.Link(url, List.of(new Inline.Text(url)));
        case 5, 6 -> new Inline.Quotation(inlines(depth - 1),
            QuoteKind.values()[random.nextInt(QuoteKind.values().length)], Optional.empty());
        case 7 -> new Inline.LineBreak();
        case 8 -> new Inline.NoteReference("n" + random.nextInt(3));
        case 9 -> new Inline.Link("tel:+44 20 7946 0321",
            List.of(new Inline.Text("tel:+44 20 7946 0321")));
        default -> new Inline.Text(text());
      });
    }
    return inlines;
  }

  private List<Block> blocks(int depth) {
    int n = 1 + random.nextInt(4);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      blocks.add(switch (depth > 0 ? random.nextInt(12) : 0) {
        case 1 -> new Block.BlockQuotation(blocks(depth - 1), random.nextBoolean()
            ? Optional.empty()
            : Optional.of(new Attribution(Optional.of(Party.person(text(), text(), text())),
                Optional.empty(), Optional.of(text()))));
        case 2 -> new Block.BulletList(items(depth));
        case 3 -> new Block.OrderedList(random.nextInt(12), items(depth));
        case 4 -> new Block.ThematicBreak();
        case 5 -> new Block.EmbeddedStatement(statement(depth - 1),
            random.nextBoolean() ? Optional.empty() : Optional.of(text()));
        default -> new Block.Paragraph(inlines(2));
      });
    }
    return blocks;
  }

  private List<ListItem> items(int depth) {
    int n = random.nextInt(4);
    List<ListItem> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(new ListItem(random.nextInt(5) == 0 ? List.of() : blocks(depth - 1)));
    }
    return items;
  }

  private Statement statement(int depth) {
    StatementBuilder b = Statement.builder(text());
    if (random.nextBoolean()) {
      b.standfirst(inlines(1).toArray(new Inline[0]));
    }
    if (random.nextBoolean()) {
      b.label(text());
    }
    if (random.nextBoolean()) {
      b.place(text());
    }
    if (random.nextBoolean()) {
      b.date(LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)));
    }
    if (random.nextInt(3) == 0) {
      b.issuer(Party.person(text(), text(), text()));
    }
    if (random.nextInt(3) == 0) {
      b.language(new String[] {"de", "fr", "uk", "ja", "en-GB"}[random.nextInt(5)]);
    }
    if (random.nextInt(4) == 0) {
      b.id("PR-" + random.nextInt(100));
    }
    for (Block block : blocks(depth)) {
      b.block(block);
    }
    if (random.nextInt(3) == 0) {
      List<Block> blocks = blocks(Math.max(0, depth - 1));
      String sub = text();
      String paragraph = text();
      b.section(text(), s -> {
        blocks.forEach(s::block);
        s.subsection(sub, t -> t.paragraph(paragraph));
      });
    }
    if (random.nextInt(3) == 0) {
      b.note("n" + random.nextInt(3), blocks(0).toArray(new Block[0]));
    }
    if (random.nextInt(4) == 0) {
      b.noteToEditors(text());
    }
    return b.build();
  }
}
