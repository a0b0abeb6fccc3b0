package io.github.communique.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that readers see either the old file or the whole new one, never a half-written
 * one: the content goes to a temporary file in the target's directory (same file system, so the
 * rename is atomic), which then replaces the target. When writing fails, the temporary file is
 * deleted and an existing target is left as it was.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /** Temporary files being written, deleted by a shutdown hook when the user presses Ctrl-C. */
  private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> IN_PROGRESS.forEach(p -> p.toFile().delete()), "communique-cleanup"));
  }

  /** Writes the content of a file to a stream; may fail half-way. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code target} atomically, creating its directory when missing.
   *
   * @throws IOException when writing or moving fails; the target is then unchanged
   */
  static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new FileSystemException(target.toString(), null, "is a directory");
    }
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) { // a file stands where a directory should be
      throw new FileSystemException(e.getFile(), null, "not a directory");
    }
    Path temp = temporaryFile(dir, absolute.getFileName().toString());
    IN_PROGRESS.add(temp);
    boolean moved = false;
    try {
      // CREATE_NEW rather than Files.createTempFile: the new file gets the usual permissions
      // (umask), not the owner-only ones of a temporary file.
      try (OutputStream out =
          new BufferedOutputStream(
              Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
              1 << 16)) {
        content.writeTo(out);
      }
      move(temp, absolute);
      moved = true;
    } finally {
      try {
        if (!moved) {
          Files.deleteIfExists(temp);
        }
      } finally {
        IN_PROGRESS.remove(temp);
      }
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Some file systems (some network mounts) cannot rename atomically: still never truncate.
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** A hidden name beside the target that no other writer picks: ".a.html.3f9c2e1b.tmp". */
  private static Path temporaryFile(Path dir, String name) {
    if (name.length() > 100) {
      name = name.substring(0, 100); // stay under the file system's 255-byte name limit
    }
    String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
    return dir.resolve("." + name + "." + suffix + ".tmp");
  }
}
