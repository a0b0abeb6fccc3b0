package io.github.communique.render;

import io.github.communique.model.Inline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Numbers the web addresses of a statement for formats that print a link as a reference ("the
 * report [3]") and list the addresses at the end: plain text, and HTML or PDF made for print. The
 * rules live here so that every renderer numbers alike: numbers count from 1 in the order the
 * renderer meets the addresses (its reading order), the same address always gets the number of its
 * first appearance, and a link whose text is its own address ({@link #showsTarget}) gets none,
 * since the reader already sees it.
 *
 * <pre>{@code
 * LinkNumbers numbers = new LinkNumbers();   // one per render
 * int n = numbers.number(link);              // 0: print the text alone
 * ...
 * numbers.targets();                         // number 1 first
 * }</pre>
 *
 * <p>Numbering as the renderer goes, rather than from a walk made beforehand, keeps the numbers in
 * the order the output shows them whatever order a format lays things out in, and costs no second
 * pass over the text. Not thread-safe: make one per render.
 */
public final class LinkNumbers {
  private final List<String> targets = new ArrayList<>();

  // The number of each address, found by its hash: an open-addressing table of ints (0: empty)
  // rather than a HashMap, whose node and boxed Integer per address were most of what a text
  // render allocated (the benchmark documents have a link every few sentences).
  private int[] slots = new int[64];

  /** No addresses numbered yet. */
  public LinkNumbers() {}

  /**
   * The number of {@code link}'s address, given now if the address is new; 0 when the link shows
   * its own address and needs no reference.
   */
  public int number(Inline.Link link) {
    return showsTarget(link) ? 0 : number(link.target());
  }

  /** The number of {@code target}, such as a quotation's source address; new ones count on. */
  public int number(String target) {
    int mask = slots.length - 1;
    int i = home(target, mask);
    while (slots[i] != 0) {
      if (targets.get(slots[i] - 1).equals(target)) {
        return slots[i];
      }
      i = (i + 1) & mask;
    }
    targets.add(target);
    slots[i] = targets.size();
    if (targets.size() * 4 > slots.length * 3) { // more than three quarters full
      grow();
    }
    return targets.size();
  }

  private void grow() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int n = 1; n <= targets.size(); n++) {
      int i = home(targets.get(n - 1), mask);
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = n;
    }
  }

  /** Where the search for {@code target} starts: its hash, high bits mixed in as HashMap does. */
  private static int home(String target, int mask) {
    int h = target.hashCode();
    return (h ^ h >>> 16) & mask;
  }

  /** The addresses numbered so far, in order: number 1 is the first element. A live view. */
  public List<String> targets() {
    return Collections.unmodifiableList(targets);
  }

  /**
   * Whether the link's text is its address, so that printing the address again would repeat it:
   * {@code <https://example.org>}, an e-mail address linked with {@code mailto:}, or a phone number
   * linked with {@code tel:} (compared by its digits: "+44 20 7946 0321" shows {@code
   * tel:+442079460321}).
   */
  public static boolean showsTarget(Inline.Link link) {
    if (link.content().size() != 1 || !(link.content().get(0) instanceof Inline.Text text)) {
      return false;
    }
    String shown = text.text();
    String target = link.target();
    if (target.startsWith("mailto:")) {
      return target.length() == 7 + shown.length() && target.startsWith(shown, 7);
    }
    if (target.startsWith("tel:")) {
      return sameNumber(shown, target, 4);
    }
    return shown.equals(target);
  }

  /** Whether {@code shown} and {@code target} from {@code from} have the same digits and '+'. */
  private static boolean sameNumber(String shown, String target, int from) {
    int i = 0;
    int j = from;
    boolean digits = false;
    while (true) {
      while (i < shown.length() && !isNumberChar(shown.charAt(i))) {
        i++;
      }
      while (j < target.length() && !isNumberChar(target.charAt(j))) {
        j++;
      }
      if (i == shown.length() || j == target.length()) {
        return digits && i == shown.length() && j == target.length();
      }
      if (shown.charAt(i++) != target.charAt(j++)) {
        return false;
      }
      digits = true;
    }
  }

  private static boolean isNumberChar(char c) {
    return (c >= '0' && c <= '9') || c == '+';
  }
}
