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

  private void run(String benchmark, String size, double msPerOp) {
    var run = runs.addObject();
    run.put("benchmark", "io.github.communique.benchmarks." + benchmark);
    run.putObject("params").put("size", size);
    run.putObject("primaryMetric").put("score", msPerOp).put("scoreError", 0.1);
  }

  private String report() {
    return new Report(runs).render();
  }
}
