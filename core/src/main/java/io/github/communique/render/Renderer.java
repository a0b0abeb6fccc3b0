package io.github.communique.render;

import io.github.communique.model.Statement;
import io.github.communique.validate.Limits;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns a statement into the bytes of one output format. Implementations are found through {@link
 * java.util.ServiceLoader} (list the class in {@code
 * META-INF/services/io.github.communique.render.Renderer}) or registered with {@link
 * Renderers#of}, and must be stateless, thread-safe and deterministic: the same statement and
 * options give the same bytes.
 */
public interface Renderer {

  /** The short name users ask for: {@code "html"}, {@code "pdf"}, {@code "text"}. */
  String format();

  /** The IANA media type of the output: {@code "text/html; charset=UTF-8"}. */
  String mediaType();

  /** The file name extension for the output, without the dot: {@code "txt"}. */
  String fileExtension();

  /**
   * Writes {@code statement} to {@code out} as it goes, without closing {@code out}. The statement
   * should be valid (see {@code io.github.communique.validate.Validator}); renderers still never
   * emit unsafe output for an invalid one.
   *
   * @throws IOException when writing to {@code out} fails
   * @throws RenderException when the statement cannot be rendered in this format
   */
  void render(Statement statement, RenderOptions options, OutputStream out) throws IOException;

  /**
   * This renderer, with its other settings, refusing statements nested deeper than {@code limits}
   * instead of its own: what a tool that reads with raised (or lowered) limits calls on every
   * renderer it was given, so that it renders what it reads. Renderers whose walk of the model is
   * not bounded by depth limits (that is, the default) return themselves.
   */
  default Renderer withLimits(Limits limits) {
    return this;
  }
}
