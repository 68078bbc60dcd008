package org.khabar.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The benchmark corpus: article bodies of SaudiNewsNet ({@code ../shared/data/text/saudinewsnet},
 * CC BY-NC-SA, research use only: read at run time, never copied into the repository), in file and
 * article order, so every run measures the same text.
 *
 * <p>The folder is {@code -Dkhabar.shared=PATH} or {@code ../shared} relative to the working
 * directory.
 */
public final class NewsCorpus {
  private NewsCorpus() {}

  /**
   * Returns the shared folder.
   *
   * @return the path of {@code shared}
   * @throws IllegalStateException if it cannot be found
   */
  public static Path sharedRoot() {
    String prop = System.getProperty("khabar.shared");
    for (Path p : new Path[] {
        prop == null ? null : Paths.get(prop), Paths.get("..", "shared"), Paths.get("..", "..", "shared")}) {
      if (p != null && Files.isDirectory(p.resolve("data"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "shared folder not found: run from the repository root with ../shared beside it, or pass -Dkhabar.shared=PATH");
  }

  /**
   * Reads article bodies until at least {@code minChars} characters are collected (or the corpus
   * ends).
   *
   * @param minChars the number of characters wanted; {@code Integer.MAX_VALUE} for the whole corpus
   * @return the article bodies in order
   */
  public static List<String> articles(long minChars) {
    Path dir = sharedRoot().resolve("data/text/saudinewsnet/dataset");
    List<Path> zips = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.zip")) {
      ds.forEach(zips::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    zips.sort(null);
    List<String> out = new ArrayList<>();
    long total = 0;
    JsonFactory f = new JsonFactory();
    for (Path z : zips) {
      try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(z))) {
        for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
          if (!e.getName().endsWith(".json")) {
            continue;
          }
          total = readContents(f, zin, out, total, minChars);
          if (total >= minChars) {
            return out;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + z, e);
      }
    }
    return out;
  }

  private static long readContents(JsonFactory f, InputStream in, List<String> out, long total,
      long minChars) throws IOException {
    try (JsonParser p = f.createParser(new NonClosing(in))) {
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME && "content".equals(p.currentName())) {
          p.nextToken();
          String s = p.getText();
          if (s != null && !s.isBlank()) {
            out.add(s);
            total += s.length();
            if (total >= minChars) {
              return total;
            }
          }
        }
      }
    }
    return total;
  }

  /**
   * Joins articles into one text, separated by blank lines.
   *
   * @param minChars the number of characters wanted
   * @return the text
   */
  public static String text(long minChars) {
    return String.join("\n\n", articles(minChars));
  }

  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
