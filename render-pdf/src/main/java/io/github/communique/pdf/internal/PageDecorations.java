package io.github.communique.pdf.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.github.communique.render.Captions;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The running footer: a hairline, the statement's title on the left (shortened with an ellipsis
 * when it does not fit) and "Page N of M" on the right. M is unknown until the end, so each page
 * gets a small template that is filled in when the document closes. Also runs the closing step
 * that must happen after the last page and before OpenPDF writes fonts and trailer.
 */
final class PageDecorations extends PdfPageEventHelper {
  private final Layout layout;
  private final Captions captions;
  private final String title;
  private final Runnable onClose;
  private final TextStyle style;
  private final List<PdfTemplate> pageNumbers = new ArrayList<>();
  private final float numberWidth;
  private PdfTemplate footer;

  PageDecorations(Layout layout, Captions captions, String title, Runnable onClose) {
    this.layout = layout;
    this.captions = captions;
    this.title = title;
    this.onClose = onClose;
    this.style = layout.styles.footer();
    this.numberWidth =
        Typesetter.width(layout.phrase(captions.page(88888, 88888), style)) + style.size();
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte canvas = writer.getDirectContent();
    float left = document.left();
    float right = document.right();
    float baseline = document.bottom() - style.size() * 3.2f;
    float descent = style.size() * 0.4f;
    if (footer == null) {
      footer = footer(canvas, right - left, descent);
    }
    // The rule and the title are the same on every page: one form XObject, drawn on each.
    canvas.addTemplate(footer, left, baseline - descent);
    PdfTemplate number = canvas.createTemplate(numberWidth, style.size() * 1.5f);
    pageNumbers.add(number);
    canvas.addTemplate(number, right - numberWidth, baseline - descent);
  }

  private PdfTemplate footer(PdfContentByte canvas, float width, float descent) {
    PdfTemplate footer = canvas.createTemplate(width, style.size() * 2.5f);
    footer.saveState();
    footer.setColorStroke(new Color(Styles.RULE));
    footer.setLineWidth(0.5f);
    footer.moveTo(0, descent + style.size() * 1.4f);
    footer.lineTo(width, descent + style.size() * 1.4f);
    footer.stroke();
    footer.restoreState();
    float titleWidth = width - numberWidth;
    if (titleWidth >= style.size() * 6) { // else a page too narrow for both: the number wins
      Phrase title = fitted(this.title, titleWidth);
      ColumnText.showTextAligned(footer, Element.ALIGN_LEFT, title, 0, descent, 0);
    }
    return footer;
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    int pages = pageNumbers.size();
    float descent = style.size() * 0.4f;
    // Drawn directly rather than through the typesetter: the captions are this library's own
    // words, all in DejaVu Sans.
    Font font = layout.typesetter.font(style);
    for (int page = 1; page <= pages; page++) {
      PdfTemplate number = pageNumbers.get(page - 1);
      number.beginText();
      number.setFontAndSize(font.getBaseFont(), style.size());
      number.setColorFill(new Color(style.rgb()));
      number.showTextAligned(
          Element.ALIGN_RIGHT, captions.page(page, pages), numberWidth, descent, 0);
      number.endText();
    }
    onClose.run();
  }

  int pages() {
    return pageNumbers.size();
  }

  /** {@code text} in one line of {@code width} points, cut short with "…" when it is longer. */
  private Phrase fitted(String text, float width) {
    Phrase whole = layout.phrase(text, style);
    if (Typesetter.width(whole) <= width) {
      return whole;
    }
    int low = 0;
    int high = text.length();
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (Typesetter.width(layout.phrase(cut(text, mid), style)) <= width) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return layout.phrase(cut(text, low), style);
  }

  private static String cut(String text, int length) {
    if (length > 0 && Character.isHighSurrogate(text.charAt(length - 1))) {
      length--;
    }
    return text.substring(0, length).stripTrailing() + "…";
  }
}
