package io.github.communique.html;

import static java.util.Objects.requireNonNull;

import io.github.communique.model.Statement;
import io.github.communique.render.RenderException;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Renderer;
import io.github.communique.render.Stylesheet;
import io.github.communique.validate.Limits;
import io.github.communique.validate.Nesting;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Renders a statement as semantic HTML5: a standalone page (with schema.org JSON-LD metadata and
 * the stylesheet) or, when {@link RenderOptions#fragment()} is set, just its {@code <article>}
 * for another site's page.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.create();
 * try (OutputStream out = Files.newOutputStream(Path.of("statement.html"))) {
 *   html.render(statement, RenderOptions.defaults(), out);
 * }
 * }</pre>
 *
 * <p>Direct speech is a {@code <q>} (with {@code cite} when the source has a URL), scare quotes
 * and mentions are plain punctuation, block quotations are a {@code <figure>} with the
 * attribution in its {@code <figcaption>}, and an embedded statement is a nested {@code
 * <article>}. The quotation marks are text from the core {@link
 * io.github.communique.model.QuoteStyle}, so they follow the language and nesting and survive copy
 * and paste; the page's stylesheet keeps browsers from adding their own around {@code <q>} (a
 * fragment's host page needs the rule in {@link #ESSENTIAL_CSS}, which {@link
 * #defaultStylesheet()} includes).
 *
 * <p>Every piece of the statement's text is escaped for where it lands, and link, source and
 * stylesheet URLs are emitted only with the schemes http, https, mailto or tel (stylesheets: http
 * and https) or as relative URLs, however the scheme is disguised; a refused link keeps its words
 * as plain text. This holds for statements that were never validated.
 *
 * <p>Immutable and thread-safe: build one and share it. Output streams as it is made (nothing
 * holds the whole page) and is the same bytes for the same statement and options.
 */
public final class HtmlRenderer implements Renderer {
  /**
   * The rule a page needs so that browsers do not add quotation marks of their own around {@code
   * <q>}: the marks are already in the text. Include it in the host page's CSS when you embed
   * fragments with a stylesheet of your own.
   */
  public static final String ESSENTIAL_CSS = "q::before,q::after{content:none}";

  private static final byte[] DEFAULT_CSS = loadDefaultCss();

  private final boolean jsonLd;
  private final int titleLevel;
  private final Limits limits;

  /**
   * The renderer with default settings, for {@link java.util.ServiceLoader}; code should call
   * {@link #create()} or {@link #builder()}.
   */
  public HtmlRenderer() {
    this(builder());
  }

  private HtmlRenderer(Builder builder) {
    this(builder.jsonLd, builder.titleLevel, builder.limits);
  }

  private HtmlRenderer(boolean jsonLd, int titleLevel, Limits limits) {
    this.jsonLd = jsonLd;
    this.titleLevel = titleLevel;
    this.limits = limits;
  }

  /** A renderer with default settings. */
  public static HtmlRenderer create() {
    return new HtmlRenderer(builder());
  }

  /**
   * This renderer, with its other settings, refusing statements nested deeper than {@code
   * limits}.
   */
  @Override
  public HtmlRenderer withLimits(Limits limits) {
    return new HtmlRenderer(jsonLd, titleLevel, requireNonNull(limits, "limits"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default stylesheet, as embedded in standalone pages with {@link Stylesheet#DEFAULT}: for
   * host pages that show fragments and want them to look the same. It styles only elements inside
   * {@code .statement} (and the page's background), light and dark.
   */
  public static String defaultStylesheet() {
    return new String(DEFAULT_CSS, StandardCharsets.UTF_8);
  }

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String mediaType() {
    return "text/html; charset=UTF-8";
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  /**
   * {@inheritDoc}
   *
   * <p>Uses {@link RenderOptions#fragment()}, {@link RenderOptions#stylesheet()}, {@link
   * RenderOptions#theme()} and {@link RenderOptions#quoteStyle()}. A fragment carries no {@code
   * <style>} (HTML allows none in the body): with {@link Stylesheet#DEFAULT} the host page includes
   * {@link #defaultStylesheet()}; a {@link Stylesheet#linked linked} stylesheet is still linked.
   *
   * @throws RenderException when a linked stylesheet's URL is not http, https or relative, or
   *     when the statement nests deeper than the renderer's {@link Builder#limits limits}: in
   *     both cases before anything is written
   */
  @Override
  public void render(Statement statement, RenderOptions options, OutputStream out)
      throws IOException {
    requireNonNull(statement, "statement");
    requireNonNull(options, "options");
    requireNonNull(out, "out");
    String stylesheetHref = null;
    if (options.stylesheet() instanceof Stylesheet.Linked linked) {
      stylesheetHref =
          Urls.safe(linked.href(), Urls.Use.STYLESHEET)
              .orElseThrow(() -> new RenderException(
                  "stylesheet URL '" + linked.href() + "' is not allowed: use an http or https"
                      + " URL or a relative one such as /css/press.css"));
    }
    // Past this check the writing walk's recursion is bounded by the limits.
    Optional<Nesting.TooDeep> tooDeep = Nesting.check(statement, limits);
    if (tooDeep.isPresent()) {
      throw new RenderException(tooDeep.get().message(
          "cannot render the statement as HTML", "HtmlRenderer.builder().limits"));
    }
    HtmlWriter writer = new HtmlWriter(out);
    try {
      new PageWriter(writer, options, this, statement).write(stylesheetHref);
    } catch (HtmlWriter.WriteFailure e) {
      throw e.getCause();
    } catch (StackOverflowError e) {
      // Only with limits raised beyond what the thread's stack can walk; half the page is out.
      throw new RenderException(Nesting.beyondTheStack(statement, limits,
          "cannot render the statement as HTML", "HtmlRenderer.builder().limits"), e);
    }
    writer.flush();
  }

  boolean jsonLd() {
    return jsonLd;
  }

  int titleLevel() {
    return titleLevel;
  }

  static byte[] defaultCssBytes() {
    return DEFAULT_CSS;
  }

  private static byte[] loadDefaultCss() {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream("default.css")) {
      if (in == null) {
        throw new IllegalStateException("default.css is missing from communique-render-html");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds an {@link HtmlRenderer}; every setting names its default. */
  public static final class Builder {
    private boolean jsonLd = true;
    private int titleLevel = 1;
    private Limits limits = Limits.defaults();

    private Builder() {}

    /**
     * Whether standalone pages carry schema.org JSON-LD metadata (a {@code NewsArticle} with the
     * attributed quotations); defaults to true. Fragments never do.
     */
    public Builder jsonLd(boolean jsonLd) {
      this.jsonLd = jsonLd;
      return this;
    }

    /**
     * The heading level of the statement's title, from 1 to 6; sections follow one level deeper
     * each. Defaults to 1; use 2 when a fragment goes under the host page's own {@code <h1>}.
     */
    public Builder titleLevel(int level) {
      if (level < 1 || level > 6) {
        throw new IllegalArgumentException("title level must be between 1 and 6, got " + level);
      }
      this.titleLevel = level;
      return this;
    }

    /**
     * How deeply a statement may nest (counted as the {@link io.github.communique.validate
     * Validator} counts) before rendering refuses it with a {@link RenderException}, before
     * writing anything; defaults to {@link Limits#defaults()}.
     */
    public Builder limits(Limits limits) {
      this.limits = requireNonNull(limits, "limits");
      return this;
    }

    public HtmlRenderer build() {
      return new HtmlRenderer(this);
    }
  }
}
