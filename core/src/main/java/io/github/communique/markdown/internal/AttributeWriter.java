package io.github.communique.markdown.internal;

import io.github.communique.model.Attribution;
import io.github.communique.model.Party;
import java.util.Optional;

/** Writes attribute blocks' contents: {@code speaker="Maria Keller" role="party chair"}. */
final class AttributeWriter {
  private AttributeWriter() {}

  /**
   * The attribution without a source that names nothing, or empty when it names nothing at all: the
   * attribute syntax has no way to say "a source, but no part of it".
   */
  static Optional<Attribution> meaningful(Optional<Attribution> attribution) {
    return attribution
        .map(
            a ->
                new Attribution(
                    a.speaker(),
                    a.source()
                        .filter(
                            s ->
                                s.title().isPresent()
                                    || s.medium().isPresent()
                                    || s.url().isPresent()
                                    || s.date().isPresent()),
                    a.context()))
        .filter(a -> a.speaker().isPresent() || a.source().isPresent() || a.context().isPresent());
  }

  /** Appends the attribution's keys, separated by spaces, after anything already in {@code out}. */
  static void attribution(Attribution attribution, StringBuilder out) {
    attribution
        .speaker()
        .ifPresent(
            party -> {
              pair(
                  party.kind() == Party.Kind.PERSON ? "speaker" : "organisation",
                  party.name(),
                  out);
              party.role().ifPresent(role -> pair("role", role, out));
              party.affiliation().ifPresent(affiliation -> pair("affiliation", affiliation, out));
            });
    attribution
        .source()
        .ifPresent(
            source -> {
              source.title().ifPresent(title -> pair("source", title, out));
              source.medium().ifPresent(medium -> pair("medium", medium, out));
              source.url().ifPresent(url -> pair("url", url, out));
              source.date().ifPresent(date -> pair("date", date.toString(), out));
            });
    attribution.context().ifPresent(context -> pair("context", context, out));
  }

  static void pair(String key, String value, StringBuilder out) {
    if (out.length() > 0) {
      out.append(' ');
    }
    out.append(key).append('=');
    value(value, out);
  }

  /**
   * A quoted value: backslash before quotes, backslashes and the punctuation the input guard looks
   * at; {@code \n}, {@code \t} and {@code \}{@code uXXXX} for line ends, tabs and controls.
   */
  static void value(String value, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
        out.append(String.format("\\u%04X", (int) c));
      } else if (c == '"' || c == '\\' || c == '`' || c == '<' || c == '[' || c == ']' || c == '&'
          || c == '{' || c == '}') {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
