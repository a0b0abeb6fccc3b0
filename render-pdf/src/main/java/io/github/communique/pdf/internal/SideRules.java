package io.github.communique.pdf.internal;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Vertical rules beside content in the page flow (the bar left of a block quotation), drawn as
 * the content is laid out: a rule starts where its first paragraph or table starts, is drawn to
 * the foot of the text on every page it crosses, and continues from the top of the next. The
 * {@link Flow} tells where paragraphs start and pages end.
 */
final class SideRules {
  /** How far a rule reaches below the last baseline on a page, to cover its descenders. */
  private final float descent;
  private final List<Rule> open = new ArrayList<>();

  SideRules(float descent) {
    this.descent = descent;
  }

  /** A rule being drawn: where it is across the page, and where its part on this page starts. */
  static final class Rule {
    private float x;
    private final float width;
    private final Color color;
    private float top = Float.NaN; // NaN until its first content is placed

    private Rule(float x, float width, Color color) {
      this.x = x;
      this.width = width;
      this.color = color;
    }

    /** Moves the rule right, for content indented by {@code points}. */
    void shift(float points) {
      x += points;
    }
  }

  Rule open(float x, float width, Color color) {
    Rule rule = new Rule(x, width, color);
    open.add(rule);
    return rule;
  }

  /** Whether a rule waits for its first content to be placed. */
  boolean waiting() {
    for (Rule rule : open) {
      if (Float.isNaN(rule.top)) {
        return true;
      }
    }
    return false;
  }

  /** Rules that wait for their first content start at {@code y}. */
  void start(float y) {
    for (Rule rule : open) {
      if (Float.isNaN(rule.top)) {
        rule.top = y;
      }
    }
  }

  /** Draws the last part of {@code rule}, down to {@code bottom}, and forgets it. */
  void close(Rule rule, PdfWriter writer, float bottom) {
    open.remove(rule);
    draw(writer, rule, bottom);
  }

  /** The page ends with its last line's baseline at {@code y}: draws every open rule down to it. */
  void endPage(PdfWriter writer, float y) {
    for (Rule rule : open) {
      draw(writer, rule, y - descent);
    }
  }

  /** A new page starts at {@code top}: open rules continue from there. */
  void startPage(float top) {
    for (Rule rule : open) {
      if (!Float.isNaN(rule.top)) {
        rule.top = top;
      }
    }
  }

  private static void draw(PdfWriter writer, Rule rule, float bottom) {
    if (Float.isNaN(rule.top) || rule.top - bottom <= 0) {
      return;
    }
    PdfContentByte canvas = writer.getDirectContentUnder(); // the text may be mid-line above
    canvas.saveState();
    canvas.setColorFill(rule.color);
    canvas.rectangle(rule.x, bottom, rule.width, rule.top - bottom);
    canvas.fill();
    canvas.restoreState();
  }
}
