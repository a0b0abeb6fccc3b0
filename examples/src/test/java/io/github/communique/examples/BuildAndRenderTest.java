package io.github.communique.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fluent-API example builds a valid statement and renders it to three files. */
class BuildAndRenderTest {

  @Test
  void theBuiltStatementIsValidEvenUnderTheHouseRules() {
    assertThat(Validator.create().requireSpeakers(true).validate(BuildAndRender.statement()))
        .isEmpty();
  }

  @Test
  void writesHtmlPdfAndText(@TempDir Path dir) throws IOException {
    BuildAndRender.main(new String[] {dir.toString()});

    assertThat(dir.resolve("rail-contract.html"))
        .content(UTF_8)
        .contains("Green Alliance calls for a public inquiry into the rail contract")
        .contains("signed in the dark");
    assertThat(Files.readAllBytes(dir.resolve("rail-contract.pdf")))
        .startsWith("%PDF-".getBytes(UTF_8));
    assertThat(dir.resolve("rail-contract.txt"))
        .content(UTF_8)
        .contains("“signed in the dark”")
        .satisfies(text -> assertThat(text.lines()).allMatch(line -> line.length() <= 66));
  }
}
