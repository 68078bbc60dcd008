package org.khabar.internal.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Arabic actor names of the UniversalPetrarch dictionaries ({@code actor_dict_ar_v4.txt}, MIT
 * licence, Copyright (c) 2016 Open Event Data Alliance), read at training time from
 * {@code shared/data/events/up-arabic/} and stored in the model's lexicon under {@code gaz.ACTOR.up}
 * (persons, organizations and places alike: the file does not type its entries). Entry lines are
 * {@code NAME_WITH_UNDERSCORES [CODE]}; comment, code-only and indented (alias) lines and PETRARCH
 * pattern entries ({@code +}, <code>{</code>) are skipped.
 *
 * <p>Immutable and thread-safe.
 */
public final class UpArabicActors implements NerGazetteer {
  /** The file below the shared data folder. */
  public static final String FILE = "data/events/up-arabic/actor_dict_ar_v4.txt";

  private final Path file;

  /**
   * Creates the source.
   *
   * @param shared the shared folder (holding {@link #FILE})
   */
  public UpArabicActors(Path shared) {
    this.file = Objects.requireNonNull(shared, "shared").resolve(FILE);
  }

  /**
   * Reads the names.
   *
   * @return the names under {@code ACTOR.up}
   * @throws UncheckedIOException if the file cannot be read
   */
  @Override
  public Map<String, List<String>> phrases() {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#") || l.startsWith("[") || Character.isWhitespace(line.charAt(0))) {
        continue;
      }
      int cut = l.indexOf('[');
      String e = (cut < 0 ? l : l.substring(0, cut)).strip().replace('_', ' ').strip();
      if (e.length() >= 2 && !e.contains("+") && !e.contains("{")) {
        out.add(e);
      }
    }
    return Map.of("ACTOR.up", out);
  }
}
