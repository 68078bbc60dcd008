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
      case "up-actors":
        return () -> {
          List<String> out = new ArrayList<>();
          for (String line : read(dir.resolveSibling("events/up-arabic/actor_dict_ar_v4.txt"))) {
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
        };
      case "hunspell":
        return () -> {
          List<String> out = new ArrayList<>();
          for (String line : read(dir.resolveSibling("lexicon/hunspell-ar/ar.dic"))) {
            String l = line.strip();
            int slash = l.indexOf('/');
            String w = (slash < 0 ? l : l.substring(0, slash)).strip();
            int tab = w.indexOf('\t');
            if (tab >= 0) {
              w = w.substring(0, tab);
            }
            if (w.length() >= 2 && w.chars().allMatch(ch -> ch >= 0x0621 && ch <= 0x064A)) {
              out.add(w);
            }
          }
          return Map.of("DICT", out);
        };
      case "icu-places":
        return () -> {
          com.ibm.icu.util.ULocale ar = new com.ibm.icu.util.ULocale("ar");
          com.ibm.icu.text.TimeZoneNames tzn = com.ibm.icu.text.TimeZoneNames.getInstance(ar);
          java.util.TreeSet<String> cities = new java.util.TreeSet<>();
          for (String id : com.ibm.icu.util.TimeZone.getAvailableIDs()) {
            String c = tzn.getExemplarLocationName(id);
            if (c != null && !c.isBlank() && c.codePoints().anyMatch(cp -> cp >= 0x0600 && cp <= 0x06FF)) {
              cities.add(c.strip());
            }
          }
          java.util.TreeSet<String> regions = new java.util.TreeSet<>();
          for (String r : new String[] {"001", "002", "005", "009", "011", "013", "014", "015", "017", "018",
              "019", "021", "029", "030", "034", "035", "039", "053", "054", "057", "061", "142", "143", "145",
              "150", "151", "154", "155", "202", "419", "EU", "UN"}) {
            String n = com.ibm.icu.util.ULocale.getDisplayCountry("und_" + r, ar);
            if (n != null && !n.isBlank() && !n.equals(r)) {
              regions.add(n.strip());
            }
          }
          Map<String, List<String>> m = new LinkedHashMap<>();
          m.put("LOC.city", new ArrayList<>(cities));
          m.put("LOC.region", new ArrayList<>(regions));
          return m;
        };
      default:
        throw new IllegalArgumentException(
            "unknown experiment gazetteer '" + name + "': anergazet, anetac, up-actors or icu-places");
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
