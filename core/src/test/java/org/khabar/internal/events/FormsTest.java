package org.khabar.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The paradigms generated for lexicon elements (stems at the MATCH level: ى→ي, ة→ه, أ→ا). */
class FormsTest {

  private static Map<String, Integer> forms(char kind, String... lemmas) {
    return Forms.of(new LexiconEntry.Element(kind, List.of(lemmas), 0, false));
  }

  @Test
  void defectiveVerbInAlefMaqsura() {
    Map<String, Integer> f = forms('V', "التقى", "يلتقي");
    for (String s : List.of("التقي", "التقت", "التقيا", "التقوا", "التقتا",
        "يلتقي", "تلتقي", "يلتقيان", "يلتقون", "يلتقوا", "يلتق", "نلتقي")) {
      assertTrue(f.containsKey(s), s);
    }
    assertEquals(Forms.VERB | Forms.PERF, f.get("التقي"));
    assertEquals(Forms.VERB | Forms.IMPF | Forms.PLURAL_SUBJECT, f.get("يلتقيان"));
    assertFalse(f.containsKey("التقيت"), "first person singular is left out");
    assertFalse(f.containsKey("التقينا"), "first person perfect is left out (كما ذكرنا)");
    assertFalse(f.containsKey("التقي" + "ت"));
  }

  @Test
  void defectiveVerbInAlef() {
    Map<String, Integer> f = forms('V', "دعا", "يدعو");
    for (String s : List.of("دعا", "دعت", "دعوا", "دعتا", "يدعو", "تدعو", "يدعوان", "يدعون", "يدع")) {
      assertTrue(f.containsKey(s), s);
    }
  }

  @Test
  void soundVerb() {
    Map<String, Integer> f = forms('V', "بحث", "يبحث");
    for (String s : List.of("بحث", "بحثت", "بحثا", "بحثوا", "بحثتا", "يبحث", "تبحث", "يبحثان", "يبحثون",
        "نبحث")) {
      assertTrue(f.containsKey(s), s);
    }
    assertEquals(Forms.VERB | Forms.PERF | Forms.PLURAL_SUBJECT, f.get("بحثا"));
  }

  @Test
  void hamzaOnAlefIsNormalized() {
    Map<String, Integer> f = forms('V', "أكد", "يؤكد");
    assertTrue(f.containsKey("اكد"));
    assertTrue(f.containsKey("اكدت"));
    assertTrue(f.containsKey("يؤكد"));
  }

  @Test
  void nounInTehMarbuta() {
    Map<String, Integer> f = forms('N', "زيارة");
    assertEquals(List.of("زياره", "زيارات", "زيارتين", "زيارتان", "زيارتا"), List.copyOf(f.keySet()));
  }

  @Test
  void nounWithAccusativeDualAndPlural() {
    Map<String, Integer> f = forms('N', "اجتماع");
    assertEquals(List.of("اجتماع", "اجتماعا", "اجتماعان", "اجتماعين", "اجتماعات"), List.copyOf(f.keySet()));
  }

  @Test
  void pluralLemmaStaysAsIs() {
    assertEquals(List.of("محادثات"), List.copyOf(forms('N', "محادثات").keySet()));
  }

  @Test
  void participleGenderAndNumber() {
    Map<String, Integer> f = forms('A', "مؤكد");
    for (String s : List.of("مؤكد", "مؤكدا", "مؤكده", "مؤكدين", "مؤكدتين")) {
      assertTrue(f.containsKey(s), s);
    }
    assertFalse(f.containsKey("مؤكدات"), "no feminine plural: مضيفات are stewardesses, not مضيفًا");
  }
}
