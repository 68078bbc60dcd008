package org.khabar.examples.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khabar.internal.ner.NerGazetteer;

/**
 * EXPERIMENTS ONLY: the unlicensed gazetteers under {@code ../shared/data/gazetteers} (ANERgazet,
 * ANETAC) as {@link NerGazetteer}s, to measure what a large gazetteer would add. Nothing derived from
 * them may ship: {@code train-ner} refuses to write the shipped model when one is used.
 */
public final class ExperimentGazetteers {
  private ExperimentGazetteers() {}

  /**
   * Loads one of the experimental gazetteers.
   *
   * @param shared the shared folder
   * @param name {@code anergazet} or {@code anetac}
   * @return the gazetteer
   * @throws IllegalArgumentException if the name is unknown
   */
  public static NerGazetteer load(Path shared, String name) {
    Path dir = shared.resolve("data/gazetteers");
    switch (name) {
      case "anergazet":
        return () -> {
          Map<String, List<String>> m = new LinkedHashMap<>();
          m.put("LOC.anergazet", lines(dir.resolve("anergazet/AlignedLocGazetteer.txt")));
          m.put("ORG.anergazet", lines(dir.resolve("anergazet/AlignedOrgGazetteer.txt")));
          m.put("PER.anergazet", lines(dir.resolve("anergazet/AlignedPersGazetteer.txt")));
          return m;
        };
      case "anetac":
        return () -> {
          Map<String, List<String>> m = new LinkedHashMap<>();
          for (String line : read(dir.resolve("anetac/EN-AR Named-entities.txt"))) {
            int sp = line.indexOf(' ');
            if (sp < 0) {
              continue;
            }
            String cls = line.substring(0, sp);
            String type = cls.equals("PERSON") ? "PER" : cls.equals("LOCATION") ? "LOC" : "ORG";
            int ar = -1;
            for (int i = sp; i < line.length(); i++) {
              char c = line.charAt(i);
              if (c >= 0x0600 && c <= 0x06FF) {
                ar = i;
                break;
              }
            }
            if (ar > 0) {
              m.computeIfAbsent(type + ".anetac", k -> new ArrayList<>()).add(line.substring(ar).strip());
            }
          }
          return m;
        };
      default:
        throw new IllegalArgumentException("unknown experiment gazetteer '" + name + "': anergazet or anetac");
    }
  }

  private static List<String> lines(Path file) {
    List<String> out = new ArrayList<>();
    for (String l : read(file)) {
      String s = l.replace("\uFEFF", "").strip();
      if (s.isEmpty() || s.chars().allMatch(c -> c == '=' || c == '*')) {
        continue;
      }
      out.add(s);
    }
    return out;
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
