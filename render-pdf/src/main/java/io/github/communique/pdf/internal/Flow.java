package io.github.communique.pdf.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The page flow: sets paragraphs line by line down the pages and hands tables to OpenPDF, in place
 * of OpenPDF's own {@code Document.add}.
 *
 * <p>It breaks lines and places them exactly as OpenPDF's {@code PdfDocument}, {@code PdfLine} and
 * {@code PdfChunk} do (left-aligned text: the same greedy breaks at the same split characters,
 * the same leading, the same paragraph spacing and page-break rules), so pages look the same. It
 * is several times faster: it measures text from width tables (see {@link LoadedFont#points})
 * instead of a boxed map look-up per character, works on offsets instead of a substring per line,
 * makes no line or chunk objects, writes each character's glyph index from a table once OpenPDF
 * has set the character once, and writes a font, colour or position only when it changes.
 * Paragraph spacing is a gap, not a line holding a space in a tiny font, so text extraction no
 * longer reads an empty line between paragraphs.
 *
 * <p>Supports what the layout uses: fonts (with OpenPDF's slant for {@code Font.ITALIC}), colours,
 * web links, links and names within the document, raised text, letter spacing, split characters,
 * tab stops, line breaks ({@code "\n"}), indentation and first-line indentation.
 */
final class Flow {
  /** OpenPDF's slant for an upright face set in {@code Font.ITALIC}. */
  private static final float ITALIC_ANGLE = 0.21256f;
  private static final char[] SINGLE_SPACE = {' '};

  private final Document document;
  private final PdfWriter writer;
  private final PdfContentByte canvas;
  private final SideRules rules;
  private final float top;
  private final float bottom;
  private final float left;
  private final float right;

  private final Typesetter typesetter;
  private final Map<Font, Face> faces = new IdentityHashMap<>();
  /** The glyph indexes of the characters set so far, per font, in this render. */
  private final Map<BaseFont, Glyphs> glyphTables = new IdentityHashMap<>();
  private PdfContentByte recorder;
  private byte[] textBytes = new byte[1024];
  private final Line line = new Line();

  /** How far down from the top the text on this page reaches, in points. */
  private float currentHeight;
  private float leading;
  private float indent;
  /** Where the last line placed on this page stands. */
  private float lastBaseline;
  /** Nothing placed on this page yet: space above is left out at the top of a page. */
  private boolean pageEmpty = true;

  // What the content stream is set to; a null face or colour state is unknown.
  private boolean inText;
  private BaseFont setFont;
  private float setSize;
  private Color setColor;
  private boolean colorKnown;

  // The text being set, and the result of split() and truncate() as offsets into it.
  private char[] chars = new char[512];
  private int pieceStart;
  private int pieceEnd;
  private int pieceUnits;
  private boolean pieceIsSpace;
  private int overflow;

  Flow(Document document, PdfWriter writer, Typesetter typesetter, SideRules rules) {
    this.document = document;
    this.typesetter = typesetter;
    this.writer = writer;
    this.canvas = writer.getDirectContent();
    this.rules = rules;
    this.top = document.top();
    this.bottom = document.bottom();
    this.left = document.left();
    this.right = document.right();
    this.lastBaseline = top;
    line.reset(left, right, 0);
  }

  /** The vertical position the next line hangs from. */
  float y() {
    return top - currentHeight;
  }

  float bottom() {
    return bottom;
  }

  float left() {
    return left;
  }

  float width() {
    return right - left;
  }

  void add(Element element) {
    if (element instanceof Paragraph paragraph) {
      paragraph(paragraph);
    } else if (element instanceof PdfPTable table) {
      table(table);
    } else {
      throw new IllegalArgumentException("the page flow takes paragraphs and tables, not " + element);
    }
  }

  /** Starts a rule beside what comes next, {@code width} wide at the left margin. */
  SideRules.Rule openRule(float width, Color color) {
    return rules.open(left(), width, color);
  }

  /** Ends {@code rule} {@code below} points under what was written last. */
  void closeRule(SideRules.Rule rule, float below) {
    rules.close(rule, writer, y() - below);
  }

  /** Ends the page unless nothing is on it. */
  void newPage() {
    if (pageEmpty) {
      return;
    }
    endText();
    rules.endPage(writer, Math.min(lastBaseline, y()));
    document.newPage();
    currentHeight = 0;
    lastBaseline = top;
    pageEmpty = true;
    forgetState();
    rules.startPage(top);
  }

  /** Closes the text object: before the document closes, or anything else draws. */
  void finish() {
    endText();
  }

  // OpenPDF's PdfDocument.add(Paragraph).
  private void paragraph(Paragraph paragraph) {
    addSpacing(paragraph.getSpacingBefore(), leading);
    leading = paragraph.getTotalLeading();
    carriageReturn();
    if (currentHeight + line.height + leading > top - bottom) {
      newPage();
    }
    indent = paragraph.getIndentationLeft();
    carriageReturn();
    rules.start(y());
    line.extraIndent(paragraph.getFirstLineIndent());
    for (Element element : paragraph) {
      if (element instanceof Chunk chunk) {
        chunk(chunk);
      } else {
        throw new IllegalArgumentException("a paragraph in the page flow holds chunks, not " + element);
      }
    }
    carriageReturn();
    addSpacing(paragraph.getSpacingAfter(), paragraph.getTotalLeading());
    indent = 0;
    carriageReturn();
  }

  // OpenPDF's PdfDocument.addSpacing: a line as high as the space, left out at the top of a page
  // and where it would not fit.
  private void addSpacing(float space, float oldLeading) {
    if (space == 0 || pageEmpty) {
      return;
    }
    if (currentHeight + line.height + leading > top - bottom) {
      return;
    }
    leading = space;
    carriageReturn();
    line.spacer = true;
    carriageReturn();
    leading = oldLeading;
  }

  // OpenPDF's PdfDocument.carriageReturn: places the line when a leading to spare remains below
  // it; else ends the page, the line still set at its foot (as PdfDocument.flushLines does).
  private void carriageReturn() {
    boolean placed = line.size > 0 || line.spacer;
    if (currentHeight + line.height + leading < top - bottom) {
      if (placed) {
        currentHeight += line.height;
        pageEmpty = false;
        write(line, top - currentHeight);
      }
    } else if (!pageEmpty) {
      if (placed) {
        write(line, top - currentHeight - line.height);
      }
      newPage();
    } else if (placed) { // a line higher than the page: OpenPDF would drop it
      currentHeight += line.height;
      write(line, top - currentHeight);
    }
    line.reset(left + indent, right, leading);
  }

  // OpenPDF's PdfDocument.addPTable: the table through ColumnText, page after page.
  private void table(PdfPTable table) {
    carriageReturn();
    endText();
    if (rules.waiting()) {
      rules.start(y() - (currentHeight > 0 ? table.spacingBefore() : 0));
    }
    ColumnText column = new ColumnText(canvas);
    if (currentHeight > 0) {
      Paragraph spaceBefore = new Paragraph(); // so that the table's space above counts
      spaceBefore.setLeading(0);
      column.addElement(spaceBefore);
    }
    column.addElement(table);
    int stuck = 0;
    while (true) {
      column.setSimpleColumn(left, bottom, right, top - currentHeight);
      int status;
      try {
        status = column.go();
      } catch (com.lowagie.text.DocumentException e) {
        throw new IllegalStateException("OpenPDF could not set a table", e);
      }
      forgetState();
      lastBaseline = column.getYLine();
      if ((status & ColumnText.NO_MORE_TEXT) != 0) {
        currentHeight = top - column.getYLine();
        break;
      }
      stuck = top - currentHeight == column.getYLine() ? stuck + 1 : 0;
      if (stuck == 3) {
        throw new IllegalStateException("a table does not fit on an empty page");
      }
      pageEmpty = false;
      newPage();
    }
    pageEmpty = false;
    line.reset(left + indent, right, leading);
  }

  // OpenPDF's PdfDocument.add(Chunk) with PdfLine.add: fills lines with the chunk's text. The
  // text is worked on as offsets into one copy of it, where OpenPDF makes a substring per line.
  private void chunk(Chunk chunk) {
    Face face = face(chunk.getFont());
    Run style = style(chunk, face);
    pageEmpty = false;
    if (style.tab >= 0) {
      line.width = line.originalWidth - style.tab;
      line.add(style, "", 0);
      return;
    }
    String value = chunk.getContent();
    int end = value.length();
    if (chars.length < end) {
      chars = new char[Math.max(end, chars.length * 2)];
    }
    value.getChars(0, end, chars, 0);
    int start = 0;
    while (start < end) {
      int rest = addToLine(value, start, end, style);
      if (rest < 0) {
        return;
      }
      carriageReturn();
      start = end - rest > 1 && chars[rest] == ' ' ? rest + 1 : rest; // PdfChunk.trimFirstSpace
    }
  }

  // PdfLine.add: what of value[start, end) fits goes on the line; returns where the rest
  // starts, or -1.
  private int addToLine(String value, int start, int end, Run style) {
    split(start, end, style, line.width);
    int rest = overflow;
    if (pieceEnd > pieceStart || pieceIsSpace) {
      if (rest >= 0 && pieceEnd - pieceStart > 1 && chars[pieceEnd - 1] == ' ') {
        pieceEnd--; // PdfChunk.trimLastSpace
        pieceUnits -= style.face.units.units(' ');
      }
      String text = pieceIsSpace ? " " : value.substring(pieceStart, pieceEnd);
      // PdfChunk.width: the whole units of the text, scaled once.
      float width = pieceUnits * 0.001f * style.face.size;
      if (style.tracking != 0) {
        width += text.length() * style.tracking;
      }
      line.width -= width;
      line.add(style, text, width);
    } else if (line.size == 0) {
      truncate(start, end, style, line.width);
      rest = overflow;
      String text = value.substring(pieceStart, pieceEnd);
      float width = width(text, style);
      line.width -= width;
      if (!text.isEmpty()) {
        line.add(style, text, width);
        return rest;
      }
      if (rest >= 0) {
        String all = value.substring(rest, end);
        line.add(style, all, width(all, style));
      }
      return -1;
    } else {
      line.width += line.trimLastSpace();
    }
    return rest;
  }

  // PdfChunk.split: the longest start of chars[start, end) that fits width, broken after a
  // split character; sets pieceStart/pieceEnd (or pieceIsSpace) and overflow (-1 when all fits).
  private void split(int start, int end, Run style, float width) {
    char[] chars = this.chars;
    float[] points = style.face.points;
    int[] table = style.face.unitTable;
    LoadedFont font = style.face.units;
    SplitCharacter splitter = style.splitter;
    float tracking = style.tracking;
    pieceStart = start;
    pieceIsSpace = false;
    int position = start;
    int splitPosition = -1;
    int lastSpace = -1;
    float current = 0;
    // The width in whole units too, at the break candidates, for PdfChunk.width of the piece.
    int units = 0;
    int unitsAtSplit = 0;
    int unitsAtSpace = 0;
    while (position < end) {
      char c = chars[position];
      if (c == '\r' || c == '\n') {
        int skip = c == '\r' && position + 1 < end && chars[position + 1] == '\n' ? 2 : 1;
        overflow = position + skip;
        pieceEnd = position;
        pieceIsSpace = position == start; // OpenPDF keeps a space for an empty line
        pieceUnits = pieceIsSpace ? font.units(' ') : units;
        return;
      }
      boolean surrogate = Character.isHighSurrogate(c) && position + 1 < end
          && Character.isLowSurrogate(chars[position + 1]);
      float w;
      if (surrogate) {
        int codePoint = Character.toCodePoint(c, chars[position + 1]);
        w = charWidth(codePoint, style);
        units += font.units(codePoint);
      } else {
        units += c < table.length ? table[c] : font.units(c);
        if (c >= 0x200b && (c <= 0x200f || c >= 0x202a && c <= 0x202e)) {
          w = 0; // PdfChunk.noPrint
        } else {
          w = c < points.length ? points[c] : style.face.width(c);
          if (tracking != 0) {
            w += tracking;
          }
        }
      }
      current += w;
      if (c == ' ') {
        lastSpace = position + 1;
        unitsAtSpace = units;
      }
      if (surrogate) {
        position++;
      }
      if (current > width) {
        break;
      }
      if (splitter == null ? splitsDefault(chars[position])
          : splitter.isSplitCharacter(start, position, end, chars, null)) {
        splitPosition = position + 1;
        unitsAtSplit = units;
      }
      position++;
    }
    if (position == end) {
      pieceEnd = end;
      pieceUnits = units;
      overflow = -1;
      return;
    }
    if (splitPosition < 0) {
      pieceEnd = start;
      pieceUnits = 0;
      overflow = start;
      return;
    }
    if (lastSpace > splitPosition
        && (splitter == null || splitter.isSplitCharacter(0, 0, 1, SINGLE_SPACE, null))) {
      splitPosition = lastSpace;
      unitsAtSplit = unitsAtSpace;
    }
    overflow = splitPosition;
    int trimmed = splitPosition;
    while (trimmed > start && (chars[trimmed - 1] == ' ' || chars[trimmed - 1] == '\t')) {
      trimmed--;
      unitsAtSplit -= font.units(chars[trimmed]);
    }
    pieceEnd = trimmed;
    pieceUnits = unitsAtSplit;
  }

  /** DefaultSplitCharacter's rule, for chunks that use it. */
  private static boolean splitsDefault(char c) {
    if (c <= ' ' || c == '-' || c == '\u2010') {
      return true;
    }
    if (c < 0x2002) {
      return false;
    }
    return c <= 0x200b
        || c >= 0x2e80 && c < 0xd7a0
        || c >= 0xf900 && c < 0xfb00
        || c >= 0xfe30 && c < 0xfe50
        || c >= 0xff61 && c < 0xffa0;
  }

  // PdfChunk.truncate: a word longer than the line, cut where the line is full.
  private void truncate(int start, int end, Run style, float width) {
    char[] chars = this.chars;
    pieceStart = start;
    if (width < style.face.width(' ')) {
      pieceEnd = start + 1;
      overflow = start + 1;
      return;
    }
    int position = start;
    float current = 0;
    boolean surrogate = false;
    while (position < end) {
      surrogate = Character.isHighSurrogate(chars[position]) && position + 1 < end
          && Character.isLowSurrogate(chars[position + 1]);
      current += charWidth(
          surrogate ? Character.toCodePoint(chars[position], chars[position + 1]) : chars[position],
          style);
      if (current > width) {
        break;
      }
      if (surrogate) {
        position++;
      }
      position++;
    }
    if (position == end) {
      pieceEnd = end;
      overflow = -1;
      return;
    }
    if (position == start) {
      position = start + (surrogate ? 2 : 1);
    }
    pieceEnd = position;
    overflow = position;
  }

  // PdfChunk.getCharWidth.
  private static float charWidth(int c, Run style) {
    if (c >= 0x200b && c <= 0x200f || c >= 0x202a && c <= 0x202e) {
      return 0;
    }
    float width = style.face.width(c);
    return style.tracking == 0 ? width : width + style.tracking;
  }

  // PdfChunk.width: the font's width of the whole string (a sum of whole units, then scaled).
  private static float width(String text, Run style) {
    float width = style.face.width(text);
    return style.tracking == 0 ? width : width + text.length() * style.tracking;
  }

  /** The width {@code paragraph}'s text takes on one line, in points. */
  float measure(Paragraph paragraph) {
    float width = 0;
    for (Element element : paragraph) {
      if (element instanceof Chunk chunk && !chunk.isEmpty()) {
        Run style = style(chunk, face(chunk.getFont()));
        if (style.tab < 0) {
          width += width(chunk.getContent(), style);
        }
      }
    }
    return width;
  }

  // PdfDocument.writeLineToContent, for left-aligned text.
  private void write(Line line, float y) {
    lastBaseline = y;
    if (line.size == 0) {
      return; // the space between paragraphs
    }
    float x = line.left;
    boolean place = true;
    for (int i = 0; i < line.size; i++) {
      Run style = line.styles[i];
      String text = line.texts[i];
      float width = line.widths[i];
      if (style.tab >= 0) {
        x = line.left + style.tab;
        place = true;
        continue;
      }
      if (text.isEmpty()) {
        continue;
      }
      if (!inText) {
        canvas.beginText();
        inText = true;
        place = true;
      }
      Face face = style.face;
      if (face.font != setFont || face.size != setSize) {
        canvas.setFontAndSize(face.font, face.size);
        setFont = face.font;
        setSize = face.size;
      }
      if (!colorKnown || !java.util.Objects.equals(face.color, setColor)) {
        if (face.color == null) {
          canvas.resetRGBColorFill();
        } else {
          canvas.setColorFill(face.color);
        }
        setColor = face.color;
        colorKnown = true;
      }
      if (face.skew) {
        canvas.setTextMatrix(1, 0, ITALIC_ANGLE, 1, x, y);
      } else if (place) {
        canvas.moveText(x - canvas.getXTLM(), y - canvas.getYTLM());
      }
      place = face.skew;
      if (style.rise != 0) {
        canvas.setTextRise(style.rise);
      }
      if (style.tracking != 0) {
        canvas.setCharacterSpacing(style.tracking);
      }
      showText(face, text);
      if (style.rise != 0) {
        canvas.setTextRise(0);
      }
      if (style.tracking != 0) {
        canvas.setCharacterSpacing(0);
      }
      if (face.skew) {
        canvas.setTextMatrix(x + width, y);
        place = false;
      }
      if (style.action != null) {
        PdfAnnotation link =
            new PdfAnnotation(writer, x, y, x + width, y + face.size, style.action);
        link.setFlags(PdfAnnotation.FLAGS_PRINT);
        writer.addAnnotation(link);
      }
      if (style.localGoto != null) {
        canvas.localGoto(style.localGoto, x, y, x + width, y + face.size);
      }
      if (style.destination != null) {
        canvas.localDestination(
            style.destination, new PdfDestination(PdfDestination.XYZ, x, y + face.size, 0));
      }
      x += width;
    }
    registerAll();
  }

  /**
   * PdfContentByte.showText, for fonts whose text OpenPDF writes as glyph indexes (Unicode
   * TrueType/OpenType, Identity-H): writes the same bytes from this render's table of glyphs. A
   * character's first use in a render must still go through OpenPDF, which records the glyph for
   * the subset and the ToUnicode map: when the font already knows the glyph (another render set
   * the character), the character waits in the table's batch and {@link #register} hands the
   * line's new characters to OpenPDF in one call, in the order they came; otherwise OpenPDF sets it
   * alone and tells its index. After that no map look-up and boxed entry per character.
   */
  private void showText(Face face, String text) {
    Glyphs glyphs = face.glyphs;
    if (glyphs == null) {
      canvas.showText(text);
      return;
    }
    byte[] bytes = textBytes(text.length() * 4 + 4);
    int size = 0;
    bytes[size++] = '(';
    for (int i = 0, n = text.length(); i < n; i++) {
      int c = text.charAt(i);
      if (Character.isHighSurrogate((char) c) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        c = Character.toCodePoint((char) c, text.charAt(++i));
      }
      int glyph = glyphs.get(c);
      if (glyph == Glyphs.UNKNOWN) {
        glyph = firstUse(face, glyphs, c);
        glyphs.put(c, glyph);
      }
      if (glyph == Glyphs.NONE) {
        continue; // OpenPDF leaves out what the font cannot draw
      }
      size = escaped(bytes, size, glyph >> 8);
      size = escaped(bytes, size, glyph & 0xFF);
    }
    bytes[size++] = ')';
    bytes[size++] = 'T';
    bytes[size++] = 'j';
    bytes[size++] = '\n';
    canvas.getInternalBuffer().append(bytes, 0, size);
  }

  /** The glyph of {@code c}, set for the first time in this render in {@code face}'s font. */
  private int firstUse(Face face, Glyphs glyphs, int c) {
    int glyph = face.units.glyph(c);
    if (glyph == LoadedFont.GLYPH_UNKNOWN) {
      register(glyphs); // the characters before it first: the same order as one at a time
      glyph = record(face, c);
      face.units.learn(c, glyph);
    } else if (glyph != Glyphs.NONE) {
      glyphs.batch.appendCodePoint(c);
    }
    return glyph;
  }

  /** Has OpenPDF set the characters waiting in {@code glyphs}' batch, for the font's subset. */
  private void register(Glyphs glyphs) {
    if (glyphs.batch.length() == 0) {
      return;
    }
    PdfContentByte recorder = recorder();
    recorder.setFontAndSize(glyphs.font, 12);
    recorder.showText(glyphs.batch.toString());
    glyphs.batch.setLength(0);
  }

  /** Registers every batch; called at the end of each line, so nothing is drawn in between. */
  private void registerAll() {
    for (Glyphs glyphs : glyphTables.values()) {
      register(glyphs);
    }
  }

  private PdfContentByte recorder() {
    if (recorder == null) {
      recorder = new PdfContentByte(writer);
    }
    recorder.reset();
    return recorder;
  }

  private byte[] textBytes(int capacity) {
    if (textBytes.length < capacity) {
      textBytes = new byte[Math.max(capacity, textBytes.length * 2)];
    }
    return textBytes;
  }

  /** Has OpenPDF set {@code c} in {@code face}'s font, and reads back the glyph index it wrote. */
  private int record(Face face, int c) {
    PdfContentByte recorder = recorder();
    recorder.setFontAndSize(face.font, face.size);
    com.lowagie.text.pdf.ByteBuffer buffer = recorder.getInternalBuffer();
    int start = buffer.size();
    recorder.showText(new String(Character.toChars(c)));
    byte[] bytes = buffer.getBuffer();
    int end = buffer.size();
    int[] value = new int[2];
    int count = 0;
    for (int i = start + 1; i < end && bytes[i] != ')'; i++) { // "(" glyph bytes ")Tj"
      int b = bytes[i] & 0xFF;
      if (b == '\\') {
        b = switch (bytes[++i]) {
          case 'r' -> '\r';
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'b' -> '\b';
          case 'f' -> '\f';
          default -> bytes[i] & 0xFF;
        };
      }
      if (count < 2) {
        value[count] = b;
      }
      count++;
    }
    if (count == 0) {
      return Glyphs.NONE;
    }
    if (count != 2) {
      throw new IllegalStateException("OpenPDF wrote " + count + " bytes for one character");
    }
    return value[0] << 8 | value[1];
  }

  // PdfContentByte.escapeAndAppendString, one byte: puts it at bytes[size], returns the new size.
  private static int escaped(byte[] bytes, int size, int b) {
    byte escape = switch (b) {
      case '\r' -> 'r';
      case '\n' -> 'n';
      case '\t' -> 't';
      case '\b' -> 'b';
      case '\f' -> 'f';
      case '(', ')', '\\' -> (byte) b;
      default -> 0;
    };
    if (escape != 0) {
      bytes[size++] = '\\';
      bytes[size++] = escape;
    } else {
      bytes[size++] = (byte) b;
    }
    return size;
  }

  private void endText() {
    if (inText) {
      canvas.endText();
      inText = false;
    }
    forgetState();
  }

  /** After something else drew (a table, a new page), font and colour must be set again. */
  private void forgetState() {
    setFont = null;
    colorKnown = false;
  }

  private Face face(Font font) {
    Face face = faces.get(font);
    if (face == null) {
      BaseFont base = font.getBaseFont();
      if (base == null) {
        throw new IllegalArgumentException("a chunk in the page flow needs an embedded font");
      }
      LoadedFont units = typesetter.source(font);
      if (units == null) {
        throw new IllegalArgumentException("a chunk in the page flow needs a typesetter's font");
      }
      float size = font.getSize() == Font.UNDEFINED ? 12 : font.getSize();
      int style = font.getStyle() == Font.UNDEFINED ? Font.NORMAL : font.getStyle();
      Glyphs glyphs = null;
      if (base.getFontType() == BaseFont.FONT_TYPE_TTUNI && !base.isFontSpecific()) {
        glyphs = glyphTables.computeIfAbsent(base, Glyphs::new);
      }
      face = new Face(base, size, font.getColor(), (style & Font.ITALIC) != 0, units, glyphs);
      faces.put(font, face);
    }
    return face;
  }

  private static Run style(Chunk chunk, Face face) {
    if (!chunk.hasAttributes()) {
      return face.plain;
    }
    Map<String, Object> attributes = chunk.getChunkAttributes();
    Run run = new Run(face);
    if (attributes.get(Chunk.TAB) instanceof Object[] tab) {
      run.tab = (Float) tab[1];
    }
    if (attributes.get(Chunk.ACTION) instanceof PdfAction action) {
      run.action = action;
    }
    if (attributes.get(Chunk.LOCALGOTO) instanceof String name) {
      run.localGoto = name;
    }
    if (attributes.get(Chunk.LOCALDESTINATION) instanceof String name) {
      run.destination = name;
    }
    if (attributes.get(Chunk.SUBSUPSCRIPT) instanceof Float rise) {
      run.rise = rise;
    }
    if (attributes.get(Chunk.CHAR_SPACING) instanceof Float spacing) {
      run.tracking = spacing;
    }
    if (attributes.get(Chunk.SPLITCHARACTER) instanceof SplitCharacter splitter
        && splitter != DefaultSplitCharacter.DEFAULT) {
      run.splitter = splitter;
    }
    return run;
  }

  /** A font at a size and colour, with its widths. */
  private static final class Face {
    final BaseFont font;
    final float size;
    final Color color;
    final boolean skew;
    final LoadedFont units;
    final Run plain;
    /** Widths in points of the first characters, as OpenPDF computes them. */
    final float[] points;
    final int[] unitTable;
    /** Null when OpenPDF must convert the text itself. */
    final Glyphs glyphs;

    Face(BaseFont font, float size, Color color, boolean skew, LoadedFont units, Glyphs glyphs) {
      this.glyphs = glyphs;
      this.font = font;
      this.size = size;
      this.color = color;
      this.skew = skew;
      this.units = units;
      this.plain = new Run(this);
      this.points = units.points(size);
      this.unitTable = units.unitTable();
    }

    // BaseFont.getWidthPoint(int, float), the same float arithmetic.
    float width(int c) {
      return c < points.length ? points[c] : units.units(c) * 0.001f * size;
    }

    // BaseFont.getWidthPoint(String, float).
    float width(String text) {
      int total = 0;
      for (int i = 0, n = text.length(); i < n; i++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          total += units.units(Character.toCodePoint(c, text.charAt(++i)));
        } else {
          total += units.units(c);
        }
      }
      return total * 0.001f * size;
    }
  }

  /** How a run of text is set besides its face: links, names, rise, spacing, breaks, tab. */
  private static final class Run {
    final Face face;
    float tab = -1;
    PdfAction action;
    String localGoto;
    String destination;
    float rise;
    float tracking;
    SplitCharacter splitter;

    Run(Face face) {
      this.face = face;
    }
  }

  /** Code point to glyph index, filled as characters are first set. */
  private static final class Glyphs {
    static final int UNKNOWN = -2;
    static final int NONE = -1;
    private final int[][] pages = new int[0x1100][]; // 0x110000 code points, 256 a page
    final BaseFont font;
    /** Characters set for the first time in this render, not yet registered with OpenPDF. */
    final StringBuilder batch = new StringBuilder(64);

    Glyphs(BaseFont font) {
      this.font = font;
    }

    int get(int c) {
      int[] page = pages[c >> 8];
      return page == null ? UNKNOWN : page[c & 0xFF];
    }

    void put(int c, int glyph) {
      int[] page = pages[c >> 8];
      if (page == null) {
        page = new int[256];
        java.util.Arrays.fill(page, UNKNOWN);
        pages[c >> 8] = page;
      }
      page[c & 0xFF] = glyph;
    }
  }

  /** The line being filled: its runs, where it starts, how much room is left. */
  private static final class Line {
    Run[] styles = new Run[16];
    String[] texts = new String[16];
    float[] widths = new float[16];
    int size;
    boolean spacer;
    float left;
    float width;
    float originalWidth;
    float height;

    void reset(float left, float right, float height) {
      this.left = left;
      this.width = right - left;
      this.originalWidth = width;
      this.height = height;
      this.size = 0;
      this.spacer = false;
    }

    // PdfLine.setExtraIndent.
    void extraIndent(float extra) {
      left += extra;
      width -= extra;
      if (extra < 0) {
        originalWidth -= extra;
      }
    }

    void add(Run style, String text, float width) {
      if (size == styles.length) {
        styles = java.util.Arrays.copyOf(styles, size * 2);
        texts = java.util.Arrays.copyOf(texts, size * 2);
        widths = java.util.Arrays.copyOf(widths, size * 2);
      }
      styles[size] = style;
      texts[size] = text;
      widths[size] = width;
      size++;
    }

    // PdfChunk.trimLastSpace on the line's last run; returns the width given back.
    float trimLastSpace() {
      int last = size - 1;
      String text = texts[last];
      int n = text.length();
      if (n > 1 && text.charAt(n - 1) == ' ') {
        texts[last] = text.substring(0, n - 1);
        widths[last] = width(texts[last], styles[last]);
        return styles[last].face.width(' ');
      }
      return 0;
    }
  }
}
