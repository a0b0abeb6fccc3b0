package io.github.communique.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.testing.Samples;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server, started on a free port and fetched with the JDK's HTTP client. */
class PreviewServerTest {
  @TempDir Path root;
  private Path site;
  private PreviewServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    site = Files.createDirectory(root.resolve("site"));
    Files.writeString(site.resolve("minimal.json"), Samples.text("minimal"));
    Files.writeString(site.resolve("green-alliance.json"), Samples.text("green-alliance"));
    Files.writeString(
        site.resolve("broken.json"), "{\"format\": \"communique/1\", \"title\": \" \"}");
    Files.writeString(root.resolve("secret.json"), Samples.text("minimal")); // outside the folder
    server = PreviewServer.start(site, 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String rawPath) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(server.uri() + rawPath.substring(1))).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listensOnTheLoopbackAddressOnly() {
    assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
    assertThat(server.uri().getPort()).isPositive();
  }

  @Test
  void theIndexLinksEveryStatementInEveryFormat() throws Exception {
    HttpResponse<String> index = get("/");

    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
    assertThat(index.body())
        .contains("<a href=\"/green-alliance.quotes.md\">quotes</a>")
        .contains("<a href=\"/minimal.quotes.md\">quotes</a>")
        .contains("<a href=\"/minimal.html\">html</a>", "<a href=\"/minimal.pdf\">pdf</a>")
        .doesNotContain("secret");
  }

  @Test
  void rendersAStatementWithTheFormatsMediaType() throws Exception {
    HttpResponse<String> quotes = get("/green-alliance.quotes.md");

    assertThat(quotes.statusCode()).isEqualTo(200);
    assertThat(quotes.headers().firstValue("Content-Type"))
        .hasValue("text/markdown; charset=UTF-8");
    assertThat(quotes.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(quotes.body())
        .startsWith("# Who said what: " + Samples.load("green-alliance").title());
  }

  @Test
  void rendersHtmlAndPdfOnRequest() throws Exception {
    HttpResponse<String> html = get("/minimal.html");
    HttpResponse<byte[]> pdf =
        client.send(
            HttpRequest.newBuilder(server.uri().resolve("/minimal.pdf")).build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
    assertThat(html.body()).startsWith("<!DOCTYPE html>").contains(Samples.load("minimal").title());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void headSendsTheHeadersWithoutTheBody() throws Exception {
    HttpResponse<String> head =
        send(
            HttpRequest.newBuilder(server.uri().resolve("/minimal.quotes.md"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void anInvalidStatementIsAnsweredWithItsProblems() throws Exception {
    HttpResponse<String> broken = get("/broken.quotes.md");

    assertThat(broken.statusCode()).isEqualTo(422);
    assertThat(broken.body()).contains("title: the title is blank");
  }

  @Test
  void unknownStatementsAndFormatsAreNotFound() throws Exception {
    assertThat(get("/nothing.quotes.md").statusCode()).isEqualTo(404);
    assertThat(get("/minimal.docx").statusCode()).isEqualTo(404);
    assertThat(get("/minimal.json").statusCode()).isEqualTo(404); // the source is not served
  }

  /** Every way of climbing out of the folder ends in 404, never in the file outside it. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/../secret.quotes.md",
        "/%2e%2e/secret.quotes.md",
        "/%2E%2E%2Fsecret.quotes.md",
        "/..%2fsecret.quotes.md",
        "/site/../secret.quotes.md",
        "/%2e%2e%5csecret.quotes.md",
        "/.secret.quotes.md",
        "/" + "x/../../secret.quotes.md",
      })
  void pathTraversalIsRefused(String path) throws Exception {
    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("Who said what");
  }

  @Test
  void aLinkInsideTheFolderMayNotLeadOut() throws Exception {
    Files.createSymbolicLink(site.resolve("link.json"), root.resolve("secret.json"));

    assertThat(get("/link.quotes.md").statusCode()).isEqualTo(404);
  }

  @Test
  void onlyGetAndHeadAreAllowed() throws Exception {
    HttpResponse<String> post =
        send(
            HttpRequest.newBuilder(server.uri().resolve("/minimal.quotes.md"))
                .POST(HttpRequest.BodyPublishers.ofString("x")));

    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }
}
