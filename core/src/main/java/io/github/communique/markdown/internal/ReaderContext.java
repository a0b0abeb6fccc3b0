package io.github.communique.markdown.internal;

import com.vladsch.flexmark.ast.util.ReferenceRepository;
import io.github.communique.model.QuoteKind;
import io.github.communique.validate.Limits;

/**
 * What the mappers of one file share: the source for positions and errors, the offset of the text
 * Flexmark parsed within the file, the limits, the quotation mark convention, the link reference
 * definitions and the source map being recorded.
 */
final class ReaderContext {
  final SourceText source;
  final int base;
  final Limits limits;
  final QuoteKind doubleQuotes;
  final QuoteKind singleQuotes;
  final Positions positions;
  final ReferenceRepository references;

  ReaderContext(
      SourceText source,
      int base,
      Limits limits,
      QuoteKind doubleQuotes,
      QuoteKind singleQuotes,
      Positions positions,
      ReferenceRepository references) {
    this.source = source;
    this.base = base;
    this.limits = limits;
    this.doubleQuotes = doubleQuotes;
    this.singleQuotes = singleQuotes;
    this.positions = positions;
    this.references = references;
  }

  /** The file offset of a Flexmark offset. */
  int offset(int flexmarkOffset) {
    return base + flexmarkOffset;
  }

  RuntimeException error(int fileOffset, String message) {
    return source.error(fileOffset, message);
  }
}
