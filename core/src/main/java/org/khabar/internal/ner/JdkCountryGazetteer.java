package org.khabar.internal.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Country names in Arabic from the JDK's locale data (CLDR display names of every ISO 3166 country),
 * under {@code LOC.country}. Parenthesized qualifiers and the part after a dash are dropped
 * ({@code الكونغو - كينشاسا} gives {@code الكونغو}).
 *
 * <p>Stateless and thread-safe.
 */
public final class JdkCountryGazetteer implements NerGazetteer {
  /** Creates the source. */
  public JdkCountryGazetteer() {}

  @Override
  public Map<String, List<String>> phrases() {
    Locale ar = Locale.forLanguageTag("ar");
    TreeSet<String> names = new TreeSet<>();
    for (String cc : Locale.getISOCountries()) {
      String name = new Locale("", cc).getDisplayCountry(ar);
      if (name.isEmpty() || name.equals(cc)) {
        continue;
      }
      int paren = name.indexOf('(');
      if (paren > 0) {
        name = name.substring(0, paren);
      }
      int dash = name.indexOf(" - ");
      if (dash > 0) {
        name = name.substring(0, dash);
      }
      name = name.strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return Map.of("LOC.country", new ArrayList<>(names));
  }
}
