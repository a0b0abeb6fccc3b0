package io.github.communique.examples;

import static io.github.communique.model.Blocks.blockQuote;
import static io.github.communique.model.Blocks.bullets;
import static io.github.communique.model.Blocks.paragraph;
import static io.github.communique.model.Inlines.emphasis;
import static io.github.communique.model.Inlines.link;
import static io.github.communique.model.Inlines.mention;
import static io.github.communique.model.Inlines.noteRef;
import static io.github.communique.model.Inlines.scare;
import static io.github.communique.model.Inlines.speech;
import static io.github.communique.model.Inlines.text;

import io.github.communique.html.HtmlRenderer;
import io.github.communique.model.Attribution;
import io.github.communique.model.Contact;
import io.github.communique.model.Party;
import io.github.communique.model.Source;
import io.github.communique.model.Statement;
import io.github.communique.pdf.PdfRenderer;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Renderer;
import io.github.communique.text.TextRenderer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shows how to build a statement in Java with the fluent builder, reading top to bottom like the
 * press release it makes, and render it to HTML, PDF and plain text files.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl examples -am test-compile exec:java
 * -Dexec.mainClass=io.github.communique.examples.BuildAndRender -Dexec.args=out/examples}
 */
public final class BuildAndRender {
  private BuildAndRender() {}

  /** A party statement with quotations of every kind, a block quotation, a list and a note. */
  public static Statement statement() {
    Party chair = Party.person("Maria Keller", "party chair", "Green Alliance");
    Party minister = Party.person("Jonas Brandt", "Minister of Transport", "Government");
    Attribution onRadio =
        new Attribution(
            Optional.of(chair),
            Optional.of(
                new Source(
                    Optional.of("Morning Briefing"),
                    Optional.of("Radio North"),
                    Optional.empty(),
                    Optional.of(LocalDate.of(2026, 11, 24)))),
            Optional.empty());

    return Statement.builder("Green Alliance calls for a public inquiry into the rail contract")
        .label("Party statement")
        .issuer(Party.organisation("Green Alliance"))
        .date(LocalDate.of(2026, 11, 25))
        .place("Brussels")
        .standfirst("The party wants the contract published before the budget vote.")
        .paragraph(
            text("Maria Keller said the contract was "),
            speech(chair, "signed in the dark"),
            text(" and that the ministry's "),
            scare("consultation"),
            text(" had lasted four days."),
            noteRef("timeline"))
        .paragraph(
            text("The minister had promised "),
            speech(
                Attribution.of(minister),
                text("a contract the public can read, every "),
                mention("clause"),
                text(" of it")),
            text(" — "),
            emphasis("before"),
            text(" it was signed."))
        .block(
            blockQuote(
                onRadio,
                paragraph(
                    text("When a minister tells you "),
                    speech(text("trust us")),
                    text(", the answer is: show us."))))
        .section(
            "What we ask",
            section ->
                section
                    .block(
                        bullets(
                            "Publish the contract in full.",
                            "Open a public inquiry with the power to call witnesses.",
                            "Delay the budget vote until both are done."))
                    .paragraph(
                        text("Read the "),
                        link("https://example.org/rail-contract", "full letter to the minister"),
                        text(".")))
        .note("timeline", "The consultation ran from 3 to 7 November 2026.")
        .contact(
            new Contact(
                "Press office",
                Optional.of("Green Alliance"),
                Optional.of("press@green-alliance.example"),
                Optional.of("+32 2 555 01 23")))
        .noteToEditors("Green Alliance has 14 seats in the regional parliament.")
        .build();
  }

  /** Renders {@link #statement()} to HTML, PDF and text files in {@code dir}; returns them. */
  public static List<Path> render(Path dir) throws IOException {
    Statement statement = statement();
    RenderOptions options = RenderOptions.builder().textWidth(66).build();
    List<Path> files = new ArrayList<>();
    Files.createDirectories(dir);
    // Each renderer is immutable and thread-safe: build it once, use it for every statement.
    for (Renderer renderer :
        List.of(HtmlRenderer.create(), PdfRenderer.create(), TextRenderer.create())) {
      Path file = dir.resolve("rail-contract." + renderer.fileExtension());
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
        renderer.render(statement, options, out);
      }
      files.add(file);
    }
    return files;
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "out/examples");
    for (Path file : render(dir)) {
      System.out.println("wrote " + file);
    }
  }
}
