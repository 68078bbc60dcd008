package org.khabar.internal.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The CAMEO codes the event layer knows, with their PLOVER type and English and Arabic labels, read
 * once from the resource {@code cameo.tsv} beside this class.
 *
 * <p>Immutable and thread-safe.
 */
public final class CameoTable {
  private static final String RESOURCE = "cameo.tsv";
  private static final CameoTable STANDARD = load();

  private final Map<String, String[]> rows;

  private CameoTable(Map<String, String[]> rows) {
    this.rows = Collections.unmodifiableMap(rows);
  }

  /**
   * Returns the table shipped with the library.
   *
   * @return the standard table
   */
  public static CameoTable standard() {
    return STANDARD;
  }

  /**
   * Returns whether a code is known.
   *
   * @param code a CAMEO code
   * @return true when the table lists it
   */
  public boolean contains(String code) {
    return rows.containsKey(code);
  }

  /**
   * Returns the PLOVER type of a code.
   *
   * @param code a known CAMEO code
   * @return the PLOVER type, or null for statements (CAMEO 01)
   * @throws IllegalArgumentException if the code is not known
   */
  public String plover(String code) {
    String p = row(code)[0];
    return p.isEmpty() ? null : p;
  }

  /**
   * Returns the English label of a code.
   *
   * @param code a known CAMEO code
   * @return the codebook label
   * @throws IllegalArgumentException if the code is not known
   */
  public String labelEn(String code) {
    return row(code)[1];
  }

  /**
   * Returns the Arabic label of a code.
   *
   * @param code a known CAMEO code
   * @return the label
   * @throws IllegalArgumentException if the code is not known
   */
  public String labelAr(String code) {
    return row(code)[2];
  }

  /**
   * Returns every known code in table order.
   *
   * @return the codes
   */
  public Iterable<String> codes() {
    return rows.keySet();
  }

  private String[] row(String code) {
    String[] r = rows.get(Objects.requireNonNull(code, "code"));
    if (r == null) {
      throw new IllegalArgumentException("unknown CAMEO code '" + code + "'");
    }
    return r;
  }

  private static CameoTable load() {
    Map<String, String[]> rows = new LinkedHashMap<>();
    try (InputStream in = Objects.requireNonNull(CameoTable.class.getResourceAsStream(RESOURCE),
            "Missing resource org/khabar/internal/events/" + RESOURCE);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 4) {
          throw new IllegalStateException(RESOURCE + " line " + no + ": expected 4 columns, found " + c.length);
        }
        rows.put(c[0], new String[] {c[1], c[2], c[3]});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new CameoTable(rows);
  }
}
