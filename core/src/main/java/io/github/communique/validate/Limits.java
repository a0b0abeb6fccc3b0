package io.github.communique.validate;

/**
 * The bounds on the size and nesting of a statement that readers and validation enforce, so that
 * hostile input is refused in bounded time and memory. Immutable; change one with its {@code with}
 * method: {@code Limits.defaults().withMaxQuotationDepth(64)}. An error that hits a limit names the
 * setting that raises it.
 *
 * @param maxSectionDepth how deep sections may nest (1 = top-level sections only); default 6
 * @param maxQuotationDepth how deep inline quotations may nest; default 32
 * @param maxListDepth how deep lists may nest; default 32
 * @param maxNestingDepth how deep blocks (block quotations, embedded statements) and inline
 *     markup (emphasis, strong, links) may nest; default 32
 * @param maxTextLength the longest single piece of text, in characters; default 1,048,576
 * @param maxDocumentLength the largest input file, in characters; default 64 MiB
 */
public record Limits(
    int maxSectionDepth,
    int maxQuotationDepth,
    int maxListDepth,
    int maxNestingDepth,
    int maxTextLength,
    long maxDocumentLength) {

  private static final Limits DEFAULTS = new Limits(6, 32, 32, 32, 1 << 20, 64L << 20);

  public Limits {
    atLeastOne("maxSectionDepth", maxSectionDepth);
    atLeastOne("maxQuotationDepth", maxQuotationDepth);
    atLeastOne("maxListDepth", maxListDepth);
    atLeastOne("maxNestingDepth", maxNestingDepth);
    atLeastOne("maxTextLength", maxTextLength);
    atLeastOne("maxDocumentLength", maxDocumentLength);
  }

  private static void atLeastOne(String setting, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(
          "Limits." + setting + " must be at least 1, got " + value);
    }
  }

  public static Limits defaults() {
    return DEFAULTS;
  }

  public Limits withMaxSectionDepth(int value) {
    return new Limits(value, maxQuotationDepth, maxListDepth, maxNestingDepth, maxTextLength,
        maxDocumentLength);
  }

  public Limits withMaxQuotationDepth(int value) {
    return new Limits(maxSectionDepth, value, maxListDepth, maxNestingDepth, maxTextLength,
        maxDocumentLength);
  }

  public Limits withMaxListDepth(int value) {
    return new Limits(maxSectionDepth, maxQuotationDepth, value, maxNestingDepth, maxTextLength,
        maxDocumentLength);
  }

  public Limits withMaxNestingDepth(int value) {
    return new Limits(maxSectionDepth, maxQuotationDepth, maxListDepth, value, maxTextLength,
        maxDocumentLength);
  }

  public Limits withMaxTextLength(int value) {
    return new Limits(maxSectionDepth, maxQuotationDepth, maxListDepth, maxNestingDepth, value,
        maxDocumentLength);
  }

  public Limits withMaxDocumentLength(long value) {
    return new Limits(maxSectionDepth, maxQuotationDepth, maxListDepth, maxNestingDepth,
        maxTextLength, value);
  }
}
