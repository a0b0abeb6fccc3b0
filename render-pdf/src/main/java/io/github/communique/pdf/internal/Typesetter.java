package io.github.communique.pdf.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns text into OpenPDF chunks, choosing for every character the first font of a chain that
 * has a glyph for it. Every character that reaches the page goes through here, so this is where
 * unsupported characters are caught and reported. Per render: holds the render's fonts.
 *
 * <p>The fallback chain for a run is: the face the style asks for (DejaVu Serif or Sans in the
 * right weight and slant), DejaVu Sans in the same weight, DejaVu Sans regular, DejaVu Serif,
 * then the caller's extra fonts in order. A character none of them has is drawn as U+FFFD (the
 * replacement character, from the first font that has it) and reported, except:
 *
 * <ul>
 *   <li>tabs, line feeds and other line-ending controls are spaces (line breaks are {@code
 *       LineBreak} inlines);
 *   <li>a soft hyphen is left out (OpenPDF would print it as a hyphen mid-line), and so is any
 *       other default-ignorable, invisible character (joiners, variation selectors, bidi marks)
 *       that no font has, as Unicode asks of renderers that cannot show them;
 *   <li>right-to-left letters (Hebrew, Arabic…) count as unsupported even though DejaVu Sans has
 *       glyphs for some: OpenPDF would set them left to right and unjoined, which reads as
 *       garbage.
 * </ul>
 */
final class Typesetter {
  private static final int REPLACEMENT = 0xFFFD;

  private final List<LoadedFont> extraFonts;
  private final boolean compressFonts;
  private final Map<TextStyle, StyleFonts> fonts = new HashMap<>();
  /** The font file behind each OpenPDF font this render made. */
  private final Map<Font, LoadedFont> sources = new java.util.IdentityHashMap<>();
  private final SortedSet<Integer> unsupported = new TreeSet<>();
  private final StringBuilder run = new StringBuilder();
  private char[] chars = new char[256];
  /** The chunk text of the same font and no decoration may still be appended to, and where. */
  private Chunk open;
  private Phrase openIn;
  private boolean openSplitsUrls;
  private Font spacer;
  private TextStyle lastStyle;
  private StyleFonts lastChain;

  Typesetter(List<LoadedFont> extraFonts, boolean compressFonts) {
    this.extraFonts = extraFonts;
    this.compressFonts = compressFonts;
  }

  /** Code points that no font could draw, in order. */
  SortedSet<Integer> unsupported() {
    return unsupported;
  }

  /** Appends {@code text} to {@code target} in {@code style}, carrying {@code decor}. */
  void add(Phrase target, String text, TextStyle style, Decor decor) {
    int n = text.length();
    if (n == 0) {
      return;
    }
    StyleFonts chain = chain(style);
    char[] chars = chars(n);
    text.getChars(0, n, chars, 0); // one copy, then a plain array scan (charAt is slower)
    LoadedFont first = chain.loaded(0);
    boolean slash = false;
    int i = 0;
    // Fast path: the whole string is ordinary text the first font has, so it is one chunk.
    for (; i < n; i++) {
      char c = chars[i];
      if (c < 0x7F) {
        if (c < ' ') {
          break;
        }
        slash |= c == '/';
      } else if (!ordinary(c, first)) {
        break;
      }
    }
    if (i == n) {
      emit(target, text, chain, 0, style, decor, slash);
      return;
    }
    setMixed(target, text, chain, style, decor);
  }

  private char[] chars(int length) {
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
    }
    return chars;
  }

  /** Printable, left to right, no surrogate, and in {@code font}; for {@code c} beyond ASCII. */
  private static boolean ordinary(char c, LoadedFont font) {
    if (c < 0xA0 || c == 0xAD || Character.isSurrogate(c)) {
      return false;
    }
    return font.covers(c) && !rightToLeft(c);
  }

  private void setMixed(Phrase target, String text, StyleFonts chain, TextStyle style, Decor decor) {
    run.setLength(0);
    int runFont = -1;
    boolean slash = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85
          || c == 0x2028 || c == 0x2029) {
        c = ' ';
      } else if (c == 0xAD) {
        continue; // soft hyphen: see the class comment
      }
      int font = pick(chain, c);
      if (font < 0) {
        if (ignorable(c)) {
          continue;
        }
        unsupported.add(c);
        c = REPLACEMENT;
        font = Math.max(0, pick(chain, c));
      }
      if (font != runFont && run.length() > 0) {
        emit(target, run.toString(), chain, runFont, style, decor, slash);
        decor = decor.withoutDestination();
        run.setLength(0);
        slash = false;
      }
      runFont = font;
      run.appendCodePoint(c);
      slash |= c == '/';
    }
    if (run.length() > 0) {
      emit(target, run.toString(), chain, runFont, style, decor, slash);
    }
  }

  /** The index in the chain of the first font that can draw {@code c}, or -1. */
  private static int pick(StyleFonts chain, int c) {
    if (c < ' ' || c >= 0x7F && c < 0xA0 || rightToLeft(c)) {
      return -1;
    }
    for (int f = 0; f < chain.size; f++) {
      if (chain.loaded(f).covers(c)) { // loads a fallback face only when text needs it
        return f;
      }
    }
    return -1;
  }

  private static boolean rightToLeft(int c) {
    if (c < 0x590) {
      return false;
    }
    byte d = Character.getDirectionality(c);
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }

  /** Invisible characters a renderer may leave out when it cannot draw them. */
  private static boolean ignorable(int c) {
    return Character.getType(c) == Character.FORMAT
        || c >= 0xFE00 && c <= 0xFE0F
        || c >= 0xE0100 && c <= 0xE01EF
        || c == 0x034F;
  }

  /**
   * Adds {@code text} as a chunk, or appends it to the phrase's last chunk when that is plain text
   * in the same font: one chunk per run of a style, whatever the number of text nodes and
   * quotation marks it comes from. OpenPDF's own merging (in {@code Phrase.add}) copies the whole
   * chunk text for every piece, and copies every chunk once more.
   */
  private void emit(
      Phrase target, String text, StyleFonts chain, int font, TextStyle style, Decor decor,
      boolean slash) {
    Font pdfFont = chain.font(font, style);
    if (decor == Decor.NONE && open != null && openIn == target && open.getFont() == pdfFont
        && target.get(target.size() - 1) == open) {
      open.append(text);
      if (slash && !openSplitsUrls) {
        open.setSplitCharacter(UrlSplitCharacter.INSTANCE);
        openSplitsUrls = true;
      }
      return;
    }
    Chunk chunk = new Chunk(text, pdfFont);
    if (decor != Decor.NONE) {
      if (decor.uri() != null) {
        chunk.setAnchor(decor.uri());
      }
      if (decor.localGoto() != null) {
        chunk.setLocalGoto(decor.localGoto());
      }
      if (decor.destination() != null) {
        chunk.setLocalDestination(decor.destination());
      }
      if (decor.rise() != 0) {
        chunk.setTextRise(decor.rise());
      }
      if (decor.tracking() != 0) {
        chunk.setCharacterSpacing(decor.tracking());
      }
    }
    if (slash) {
      chunk.setSplitCharacter(UrlSplitCharacter.INSTANCE);
    }
    target.add(target.size(), chunk); // as it is: Phrase.add(Element) would copy it
    if (decor == Decor.NONE) {
      open = chunk;
      openIn = target;
      openSplitsUrls = slash;
    } else {
      open = null;
    }
  }

  /** A font too small to see, for the spaces OpenPDF sets to make room between paragraphs. */
  Font spacer() {
    if (spacer == null) {
      LoadedFont sans = BundledFonts.SANS.common().compressed(compressFonts);
      spacer = new Font(sans.baseFont(), 0.01f);
      sources.put(spacer, sans);
    }
    return spacer;
  }

  /** The font file {@code font} was made from, or null when this typesetter did not make it. */
  LoadedFont source(Font font) {
    return sources.get(font);
  }

  /** The first font of {@code style}'s chain, for text drawn directly (page numbers). */
  Font font(TextStyle style) {
    return chain(style).font(0, style);
  }

  /** Ends the line inside a paragraph (a {@code LineBreak}). */
  void newline(Phrase target, TextStyle style) {
    target.add(new Chunk("\n", chain(style).font(0, style)));
  }

  /** The width in points that {@code phrase} takes on one line. */
  static float width(Phrase phrase) {
    float width = 0;
    for (Object element : phrase) {
      if (element instanceof Chunk chunk) {
        width += chunk.getWidthPoint();
      }
    }
    return width;
  }

  private StyleFonts chain(TextStyle style) {
    if (style == lastStyle) {
      return lastChain; // runs of one style follow each other: skip the hash lookup
    }
    StyleFonts chain = fonts.get(style);
    if (chain == null) {
      chain = new StyleFonts(fallbackChain(style), extraFonts, compressFonts, sources);
      fonts.put(style, chain);
    }
    lastStyle = style;
    lastChain = chain;
    return chain;
  }

  /**
   * The bundled faces to try, in order, per family, weight and slant (index {@link
   * #chainIndex}): made once, since they depend on nothing else and every render asks for them.
   */
  private static final BundledFonts[][] CHAINS = new BundledFonts[8][];

  static {
    for (int i = 0; i < CHAINS.length; i++) {
      boolean sans = (i & 4) != 0;
      boolean bold = (i & 2) != 0;
      boolean italic = (i & 1) != 0;
      List<BundledFonts> chain = new ArrayList<>(4);
      chain.add(sans ? BundledFonts.sans(bold) : BundledFonts.serif(bold, italic));
      for (BundledFonts face :
          List.of(BundledFonts.sans(bold), BundledFonts.SANS, BundledFonts.SERIF)) {
        if (!chain.contains(face)) {
          chain.add(face);
        }
      }
      CHAINS[i] = chain.toArray(new BundledFonts[0]);
    }
  }

  private static int chainIndex(TextStyle style) {
    return (style.sans() ? 4 : 0) | (style.bold() ? 2 : 0) | (style.italic() ? 1 : 0);
  }

  /** The bundled faces to try for {@code style}, in order, without loading any; not to be modified. */
  private static BundledFonts[] fallbackChain(TextStyle style) {
    return CHAINS[chainIndex(style)];
  }

  /**
   * A style's fallback chain: the bundled faces, then the caller's fonts. Each font is loaded on
   * first use, and so is its OpenPDF font: a statement in Latin script never parses the faces
   * that only its Cyrillic or symbols would need.
   */
  private static final class StyleFonts {
    final int size;
    private final BundledFonts[] faces;
    private final List<LoadedFont> extraFonts;
    private final boolean compressFonts;
    private final LoadedFont[] fonts;
    private final Font[] pdfFonts;
    private final Map<Font, LoadedFont> sources;

    StyleFonts(BundledFonts[] faces, List<LoadedFont> extraFonts, boolean compressFonts,
        Map<Font, LoadedFont> sources) {
      this.faces = faces;
      this.extraFonts = extraFonts;
      this.compressFonts = compressFonts;
      this.size = 2 * faces.length + extraFonts.size();
      this.fonts = new LoadedFont[size];
      this.pdfFonts = new Font[size];
      this.sources = sources;
    }

    /** Each bundled face's common part comes before the whole face (see BundledFonts). */
    private LoadedFont face(int index) {
      BundledFonts face = faces[index / 2];
      return index % 2 == 0 ? face.common() : face.font();
    }

    LoadedFont loaded(int index) {
      LoadedFont font = fonts[index];
      if (font == null) {
        font = (index < 2 * faces.length ? face(index) : extraFonts.get(index - 2 * faces.length))
            .compressed(compressFonts);
        fonts[index] = font;
      }
      return font;
    }

    Font font(int index, TextStyle style) {
      Font font = pdfFonts[index];
      if (font == null) {
        // The sans family has no italic: OpenPDF slants it (Font.ITALIC on an upright face), and
        // so every face after the style's own (index / 2: two slots, common part and whole, each).
        boolean slant = style.italic() && (style.sans() || index / 2 > 0);
        font =
            new Font(
                loaded(index).baseFont(),
                style.size(),
                slant ? Font.ITALIC : Font.NORMAL,
                style.rgb() == 0 ? null : new Color(style.rgb())); // black is the default
        pdfFonts[index] = font;
        sources.put(font, loaded(index));
      }
      return font;
    }
  }
}
