package io.github.communique.render;

import io.github.communique.model.CommuniqueException;

/** A statement could not be rendered, or no renderer exists for the format asked for. */
public class RenderException extends CommuniqueException {
  private static final long serialVersionUID = 1L;

  public RenderException(String message) {
    super(message);
  }

  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
