package org.khabar.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the project's shared folder ({@code ../shared} beside the repository, or the system
 * property {@code khabar.shared} that surefire sets). Tests that need it call {@link #require(String)},
 * which skips the test with a clear message where the folder is absent (a user's fresh clone) and
 * returns the path where it is present (CI).
 */
public final class SharedData {
  private SharedData() {}

  /**
   * Returns the shared folder, or null when it is absent.
   *
   * @return the folder or null
   */
  public static Path root() {
    String prop = System.getProperty("khabar.shared");
    Path p = prop != null ? Paths.get(prop) : Paths.get("..", "shared");
    if (Files.isDirectory(p)) {
      return p.normalize();
    }
    Path up = Paths.get("..", "..", "shared");
    return Files.isDirectory(up) ? up.normalize() : null;
  }

  /**
   * Returns a path inside the shared folder, skipping the calling test when it does not exist.
   *
   * @param relative a path relative to the shared folder, for example {@code data/ner}
   * @return the existing path
   */
  public static Path require(String relative) {
    Path root = root();
    Assumptions.assumeTrue(root != null,
        "../shared is not beside the repository: skipping a test that needs " + relative);
    Path p = root.resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), "../shared/" + relative + " is missing: skipping");
    return p;
  }
}
