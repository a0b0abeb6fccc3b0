package io.github.communique.render;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A set of renderers, looked up by format name. {@link #discover()} finds every renderer on the
 * class path through {@link ServiceLoader}; {@link #of} registers them explicitly. Immutable.
 */
public final class Renderers {
  private final Map<String, Renderer> byFormat;

  private Renderers(Map<String, Renderer> byFormat) {
    this.byFormat = byFormat;
  }

  /** The renderers listed in {@code META-INF/services} on the context class path. */
  public static Renderers discover() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return discover(loader != null ? loader : Renderers.class.getClassLoader());
  }

  /** The renderers listed in {@code META-INF/services} visible to {@code loader}. */
  public static Renderers discover(ClassLoader loader) {
    return of(ServiceLoader.load(Renderer.class, loader).stream().map(ServiceLoader.Provider::get)
        .toArray(Renderer[]::new));
  }

  /**
   * Exactly these renderers. When two claim the same format, the first wins, so an application
   * can put its own renderer before the discovered ones.
   */
  public static Renderers of(Renderer... renderers) {
    Map<String, Renderer> byFormat = new LinkedHashMap<>();
    for (Renderer r : renderers) {
      byFormat.putIfAbsent(r.format().toLowerCase(Locale.ROOT), r);
    }
    return new Renderers(Map.copyOf(byFormat));
  }

  /** The renderer for {@code format} (case-insensitive), if there is one. */
  public Optional<Renderer> find(String format) {
    return Optional.ofNullable(byFormat.get(format.toLowerCase(Locale.ROOT)));
  }

  /**
   * The renderer for {@code format}.
   *
   * @throws RenderException naming the formats that are available
   */
  public Renderer require(String format) {
    return find(format)
        .orElseThrow(
            () ->
                new RenderException(
                    "no renderer for format '" + format + "'; available: "
                        + String.join(", ", formats())
                        + ". Put the renderer's jar (e.g. communique-render-" + format
                        + ") on the class path."));
  }

  /** All renderers, sorted by format name. */
  public List<Renderer> all() {
    return byFormat.values().stream().sorted(Comparator.comparing(Renderer::format)).toList();
  }

  /** The format names, sorted. */
  public List<String> formats() {
    return all().stream().map(Renderer::format).toList();
  }
}
