package io.github.communique.pdf;

import io.github.communique.model.Statement;
import io.github.communique.pdf.internal.DepthRefusal;
import io.github.communique.pdf.internal.LoadedFont;
import io.github.communique.pdf.internal.PdfSession;
import io.github.communique.render.RenderException;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Renderer;
import io.github.communique.validate.Limits;
import io.github.communique.validate.Nesting;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.SortedSet;

/**
 * Renders statements to PDF for print and for reading on screen: A4 by default (see {@link
 * RenderOptions#paperSize()}), with a title block, bookmarks that mirror the sections, clickable
 * links, endnotes linked both ways, a running footer with "page N of M", and document information,
 * XMP metadata and language set from the statement.
 *
 * <p>Text is set in the bundled DejaVu Serif and DejaVu Sans (Latin, Greek, Cyrillic and more;
 * licence in {@code META-INF/LICENSE-DejaVu.txt}), embedded as subsets. A character those fonts
 * lack is looked up in the {@linkplain Builder#fallbackFont(Path) fallback fonts} given to the
 * builder; one that no font has is printed as U+FFFD and reported by {@link #renderWithReport}
 * and {@link #unsupportedCodePoints}. Right-to-left scripts count as unsupported, since the PDF
 * engine (OpenPDF) would set them in the wrong order.
 *
 * <p>With {@link RenderOptions#deterministic()} (the default) the same statement and options give
 * byte-identical files: the dates in the file are the statement's own date (or absent), and the
 * document ID and font subset names derive from the content. Otherwise the file carries the time
 * of rendering and a random ID, as PDF writers usually do.
 *
 * <p>Of the {@link RenderOptions}, the PDF renderer reads the paper size, the quote style and
 * {@code deterministic}; text width, fragment, stylesheet and theme concern other formats.
 *
 * <p>Immutable and thread-safe; build once and reuse. Pages are written to the stream as they
 * fill, so memory use does not grow with the length of the statement.
 *
 * <pre>{@code
 * PdfRenderer pdf = PdfRenderer.create();
 * try (OutputStream out = Files.newOutputStream(Path.of("statement.pdf"))) {
 *   pdf.render(statement, RenderOptions.defaults(), out);
 * }
 * }</pre>
 */
public final class PdfRenderer implements Renderer {
  /** The size of running text in points unless {@link Builder#fontSize} says otherwise. */
  public static final float DEFAULT_FONT_SIZE = 10.5f;

  /** The accent colour (headings, rules, links) unless {@link Builder#accentColor} says otherwise. */
  public static final int DEFAULT_ACCENT_COLOR = 0x1F4E79;

  private static final String CREATOR = "Communique " + version();

  private final PdfSession.Settings settings;

  /** A renderer with the defaults; the same as {@link #create()}, for {@link java.util.ServiceLoader}. */
  public PdfRenderer() {
    this(new Builder());
  }

  private PdfRenderer(Builder builder) {
    this(new PdfSession.Settings(
        builder.fontSize, builder.accentColor, builder.fallbackFonts, builder.limits,
        builder.compressFonts, CREATOR));
  }

  private PdfRenderer(PdfSession.Settings settings) {
    this.settings = settings;
  }

  /** A renderer with the defaults. */
  public static PdfRenderer create() {
    return new PdfRenderer();
  }

  /**
   * This renderer, with its other settings, refusing statements nested deeper than {@code
   * limits}.
   */
  @Override
  public PdfRenderer withLimits(Limits limits) {
    return new PdfRenderer(settings.withLimits(Objects.requireNonNull(limits, "limits")));
  }

  /**
   * This renderer, with its other settings, compressing the embedded font programs or storing
   * them as they are ({@link Builder#compressFonts}).
   */
  public PdfRenderer withCompressedFonts(boolean compress) {
    return new PdfRenderer(settings.withCompressFonts(compress));
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public String mediaType() {
    return "application/pdf";
  }

  @Override
  public String fileExtension() {
    return "pdf";
  }

  @Override
  public void render(Statement statement, RenderOptions options, OutputStream out)
      throws IOException {
    renderWithReport(statement, options, out);
  }

  /**
   * Renders like {@link #render} and tells how it went: the page count and the characters that
   * no font could draw.
   *
   * @throws RenderException when the statement nests deeper than the {@link Builder#limits
   *     limits}, before anything is written; or, with limits raised so far that the thread's stack
   *     cannot walk the statement, when the stack runs out, after some pages may have been written
   */
  public PdfReport renderWithReport(Statement statement, RenderOptions options, OutputStream out)
      throws IOException {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(out, "out");
    // Pages go to the stream as they fill: refuse a statement too deep before the first one.
    Nesting.check(statement, settings.limits()).ifPresent(tooDeep -> {
      throw DepthRefusal.of(tooDeep.kind(), tooDeep.limit());
    });
    PdfSession.Result result;
    try {
      result = new PdfSession(settings, statement, options).render(out);
    } catch (StackOverflowError e) {
      // Only with limits raised past what the thread's stack can walk; some pages may be out.
      throw new RenderException(Nesting.beyondTheStack(statement, settings.limits(),
          "cannot render the statement as PDF", "PdfRenderer.builder().limits"), e);
    }
    return new PdfReport(result.pages(), result.unsupportedCodePoints());
  }

  /**
   * The code points of {@code statement} that no font of this renderer can draw, in ascending
   * order; each would be printed as U+FFFD. Found by rendering with the default options and
   * discarding the bytes, so it covers exactly what a render prints (labels and dates included).
   */
  public SortedSet<Integer> unsupportedCodePoints(Statement statement) {
    try {
      return renderWithReport(statement, RenderOptions.defaults(), OutputStream.nullOutputStream())
          .unsupportedCodePoints();
    } catch (IOException e) {
      throw new IllegalStateException("the null stream does not fail", e);
    }
  }

  private static String version() {
    try (InputStream in = PdfRenderer.class.getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      String version = properties.getProperty("version", "");
      return version.isEmpty() || version.startsWith("$") ? "(development)" : version;
    } catch (IOException e) {
      return "(development)";
    }
  }

  /** Builds a {@link PdfRenderer}; every setting names its default. */
  public static final class Builder {
    private float fontSize = DEFAULT_FONT_SIZE;
    private int accentColor = DEFAULT_ACCENT_COLOR;
    private final List<LoadedFont> fallbackFonts = new ArrayList<>();
    private Limits limits = Limits.defaults();
    private boolean compressFonts;

    private Builder() {}

    /**
     * The size of running text in points, from 6 to 24; headings, notes and labels scale with it.
     * Defaults to {@value PdfRenderer#DEFAULT_FONT_SIZE}.
     */
    public Builder fontSize(float points) {
      if (!(points >= 6 && points <= 24)) {
        throw new IllegalArgumentException("font size must be between 6 and 24 points, got " + points);
      }
      this.fontSize = points;
      return this;
    }

    /**
     * The colour of headings, rules, the kicker and links, as 0xRRGGBB; defaults to {@link
     * #DEFAULT_ACCENT_COLOR} (a dark blue). Choose a dark colour: it also colours text.
     */
    public Builder accentColor(int rgb) {
      if (rgb < 0 || rgb > 0xFFFFFF) {
        throw new IllegalArgumentException(
            "accent colour must be 0xRRGGBB, got 0x" + Integer.toHexString(rgb));
      }
      this.accentColor = rgb;
      return this;
    }

    /**
     * Adds a TrueType or OpenType font (a {@code .ttf} or {@code .otf} file) to try, after the
     * bundled fonts and the fallback fonts added before, for characters they lack: a Noto CJK
     * or Noto Sans Symbols font, for instance. It is embedded as a subset when used, so its
     * licence must allow embedding. None by default.
     *
     * @throws IOException when the file cannot be read or is not a font OpenPDF can embed
     */
    public Builder fallbackFont(Path file) throws IOException {
      fallbackFonts.add(LoadedFont.parse(file.getFileName().toString(), Files.readAllBytes(file)));
      return this;
    }

    /**
     * How deeply content may nest (sections, quotations, boxes) before rendering stops with a
     * {@link io.github.communique.render.RenderException}; defaults to {@link Limits#defaults()}.
     */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Whether the embedded font subsets are compressed. Off by default, for speed: compressing
     * them takes about half the time of a one-page statement's render, and they are a small part
     * of a long one. Turn it on where file size matters more than rendering time (mail, archives):
     * a one-page statement is then about 80 KB instead of about 120 KB, a hundred-page one about
     * 5 % smaller. Text, layout and fonts are the same either way.
     */
    public Builder compressFonts(boolean compress) {
      this.compressFonts = compress;
      return this;
    }

    public PdfRenderer build() {
      return new PdfRenderer(this);
    }
  }
}
