package io.github.communique.benchmarks.generate;

import java.util.Locale;

/**
 * The three document sizes every benchmark runs on, by the UTF-8 size of their plain CommonMark
 * form: small is one real statement's worth (~8 KB), medium an archive page (~1 MB), large a
 * stress case (~20 MB).
 */
public enum DocumentSize {
  SMALL(8_000, 0x5EED_0001L),
  MEDIUM(1_000_000, 0x5EED_0002L),
  LARGE(20_000_000, 0x5EED_0003L);

  private final long targetBytes;
  private final long seed;

  DocumentSize(long targetBytes, long seed) {
    this.targetBytes = targetBytes;
    this.seed = seed;
  }

  /** The CommonMark size the generator stops at (it may overshoot by one section). */
  public long targetBytes() {
    return targetBytes;
  }

  long seed() {
    return seed;
  }

  /** The size named {@code small}, {@code medium} or {@code large} (as JMH's {@code @Param}). */
  public static DocumentSize named(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
