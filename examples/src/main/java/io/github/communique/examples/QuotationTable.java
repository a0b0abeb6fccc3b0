package io.github.communique.examples;

import io.github.communique.model.Block;
import io.github.communique.model.Inline;
import io.github.communique.model.Statement;
import io.github.communique.model.Traversal;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Shows a tool built on the model, not on a renderer: {@link Traversal} walks a statement and every
 * quotation, inline and block, is listed as a table with its speaker and source. Quotation marks
 * are left out: the table shows the words, and the kind column says what they are.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl examples -am test-compile exec:java
 * -Dexec.mainClass=io.github.communique.examples.QuotationTable}
 */
public final class QuotationTable {
  private QuotationTable() {}

  private static final String[] HEADER = {"#", "KIND", "SPEAKER", "SOURCE", "WORDS"};
  private static final int[] MAX_WIDTH = {4, 8, 30, 30, 50};

  /** Prints the table of each statement file named, or of the {@link BuildAndRender} statement. */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      print(BuildAndRender.statement(), System.out);
    }
    for (String file : args) {
      Statement statement = StatementFiles.read(Path.of(file));
      System.out.println(statement.title());
      print(statement, System.out);
      System.out.println();
    }
  }

  /** One row per quotation: inline ones in reading order, then block quotations. */
  public static List<String[]> rows(Statement statement) {
    List<String[]> rows = new ArrayList<>();
    for (Inline.Quotation q : Traversal.quotations(statement)) {
      rows.add(
          row(
              rows.size() + 1,
              q.kind().name().toLowerCase(Locale.ROOT),
              Attributions.speaker(q.attribution()).orElse(""),
              Attributions.source(q.attribution()).orElse(""),
              Traversal.plainText(q.content())));
    }
    for (Block.BlockQuotation q : Traversal.blockQuotations(statement)) {
      List<String> paragraphs = new ArrayList<>();
      q.blocks()
          .forEach(
              b -> {
                if (b instanceof Block.Paragraph p) {
                  paragraphs.add(Traversal.plainText(p.content()));
                }
              });
      rows.add(
          row(
              rows.size() + 1,
              "block",
              Attributions.speaker(q.attribution()).orElse(""),
              Attributions.source(q.attribution()).orElse(""),
              String.join(" / ", paragraphs)));
    }
    return rows;
  }

  /** Prints the table with aligned columns, cutting long cells with an ellipsis. */
  public static void print(Statement statement, PrintStream out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    rows.addAll(rows(statement));
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        row[i] = cut(row[i], MAX_WIDTH[i]);
        widths[i] = Math.max(widths[i], length(row[i]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(row[i]);
        if (i < row.length - 1) {
          line.append(" ".repeat(widths[i] - length(row[i]) + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String[] row(int n, String kind, String speaker, String source, String words) {
    return new String[] {String.valueOf(n), kind, speaker, source, words};
  }

  /** At most {@code max} characters (code points, so Cyrillic and emoji count as one). */
  private static String cut(String cell, int max) {
    String oneLine = cell.replaceAll("\\s+", " ").strip();
    if (length(oneLine) <= max) {
      return oneLine;
    }
    return oneLine.substring(0, oneLine.offsetByCodePoints(0, max - 1)) + "…";
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
