package io.github.communique.markdown.internal;

/**
 * Recognises CommonMark autolinks ({@code <https://example.org>}, {@code <press@example.org>}) by a
 * single forward scan. Flexmark matches them with regular expressions whose repetition recurses
 * once per character, which overflows the stack on long e-mail domains.
 */
public final class Autolinks {
  private Autolinks() {}

  /**
   * The end (exclusive, after the {@code >}) of the URI autolink starting with the {@code <} at
   * {@code start}, or -1 when there is none.
   */
  public static int uriEnd(CharSequence s, int start, int limit) {
    int i = start + 1;
    if (i >= limit || !isAsciiLetter(s.charAt(i))) {
      return -1;
    }
    int schemeStart = i;
    i++;
    while (i < limit && i - schemeStart <= 32) {
      char c = s.charAt(i);
      if (isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-') {
        i++;
      } else {
        break;
      }
    }
    int schemeLength = i - schemeStart;
    if (schemeLength < 2 || schemeLength > 32 || i >= limit || s.charAt(i) != ':') {
      return -1;
    }
    for (i++; i < limit; i++) {
      char c = s.charAt(i);
      if (c == '>') {
        return i + 1;
      }
      if (c <= ' ' || c == '<') {
        return -1;
      }
    }
    return -1;
  }

  /** The end of the e-mail autolink starting with the {@code <} at {@code start}, or -1. */
  public static int emailEnd(CharSequence s, int start, int limit) {
    int i = start + 1;
    int localStart = i;
    while (i < limit && isEmailLocal(s.charAt(i))) {
      i++;
    }
    if (i == localStart || i >= limit || s.charAt(i) != '@') {
      return -1;
    }
    i++;
    while (true) {
      int labelStart = i;
      while (i < limit && (isAsciiAlnum(s.charAt(i)) || s.charAt(i) == '-')) {
        i++;
      }
      int labelLength = i - labelStart;
      if (labelLength == 0
          || labelLength > 63
          || s.charAt(labelStart) == '-'
          || s.charAt(i - 1) == '-') {
        return -1;
      }
      if (i >= limit) {
        return -1;
      }
      char c = s.charAt(i);
      if (c == '>') {
        return i + 1;
      }
      if (c != '.') {
        return -1;
      }
      i++;
    }
  }

  /** The end of either kind of autolink at {@code start}, or -1. */
  public static int end(CharSequence s, int start, int limit) {
    int end = uriEnd(s, start, limit);
    return end >= 0 ? end : emailEnd(s, start, limit);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiAlnum(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isEmailLocal(char c) {
    return isAsciiAlnum(c) || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
  }
}
