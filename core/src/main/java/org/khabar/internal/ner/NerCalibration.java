package org.khabar.internal.ner;

import java.util.Locale;

/**
 * Maps the name finder's raw confidence of an entity (OpenNLP's mean probability of the entity's
 * outcomes, which a perceptron model compresses into a narrow range) to an estimate of the probability
 * that the entity is right, exact span and type: a logistic (Platt) map {@code 1 / (1 + exp(-(a x + b)))}
 * fitted on dev predictions of a model that did not see them. The fitted {@code a b} travel in the
 * model's manifest ({@value #MANIFEST_ENTRY}).
 *
 * <p>Immutable and thread-safe.
 */
public final class NerCalibration {
  /** The manifest entry holding {@code a b}. */
  public static final String MANIFEST_ENTRY = "khabar.ner.calibration";

  private final double a;
  private final double b;

  /**
   * Creates the map.
   *
   * @param a the slope
   * @param b the intercept
   * @throws IllegalArgumentException if a value is not finite
   */
  public NerCalibration(double a, double b) {
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      throw new IllegalArgumentException("calibration parameters must be finite: a " + a + ", b " + b);
    }
    this.a = a;
    this.b = b;
  }

  /**
   * Fits the map by maximum likelihood (Newton's method on the two parameters, with a tiny ridge so
   * that separable data still converge).
   *
   * @param raw per dev entity, its raw confidence
   * @param correct per dev entity, whether it is a gold entity
   * @return the fitted map
   * @throws IllegalArgumentException if the arrays differ in length or hold no entity
   */
  public static NerCalibration fit(double[] raw, boolean[] correct) {
    if (raw.length != correct.length || raw.length == 0) {
      throw new IllegalArgumentException("need as many labels as scores, at least one: " + raw.length
          + " scores, " + correct.length + " labels");
    }
    double a = 0;
    double b = 0;
    double ridge = 1e-3;
    for (int iter = 0; iter < 100; iter++) {
      double ga = -ridge * a;
      double gb = 0;
      double haa = ridge;
      double hab = 0;
      double hbb = 1e-9;
      for (int i = 0; i < raw.length; i++) {
        double p = sigmoid(a * raw[i] + b);
        double y = correct[i] ? 1 : 0;
        double w = p * (1 - p);
        ga += (y - p) * raw[i];
        gb += y - p;
        haa += w * raw[i] * raw[i];
        hab += w * raw[i];
        hbb += w;
      }
      double det = haa * hbb - hab * hab;
      if (det <= 0) {
        break;
      }
      double da = (hbb * ga - hab * gb) / det;
      double db = (haa * gb - hab * ga) / det;
      a += da;
      b += db;
      if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) {
        break;
      }
    }
    return new NerCalibration(a, b);
  }

  /**
   * Parses the manifest form.
   *
   * @param entry {@code "a b"}
   * @return the map
   * @throws IllegalArgumentException if the entry is malformed
   */
  public static NerCalibration parse(String entry) {
    String[] parts = entry.strip().split(" ");
    if (parts.length != 2) {
      throw new IllegalArgumentException("calibration entry '" + entry + "' is not 'a b'");
    }
    try {
      return new NerCalibration(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("calibration entry '" + entry + "' is not 'a b'", e);
    }
  }

  /**
   * Returns the manifest form.
   *
   * @return {@code "a b"} with full precision
   */
  public String format() {
    return Double.toString(a) + ' ' + Double.toString(b);
  }

  /**
   * Maps a raw confidence.
   *
   * @param raw the raw confidence
   * @return the calibrated probability, in (0, 1)
   */
  public double apply(double raw) {
    return sigmoid(a * raw + b);
  }

  private static double sigmoid(double z) {
    return 1.0 / (1.0 + Math.exp(-z));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "NerCalibration[a=%.4f, b=%.4f]", a, b);
  }
}
