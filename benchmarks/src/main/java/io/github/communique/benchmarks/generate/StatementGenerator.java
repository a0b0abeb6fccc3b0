package io.github.communique.benchmarks.generate;

import static io.github.communique.model.Blocks.blockQuote;
import static io.github.communique.model.Blocks.bullets;
import static io.github.communique.model.Blocks.paragraph;
import static io.github.communique.model.Inlines.emphasis;
import static io.github.communique.model.Inlines.link;
import static io.github.communique.model.Inlines.mention;
import static io.github.communique.model.Inlines.scare;
import static io.github.communique.model.Inlines.speech;
import static io.github.communique.model.Inlines.strong;
import static io.github.communique.model.Inlines.text;

import io.github.communique.model.Attribution;
import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.Party;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes statement-like documents of a given size, the same for the same size on every machine and
 * JVM: a title, a standfirst, body paragraphs with inline quotations (some nested, some scare
 * quotes and mentions), emphasis, links, block quotations with speakers, bullet lists and
 * sections. The words mix English with accented and Cyrillic words, curly apostrophes, dashes and
 * the characters HTML must escape ({@code < > & "}).
 *
 * <p>The small document has the shape of one real statement (~25 paragraphs, one section, two
 * block quotations); medium and large repeat sections of the same shape until the plain
 * CommonMark form of the document reaches the size asked for.
 */
public final class StatementGenerator {

  private static final String[] WORDS = {
    "the", "council", "government", "minister", "committee", "report", "inquiry", "public",
    "citizens", "budget", "transport", "energy", "climate", "housing", "workers", "union",
    "agreement", "parliament", "proposal", "vote", "reform", "policy", "funding", "schools",
    "hospitals", "rail", "network", "region", "municipal", "tax", "pension", "wages", "prices",
    "inflation", "investment", "strategy", "decision", "review", "deadline", "measures",
    "support", "opposition", "coalition", "party", "members", "election", "campaign",
    "promises", "plan", "future", "community", "local", "national", "European", "independent",
    "transparent", "urgent", "fair", "sustainable", "affordable", "serious", "clear", "new",
    "calls", "demands", "welcomes", "rejects", "announces", "confirms", "warns", "expects",
    "will", "must", "should", "cannot", "has", "have", "is", "are", "was", "were", "been",
    "and", "or", "but", "because", "while", "after", "before", "during", "without", "with",
    "for", "from", "into", "on", "at", "by", "of", "to", "in", "this", "that", "these",
    "every", "all", "more", "less", "than", "today", "tomorrow", "yesterday", "week", "year",
    "months", "people", "families", "children", "students", "farmers", "businesses", "cities",
    "villages", "roads", "bridges", "water", "air", "forests", "rivers", "coast", "jobs",
    "training", "research", "health", "care", "safety", "rights", "justice", "courts",
    "press", "freedom", "democracy", "accountability", "evidence", "figures", "data",
    "council’s", "government’s", "minister’s", "doesn’t", "won’t", "it’s", "we’re", "they’ve",
  };

  /** Accented Latin words: they need two bytes in UTF-8 and exercise the encoders. */
  private static final String[] ACCENTED = {
    "café", "naïve", "Zürich", "déjà", "Müller", "São Paulo", "Łódź", "Kraków", "Besançon",
    "Málaga", "Göteborg", "Ærø", "fiancée", "rôle", "über", "coöperation", "Dvořák", "Škoda",
    "Ørsted", "Gdańsk", "résumé", "élite", "façade", "Bogotá", "Reykjavík",
  };

  /** Cyrillic words: every character needs two bytes in UTF-8. */
  private static final String[] CYRILLIC = {
    "Київ", "свобода", "заява", "Москва", "громада", "вибори", "правда", "рада", "народ",
    "мир", "закон", "суд", "держава", "Харків", "Одеса", "партия", "голос", "право",
  };

  /** Phrases with the characters HTML escapes; safe in Markdown (no tag or entity forms). */
  private static final String[] ESCAPED = {
    "R&D", "costs < 5 %", "growth > 2 %", "the \"Fair Deal\" plan", "Smith & Sons",
    "a < b and b > c", "the \"green list\"", "roads & bridges",
  };

  private static final String[] DASHES = {" — ", " – ", " — "};

  private static final String[] FIRST_NAMES = {
    "Maria", "Jonas", "Olena", "Pierre", "Agnieszka", "Søren", "Lucía", "Dmytro", "Aisha",
    "Thomas", "Inès", "Kateryna", "Mehmet", "Ewa", "João",
  };

  private static final String[] LAST_NAMES = {
    "Keller", "Novak", "Шевченко", "Dubois", "Kowalska", "Jørgensen", "García", "Коваленко",
    "Rahman", "O’Brien", "Lefèvre", "Bondarenko", "Yılmaz", "Nowak", "Gonçalves",
  };

  private static final String[] ROLES = {
    "party chair", "spokesperson", "general secretary", "mayor", "member of parliament",
    "union president", "policy director",
  };

  private static final String[] ORGANISATIONS = {
    "Green Alliance", "Workers’ Union", "Civic Forum", "Regional Council", "Громадська рада",
    "Coalition for Clean Air",
  };

  private final Random random;

  private StatementGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** The statement of {@code size}; the same on every call. */
  public static Statement generate(DocumentSize size) {
    return new StatementGenerator(size.seed()).statement(size);
  }

  private Statement statement(DocumentSize size) {
    StatementBuilder builder =
        Statement.builder("Green Alliance calls for a public inquiry into the "
                + "\"Fair Deal\" contracts — and for answers in Київ & Brussels")
            .label("Party statement")
            .issuer(Party.organisation("Green Alliance"))
            .author(Party.person("Maria Keller", "party chair", "Green Alliance"))
            .date(LocalDate.of(2026, 3, 5))
            .place("Brussels")
            .language("en")
            .keywords("inquiry", "transport", "contracts")
            .id("GA-2026-" + size.name().toLowerCase(java.util.Locale.ROOT))
            .standfirst(merged(List.of(sentence(), text(" "), sentence())));
    // The small statement: ~25 paragraphs, a block quotation, then one section with another.
    for (int i = 0; i < 17; i++) {
      builder.paragraph(paragraphContent());
    }
    builder.block(blockQuotation());
    for (int i = 0; i < 3; i++) {
      builder.paragraph(paragraphContent());
    }
    long written = CommonMarkWriter.write(builder.build()).length();
    int sectionNumber = 1;
    do {
      int number = sectionNumber++;
      String heading = number == 1 ? "Background" : number + ". " + capitalised(words(3, 6));
      List<Block> blocks = sectionBlocks(number == 1 ? 5 : 25, number != 1);
      builder.section(heading, section -> blocks.forEach(section::block));
      written += approximateLength(heading, blocks);
    } while (written < size.targetBytes());
    return builder.build();
  }

  /** Blocks of one section: paragraphs, block quotations and, in repeated sections, a list. */
  private List<Block> sectionBlocks(int paragraphs, boolean full) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < paragraphs; i++) {
      blocks.add(paragraph(paragraphContent()));
      if (i == paragraphs / 2 || (full && i == paragraphs - 3)) {
        blocks.add(blockQuotation());
      }
      if (full && i == paragraphs / 3) {
        blocks.add(bullets(capitalised(words(5, 10)) + ".", capitalised(words(5, 10)) + ".",
            capitalised(words(4, 8)) + ";" + DASHES[random.nextInt(DASHES.length)]
                + words(3, 6) + "."));
      }
    }
    return blocks;
  }

  private long approximateLength(String heading, List<Block> blocks) {
    Statement probe = Statement.builder(heading).section(heading, s -> blocks.forEach(s::block))
        .build();
    return CommonMarkWriter.write(probe).length();
  }

  private Block blockQuotation() {
    Party speaker = speaker();
    return blockQuote(Attribution.of(speaker), paragraph(paragraphContent()),
        paragraph(merged(List.of(sentence(), text(" "), sentence()))));
  }

  private Party speaker() {
    return Party.person(
        pick(FIRST_NAMES) + " " + pick(LAST_NAMES), pick(ROLES), pick(ORGANISATIONS));
  }

  /** Two to four sentences, some with inline markup or a quotation. */
  private Inline[] paragraphContent() {
    List<Inline> content = new ArrayList<>();
    int sentences = 2 + random.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        content.add(text(" "));
      }
      switch (random.nextInt(8)) {
        case 0 -> {
          // Speech, sometimes with a scare quote nested inside it.
          content.add(text(pick(FIRST_NAMES) + " " + pick(LAST_NAMES) + " said: "));
          if (random.nextInt(3) == 0) {
            content.add(speech(text(capitalised(words(3, 8)) + " the so-called "),
                scare(words(1, 2)), text(" " + words(2, 6) + ".")));
          } else {
            content.add(speech(capitalised(words(5, 14)) + "."));
          }
        }
        case 1 -> {
          content.add(text(capitalised(words(3, 8)) + " "));
          content.add(emphasis(words(1, 3)));
          content.add(text(" " + words(3, 8) + "."));
        }
        case 2 -> {
          content.add(text(capitalised(words(3, 8)) + " "));
          content.add(link("https://example.org/reports/" + random.nextInt(10_000), words(2, 4)));
          content.add(text(" " + words(2, 6) + "."));
        }
        case 3 -> {
          content.add(strong(capitalised(words(2, 4))));
          content.add(text(" " + words(4, 10) + ": the word "));
          content.add(mention(words(1, 1)));
          content.add(text(" " + words(2, 6) + "."));
        }
        default -> content.add(sentence());
      }
    }
    return merged(content);
  }

  /** Joins adjacent text runs, as a writer's model would hold them. */
  private static Inline[] merged(List<Inline> content) {
    List<Inline> merged = new ArrayList<>();
    for (Inline inline : content) {
      int last = merged.size() - 1;
      if (inline instanceof Inline.Text t && last >= 0 && merged.get(last) instanceof Inline.Text p) {
        merged.set(last, text(p.text() + t.text()));
      } else {
        merged.add(inline);
      }
    }
    return merged.toArray(Inline[]::new);
  }

  private Inline.Text sentence() {
    return text(capitalised(words(6, 16)) + ".");
  }

  /** Between {@code min} and {@code max} words with spice: accents, Cyrillic, escapes, dashes. */
  private String words(int min, int max) {
    int count = min + random.nextInt(max - min + 1);
    StringBuilder out = new StringBuilder(count * 8);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        int r = random.nextInt(40);
        out.append(r == 0 ? DASHES[random.nextInt(DASHES.length)] : r == 1 ? ", " : " ");
      }
      int kind = random.nextInt(100);
      if (kind < 5) {
        out.append(pick(ACCENTED));
      } else if (kind < 9) {
        out.append(pick(CYRILLIC));
      } else if (kind < 11) {
        out.append(pick(ESCAPED));
      } else {
        out.append(pick(WORDS));
      }
    }
    return out.toString();
  }

  private static String capitalised(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private String pick(String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** xorshift64*: a fixed algorithm, so documents never change with the JDK's generators. */
  private static final class Random {
    private long state;

    Random(long seed) {
      this.state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
    }

    int nextInt(int bound) {
      state ^= state >>> 12;
      state ^= state << 25;
      state ^= state >>> 27;
      long value = (state * 0x2545F4914F6CDD1DL) >>> 33;
      return (int) (value % bound);
    }
  }
}
