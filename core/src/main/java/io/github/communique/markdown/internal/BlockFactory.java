package io.github.communique.markdown.internal;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * A block parser registered with Flexmark: where it stands among the others (Flexmark tries
 * factories in dependency order) and the function that tries to start a block.
 */
abstract class BlockFactory implements CustomBlockParserFactory {
  private final Set<Class<?>> after;
  private final Set<Class<?>> before;
  private final BlockParserFactory start;

  BlockFactory(Set<Class<?>> after, Set<Class<?>> before, BlockParserFactory start) {
    this.after = after;
    this.before = before;
    this.start = start;
  }

  @Override
  public final Set<Class<?>> getAfterDependents() {
    return after;
  }

  @Override
  public final Set<Class<?>> getBeforeDependents() {
    return before;
  }

  @Override
  public final boolean affectsGlobalScope() {
    return false;
  }

  @Override
  public final BlockParserFactory apply(DataHolder options) {
    return start;
  }
}
