package org.khabar.internal.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the gazetteer data files (UTF-8 TSV) into entries and their name variants. The file formats
 * are described in the header of each file and in the README beside them.
 *
 * <p>Not thread-safe; one loader builds one gazetteer.
 */
final class GazetteerLoader {
  /** The data files, in load order; the country file comes first because the others refer to it. */
  static final String[] FILES = {
    "countries.tsv", "places.tsv", "organizations.tsv", "groups.tsv", "persons.tsv", "sectors.tsv"
  };

  /** International and special country codes allowed beside the ISO alpha-3 codes (PLOVER). */
  static final Set<String> SPECIAL_COUNTRIES = Set.of("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC");

  /** The sector codes the files may use: PLOVER's list plus CAMEO's IGO, NGO, HRI, HLH. */
  static final Set<String> SECTORS = Set.of(
      "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "SPY", "UAF", "UNK", "PRM",
      "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
      "IGO", "NGO", "HRI", "HLH");

  private static final String ABD = "\u0639\u0628\u062F";
  private static final String ABD_SPACE = ABD + " ";

  /** One parsed entry with its name variants. */
  static final class Raw {
    final String id;
    final EntryKind kind;
    final String name;
    final String country;
    final String sector;
    final List<GazetteerEntry.CodeChange> changes;
    final String source;
    boolean institution;
    /** Name variants as written; a variant in {@link #ambiguous} is flagged as ambiguous. */
    final Set<String> variants = new LinkedHashSet<>();
    final Set<String> ambiguous = new HashSet<>();

    Raw(String id, EntryKind kind, String name, String country, String sector,
        List<GazetteerEntry.CodeChange> changes, String source) {
      this.id = id;
      this.kind = kind;
      this.name = name;
      this.country = country;
      this.sector = sector;
      this.changes = changes;
      this.source = source;
    }

    void addVariant(String v, boolean amb) {
      variants.add(v);
      if (amb) {
        ambiguous.add(v);
      }
      // عبد الله and عبدالله are both usual: add the joined spelling
      if (v.contains(ABD_SPACE)) {
        addVariant(v.replace(ABD_SPACE, ABD), amb);
      }
    }

    GazetteerEntry toEntry(int index) {
      return new GazetteerEntry(index, id, kind, name, Optional.ofNullable(country),
          Optional.ofNullable(sector), changes, institution, source);
    }
  }

  private final List<Raw> raws = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final Set<String> countries = new HashSet<>(SPECIAL_COUNTRIES);

  /**
   * Loads every built-in file from the classpath, next to this class.
   *
   * @return the loader holding all entries
   * @throws IllegalStateException if a file is missing or malformed
   */
  static GazetteerLoader builtIn() {
    GazetteerLoader l = new GazetteerLoader();
    for (String f : FILES) {
      try (InputStream in = GazetteerLoader.class.getResourceAsStream(f)) {
        if (in == null) {
          throw new IllegalStateException("Missing gazetteer resource " + f);
        }
        l.parse(f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read gazetteer resource " + f, e);
      }
    }
    return l;
  }

  /**
   * Returns the parsed entries in file order.
   *
   * @return the entries
   */
  List<Raw> raws() {
    return raws;
  }

  /**
   * Parses one file.
   *
   * @param file the file name, which decides its format
   * @param content the file's text
   * @throws IllegalStateException naming the file and line if a line is malformed
   */
  void parse(String file, String content) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(content, "content");
    if (!java.util.Arrays.asList(FILES).contains(file)) {
      throw new IllegalArgumentException("Unknown gazetteer file " + file + ", expected one of "
          + java.util.Arrays.toString(FILES));
    }
    int lineNo = 0;
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(content))) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String where = file + ":" + lineNo;
        String[] cols = line.split("\t", -1);
        switch (file) {
          case "countries.tsv":
            parseCountry(cols, where);
            break;
          case "places.tsv":
            parsePlace(cols, where);
            break;
          case "organizations.tsv":
            parseNamed(cols, where, EntryKind.ORGANIZATION, "org:");
            break;
          case "groups.tsv":
            parseNamed(cols, where, EntryKind.GROUP, "grp:");
            break;
          case "persons.tsv":
            parseNamed(cols, where, EntryKind.PERSON, "per:");
            break;
          case "sectors.tsv":
            parseSector(cols, where);
            break;
          default:
            throw new IllegalArgumentException("Unknown gazetteer file " + file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // alpha3 TAB names TAB nisba stems TAB other demonym forms [TAB note]
  private void parseCountry(String[] c, String where) {
    need(c, 2, where);
    String a3 = c[0].trim();
    checkCode(a3, where);
    countries.add(a3);
    if (c[1].trim().equals("-")) {
      if (!SPECIAL_COUNTRIES.contains(a3)) {
        throw new IllegalStateException(where + ": only an international code may have no name");
      }
    } else {
      Raw country = add(new Raw("country:" + a3, EntryKind.COUNTRY, strip(first(c[1], where)), a3,
          null, List.of(), where));
      variants(country, c[1], where, false);
    }
    Raw nisba = new Raw("nisba:" + a3, EntryKind.NISBA, a3, a3, null, List.of(), where);
    if (c.length > 2) {
      for (String v : split(c[2])) {
        boolean amb = v.startsWith("~");
        String stem = amb ? v.substring(1) : v;
        if (!stem.endsWith("\u064A")) {
          throw new IllegalStateException(where + ": nisba stem '" + stem + "' must end with ي");
        }
        for (String form : nisbaForms(stem)) {
          nisba.addVariant(form, amb);
          nisba.addVariant("\u0627\u0644" + form, amb);
        }
      }
    }
    if (c.length > 3) {
      for (String v : split(c[3])) {
        boolean amb = v.startsWith("~");
        String form = amb ? v.substring(1) : v;
        nisba.addVariant(form, amb);
        if (!form.startsWith("\u0627\u0644") && form.indexOf(' ') < 0) {
          nisba.addVariant("\u0627\u0644" + form, amb);
        }
      }
    }
    if (!nisba.variants.isEmpty()) {
      add(nisba);
    }
  }

  /**
   * Returns the inflected forms of a nisba adjective from its masculine singular: the singular, the
   * feminine, the sound masculine plural (nominative, oblique; the oblique is also the dual's), the
   * dual, the feminine plural and the feminine dual.
   *
   * @param stem the masculine singular, ending in ي
   * @return the indefinite forms
   */
  static List<String> nisbaForms(String stem) {
    return List.of(stem, stem + "\u0629", stem + "\u0648\u0646", stem + "\u064A\u0646",
        stem + "\u0627\u0646", stem + "\u0627\u062A", stem + "\u062A\u0627\u0646",
        stem + "\u062A\u064A\u0646");
  }

  // country (or - for a region of several countries) TAB kind TAB names [TAB note]
  private void parsePlace(String[] c, String where) {
    need(c, 3, where);
    String country = c[0].trim();
    if (country.equals("-")) {
      country = null; // a sea, river or region of several countries
    } else {
      checkCountry(country, where);
    }
    EntryKind kind;
    try {
      kind = EntryKind.valueOf(c[1].trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + ": unknown place kind '" + c[1] + "'");
    }
    if (!kind.isPlace() || kind == EntryKind.COUNTRY) {
      throw new IllegalStateException(where + ": place kind must be CAPITAL, CITY, REGION or FACILITY, not "
          + kind);
    }
    String name = first(c[2], where);
    if (country == null && kind != EntryKind.REGION) {
      throw new IllegalStateException(where + ": only a REGION may have no country");
    }
    Raw r = add(new Raw("place:" + (country == null ? "-" : country) + ":" + strip(name), kind,
        strip(name), country, null, List.of(), where));
    variants(r, c[2], where, false);
  }

  // id TAB codes TAB names [TAB note]; codes: "CCC SSS" | "CCC" | "- SSS", then "; CCC SSS from DATE"
  private void parseNamed(String[] c, String where, EntryKind kind, String prefix) {
    need(c, 3, where);
    String id = c[0].trim();
    if (id.isEmpty() || id.indexOf(' ') >= 0) {
      throw new IllegalStateException(where + ": bad id '" + id + "'");
    }
    String[] parts = c[1].split(";");
    String[] main = codes(parts[0], where);
    List<GazetteerEntry.CodeChange> changes = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      int at = p.indexOf(" from ");
      if (at < 0) {
        throw new IllegalStateException(where + ": code change '" + p + "' needs 'from YYYY-MM-DD'");
      }
      String[] cs = codes(p.substring(0, at), where);
      LocalDate from;
      try {
        from = LocalDate.parse(p.substring(at + 6).trim());
      } catch (DateTimeParseException e) {
        throw new IllegalStateException(where + ": bad date in '" + p + "'");
      }
      if (!changes.isEmpty() && !from.isAfter(changes.get(changes.size() - 1).from())) {
        throw new IllegalStateException(where + ": code changes must be in date order");
      }
      changes.add(new GazetteerEntry.CodeChange(from, Optional.ofNullable(cs[0]),
          Optional.ofNullable(cs[1])));
    }
    Raw r = add(new Raw(prefix + id, kind, strip(first(c[2], where)), main[0], main[1], changes, where));
    variants(r, c[2], where, false);
  }

  // sector TAB forms [TAB ORG] [TAB note]; a one-word form without the article also gets the article
  private void parseSector(String[] c, String where) {
    need(c, 2, where);
    String sector = c[0].trim();
    if (!SECTORS.contains(sector)) {
      throw new IllegalStateException(where + ": unknown sector '" + sector + "'");
    }
    String name = strip(first(c[1], where));
    Raw r = add(new Raw("sector:" + sector + ":" + name, EntryKind.SECTOR, name, null, sector,
        List.of(), where));
    String org = c.length > 2 ? c[2].trim() : "";
    if (!org.isEmpty() && !org.equals("ORG")) {
      throw new IllegalStateException(where + ": the org column must be ORG or empty, not '" + org + "'");
    }
    r.institution = org.equals("ORG");
    variants(r, c[1], where, true);
  }

  private String[] codes(String s, String where) {
    String[] t = s.trim().split(" +");
    if (t.length < 1 || t.length > 2 || t[0].isEmpty()) {
      throw new IllegalStateException(where + ": codes '" + s + "' must be 'CCC SSS', 'CCC' or '- SSS'");
    }
    String country = t[0].equals("-") ? null : t[0];
    if (country != null) {
      checkCountry(country, where);
    }
    String sector = t.length == 2 ? t[1] : null;
    if (sector != null && !SECTORS.contains(sector)) {
      throw new IllegalStateException(where + ": unknown sector '" + sector + "'");
    }
    if (country == null && sector == null) {
      throw new IllegalStateException(where + ": codes '" + s + "' name neither country nor sector");
    }
    return new String[] {country, sector};
  }

  private void variants(Raw r, String col, String where, boolean addArticle) {
    List<String> vs = split(col);
    if (vs.isEmpty()) {
      throw new IllegalStateException(where + ": no names");
    }
    for (String v : vs) {
      boolean amb = v.startsWith("~");
      String name = amb ? v.substring(1) : v;
      if (name.isBlank()) {
        throw new IllegalStateException(where + ": empty name variant");
      }
      r.addVariant(name, amb);
      if (addArticle && name.indexOf(' ') < 0 && !name.startsWith("\u0627\u0644")) {
        r.addVariant("\u0627\u0644" + name, amb);
      }
    }
  }

  private Raw add(Raw r) {
    if (!ids.add(r.id)) {
      throw new IllegalStateException(r.source + ": duplicate id " + r.id);
    }
    raws.add(r);
    return r;
  }

  private void checkCountry(String code, String where) {
    if (!countries.contains(code)) {
      throw new IllegalStateException(where + ": unknown country code '" + code + "'");
    }
  }

  private static void checkCode(String code, String where) {
    if (code.length() != 3 || !code.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
      throw new IllegalStateException(where + ": '" + code + "' is not an alpha-3 code");
    }
  }

  private static void need(String[] c, int n, String where) {
    if (c.length < n) {
      throw new IllegalStateException(where + ": expected at least " + n + " tab-separated columns, got "
          + c.length);
    }
  }

  private static String first(String col, String where) {
    List<String> vs = split(col);
    if (vs.isEmpty()) {
      throw new IllegalStateException(where + ": no names");
    }
    return vs.get(0);
  }

  private static String strip(String v) {
    return v.startsWith("~") ? v.substring(1) : v;
  }

  private static List<String> split(String col) {
    List<String> out = new ArrayList<>();
    for (String p : col.split("\\|")) {
      String t = p.trim();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
