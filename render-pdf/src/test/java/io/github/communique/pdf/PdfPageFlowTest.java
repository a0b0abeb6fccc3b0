package io.github.communique.pdf;

import static io.github.communique.model.Blocks.blockQuote;
import static io.github.communique.model.Blocks.item;
import static io.github.communique.model.Blocks.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.communique.model.Block;
import io.github.communique.model.ListItem;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Block quotations and list items are set in the page flow (indented paragraphs, not table
 * cells): a quotation's rule runs beside its text on every page it crosses, and list markers
 * hang in the indent, right-aligned, with every item's text starting at the same place.
 */
class PdfPageFlowTest {
  private static final String SENTENCE =
      "The river has seen floods before, and every time the valley rebuilt. What it has not seen"
          + " is a public body that kept its own results from the people who live by the water. ";

  @Test
  void aBlockQuotationsRuleRunsBesideItsTextOnEveryPageItCrosses() throws IOException {
    List<Block> quoted = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      quoted.add(paragraph("Quoted " + i + ". " + SENTENCE.repeat(2)));
    }
    StatementBuilder statement = Statement.builder("A long quotation");
    for (int i = 0; i < 6; i++) {
      statement.paragraph(SENTENCE.repeat(3));
    }
    statement.block(blockQuote(quoted.toArray(Block[]::new))).paragraph("After the quotation.");

    try (PDDocument pdf = Pdfs.load(Pdfs.render(statement.build()))) {
      int pagesWithQuotedText = 0;
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        List<float[]> rules = rules(pdf.getPage(page - 1));
        List<Float> baselines = quotedBaselines(pdf, page);
        if (baselines.isEmpty()) {
          assertThat(rules).as("page %d has no quoted text, so no rule", page).isEmpty();
          continue;
        }
        pagesWithQuotedText++;
        for (float y : baselines) {
          assertThat(rules)
              .as("a rule beside the quoted line at y=%s on page %d", y, page)
              .anySatisfy(r -> assertThat(y).isBetween(r[1], r[1] + r[3]));
        }
      }
      assertThat(pagesWithQuotedText).isGreaterThan(1);
    }
  }

  @Test
  void listMarkersHangRightAlignedBesideTextThatStartsInOnePlace() throws IOException {
    List<ListItem> items = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      items.add(item(paragraph("Item " + i + ": " + SENTENCE)));
    }
    Statement statement =
        Statement.builder("A list").block(new Block.OrderedList(8, items)).build();

    try (PDDocument pdf = Pdfs.load(Pdfs.render(statement))) {
      List<List<TextPosition>> lines = lines(pdf, 1);
      List<Float> markerEnds = new ArrayList<>();
      List<Float> textStarts = new ArrayList<>();
      for (List<TextPosition> line : lines) {
        String text = text(line);
        if (text.matches("\\d+\\.\\s*Item \\d.*")) { // the tab to the text is a move, no space
          int dot = text.indexOf('.');
          TextPosition end = line.get(dot);
          markerEnds.add(end.getXDirAdj() + end.getWidthDirAdj());
          textStarts.add(line.get(text.indexOf("Item")).getXDirAdj());
        }
      }
      assertThat(markerEnds).hasSize(6); // 8. to 13.: one and two digits
      assertThat(markerEnds).allSatisfy(x -> assertThat(x).isCloseTo(markerEnds.get(0), within()));
      assertThat(textStarts).allSatisfy(x -> assertThat(x).isCloseTo(textStarts.get(0), within()));
      assertThat(textStarts.get(0)).isGreaterThan(markerEnds.get(0));
    }
  }

  private static org.assertj.core.data.Offset<Float> within() {
    return org.assertj.core.data.Offset.offset(0.05f);
  }

  /** The filled rectangles 2.5 points wide on a page: x, y, width, height (PDF coordinates). */
  private static List<float[]> rules(PDPage page) throws IOException {
    List<float[]> rules = new ArrayList<>();
    List<Object> operands = new ArrayList<>();
    for (Object token : new PDFStreamParser(page).parse()) {
      if (token instanceof Operator operator) {
        if (operator.getName().equals("re") && operands.size() == 4) {
          float[] r = new float[4];
          for (int i = 0; i < 4; i++) {
            r[i] = ((COSNumber) operands.get(i)).floatValue();
          }
          if (Math.abs(r[2] - 2.5f) < 0.01f) {
            rules.add(r);
          }
        }
        operands.clear();
      } else {
        operands.add(token);
      }
    }
    return rules;
  }

  /** The baselines (PDF coordinates) of the indented lines, the quoted ones, on a page. */
  private static List<Float> quotedBaselines(PDDocument pdf, int page) throws IOException {
    List<Float> baselines = new ArrayList<>();
    float height = pdf.getPage(page - 1).getMediaBox().getHeight();
    for (List<TextPosition> line : lines(pdf, page)) {
      if (line.get(0).getXDirAdj() > 80) { // left margin 71.4, quotations 15.75 further in
        baselines.add(height - line.get(0).getYDirAdj());
      }
    }
    return baselines;
  }

  /** The characters of a page grouped into lines by baseline, each in reading order. */
  private static List<List<TextPosition>> lines(PDDocument pdf, int page) throws IOException {
    java.util.TreeMap<Integer, List<TextPosition>> byBaseline = new java.util.TreeMap<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
              byBaseline.computeIfAbsent(Math.round(p.getYDirAdj() * 10), y -> new ArrayList<>())
                  .add(p);
            }
          }
        };
    stripper.setSortByPosition(true);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(pdf);
    List<List<TextPosition>> lines = new ArrayList<>();
    for (List<TextPosition> line : byBaseline.values()) {
      line.sort(java.util.Comparator.comparing(TextPosition::getXDirAdj));
      lines.add(line);
    }
    return lines;
  }

  private static String text(List<TextPosition> line) {
    StringBuilder text = new StringBuilder();
    line.forEach(p -> text.append(p.getUnicode()));
    return text.toString();
  }
}
