package io.github.communique.model;

import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The anchor id of every section of a statement, decided once here so that every renderer links
 * to the same ids. A section's own anchor is kept; a missing one is derived from the heading
 * ("What happens next" becomes {@code what-happens-next}) and made unique with a suffix ({@code
 * -2}, {@code -3}). Sections of embedded statements share the same id space, since they end up in
 * the same page.
 */
public final class Anchors {
  /** Derived ids are cut after this many characters. */
  private static final int SLUG_LENGTH = 64;
  /** For {@link #latinSlug}: each character below U+0180, decomposed, its marks dropped. */
  private static final String[] LATIN = latinDecompositions();

  private final List<Section> sections;
  private final Map<Section, String> ids;

  private Anchors(List<Section> sections, Map<Section, String> ids) {
    this.sections = Collections.unmodifiableList(sections);
    this.ids = ids;
  }

  /** Assigns ids to every section of {@code statement}, embedded statements included. */
  public static Anchors of(Statement statement) {
    return assign(Traversal.sections(statement));
  }

  /**
   * Assigns ids to {@code sections} in their order, as {@link #of(Statement)} does to a
   * statement's: for a caller that has the sections from a walk of its own (the {@link
   * Traversal#walk} that reports sections) and so need not walk the statement again.
   */
  public static Anchors of(List<Section> sections) {
    return assign(List.copyOf(sections));
  }

  private static Anchors assign(List<Section> sections) {
    // Sized up front and filled by index loops: this runs on every render, once per section.
    Set<String> taken = new HashSet<>(capacity(sections.size()));
    for (int i = 0; i < sections.size(); i++) {
      Optional<String> anchor = sections.get(i).anchor();
      if (anchor.isPresent()) {
        taken.add(anchor.get());
      }
    }
    Map<Section, String> ids = new IdentityHashMap<>(sections.size());
    // The next suffix to try per base: ids are never freed, so the search resumes where the last
    // one for that base stopped, and 100,000 sections with one heading are not quadratic.
    Map<String, Integer> nextSuffix = null;
    StringBuilder slug = new StringBuilder(SLUG_LENGTH + 8);
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      String id = section.anchor().orElse(null);
      if (id == null) {
        String base = slug(Traversal.plainText(section.heading()), slug);
        id = base;
        if (!taken.add(id)) {
          if (nextSuffix == null) {
            nextSuffix = new HashMap<>();
          }
          int n = nextSuffix.getOrDefault(base, 2);
          for (id = base + "-" + n; !taken.add(id); id = base + "-" + n) {
            n++;
          }
          nextSuffix.put(base, n + 1);
        }
      }
      ids.put(section, id);
    }
    return new Anchors(sections, ids);
  }

  /** A HashSet capacity that holds {@code size} elements without growing. */
  private static int capacity(int size) {
    return Math.max(16, (int) (size / 0.75f) + 1);
  }

  /**
   * Every section these anchors name, in reading order ({@link Traversal#sections}) or the order
   * they were given in: for a caller that needs both, without a second walk over the statement.
   */
  public List<Section> sections() {
    return sections;
  }

  /**
   * The id of {@code section}, which must be a section (the same instance) of the statement these
   * anchors were made for.
   */
  public String id(Section section) {
    String id = ids.get(section);
    if (id == null) {
      throw new IllegalArgumentException("section is not part of this statement: " + section);
    }
    return id;
  }

  /**
   * Lower-case letters and digits of any script, joined by single hyphens; built in {@code slug}
   * (cleared first), which the caller reuses for every heading.
   */
  static String slug(String heading, StringBuilder slug) {
    return isLatin(heading) ? latinSlug(heading, slug) : normalisedSlug(heading, slug);
  }

  /** The general path: accents are dropped by decomposing (NFKD) and skipping the marks. */
  static String normalisedSlug(String heading, StringBuilder slug) {
    slug.setLength(0);
    String decomposed = Normalizer.normalize(heading, Normalizer.Form.NFKD);
    boolean pendingHyphen = false;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue; // drop accents: "Député" -> "depute"
      }
      if (Character.isLetterOrDigit(c)) {
        if (pendingHyphen && slug.length() > 0) {
          slug.append('-');
        }
        pendingHyphen = false;
        slug.appendCodePoint(c);
      } else {
        pendingHyphen = true;
      }
      if (slug.length() >= SLUG_LENGTH) {
        break;
      }
    }
    return slug.length() == 0 ? "section" : slug.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The same slug for a heading of ASCII and Latin letters only (below U+0180), the usual case,
   * without the general path's cost on every render (the Normalizer's copies of the heading, a
   * lower-cased copy): each character's decomposition comes from {@link #LATIN}, and is
   * lower-cased as it is copied. Decomposing character by character gives the same letters as
   * decomposing the heading: NFKD only reorders marks, which are dropped.
   */
  static String latinSlug(String heading, StringBuilder slug) {
    slug.setLength(0);
    boolean pendingHyphen = false;
    for (int i = 0; i < heading.length() && slug.length() < SLUG_LENGTH; i++) {
      String decomposed = LATIN[heading.charAt(i)];
      for (int k = 0; k < decomposed.length() && slug.length() < SLUG_LENGTH; k++) {
        char c = decomposed.charAt(k);
        if (Character.isLetterOrDigit(c)) {
          if (pendingHyphen && slug.length() > 0) {
            slug.append('-');
          }
          pendingHyphen = false;
          slug.append(Character.toLowerCase(c));
        } else {
          pendingHyphen = true;
        }
      }
    }
    return slug.length() == 0 ? "section" : slug.toString();
  }

  private static boolean isLatin(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= LATIN.length) {
        return false;
      }
    }
    return true;
  }

  /** The NFKD form of every character below U+0180 without its non-spacing marks. */
  private static String[] latinDecompositions() {
    String[] table = new String[0x180];
    for (char c = 0; c < table.length; c++) {
      String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
      StringBuilder kept = new StringBuilder();
      decomposed.chars()
          .filter(d -> Character.getType(d) != Character.NON_SPACING_MARK)
          .forEach(d -> kept.append((char) d));
      table[c] = kept.toString();
    }
    return table;
  }
}
