package org.khabar.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * English and Arabic labels of CAMEO codes, read from the resource {@code cameo-labels.tsv} beside
 * this class. A code not listed falls back to its 3-digit parent, then to its 2-digit root.
 *
 * <p>Immutable and thread-safe.
 */
public final class CameoLabels {
  /** One label pair. */
  public record Label(String english, String arabic) {
    /**
     * Checks the components.
     *
     * @param english the English label
     * @param arabic the Arabic label
     * @throws NullPointerException if a label is null
     */
    public Label {
      Objects.requireNonNull(english, "english");
      Objects.requireNonNull(arabic, "arabic");
    }
  }

  private static final CameoLabels STANDARD = load();
  private final Map<String, Label> labels;

  private CameoLabels(Map<String, Label> labels) {
    this.labels = labels;
  }

  /**
   * Returns the labels shipped with the command line.
   *
   * @return the shared instance
   */
  public static CameoLabels standard() {
    return STANDARD;
  }

  /**
   * Returns the label of a code, or of its nearest listed parent.
   *
   * @param cameo a CAMEO code of 2 to 4 digits
   * @return the label; for an unknown root, the code itself in both languages
   */
  public Label of(String cameo) {
    Objects.requireNonNull(cameo, "cameo");
    for (int len = cameo.length(); len >= 2; len--) {
      Label l = labels.get(cameo.substring(0, len));
      if (l != null) {
        return l;
      }
    }
    return new Label("CAMEO " + cameo, "CAMEO " + cameo);
  }

  private static CameoLabels load() {
    Map<String, Label> m = new HashMap<>();
    try (InputStream in = Objects.requireNonNull(
            CameoLabels.class.getResourceAsStream("cameo-labels.tsv"),
            "Missing resource org/khabar/examples/cli/cameo-labels.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 3 || f[0].isEmpty() || f[1].isEmpty() || f[2].isEmpty()) {
          throw new IllegalStateException(
              "cameo-labels.tsv line " + lineNo + ": expected code<TAB>english<TAB>arabic");
        }
        if (m.put(f[0], new Label(f[1], f[2])) != null) {
          throw new IllegalStateException("cameo-labels.tsv line " + lineNo + ": code " + f[0] + " twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cameo-labels.tsv", e);
    }
    return new CameoLabels(Map.copyOf(m));
  }
}
