package io.github.communique.model;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The anchor id of every section of a statement, decided once here so that every renderer links
 * to the same ids. A section's own anchor is kept; a missing one is derived from the heading
 * ("What happens next" becomes {@code what-happens-next}) and made unique with a suffix ({@code
 * -2}, {@code -3}). Sections of embedded statements share the same id space, since they end up in
 * the same page.
 */
public final class Anchors {
  private final Map<Section, String> ids;

  private Anchors(Map<Section, String> ids) {
    this.ids = ids;
  }

  /** Assigns ids to every section of {@code statement}, embedded statements included. */
  public static Anchors of(Statement statement) {
    List<Section> sections = Traversal.sections(statement);
    Set<String> explicit = new HashSet<>();
    sections.forEach(s -> s.anchor().ifPresent(explicit::add));
    Set<String> taken = new HashSet<>(explicit);
    Map<Section, String> ids = new IdentityHashMap<>();
    sections
        .forEach(
            section -> {
              if (section.anchor().isPresent()) {
                ids.put(section, section.anchor().get());
                return;
              }
              String base = slug(Traversal.plainText(section.heading()));
              String id = base;
              for (int n = 2; !taken.add(id); n++) {
                id = base + "-" + n;
              }
              ids.put(section, id);
            });
    return new Anchors(ids);
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

  /** Lower-case letters and digits of any script, joined by single hyphens. */
  static String slug(String heading) {
    String decomposed = Normalizer.normalize(heading, Normalizer.Form.NFKD);
    StringBuilder slug = new StringBuilder();
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
      if (slug.length() >= 64) {
        break;
      }
    }
    return slug.length() == 0 ? "section" : slug.toString().toLowerCase(Locale.ROOT);
  }
}
