package io.github.communique.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import io.github.communique.testing.StatementArbitraries;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Whatever statement the model can express, the page is well-formed and safe.
 *
 * <p>A failure prints its {@code seed} and the shrunk sample (on the console and in the surefire
 * report, {@code target/surefire-reports}); rerun exactly that case with
 * {@code @Property(seed = "<seed>", tries = <same tries>)}.
 */
class RenderPropertiesTest {

  @Property(tries = 100)
  void everyStatementRendersToASoundPage(
      @ForAll @From(supplier = StatementArbitraries.Statements.class) Statement statement) {
    for (boolean fragment : new boolean[] {false, true}) {
      String html = Fixtures.render(statement, RenderOptions.builder().fragment(fragment).build());
      Document doc = Jsoup.parse(html);
      assertThat(doc.select("script").size()).isEqualTo(fragment ? 0 : 1);
      assertThat(doc.select("article.statement")).hasSize(1);
      List<String> ids = doc.select("[id]").eachAttr("id");
      assertThat(new HashSet<>(ids)).as("unique ids").hasSameSizeAs(ids);
      Set<String> idSet = new HashSet<>(ids);
      for (String href : doc.select("a[href^=#]").eachAttr("href")) {
        if (href.startsWith("#note") || href.startsWith("#s")) {
          assertThat(idSet).as("target of %s", href).contains(href.substring(1));
        }
      }
      List<Integer> levels = Outline.levels(doc);
      assertThat(Outline.inOrder(levels)).as("heading levels %s", levels).isTrue();
      assertThat(doc.select("a a")).isEmpty();
    }
  }
}
