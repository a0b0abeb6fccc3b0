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
  // render allocated (the benchmark documents have a link every few sentences). Above the number,
  // a slot keeps the top bits of its address's hash, so that a search compares only addresses
  // whose bits match: each comparison reads a string from far away in memory, and comparing
  // every address met profiled at 450 ns a link on a document with 9,000 addresses. Past the
  // numbers the low bits hold, slots hold numbers alone.
  private final int numberBits;
  private boolean tagged = true;
  private int[] slots = new int[64];

  /** No addresses numbered yet. */
  public LinkNumbers() {
    this(22); // 4 million addresses, 10 bits of hash
  }

  /** For tests: numbers in the low {@code numberBits} of a slot while they fit. */
  LinkNumbers(int numberBits) {
    this.numberBits = numberBits;
  }

  /**
   * The number of {@code link}'s address, given now if the address is new; 0 when the link shows
   * its own address and needs no reference.
   */
  public int number(Inline.Link link) {
    return showsTarget(link) ? 0 : number(link.target());
  }

  /** The number of {@code target}, such as a quotation's source address; new ones count on. */
  public int number(String target) {
    int hash = target.hashCode();
    int mask = slots.length - 1;
    int i = home(hash, mask);
    for (int slot; (slot = slots[i]) != 0; i = (i + 1) & mask) {
      if (matches(slot, hash) && targets.get(number(slot) - 1).equals(target)) {
        return number(slot);
      }
    }
    targets.add(target);
    int n = targets.size();
    if (tagged && n >> numberBits != 0) { // the number no longer fits beside the hash bits
      tagged = false;
      rebuild(slots.length * 2);
    } else {
      slots[i] = slot(n, hash);
      if (n * 4 > slots.length * 3) { // more than three quarters full
        rebuild(slots.length * 2);
      }
    }
    return n;
  }

  private int number(int slot) {
    return tagged ? slot & (1 << numberBits) - 1 : slot;
  }

  /** Whether the hash bits kept in {@code slot} are those of {@code hash}. */
  private boolean matches(int slot, int hash) {
    return !tagged || ((slot ^ hash) >>> numberBits) == 0;
  }

  private int slot(int number, int hash) {
    return tagged ? number | hash >>> numberBits << numberBits : number;
  }

  private void rebuild(int size) {
    slots = new int[size];
    int mask = size - 1;
    for (int n = 1; n <= targets.size(); n++) {
      int hash = targets.get(n - 1).hashCode();
      int i = home(hash, mask);
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = slot(n, hash);
    }
  }

  /** Where the search for an address starts: its hash, high bits mixed in as HashMap does. */
  private static int home(int hash, int mask) {
    return (hash ^ hash >>> 16) & mask;
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
