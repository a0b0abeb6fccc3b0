package io.github.communique.model;

import static java.util.Objects.requireNonNull;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The unmodifiable list of inlines, blocks, sections, list items or notes that the model's records
 * hold, which also knows how deeply its elements nest ({@link NestingDepths}). It is worked out
 * once, when the list is made, from the depths the elements' own lists already know: so asking
 * how deep a statement nests costs nothing, however large or deep it is. Otherwise it behaves as
 * {@link List#copyOf}: no nulls, and equal to any list with equal elements in the same order.
 */
final class NodeList<E> extends AbstractList<E> implements RandomAccess {
  private static final NodeList<?> EMPTY = new NodeList<>(new Object[0], NestingDepths.NONE);

  private final Object[] elements;
  private final NestingDepths depths;

  private NodeList(Object[] elements, NestingDepths depths) {
    this.elements = elements;
    this.depths = depths;
  }

  /** An unmodifiable copy of {@code elements}, or {@code elements} itself when it is one. */
  @SuppressWarnings("unchecked")
  static <E> List<E> copyOf(Collection<? extends E> elements) {
    if (elements instanceof NodeList) {
      return (List<E>) elements;
    }
    Object[] copy = elements.toArray();
    if (copy.length == 0) {
      return (List<E>) EMPTY;
    }
    NestingDepths depths = NestingDepths.NONE;
    for (Object element : copy) {
      depths = depths.max(NestingDepths.ofElement(requireNonNull(element)));
    }
    return new NodeList<>(copy, depths);
  }

  /** How deeply the elements of {@code list}, a list of the model, nest. */
  static NestingDepths depths(List<?> list) {
    if (list instanceof NodeList<?> nodes) {
      return nodes.depths;
    }
    return ((NodeList<?>) copyOf(list)).depths; // not from a record: worked out afresh
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    return (E) elements[index];
  }

  @Override
  public int size() {
    return elements.length;
  }

  // AbstractList refuses changes only when there is something to change; List.copyOf's lists
  // refuse them always, and so does this.

  @Override
  public void clear() {
    throw unmodifiable();
  }

  @Override
  public boolean addAll(Collection<? extends E> more) {
    throw unmodifiable();
  }

  @Override
  public boolean addAll(int index, Collection<? extends E> more) {
    throw unmodifiable();
  }

  @Override
  public boolean removeAll(Collection<?> some) {
    throw unmodifiable();
  }

  @Override
  public boolean retainAll(Collection<?> some) {
    throw unmodifiable();
  }

  @Override
  public boolean removeIf(Predicate<? super E> filter) {
    throw unmodifiable();
  }

  @Override
  public void replaceAll(UnaryOperator<E> operator) {
    throw unmodifiable();
  }

  @Override
  public void sort(Comparator<? super E> order) {
    throw unmodifiable();
  }

  private static UnsupportedOperationException unmodifiable() {
    return new UnsupportedOperationException("the lists of a statement cannot be changed");
  }
}
