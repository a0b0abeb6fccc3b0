package io.github.communique.html;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a URL from a statement may become an {@code href}, {@code cite} or stylesheet
 * link: defence in depth, whatever validation did before. The check is deliberately strict and
 * decodes nothing, so no spelling of {@code javascript:} gets through:
 *
 * <ol>
 *   <li>leading and trailing white space and control characters are stripped, and tabs and line
 *       breaks inside are removed (browsers do both before they look for a scheme);
 *   <li>any other control character refuses the URL;
 *   <li>a scheme (the letters before the first {@code :} that comes before any {@code /}, {@code
 *       ?} or {@code #}) must be one the use allows, compared in lower case and written so;
 *   <li>anything else is a relative URL, allowed unless it starts with two slashes or
 *       backslashes (a protocol-relative URL names another host: write {@code https://});
 *   <li>characters that may not appear in a URL (space, {@code " < > \ ^ ` { | }}) are
 *       percent-encoded.
 * </ol>
 *
 * A refused URL is never emitted; its link text is rendered as plain text.
 */
final class Urls {
  private Urls() {}

  /** What a URL is used for, and so which schemes it may have. */
  enum Use {
    /** A link or a quotation's source: http, https, mailto, tel or relative. */
    LINK(true, "http", "https", "mailto", "tel"),
    /** A stylesheet: http, https or relative. */
    STYLESHEET(true, "http", "https"),
    /** The canonical address of a page or a source in metadata: absolute http or https. */
    WEB_ADDRESS(false, "http", "https");

    private final boolean relative;
    private final String[] schemes;

    Use(boolean relative, String... schemes) {
      this.relative = relative;
      this.schemes = schemes;
    }

    /** Whether the scheme {@code url[0, colon)} is allowed, compared ignoring case. */
    private boolean allows(String url, int colon) {
      for (String s : schemes) {
        if (s.length() == colon && url.regionMatches(true, 0, s, 0, colon)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The URL as it may be emitted for {@code use}, or empty when it must not be. */
  static Optional<String> safe(String url, Use use) {
    return Optional.ofNullable(check(url, use));
  }

  /**
   * {@link #safe} without the {@code Optional}, for the renderer's inner loop: null when refused,
   * and the very same string when nothing needed changing (no allocation).
   */
  static String check(String url, Use use) {
    String cleaned = clean(url);
    if (cleaned == null || cleaned.isEmpty()) {
      return null;
    }
    int colon = cleaned.indexOf(':');
    int delimiter = firstDelimiter(cleaned);
    if (colon >= 0 && (delimiter < 0 || colon < delimiter)) {
      if (!isScheme(cleaned, colon) || !use.allows(cleaned, colon)) {
        return null;
      }
      return encode(lowerCaseScheme(cleaned, colon));
    }
    if (!use.relative || cleaned.length() >= 2 && isSlash(cleaned.charAt(0))
        && isSlash(cleaned.charAt(1))) {
      return null;
    }
    return encode(cleaned);
  }

  /** Trimmed, tabs and line breaks removed; null when a control character remains. */
  private static String clean(String url) {
    int start = 0;
    int end = url.length();
    while (start < end && isTrimmed(url.charAt(start))) {
      start++;
    }
    while (end > start && isTrimmed(url.charAt(end - 1))) {
      end--;
    }
    boolean removals = false;
    for (int i = start; i < end; i++) {
      char c = url.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        removals = true;
      } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        return null;
      }
    }
    if (!removals) {
      return start == 0 && end == url.length() ? url : url.substring(start, end);
    }
    StringBuilder cleaned = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = url.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        cleaned.append(c);
      }
    }
    return cleaned.toString();
  }

  private static boolean isTrimmed(char c) {
    return c <= 0x20
        || (c >= 0x7F && c <= 0x9F)
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\uFEFF';
  }

  private static int firstDelimiter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/' || c == '?' || c == '#' || c == '\\') {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code s[0, end)} is a scheme: a letter, then letters, digits, {@code + - .}. */
  private static boolean isScheme(String s, int end) {
    if (end == 0 || !isAsciiLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < end; i++) {
      char c = s.charAt(i);
      if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static String lowerCaseScheme(String url, int colon) {
    for (int i = 0; i < colon; i++) {
      char c = url.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return url.substring(0, colon).toLowerCase(Locale.ROOT) + url.substring(colon);
      }
    }
    return url;
  }

  private static boolean isSlash(char c) {
    return c == '/' || c == '\\';
  }

  /** {@link #mustEncode} of every ASCII character, looked up: encode runs for every link. */
  private static final boolean[] ASCII_TO_ENCODE = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_TO_ENCODE[c] = mustEncode(c);
    }
  }

  private static boolean mustEncode(char c) {
    return " \"<>\\^`{|}".indexOf(c) >= 0 || Character.isWhitespace(c)
        || Character.isSpaceChar(c);
  }

  /** Percent-encodes what may not stand in a URL; everything else is kept as written. */
  private static String encode(String url) {
    StringBuilder encoded = null;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      boolean bad = c < 0x80 ? ASCII_TO_ENCODE[c] : mustEncode(c);
      if (bad && encoded == null) {
        encoded = new StringBuilder(url.length() + 8).append(url, 0, i);
      }
      if (encoded == null) {
        continue;
      }
      if (bad) {
        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
          encoded.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4 & 0xF, 16)))
              .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
      } else {
        encoded.append(c);
      }
    }
    return encoded == null ? url : encoded.toString();
  }
}
