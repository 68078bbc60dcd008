package org.khabar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.khabar.internal.events.CameoTable;

/**
 * The CAMEO event codes the library knows: their PLOVER type and their English (CAMEO codebook) and
 * Arabic labels, for reports and user interfaces.
 *
 * <p>Stateless and thread-safe.
 */
public final class Cameo {
  private Cameo() {}

  /**
   * Returns whether a code is known.
   *
   * @param code a CAMEO code such as {@code 044} or {@code 0841}
   * @return true when the library knows the code
   * @throws NullPointerException if {@code code} is null
   */
  public static boolean isKnown(String code) {
    return CameoTable.standard().contains(Objects.requireNonNull(code, "code"));
  }

  /**
   * Returns the PLOVER event type of a code.
   *
   * @param code a known CAMEO code
   * @return the PLOVER type ({@code CONSULT}, {@code REQUEST} ...), empty for statements (CAMEO 01)
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if the code is not known
   */
  public static Optional<String> plover(String code) {
    return Optional.ofNullable(CameoTable.standard().plover(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns the English label of a code, as in the CAMEO codebook.
   *
   * @param code a known CAMEO code
   * @return the label, for example {@code Meet at a 'third' location} for {@code 044}
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if the code is not known
   */
  public static String labelEn(String code) {
    return CameoTable.standard().labelEn(Objects.requireNonNull(code, "code"));
  }

  /**
   * Returns the Arabic label of a code.
   *
   * @param code a known CAMEO code
   * @return the label, for example {@code اجتماع في مكان ثالث} for {@code 044}
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if the code is not known
   */
  public static String labelAr(String code) {
    return CameoTable.standard().labelAr(Objects.requireNonNull(code, "code"));
  }

  /**
   * Returns every known code, roots and sub-codes, in codebook order.
   *
   * @return an unmodifiable list
   */
  public static List<String> codes() {
    List<String> l = new ArrayList<>();
    for (String c : CameoTable.standard().codes()) {
      l.add(c);
    }
    return Collections.unmodifiableList(l);
  }
}
