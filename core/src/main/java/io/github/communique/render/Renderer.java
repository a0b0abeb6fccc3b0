package io.github.communique.render;

import io.github.communique.model.Statement;
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
}
