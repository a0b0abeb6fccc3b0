package io.github.communique.pdf.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which link targets become clickable: only {@code http}, {@code https}, {@code mailto}
 * and {@code tel} addresses. A relative address is resolved against the statement's own web
 * address when it has one. Anything else ({@code javascript:}, {@code file:}, {@code data:},
 * addresses with spaces or control characters) stays plain text, so a statement from an
 * untrusted source cannot make a reader's viewer run or open something.
 */
final class SafeLinks {
  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");

  /** Decisions already taken in this render: statements repeat their links (bounded). */
  private static final int REMEMBERED = 512;

  private final Optional<URI> base;
  private final Map<String, Optional<String>> decided = new HashMap<>();

  SafeLinks(Optional<String> statementUrl) {
    this.base = statementUrl.flatMap(SafeLinks::parse).filter(u -> isWeb(u.getScheme()));
  }

  /** The address to link to, or empty when {@code target} must not be clickable. */
  Optional<String> target(String target) {
    Optional<String> known = decided.get(target);
    if (known == null) {
      known = decide(target);
      if (decided.size() < REMEMBERED) {
        decided.put(target, known);
      }
    }
    return known;
  }

  private Optional<String> decide(String target) {
    if (plainWebAddress(target)) {
      return Optional.of(target); // what byUri gives for it, without parsing
    }
    return byUri(target);
  }

  /** The decision through java.net.URI, for every address. */
  Optional<String> byUri(String target) {
    Optional<URI> uri = parse(target);
    if (uri.isEmpty()) {
      return Optional.empty();
    }
    URI u = uri.get();
    if (u.getScheme() == null) {
      if (base.isEmpty() || target.startsWith("//")) {
        return Optional.empty();
      }
      u = base.get().resolve(u);
    }
    String scheme = u.getScheme().toLowerCase(Locale.ROOT);
    return SCHEMES.contains(scheme) ? Optional.of(u.toASCIIString()) : Optional.empty();
  }

  /** A {@code tel:} link for a phone number as printed: "+32 2 555 01 23". */
  static Optional<String> phone(String number) {
    StringBuilder digits = new StringBuilder("tel:");
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9' || c == '+' && digits.length() == 4) {
        digits.append(c);
      } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '\u00A0') {
        return Optional.empty();
      }
    }
    return digits.length() > 5 ? Optional.of(digits.toString()) : Optional.empty();
  }

  /** A {@code mailto:} link for an address that looks like one. */
  Optional<String> email(String address) {
    if (address.indexOf('@') <= 0 || address.startsWith("mailto:")) {
      return target(address);
    }
    return target("mailto:" + address);
  }

  /**
   * An absolute http or https address of ASCII letters, digits and the characters RFC 2396 allows
   * unescaped anywhere after the scheme (no '%', no brackets, at most one '#'). java.net.URI
   * parses every such address (an authority it cannot read as host and port it reads as a
   * registry name) and gives it back unchanged, so it is clickable as it is.
   */
  static boolean plainWebAddress(String target) {
    int start;
    if (target.startsWith("https://")) {
      start = 8;
    } else if (target.startsWith("http://")) {
      start = 7;
    } else {
      return false;
    }
    if (target.length() == start) {
      return false; // "https://" alone has no authority: URI refuses it
    }
    boolean fragment = false;
    for (int i = start; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
        continue;
      }
      switch (c) {
        case '-', '.', '_', '~', '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '@',
            '/', '?' -> {
          continue;
        }
        case '#' -> {
          if (fragment) {
            return false;
          }
          fragment = true;
        }
        default -> {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isWeb(String scheme) {
    return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
  }

  private static Optional<URI> parse(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c == 0x7F) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(new URI(text));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
