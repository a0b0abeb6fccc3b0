package io.github.communique.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress bar draws in place and gets out of the way of messages. */
class ProgressBarTest {
  private final StringWriter err = new StringWriter();
  private long now = 0;

  @Test
  void drawsTheShareDoneTheCountAndTheTime() {
    ProgressBar bar = new ProgressBar(new PrintWriter(err), 4, true, () -> now);

    now = 3_000_000_000L;
    bar.advance();

    assertThat(err.toString()).isEqualTo("\r[#######-----------------------]  1/4 files  0:03");
  }

  @Test
  void redrawsAtMostTwentyTimesASecondButAlwaysAtTheEnd() {
    ProgressBar bar = new ProgressBar(new PrintWriter(err), 3, true, () -> now);

    bar.advance();
    bar.advance(); // same instant: not drawn
    bar.advance(); // the last: drawn

    assertThat(err.toString().split("\r", -1)).hasSize(3);
    assertThat(err.toString()).endsWith("[##############################]  3/3 files  0:00");
  }

  @Test
  void messagesAppearAboveTheBar() {
    ProgressBar bar = new ProgressBar(new PrintWriter(err), 2, true, () -> now);
    bar.advance();

    bar.println("a.json:3:7: something is wrong");
    bar.finish();

    String[] frames = err.toString().split("\r", -1);
    assertThat(err.toString())
        .contains("\ra.json:3:7: something is wrong" + System.lineSeparator());
    assertThat(frames[frames.length - 1]).isEmpty(); // finish leaves the line clean
  }

  @Test
  void noneDrawsNothingAndPrintsMessagesStraight() {
    ProgressBar bar = ProgressBar.none(new PrintWriter(err));

    bar.advance();
    bar.println("message");
    bar.finish();

    assertThat(err.toString()).isEqualTo("message" + System.lineSeparator());
  }
}
