package io.github.communique.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.communique.model.Statement;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Renderer;
import io.github.communique.render.Renderers;
import io.github.communique.validate.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Shows how another tool embeds the renderers: a tiny preview server on the JDK's built-in HTTP
 * server that renders the statements in a folder on request. {@code /} lists them; {@code
 * /NAME.html}, {@code /NAME.pdf}, {@code /NAME.txt} (any renderer's extension) render {@code
 * NAME.json} or {@code NAME.md} afresh on every request, so edits show on reload.
 *
 * <p>It listens on the loopback address only, serves nothing but the statements of its folder
 * (names are checked, so {@code /../} cannot leave it), and sends each format's media type.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl examples -am test-compile exec:java
 * -Dexec.mainClass=io.github.communique.examples.PreviewServer -Dexec.args="examples/statements
 * 8080"}, then open http://127.0.0.1:8080/
 */
public final class PreviewServer implements AutoCloseable {
  /** A statement's name: letters, digits, '.', '_' and '-', not starting with a dot. */
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_-][\\p{L}\\p{N}._-]*");

  private final Path folder;
  private final Renderers renderers;
  private final HttpServer server;
  private final ExecutorService executor;

  private PreviewServer(
      Path folder, Renderers renderers, HttpServer server, ExecutorService executor) {
    this.folder = folder;
    this.renderers = renderers;
    this.server = server;
    this.executor = executor;
  }

  /**
   * Serves the statements in {@code folder} on {@code port} of the loopback address (0 picks a free
   * port), with every renderer on the class path.
   */
  public static PreviewServer start(Path folder, int port) throws IOException {
    Path root = folder.toRealPath();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    ExecutorService executor =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            r -> {
              Thread t = new Thread(r, "preview-server");
              t.setDaemon(true);
              return t;
            });
    PreviewServer preview = new PreviewServer(root, Renderers.discover(), server, executor);
    server.createContext("/", preview::handle);
    server.setExecutor(executor);
    server.start();
    return preview;
  }

  /** The address to open: {@code http://127.0.0.1:PORT/}. */
  public URI uri() {
    InetSocketAddress address = server.getAddress();
    return URI.create(
        "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/statements");
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
    PreviewServer preview = start(folder, port);
    System.out.println(
        "Previewing " + folder.toAbsolutePath() + " at " + preview.uri() + " (Ctrl-C stops)");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(
            exchange, 405, "text/plain; charset=UTF-8", text("Only GET and HEAD are supported.\n"));
        return;
      }
      String path = exchange.getRequestURI().getPath(); // percent-decoded: %2e%2e%2f is "../"
      if (path.equals("/")) {
        send(exchange, 200, "text/html; charset=UTF-8", text(index()));
        return;
      }
      String requested = path.substring(1);
      Optional<Renderer> renderer = rendererFor(requested);
      String name =
          renderer
              .map(r -> requested.substring(0, requested.length() - r.fileExtension().length() - 1))
              .orElse("");
      Optional<Path> file = NAME.matcher(name).matches() ? statementFile(name) : Optional.empty();
      if (renderer.isEmpty() || file.isEmpty()) {
        send(exchange, 404, "text/plain; charset=UTF-8", text("No such statement: " + path + "\n"));
        return;
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      try {
        // Rendered to memory first, so a failure can still be answered with an error status.
        renderer.get().render(read(file.get()), RenderOptions.defaults(), body);
      } catch (RuntimeException e) { // a statement that cannot be read or rendered
        send(exchange, 422, "text/plain; charset=UTF-8", text(e.getMessage() + "\n"));
        return;
      }
      send(exchange, 200, renderer.get().mediaType(), body.toByteArray());
    } catch (IOException | RuntimeException e) {
      System.err.println("preview: " + exchange.getRequestURI() + ": " + e);
    }
  }

  /** The renderer whose extension ends the request: the longest, so "quotes.md" beats "md". */
  private Optional<Renderer> rendererFor(String requested) {
    return renderers.all().stream()
        .filter(r -> requested.endsWith("." + r.fileExtension()))
        .max((a, b) -> Integer.compare(a.fileExtension().length(), b.fileExtension().length()));
  }

  /** NAME.json or NAME.md in the folder, if it is really there (a link may not lead out). */
  private Optional<Path> statementFile(String name) throws IOException {
    for (String extension : List.of(".json", ".md")) {
      Path file = folder.resolve(name + extension);
      if (Files.isRegularFile(file) && file.toRealPath().getParent().equals(folder)) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }

  /** Reads and checks the statement, so a broken one is answered with its problems. */
  private static Statement read(Path file) throws IOException {
    return Validator.create().check(StatementFiles.read(file));
  }

  /** A page that links every statement in every format. */
  private String index() throws IOException {
    StringBuilder page =
        new StringBuilder(
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>Statements</title></head>\n<body>\n<h1>Statements in ")
            .append(escape(folder.getFileName().toString()))
            .append("</h1>\n<ul>\n");
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String fileName = file.getFileName().toString();
        String name = fileName.replaceFirst("\\.(json|md)$", "");
        if (name.equals(fileName) || !NAME.matcher(name).matches()) {
          continue;
        }
        page.append("<li>").append(escape(name));
        for (Renderer r : renderers.all()) {
          String href = "/" + encode(name) + "." + r.fileExtension();
          page.append(" <a href=\"")
              .append(escape(href))
              .append("\">")
              .append(escape(r.format()))
              .append("</a>");
        }
        page.append("</li>\n");
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return page.append("</ul>\n</body></html>\n").toString();
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", type);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Cache-Control", "no-store");
    // The pages are ours: no scripts run, styles are inline or linked from the same origin.
    headers.set(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** Names are letters, digits and "._-": only non-ASCII letters need percent-encoding. */
  private static String encode(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8);
  }
}
