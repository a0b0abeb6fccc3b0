package io.github.communique.markdown.internal;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser with its unsafe paths replaced, measured on 0.64.8:
 *
 * <ul>
 *   <li>{@code match(Pattern)} searches with {@code Matcher.find()} even for patterns anchored with
 *       {@code ^}; a failing search then tries every later position of the paragraph, so every
 *       failed link or reference attempt costs time proportional to the rest of the paragraph.
 *       Anchored patterns are matched with {@code lookingAt()} here, which means the same and stops
 *       at once.
 *   <li>Link titles, {@code <…>} destinations and e-mail autolinks are matched with regular
 *       expressions that recurse once per character and overflow the stack at a few thousand
 *       characters; they are scanned by hand here.
 *   <li>Raw HTML is never recognised (the input guard reports it with its position), and code spans
 *       are never formed (the guard reports backticks), so neither can pass through.
 * </ul>
 *
 * Emphasis is switched off in the parser options: {@code InlineMapper} pairs {@code *} and {@code
 * _} together with quotation marks, in linear time and without recursion.
 */
public final class SafeInlineParser extends CommonmarkInlineParser {
  public static final InlineParserFactory FACTORY = SafeInlineParser::new;

  private SafeInlineParser(
      DataHolder options,
      BitSet specialCharacters,
      BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors,
      LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> extensions) {
    super(
        options,
        specialCharacters,
        delimiterCharacters,
        delimiterProcessors,
        linkRefProcessors,
        extensions);
  }

  // Matchers are reused per pattern (a handful: link destination, spacing, entities) and reset
  // to each paragraph's input: a new Matcher per attempt was a tenth of the inline parser's time.
  private static final int MATCHERS = 8;
  private final Pattern[] patterns = new Pattern[MATCHERS];
  private final Matcher[] matchers = new Matcher[MATCHERS];
  private final boolean[] anchored = new boolean[MATCHERS];
  private final CharSequence[] inputs = new CharSequence[MATCHERS];
  private int cached;

  /** The reusable matcher for {@code pattern} (slot {@code i} of the cache), over the input. */
  private int slot(Pattern pattern) {
    for (int i = 0; i < cached; i++) {
      if (patterns[i] == pattern) {
        if (inputs[i] != input) {
          matchers[i].reset(input);
          inputs[i] = input;
        }
        return i;
      }
    }
    int i = cached < MATCHERS ? cached++ : MATCHERS - 1;
    patterns[i] = pattern;
    matchers[i] = pattern.matcher(input);
    // Every anchored pattern means "at index": lookingAt says so without scanning ahead.
    anchored[i] = pattern.pattern().startsWith("^");
    inputs[i] = input;
    return i;
  }

  @Override
  public BasedSequence match(Pattern pattern) {
    Matcher matcher = matcher(pattern);
    return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern pattern) {
    Matcher matcher = matcher(pattern);
    if (matcher == null) {
      return null;
    }
    BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
    }
    return groups;
  }

  @Override
  public Matcher matcher(Pattern pattern) {
    if (index >= input.length()) {
      return null;
    }
    int slot = slot(pattern);
    Matcher matcher = matchers[slot];
    matcher.region(index, input.length());
    if (!(anchored[slot] ? matcher.lookingAt() : matcher.find())) {
      return null;
    }
    index = matcher.end();
    return matcher;
  }

  @Override
  public BasedSequence parseLinkTitle() {
    int length = input.length();
    if (index >= length) {
      return null;
    }
    char open = input.charAt(index);
    if (open != '"' && open != '\'' && open != '(') {
      return null;
    }
    char close = open == '(' ? ')' : open;
    for (int i = index + 1; i < length; i++) {
      char c = input.charAt(i);
      if (c == '\\' && i + 1 < length && Chars.isAsciiPunctuation(input.charAt(i + 1))) {
        i++;
      } else if (c == close) {
        BasedSequence title = input.subSequence(index, i + 1);
        index = i + 1;
        return title;
      } else if (open == '(' && c == '(') {
        return null;
      }
    }
    return null;
  }

  @Override
  public BasedSequence parseLinkDestination() {
    if (index < input.length() && input.charAt(index) == '<') {
      int length = input.length();
      for (int i = index + 1; i < length; i++) {
        char c = input.charAt(i);
        if (c == '\\' && i + 1 < length && Chars.isAsciiPunctuation(input.charAt(i + 1))) {
          i++;
        } else if (c == '>') {
          BasedSequence destination = input.subSequence(index, i + 1);
          index = i + 1;
          return destination;
        } else if (c == '<' || c == '\n' || c == '\r') {
          return null;
        }
      }
      return null;
    }
    return super.parseLinkDestination();
  }

  @Override
  public boolean parseAutolink() {
    int end = Autolinks.uriEnd(input, index, input.length());
    boolean mail = false;
    if (end < 0) {
      end = Autolinks.emailEnd(input, index, input.length());
      mail = true;
    }
    if (end < 0) {
      return false;
    }
    BasedSequence open = input.subSequence(index, index + 1);
    BasedSequence text = input.subSequence(index + 1, end - 1);
    BasedSequence close = input.subSequence(end - 1, end);
    appendNode(mail ? new MailLink(open, text, close) : new AutoLink(open, text, close));
    index = end;
    return true;
  }

  @Override
  public boolean parseHtmlInline() {
    return false;
  }

  @Override
  protected boolean parseBackticks() {
    return false;
  }
}
