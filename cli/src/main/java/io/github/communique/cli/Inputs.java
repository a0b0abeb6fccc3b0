package io.github.communique.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The statements a command works on, from its FILE arguments: files as named, the {@code .json} and
 * {@code .md} files in a directory (with {@code --recursive}, in its subdirectories too), and
 * {@code -} for standard input.
 */
final class Inputs {
  private Inputs() {}

  /** The name standard input is reported under. */
  static final String STDIN_NAME = "<stdin>";

  /**
   * One statement to read.
   *
   * @param file the file, or empty for standard input
   * @param format its format, or empty to tell from the content (standard input only)
   * @param relativeDir where it sits under the directory argument it was found in ("" for a file
   *     named on the command line), so that -o DIR can mirror the tree
   */
  record Input(Optional<Path> file, Optional<InputFormat> format, Path relativeDir) {
    boolean isStdin() {
      return file.isEmpty();
    }

    /** The name messages use: the path as given, or {@code <stdin>}. */
    String displayName() {
      return file.map(Path::toString).orElse(STDIN_NAME);
    }

    /** The output name without extension: the file's name without its own. */
    String baseName() {
      return file.map(InputFormat::baseName).orElse("stdin");
    }
  }

  /** The arguments could not be made into inputs; the command line is at fault. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /**
   * The inputs named by {@code arguments}, in order; each directory's files sorted by name. Hidden
   * files and directories (".name") are skipped inside directories. A named file that does not
   * exist is kept, so that reading it reports the missing file in its place.
   *
   * @param from the format given with --from, which also limits a directory to that format's files
   * @throws UsageException for a file whose format cannot be told, or stdin named twice
   * @throws IOException when a directory cannot be listed, or an argument of no known format does
   *     not exist
   */
  static List<Input> expand(List<String> arguments, Optional<InputFormat> from, boolean recursive)
      throws UsageException, IOException {
    List<Input> inputs = new ArrayList<>();
    boolean stdin = false;
    Path here = Path.of("");
    for (String argument : arguments) {
      if (argument.equals("-")) {
        if (stdin) {
          throw new UsageException("standard input ('-') can be read only once");
        }
        stdin = true;
        inputs.add(new Input(Optional.empty(), from, here));
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        for (Path file : list(path, recursive)) {
          Optional<InputFormat> format = InputFormat.ofFile(file);
          if (format.isPresent() && (from.isEmpty() || from.equals(format))) {
            Path parent = path.relativize(file).getParent();
            inputs.add(new Input(Optional.of(file), format, parent == null ? here : parent));
          }
        }
        continue;
      }
      Optional<InputFormat> format = from.isPresent() ? from : InputFormat.ofFile(path);
      if (format.isEmpty() && !Files.exists(path)) {
        throw new NoSuchFileException(argument); // a mistyped directory, more likely than a file
      }
      if (format.isEmpty()) {
        throw new UsageException(
            "cannot tell the format of '"
                + argument
                + "' from its name: use a .json or .md file, or say --from json or --from md");
      }
      inputs.add(new Input(Optional.of(path), format, here));
    }
    return inputs;
  }

  private static List<Path> list(Path dir, boolean recursive) throws IOException {
    try (Stream<Path> files = recursive ? Files.walk(dir) : Files.list(dir)) {
      return files
          .filter(file -> !hiddenBelow(dir, file))
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    } catch (UncheckedIOException e) { // a subdirectory that cannot be read, met while walking
      throw e.getCause();
    }
  }

  private static boolean hiddenBelow(Path dir, Path file) {
    for (Path part : dir.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
