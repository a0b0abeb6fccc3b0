package io.github.communique.pdf;

import java.util.Collections;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a PDF render found out besides the bytes: how many pages it wrote and which characters of
 * the statement no font could draw (each was printed as U+FFFD, the replacement character �).
 *
 * @param pageCount the number of pages written
 * @param unsupportedCodePoints the code points drawn as U+FFFD, in ascending order; empty when
 *     every character had a glyph
 */
public record PdfReport(int pageCount, SortedSet<Integer> unsupportedCodePoints) {
  public PdfReport {
    unsupportedCodePoints = Collections.unmodifiableSortedSet(new TreeSet<>(unsupportedCodePoints));
  }

  /** Whether every character of the statement was drawn with a real glyph. */
  public boolean complete() {
    return unsupportedCodePoints.isEmpty();
  }

  /** The unsupported characters for a message: "U+05D0 (HEBREW LETTER ALEF), U+1F600 (…)". */
  public String describeUnsupported() {
    return unsupportedCodePoints.stream()
        .map(c -> String.format(Locale.ROOT, "U+%04X (%s)", c, name(c)))
        .collect(Collectors.joining(", "));
  }

  private static String name(int codePoint) {
    String name = Character.getName(codePoint);
    return name != null ? name : "unassigned";
  }
}
