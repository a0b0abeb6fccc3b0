package io.github.communique.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

/** The report turns JMH results into goal rows, and keeps what is not a goal apart. */
class ReportTest {
  private final ObjectMapper json = new ObjectMapper();
  private final ArrayNode runs = json.createArrayNode();

  @Test
  void aRatioAtTheTargetMeetsTheGoalAndOneBelowMissesIt() {
    run("TextBenchmarks.communique", "medium", 10.0);
    run("TextBenchmarks.copyFloor", "medium", 5.0);
    run("TextBenchmarks.communique", "large", 300.0);
    run("TextBenchmarks.copyFloor", "large", 100.0);

    assertThat(report())
        .contains("| Text vs copy floor | medium | 0.50× | ≥ 0.5× | met |")
        .contains("| Text vs copy floor | large | 0.33× | ≥ 0.5× | **missed** |");
  }

  @Test
  void theCommonFontBaselineAndThePeersScalingAreShownButAreNotGoals() {
    run("PdfBenchmarks.communique", "small", 4.0);
    run("PdfBenchmarks.rawOpenPdfCommonFont", "small", 3.0);
    run("TextBenchmarks.commonmark", "medium", 5.0);
    run("TextBenchmarks.commonmark", "large", 500.0);

    String report = report();

    assertThat(report).contains("| PDF vs raw OpenPDF, common font | small | 0.75× | – | not a goal |")
        .containsPattern("\\| Scaling Text\\.commonmark \\(time/MB large ÷ medium\\) \\| "
            + "medium→large \\| [0-9.]+× \\| – \\| not a goal \\|");
  }

  @Test
  void ourOwnScalingIsAGoal() {
    run("TextBenchmarks.communique", "medium", 10.0);
    run("TextBenchmarks.communique", "large", 10_000.0);

    assertThat(report()).containsPattern("\\| Scaling Text\\.communique \\(time/MB large ÷ "
        + "medium\\) \\| medium→large \\| [0-9.]+× \\| 0\\.75–1\\.25 \\| \\*\\*missed\\*\\* \\|");
  }

  @Test
  void aGoalMetOnTheMeanOfAFloorsForksIsAlsoJudgedAgainstEachFork() {
    run("TextBenchmarks.communique", "large", 140.0, new double[] {139, 141}, new double[] {140});
    // One fork in the floor's fast mode (60 ms), two in its slow one (130 ms): a mean of 106.7.
    run("TextBenchmarks.copyFloor", "large", 106.7, new double[] {59, 61},
        new double[] {129, 131}, new double[] {130, 130});

    assertThat(report())
        .contains("| Text vs copy floor | large | 0.76× | ≥ 0.5× | met |")
        .contains("| Text vs copy floor, each fork of copyFloor (60.00, 130, 130 ms) | large "
            + "| 0.43–0.93× | ≥ 0.5× | **missed** in 1 of 3 |");
  }

  @Test
  void aGoalMetAgainstEveryForkSaysSo() {
    run("HtmlBenchmarks.communique", "medium", 10.0);
    run("HtmlBenchmarks.escapeFloor", "medium", 9.0, new double[] {8}, new double[] {10});

    assertThat(report())
        .contains("| HTML vs escape floor, each fork of escapeFloor (8.00, 10.00 ms) | medium "
            + "| 0.80–1.00× | ≥ 0.7× | met in 2 of 2 |");
  }

  @Test
  void aPeerMeasuredInOneForkHasNoRowPerFork() {
    run("TextBenchmarks.communique", "large", 140.0);
    run("TextBenchmarks.copyFloor", "large", 60.0, new double[] {59, 61});

    assertThat(report()).doesNotContain("each fork");
  }

  /** A result with JMH's raw data: the scores of each fork's iterations. */
  private void run(String benchmark, String size, double msPerOp, double[]... forks) {
    var run = runs.addObject();
    run.put("benchmark", "io.github.communique.benchmarks." + benchmark);
    run.putObject("params").put("size", size);
    var primary = run.putObject("primaryMetric").put("score", msPerOp).put("scoreError", 0.1);
    if (forks.length > 0) {
      ArrayNode rawData = primary.putArray("rawData");
      for (double[] fork : forks) {
        ArrayNode iterations = rawData.addArray();
        for (double score : fork) {
          iterations.add(score);
        }
      }
    }
  }

  private String report() {
    return new Report(runs).render();
  }
}
