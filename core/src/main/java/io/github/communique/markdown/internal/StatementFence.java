package io.github.communique.markdown.internal;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * The Flexmark node of an embedded statement: a {@code ::: statement} fence, the lines of its own
 * front matter (kept raw for the YAML parser), and its body as child blocks.
 */
public final class StatementFence extends Block {
  private final BasedSequence openingMarker;
  private BasedSequence closingMarker = BasedSequence.NULL;
  private BasedSequence headerOpening = BasedSequence.NULL;
  private final List<BasedSequence> headerLines = new ArrayList<>();
  private boolean headerClosed;
  private boolean closed;

  StatementFence(BasedSequence openingMarker) {
    this.openingMarker = openingMarker;
  }

  @Override
  public BasedSequence[] getSegments() {
    return new BasedSequence[] {openingMarker, closingMarker};
  }

  public BasedSequence openingMarker() {
    return openingMarker;
  }

  /** Whether a closing {@code :::} line ended the fence. */
  public boolean isClosed() {
    return closed;
  }

  /** The {@code ---} line that opened the front matter, or {@link BasedSequence#NULL}. */
  public BasedSequence headerOpening() {
    return headerOpening;
  }

  /** The lines between the front matter's {@code ---} lines, without line ends. */
  public List<BasedSequence> headerLines() {
    return headerLines;
  }

  public boolean hasHeader() {
    return headerOpening != BasedSequence.NULL;
  }

  public boolean isHeaderClosed() {
    return headerClosed;
  }

  void openHeader(BasedSequence line) {
    headerOpening = line;
  }

  void closeHeader() {
    headerClosed = true;
  }

  void close(BasedSequence marker) {
    closingMarker = marker;
    closed = true;
  }
}
