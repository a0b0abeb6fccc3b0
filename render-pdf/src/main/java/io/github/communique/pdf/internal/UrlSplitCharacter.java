package io.github.communique.pdf.internal;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * OpenPDF's line-break rules plus a break after a slash that is not followed by another, so a
 * long address breaks between its path segments ({@code example.org/press/} | {@code 2026/}).
 * A word with no break opportunity at all is still cut where the line is full (OpenPDF's {@code
 * PdfChunk.truncate}), so nothing ever runs past the margin.
 */
final class UrlSplitCharacter implements SplitCharacter {
  static final UrlSplitCharacter INSTANCE = new UrlSplitCharacter();

  private UrlSplitCharacter() {}

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    if (DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck)) {
      return true;
    }
    return cc[current] == '/' && current + 1 < end && cc[current + 1] != '/';
  }
}
