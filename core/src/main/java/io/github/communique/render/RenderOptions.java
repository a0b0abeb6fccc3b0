package io.github.communique.render;

import static java.util.Objects.requireNonNull;

import io.github.communique.model.QuoteStyle;
import java.util.Optional;

/**
 * How to render: immutable and shared by every renderer; each renderer reads the options that
 * apply to its format and ignores the others. Start from {@link #defaults()} or {@link
 * #builder()}.
 *
 * @param textWidth the line width of plain text, in displayed columns
 * @param paperSize the page size of paged formats
 * @param quoteStyle a house quote style that overrides the marks of the statement's language
 * @param fragment {@code true} for just the statement, to embed in another page; {@code false}
 *     for a standalone document
 * @param stylesheet the stylesheet of HTML output
 * @param theme the colour scheme of HTML output
 * @param deterministic {@code true} to make output depend only on the statement and options (no
 *     clock, no random ids), so the same input gives the same bytes
 */
public record RenderOptions(
    int textWidth,
    PaperSize paperSize,
    Optional<QuoteStyle> quoteStyle,
    boolean fragment,
    Stylesheet stylesheet,
    Theme theme,
    boolean deterministic) {

  public static final int MIN_TEXT_WIDTH = 20;
  public static final int MAX_TEXT_WIDTH = 1000;

  private static final RenderOptions DEFAULTS = builder().build();

  public RenderOptions {
    if (textWidth < MIN_TEXT_WIDTH || textWidth > MAX_TEXT_WIDTH) {
      throw new IllegalArgumentException(
          "text width must be between " + MIN_TEXT_WIDTH + " and " + MAX_TEXT_WIDTH
              + " columns, got " + textWidth);
    }
    requireNonNull(paperSize, "paperSize");
    requireNonNull(quoteStyle, "quoteStyle");
    requireNonNull(stylesheet, "stylesheet");
    requireNonNull(theme, "theme");
  }

  /** Width 72, A4, the language's quote style, standalone, default stylesheet, deterministic. */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.textWidth = textWidth;
    b.paperSize = paperSize;
    b.quoteStyle = quoteStyle;
    b.fragment = fragment;
    b.stylesheet = stylesheet;
    b.theme = theme;
    b.deterministic = deterministic;
    return b;
  }

  /** The quote style for text in {@code languageTag}: the house style if set, else the language's. */
  public QuoteStyle quoteStyleFor(String languageTag) {
    return quoteStyle.orElseGet(() -> QuoteStyle.forLanguage(languageTag));
  }

  /** Builds {@link RenderOptions}; every setter names its default. */
  public static final class Builder {
    private int textWidth = 72;
    private PaperSize paperSize = PaperSize.A4;
    private Optional<QuoteStyle> quoteStyle = Optional.empty();
    private boolean fragment = false;
    private Stylesheet stylesheet = Stylesheet.DEFAULT;
    private Theme theme = Theme.AUTO;
    private boolean deterministic = true;

    private Builder() {}

    /** Line width of plain text in displayed columns; defaults to 72. */
    public Builder textWidth(int columns) {
      this.textWidth = columns;
      return this;
    }

    /** Page size of paged formats; defaults to {@link PaperSize#A4}. */
    public Builder paperSize(PaperSize paperSize) {
      this.paperSize = paperSize;
      return this;
    }

    /** A house quote style used for every language; defaults to the statement language's. */
    public Builder quoteStyle(QuoteStyle quoteStyle) {
      this.quoteStyle = Optional.of(quoteStyle);
      return this;
    }

    /** Render just the statement for embedding, not a whole document; defaults to false. */
    public Builder fragment(boolean fragment) {
      this.fragment = fragment;
      return this;
    }

    /** Stylesheet of HTML pages; defaults to {@link Stylesheet#DEFAULT}, embedded. */
    public Builder stylesheet(Stylesheet stylesheet) {
      this.stylesheet = stylesheet;
      return this;
    }

    /** Colour scheme; defaults to {@link Theme#AUTO}. */
    public Builder theme(Theme theme) {
      this.theme = theme;
      return this;
    }

    /** No clock or random ids in the output; defaults to true. */
    public Builder deterministic(boolean deterministic) {
      this.deterministic = deterministic;
      return this;
    }

    public RenderOptions build() {
      return new RenderOptions(
          textWidth, paperSize, quoteStyle, fragment, stylesheet, theme, deterministic);
    }
  }
}
