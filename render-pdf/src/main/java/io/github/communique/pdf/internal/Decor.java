package io.github.communique.pdf.internal;

/**
 * What a run of text carries besides its look: a link to a web address, a link to a named place
 * in the document, the name of a place here (set on the run's first chunk only), a raise above
 * the baseline (note markers) and extra letter spacing (small capitals-like labels).
 */
record Decor(String uri, String localGoto, String destination, float rise, float tracking) {
  static final Decor NONE = new Decor(null, null, null, 0, 0);

  static Decor link(String uri) {
    return new Decor(uri, null, null, 0, 0);
  }

  static Decor destination(String name) {
    return new Decor(null, null, name, 0, 0);
  }

  static Decor tracking(float tracking) {
    return new Decor(null, null, null, 0, tracking);
  }

  Decor withLocalGoto(String name) {
    return new Decor(uri, name, destination, rise, tracking);
  }

  Decor withDestination(String name) {
    return new Decor(uri, localGoto, name, rise, tracking);
  }

  Decor withRise(float rise) {
    return new Decor(uri, localGoto, destination, rise, tracking);
  }

  /** The same, without the destination: a name may only be placed once. */
  Decor withoutDestination() {
    return destination == null ? this : new Decor(uri, localGoto, null, rise, tracking);
  }
}
