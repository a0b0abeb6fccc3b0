package io.github.communique.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import io.github.communique.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The code of the README's HTML section, run as written. */
class UsageExampleTest {

  @Test
  void readmeExampleWritesAFragmentUnderTheHostsHeading() throws IOException {
    Statement statement = Samples.load(Samples.GREEN_ALLIANCE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // --- README ---
    HtmlRenderer html = HtmlRenderer.builder().titleLevel(2).build(); // under the host page's <h1>
    RenderOptions options = RenderOptions.builder().fragment(true).build();
    html.render(statement, options, out);       // host page: include HtmlRenderer.defaultStylesheet()
    // --- end ---
    String fragment = out.toString(StandardCharsets.UTF_8);
    assertThat(fragment).startsWith("<article class=\"statement\" lang=\"en\">")
        .contains("<h2>Green Alliance calls for a public inquiry into the Selde river spill</h2>");
  }
}
