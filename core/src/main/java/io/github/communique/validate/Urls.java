package io.github.communique.validate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The URL rule: a link or source URL is relative, or absolute with the scheme http, https, mailto
 * or tel. The scheme is read the way a lenient consumer might read it, not only as written:
 * after dropping whitespace and invisible characters (browsers drop tabs and line feeds
 * anywhere), decoding HTML character references ({@code &#106;}, {@code &colon;}) and
 * percent-escapes, repeatedly, and folding compatibility forms (full-width letters) with NFKC.
 * The model holds such references as literal text and every renderer escapes them, so this is
 * defence in depth: a URL that any of those readings turns into {@code javascript:} is refused.
 */
final class Urls {
  private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");

  private static final Map<String, Character> NAMED_REFERENCES =
      Map.ofEntries(
          Map.entry("colon", ':'),
          Map.entry("tab", '\t'),
          Map.entry("newline", '\n'),
          Map.entry("sol", '/'),
          Map.entry("period", '.'),
          Map.entry("amp", '&'),
          Map.entry("num", '#'),
          Map.entry("percnt", '%'),
          Map.entry("lt", '<'),
          Map.entry("gt", '>'),
          Map.entry("quot", '"'),
          Map.entry("apos", '\''));

  private static final int DECODING_ROUNDS = 4;

  private Urls() {}

  /**
   * What is wrong with the non-blank URL {@code url}, as a whole message whose subject is {@code
   * subject} ("the link target"), or null when it is fine.
   */
  static String problem(String url, String subject) {
    String seen = decoded(url);
    String scheme = scheme(seen);
    if (scheme != null && !ALLOWED.contains(scheme)) {
      boolean plain = url.regionMatches(true, 0, scheme + ":", 0, scheme.length() + 1);
      return subject
          + " "
          + Texts.quote(url)
          + (plain
              ? " uses the scheme '" + scheme + ":'"
              : " reads as a '" + scheme + ":' URL once invisible characters, character"
                  + " references and percent-escapes are decoded")
          + "; only http, https, mailto and tel URLs, or relative ones, are allowed: "
          + (scheme.equals("javascript") || scheme.equals("vbscript") || scheme.equals("data")
              ? "link to a web page instead"
              : "use an https:// address");
    }
    for (int i = 0, position = 1; i < url.length(); position++) {
      int c = url.codePointAt(i);
      i += Character.charCount(c);
      if (Texts.isInvisible(c) || (c >= 0xD800 && c <= 0xDFFF)) {
        return subject + " " + Texts.quote(url) + " contains "
            + (c == ' ' ? "a space" : "the invisible character " + Texts.codePoint(c))
            + " at character " + position
            + "; remove it, or write a space inside a URL as %20";
      }
    }
    if (scheme == null) {
      String lower = url.toLowerCase(Locale.ROOT);
      if (lower.startsWith("www.")) {
        return subject + " " + Texts.quote(url)
            + " has no scheme, so browsers read it as a path on the current site: write https://"
            + url;
      }
      int at = url.indexOf('@');
      if (at > 0 && at < url.length() - 1 && url.indexOf('/') < 0) {
        return subject + " " + Texts.quote(url)
            + " looks like an email address without a scheme: write mailto:" + url;
      }
    }
    return null;
  }

  /** {@code url} as the most lenient reader would see it, for finding its scheme. */
  static String decoded(String url) {
    String s = url;
    for (int round = 0; round < DECODING_ROUNDS; round++) {
      String next = decodeOnce(s);
      if (next.equals(s)) {
        break;
      }
      s = next;
    }
    s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder visible = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (!Texts.isInvisible(c)) {
        visible.appendCodePoint(c);
      }
    }
    return visible.toString();
  }

  /** The lower-cased scheme of {@code url} ({@code "https"}), or null for a relative URL. */
  static String scheme(String url) {
    if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
      return null;
    }
    for (int i = 1; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return url.substring(0, i).toLowerCase(Locale.ROOT);
      }
      if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
        return null;
      }
    }
    return null;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Decodes numeric and a few named character references and ASCII percent-escapes. */
  private static String decodeOnce(String s) {
    if (s.indexOf('&') < 0 && s.indexOf('%') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0
          && hex(s.charAt(i + 2)) >= 0) {
        int value = hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2));
        if (value < 0x80) {
          out.append((char) value);
          i += 3;
          continue;
        }
      } else if (c == '&') {
        int end = reference(s, i, out);
        if (end > i) {
          i = end;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /**
   * Decodes the character reference at {@code s[start] == '&'} into {@code out} and returns the
   * index after it, or returns {@code start} when there is none. Like browsers, accepts a
   * numeric reference without its semicolon.
   */
  private static int reference(String s, int start, StringBuilder out) {
    int i = start + 1;
    if (i < s.length() && s.charAt(i) == '#') {
      i++;
      int radix = 10;
      if (i < s.length() && (s.charAt(i) == 'x' || s.charAt(i) == 'X')) {
        radix = 16;
        i++;
      }
      int digitsStart = i;
      long value = 0;
      while (i < s.length() && Character.digit(s.charAt(i), radix) >= 0 && value <= 0x10FFFF) {
        value = value * radix + Character.digit(s.charAt(i), radix);
        i++;
      }
      if (i == digitsStart || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        return start;
      }
      if (i < s.length() && s.charAt(i) == ';') {
        i++;
      }
      out.appendCodePoint((int) value);
      return i;
    }
    int nameStart = i;
    while (i < s.length() && isAsciiLetter(s.charAt(i)) && i - nameStart < 16) {
      i++;
    }
    if (i < s.length() && s.charAt(i) == ';') {
      Character decoded =
          NAMED_REFERENCES.get(s.substring(nameStart, i).toLowerCase(Locale.ROOT));
      if (decoded != null) {
        out.append(decoded.charValue());
        return i + 1;
      }
    }
    return start;
  }

  private static int hex(char c) {
    return Character.digit(c, 16) >= 0 && c < 0x80 ? Character.digit(c, 16) : -1;
  }
}
