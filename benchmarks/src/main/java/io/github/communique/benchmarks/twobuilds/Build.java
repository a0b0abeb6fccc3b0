package io.github.communique.benchmarks.twobuilds;

import com.fasterxml.jackson.core.JsonFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One build of the core module (its jar or classes directory) loaded apart from any other, with
 * this module's classes and libraries behind it: two builds side by side in one JVM, so that their
 * output can be compared and their speed measured under the same conditions.
 */
final class Build {
  private final String name;
  private final ClassLoader loader;

  private Build(String name, ClassLoader loader) {
    this.name = name;
    this.loader = loader;
  }

  /** The build at {@code core}: a core jar, or a directory of its classes. */
  static Build of(Path core) {
    if (!Files.exists(core)) {
      throw new IllegalArgumentException(core + " does not exist: give a core jar, such as"
          + " core/target/communique-core-0.1.0-SNAPSHOT.jar copied aside before a change");
    }
    try {
      URL mine = Build.class.getProtectionDomain().getCodeSource().getLocation();
      // The JSON library core reads with: in this module's jar when it is one, its own in tests.
      URL json = JsonFactory.class.getProtectionDomain().getCodeSource().getLocation();
      // The core's classes first: this module's jar holds a copy of core too.
      URL[] urls = {core.toUri().toURL(), mine, json};
      ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
      return new Build(core.toString(), loader);
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(core + " is not a file path", e);
    }
  }

  String name() {
    return name;
  }

  /** The static method {@code method} of {@code type}, as this build has them. */
  Method method(Class<?> type, String method, Class<?>... parameters) throws Exception {
    return loader.loadClass(type.getName()).getMethod(method, parameters);
  }

  /** Calls {@code method}, found by {@link #method}, with the exception it throws unwrapped. */
  static Object call(Method method, Object... arguments) throws Exception {
    try {
      return method.invoke(null, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
