package io.github.communique.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.communique.model.StatementFormatException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input, as in commonmark-java's {@code PathologicalTest}: for every pattern that makes
 * Flexmark 0.64.8 overflow its stack or take quadratic time (measured figures in {@code
 * docs/markdown-format.md}), inputs of 10,000, 100,000 and 1,000,000 characters are read. Each read
 * must end, with a statement or a {@link StatementFormatException}, never with an {@link Error};
 * and ten times the input may take at most thirty times as long (plus a small floor, so that timer
 * noise on tiny times does not count).
 */
class MarkdownPathologicalTest {
  private static final StatementMarkdown MARKDOWN = StatementMarkdown.create();
  private static final String TITLE = "---\ntitle: T\n---\n";
  private static final int[] SIZES = {10_000, 100_000, 1_000_000};

  private static final Map<String, IntFunction<String>> PATTERNS = new LinkedHashMap<>();

  static {
    PATTERNS.put("nested block quotes on one line", n -> repeat("> ", n / 2) + "a\n");
    PATTERNS.put("nested block quotes, many lines", n -> repeat("> > > > > > > > > a\n", n / 20));
    PATTERNS.put("nested lists by indentation", n -> indentedList(n));
    PATTERNS.put("lists and quotes nested on one line", n -> repeat("- > ", n / 4) + "a\n");
    PATTERNS.put("nested emphasis", n -> repeat("*a ", n / 6) + "b" + repeat(" a*", n / 6));
    PATTERNS.put(
        "nested strong emphasis", n -> repeat("**a ", n / 8) + "b" + repeat(" a**", n / 8));
    PATTERNS.put("a long run of asterisks", n -> repeat("*", n / 2) + "a" + repeat("*", n / 2));
    PATTERNS.put("a long run of underscores", n -> repeat("_", n / 2) + "a" + repeat("_", n / 2));
    PATTERNS.put("a line of asterisks", n -> repeat("*", n) + "\n");
    PATTERNS.put("a line of spaced dashes", n -> repeat("- ", n / 2) + "\n");
    PATTERNS.put("emphasis openers without closers", n -> repeat("_a ", n / 3));
    PATTERNS.put("emphasis closers without openers", n -> repeat("a_ ", n / 3));
    PATTERNS.put("mismatched openers and closers", n -> repeat("*a_ ", n / 4));
    PATTERNS.put("openers and closers in multiples of three", n -> repeat("a**b c* ", n / 8));
    PATTERNS.put("link openers and emphasis closers", n -> repeat("[ a_", n / 4));
    PATTERNS.put("link openers without closers", n -> repeat("[a ", n / 3));
    PATTERNS.put("link closers without openers", n -> repeat("a] ", n / 3));
    PATTERNS.put("nested brackets", n -> repeat("[", n / 2) + "a" + repeat("]", n / 2));
    PATTERNS.put("unclosed links, angle brackets", n -> repeat("[a](<b", n / 6));
    PATTERNS.put("unclosed links, plain", n -> repeat("[a](b", n / 5));
    PATTERNS.put("unclosed links, empty", n -> repeat("[a](", n / 4));
    PATTERNS.put("unclosed links with titles", n -> repeat("[a](b ", n / 6));
    PATTERNS.put(
        "many closed links after open brackets",
        n -> repeat("[ ", n / 16) + repeat("[a](b) ", n / 16));
    PATTERNS.put("emphasis inside links", n -> repeat("**x [a*b**c*](d)", n / 16));
    PATTERNS.put("a ladder of backticks", n -> backticks(n));
    PATTERNS.put("unclosed HTML comments", n -> repeat("a <!-- ", n / 7));
    PATTERNS.put("footnote references without closers", n -> repeat("[^", n / 2));
    PATTERNS.put("link reference definitions", n -> references(n));
    PATTERNS.put("repeated reference definitions", n -> repeat("[a]: b\n", n / 7));
    PATTERNS.put("paragraph lines starting with a bracket", n -> "p\n" + repeat("[a] b\n", n / 6));
    PATTERNS.put("paragraph lines starting with a digit", n -> "p\n" + repeat("1x b\n", n / 5));
    PATTERNS.put("paragraph lines starting with #", n -> "p\n" + repeat("#x b\n", n / 5));
    PATTERNS.put("unpaired double quotation marks", n -> repeat("\"a ", n / 3));
    PATTERNS.put("unpaired single quotation marks", n -> repeat("'a ", n / 3));
    PATTERNS.put("possessive apostrophes", n -> "'" + repeat("workers' rights ", n / 16));
    PATTERNS.put("nested quotations", n -> repeat("\"a ", n / 6) + repeat(" a\"", n / 6));
    PATTERNS.put("quotations with attributes", n -> repeat("\"a\"{speaker=\"b\"} ", n / 16));
    PATTERNS.put("unclosed attribute blocks", n -> "\"a\"{speaker=\"" + repeat("b", n));
    PATTERNS.put("nested spans", n -> repeat("[", n / 8) + "a" + repeat("]{.em}", n / 8));
    PATTERNS.put(
        "nested embedded statements",
        n -> repeat("::: statement\n", n / 28) + repeat(":::\n", n / 28));
    PATTERNS.put("character references", n -> repeat("&#", n / 2));
    PATTERNS.put("entities", n -> repeat("&amp;", n / 5));
    PATTERNS.put("headings full of braces", n -> "## " + repeat("{x=\"", n / 4) + "}\n");
    PATTERNS.put("a long paragraph", n -> repeat("The council met on Monday. ", n / 27));
    PATTERNS.put(
        "a long paragraph in a block quotation", n -> repeat("> The council met.\n", n / 19));
    PATTERNS.put(
        "a long paragraph of indented lines", n -> repeat("   The council met.\n", n / 20));
    PATTERNS.put("a long list of one-line items", n -> repeat("- The council met.\n", n / 19));
    PATTERNS.put("many short paragraphs", n -> repeat("Text.\n\n", n / 7));
  }

  /**
   * Wall-clock ratios swing with JIT warm-up and load on a 2-core CI machine, so this runs on
   * request only: {@code mvn -B -ntp -pl core verify -DexcludedGroups= -Dgroups=timing}. It once
   * showed "nested block quotes, many lines" growing super-linearly (100k chars 80 ms, 1M chars 5.1
   * s): Flexmark joins a paragraph's lines behind "> " or indentation in time that grows with their
   * square, so the input guard now refuses paragraphs of more than 1,000 such lines.
   */
  @Tag("timing")
  @TestFactory
  Stream<DynamicTest> everyPatternIsReadInLinearTime() {
    return PATTERNS.entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> linear(e.getKey(), e.getValue())));
  }

  private static void linear(String name, IntFunction<String> pattern) {
    long[] times = new long[SIZES.length];
    read(pattern.apply(SIZES[0])); // warm up
    for (int i = 0; i < SIZES.length; i++) {
      String input = pattern.apply(SIZES[i]);
      long best = Long.MAX_VALUE;
      for (int round = 0; round < 2; round++) {
        long start = System.nanoTime();
        read(input);
        best = Math.min(best, System.nanoTime() - start);
      }
      times[i] = best;
    }
    for (int i = 1; i < SIZES.length; i++) {
      long previous = Math.max(times[i - 1], 5_000_000L); // a 5 ms floor for timer noise
      assertThat(times[i])
          .as(
              "%s: %,d characters took %,d ms after %,d characters took %,d ms",
              name, SIZES[i], times[i] / 1_000_000, SIZES[i - 1], times[i - 1] / 1_000_000)
          .isLessThan(30 * previous);
    }
  }

  /** Reads; refusing the input is fine, failing with an Error (a stack overflow) is not. */
  private static void read(String body) {
    try {
      MARKDOWN.read(TITLE + body, "hostile.md");
    } catch (StatementFormatException refused) {
      assertThat(refused.line()).isPositive();
    }
  }

  @Test
  void aTenMegabyteLineIsRefusedWithTheLimitToRaise() {
    String line = "a".repeat(10 << 20);
    assertThatThrownBy(() -> MARKDOWN.read(TITLE + line, "long.md"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessageContaining("long.md:4:")
        .hasMessageContaining("more than Limits.maxTextLength (1,048,576)");
  }

  @Test
  void deepNestingIsRefusedBeforeTheParserSeesIt() {
    assertThatThrownBy(() -> MARKDOWN.read(TITLE + "> ".repeat(1000) + "a", "deep.md"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessageContaining("deep.md:4:")
        .hasMessageContaining("raise Limits.maxNestingDepth and Limits.maxListDepth");
  }

  @Test
  void nestingWithinTheLimitsIsReadAndNestingPastThemIsRefusedPrecisely() {
    String ok = "> ".repeat(32) + "a";
    assertThat(MARKDOWN.read(TITLE + ok, "ok.md").body()).hasSize(1);
    assertThatThrownBy(() -> MARKDOWN.read(TITLE + "> ".repeat(33) + "a", "deep.md"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessageContaining("deep.md:4:")
        .hasMessageContaining("nest more than Limits.maxNestingDepth (32)");
  }

  @Test
  void aParagraphOfTooManyPrefixedLinesIsRefusedWithTheFix() {
    String quoted = "> The council met.\n".repeat(1001);
    assertThatThrownBy(() -> MARKDOWN.read(TITLE + quoted, "quote.md"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessage(
            "quote.md:1004:1: this paragraph runs over more than 1,000 lines that start"
                + " with '>' or indentation, which the parser reads in time that grows with their"
                + " square; break it with a blank line (a line with just '>' in a quotation)");
    String split = "> The council met.\n".repeat(1000) + ">\n" + "> It met again.\n".repeat(1000);
    assertThat(MARKDOWN.read(TITLE + split, "split.md").body()).hasSize(1);
  }

  @Test
  void linksAfterTooManyOpenBracketsAreRefused() {
    String paragraph = "[ ".repeat(5000) + "[a](b) ".repeat(5000);
    assertThatThrownBy(() -> MARKDOWN.read(TITLE + paragraph, "brackets.md"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessageContaining("brackets.md:4:")
        .hasMessageContaining(
            "this paragraph has too many unclosed '[' before its links for the parser to read it"
                + " in reasonable time; write \\[ for a literal bracket");
  }

  @Test
  void embeddedStatementsNestedTooDeepAreRefusedBeforeParsing() {
    String fences = "::: statement\n".repeat(300) + ":::\n".repeat(300);
    assertThatThrownBy(() -> MARKDOWN.read(TITLE + fences, "fences.md"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessage("fences.md:260:1: embedded statements nest more than 256 deep here; reduce the"
            + " nesting or raise Limits.maxNestingDepth");
  }

  @Test
  void deepEmphasisIsRefusedAtTheLimit() {
    String deep = "*a ".repeat(40) + "b" + " a*".repeat(40);
    assertThatThrownBy(() -> MARKDOWN.read(TITLE + deep, "em.md"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessageContaining("nest more than Limits.maxNestingDepth (32)");
  }

  @Test
  void deepFrontMatterIsRefusedBeforeTheYamlParserRecursesIntoIt() {
    String yaml = "---\ntitle: T\nkeywords: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\n";
    assertThatThrownBy(() -> MARKDOWN.read(yaml, "yaml.md"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessageContaining("yaml.md:3:")
        .hasMessageContaining("nests deeper than a statement's metadata ever needs");
  }

  private static String repeat(String s, int times) {
    return s.repeat(Math.max(0, times));
  }

  private static String indentedList(int n) {
    StringBuilder out = new StringBuilder();
    for (int level = 0; out.length() < n; level++) {
      out.append("  ".repeat(level)).append("- a\n");
    }
    return out.toString();
  }

  private static String backticks(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; out.length() < n; i++) {
      out.append("`".repeat(i)).append(' ');
    }
    return out.toString();
  }

  private static String references(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; out.length() < n; i++) {
      out.append("[a").append(i).append("]: b\n");
    }
    return out.toString();
  }
}
