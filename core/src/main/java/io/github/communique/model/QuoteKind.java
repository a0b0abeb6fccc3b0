package io.github.communique.model;

/** What a pair of quotation marks means. */
public enum QuoteKind {
  /** Words someone said or wrote: the minister said “we will act”. */
  SPEECH,
  /** Distancing quotes: the so-called “experts”. */
  SCARE,
  /** A word or name talked about as such: the word “sovereignty” appears twelve times. */
  MENTION
}
