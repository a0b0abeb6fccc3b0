package io.github.communique.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, redrawn in place with a carriage return: {@code
 * [##########----------] 12/40 files 0:03}. Thread-safe; messages printed through {@link #println}
 * appear above the bar instead of mixing with it. {@link #none} draws nothing (not a terminal, or
 * --quiet).
 */
class ProgressBar {
  /** A progress bar that draws nothing and prints messages straight through. */
  static ProgressBar none(PrintWriter err) {
    return new ProgressBar(err, 0, false, System::nanoTime);
  }

  private static final int BAR_WIDTH = 30;
  private static final long REDRAW_NANOS = 50_000_000L; // at most 20 redraws a second

  /** A clock, so tests can control time. */
  interface Clock {
    long nanoTime();
  }

  private final PrintWriter err;
  private final int total;
  private final boolean draw;
  private final Clock clock;
  private final long start;
  private int done;
  private long lastDrawn;
  private boolean visible;

  ProgressBar(PrintWriter err, int total, boolean draw, Clock clock) {
    this.err = err;
    this.total = total;
    this.draw = draw;
    this.clock = clock;
    this.start = clock.nanoTime();
    this.lastDrawn = start - REDRAW_NANOS;
  }

  /** One more item is done. */
  synchronized void advance() {
    done++;
    long now = clock.nanoTime();
    if (draw && (done == total || now - lastDrawn >= REDRAW_NANOS)) {
      lastDrawn = now;
      redraw(now);
    }
  }

  /** Prints a line of output above the bar. */
  synchronized void println(String line) {
    boolean wasVisible = visible;
    clear();
    err.println(line);
    if (wasVisible) {
      redraw(clock.nanoTime());
    }
    err.flush();
  }

  /** Removes the bar, leaving the line empty for what follows. */
  synchronized void finish() {
    clear();
    err.flush();
  }

  private void redraw(long now) {
    int filled = total == 0 ? BAR_WIDTH : (int) ((long) done * BAR_WIDTH / total);
    StringBuilder line = new StringBuilder(80).append("\r[");
    for (int i = 0; i < BAR_WIDTH; i++) {
      line.append(i < filled ? '#' : '-');
    }
    line.append("]  ").append(done).append('/').append(total).append(" files  ");
    long seconds = (now - start) / 1_000_000_000L;
    line.append(seconds / 60).append(':').append(seconds % 60 < 10 ? "0" : "").append(seconds % 60);
    err.print(line);
    err.flush();
    visible = true;
  }

  private void clear() {
    if (visible) {
      err.print("\r" + " ".repeat(BAR_WIDTH + 40) + "\r");
      visible = false;
    }
  }
}
