package io.github.communique.benchmarks;

import java.io.OutputStream;

/**
 * The byte sink every benchmark writes into: it keeps nothing and counts what it was given, so a
 * benchmark measures producing the bytes, not storing them, and returns the count to JMH so that
 * nothing is optimised away.
 */
public final class NullSink extends OutputStream {
  private long count;

  @Override
  public void write(int b) {
    count++;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    count += length;
  }

  public long count() {
    return count;
  }
}
