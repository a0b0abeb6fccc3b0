package io.github.communique.validate;

import io.github.communique.model.NestingDepths;
import io.github.communique.model.Statement;
import java.util.Optional;

/**
 * The cheap depth check that renderers and writers run before they write anything: whether a
 * statement nests deeper than the {@link Limits} allow, counted as the {@link Validator} counts
 * (sections per statement, lists, block quotations and embedded statements, quotations, and
 * emphasis, strong text and links). A statement built in Java skips the readers' limits; this
 * keeps one nested 100,000 levels deep from overflowing a renderer's stack.
 *
 * <p>It reads the statement's {@link NestingDepths}, which the model worked out as it was built:
 * no walk, so it costs the same for a one-page statement and a 20 MB one.
 */
public final class Nesting {
  private Nesting() {}

  /** The kinds of nesting the {@link Limits} bound, each with the setting that bounds it. */
  public enum Kind {
    SECTIONS("sections", "maxSectionDepth"),
    LISTS("lists", "maxListDepth"),
    BLOCKS("block quotations and embedded statements", "maxNestingDepth"),
    QUOTATIONS("quotations", "maxQuotationDepth"),
    MARKUP("emphasis, strong text and links", "maxNestingDepth");

    private final String what;
    private final String setting;

    Kind(String what, String setting) {
      this.what = what;
      this.setting = setting;
    }

    /** What nests, for messages: "block quotations and embedded statements". */
    public String what() {
      return what;
    }

    /** The {@link Limits} component that bounds it: "maxNestingDepth". */
    public String setting() {
      return setting;
    }
  }

  /** What nests too deeply, and the {@code limit} it passes. */
  public record TooDeep(Kind kind, int limit) {
    /** "lists nest more than 32 deep, more than Limits.maxListDepth allows". */
    public String describe() {
      return kind.what + " nest more than " + limit + " deep, more than Limits." + kind.setting
          + " allows";
    }

    /**
     * The whole message for a renderer or writer that refuses: {@code refusal} ("cannot render
     * the statement as HTML"), what is too deep, and how to fix it, with {@code configure} saying
     * where raised limits go ("HtmlRenderer.builder().limits").
     */
    public String message(String refusal, String configure) {
      return refusal + ": " + describe() + "; validate it first (the Validator says where),"
          + " then flatten the nesting or raise the limit with Limits.with"
          + Character.toUpperCase(kind.setting.charAt(0)) + kind.setting.substring(1)
          + " and give the limits to " + configure;
    }
  }

  /**
   * A nesting in {@code statement} deeper than {@code limits}, or empty when there is none. Which
   * one, when there are several, is not specified. Costs nothing however large the statement:
   * the model knows its {@link NestingDepths}.
   */
  public static Optional<TooDeep> check(Statement statement, Limits limits) {
    NestingDepths depths = NestingDepths.of(statement);
    for (Kind kind : Kind.values()) {
      if (depth(depths, kind) > limit(limits, kind)) {
        return Optional.of(new TooDeep(kind, limit(limits, kind)));
      }
    }
    return Optional.empty();
  }

  /**
   * The message for a renderer or writer whose walk overflowed the thread's stack, which only
   * {@code limits} raised far past the defaults let through: {@code refusal} ("cannot render the
   * statement as text"), the deepest nesting of {@code statement} and the setting that allowed
   * it, and how to fix it, with {@code configure} saying where the limits went
   * ("TextRenderer.builder().limits").
   */
  public static String beyondTheStack(
      Statement statement, Limits limits, String refusal, String configure) {
    NestingDepths depths = NestingDepths.of(statement);
    Kind deepest = Kind.SECTIONS;
    for (Kind kind : Kind.values()) {
      if (depth(depths, kind) > depth(depths, deepest)) {
        deepest = kind;
      }
    }
    return refusal + ": " + deepest.what + " nest " + depth(depths, deepest)
        + " deep, deeper than this thread's stack can walk; the limits given to " + configure
        + " allow it (Limits." + deepest.setting + " is " + limit(limits, deepest)
        + "): lower that limit (the defaults are safe), or render in a thread with a larger stack";
  }

  private static int depth(NestingDepths depths, Kind kind) {
    return switch (kind) {
      case SECTIONS -> depths.sections();
      case LISTS -> depths.lists();
      case BLOCKS -> depths.blocks();
      case QUOTATIONS -> depths.quotations();
      case MARKUP -> depths.markup();
    };
  }

  private static int limit(Limits limits, Kind kind) {
    return switch (kind) {
      case SECTIONS -> limits.maxSectionDepth();
      case LISTS -> limits.maxListDepth();
      case BLOCKS, MARKUP -> limits.maxNestingDepth();
      case QUOTATIONS -> limits.maxQuotationDepth();
    };
  }
}
