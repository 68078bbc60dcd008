package org.khabar.internal.ner;

import java.util.List;
import java.util.Map;

/**
 * Cue words for the NER features, written by the project: titles and roles that precede a person's
 * name, parts of Arabic personal names, head nouns of place names and head nouns of organization
 * names. Each word is listed once without the article (lookups ignore a leading article and attached
 * proclitics, so {@code الرئيس}, {@code والرئيس} and {@code للرئيس} all find {@code رئيس}).
 *
 * <p>Stateless and thread-safe.
 */
public final class CueWords {
  private CueWords() {}

  /** Titles and roles written before a person's name. */
  static final List<String> PERSON_TITLES = List.of(
      "رئيس", "رئيسة", "وزير", "وزيرة", "سيد", "سيدة", "شيخ", "ملك", "ملكة", "أمير", "أميرة",
      "سلطان", "دكتور", "د.", "مهندس", "نائب", "جنرال", "لواء", "عميد", "عقيد", "مقدم", "رائد",
      "نقيب", "مشير", "فريق أول", "مستشار", "مستشارة", "متحدث", "ناطق", "سفير", "سفيرة", "مبعوث",
      "مندوب", "أمين عام", "زعيم", "قائد", "مدرب", "لاعب", "نجم", "فنان", "فنانة", "مطرب", "مطربة",
      "ممثل", "ممثلة", "مخرج", "كاتب", "كاتبة", "شاعر", "روائي", "صحفي", "صحافي", "مراسل", "إمام",
      "بابا", "كاردينال", "حاخام", "أسقف", "مطران", "ولي العهد", "مرشد", "آية الله", "حجة الإسلام",
      "أستاذ", "بروفيسور", "قاضي", "قاضٍ", "محامي", "مدير", "مديرة", "عضو", "مساعد", "حاج",
      "الرئيس الأمريكي", "الرئيس الأميركي", "المستشار الألماني", "رئيس الوزراء", "رئيس الحكومة",
      "وزير الخارجية", "وزير الدفاع", "وزير الداخلية", "المتحدث باسم", "الناطق باسم");

  /** Words inside Arabic personal names: kinship and servitude particles. */
  static final List<String> NAME_PARTS = List.of(
      "بن", "ابن", "بنت", "أبو", "أبي", "أبا", "أم", "عبد", "آل", "ولد");

  /** Head nouns of place names. */
  static final List<String> PLACE_HEADS = List.of(
      "مدينة", "عاصمة", "محافظة", "ولاية", "بلدة", "قرية", "منطقة", "إقليم", "مقاطعة", "جزيرة",
      "جزر", "نهر", "بحر", "بحيرة", "ميناء", "مطار", "مخيم", "حي", "شارع", "ميدان", "جبل", "جبال",
      "صحراء", "خليج", "مضيق", "قناة", "قطاع", "ضاحية", "شمال", "جنوب", "شرق", "غرب", "شمالي",
      "جنوبي", "شرقي", "غربي", "وسط", "دولة", "جمهورية", "مملكة", "إمارة", "سلطنة", "بلاد", "قارة");

  /** Head nouns of organization names. */
  static final List<String> ORGANIZATION_HEADS = List.of(
      "وزارة", "حركة", "منظمة", "حزب", "شركة", "مجلس", "جامعة", "وكالة", "اتحاد", "جمعية", "هيئة",
      "بنك", "مصرف", "صندوق", "لجنة", "جبهة", "جيش", "مؤسسة", "مركز", "معهد", "نادي", "منتخب",
      "محكمة", "برلمان", "تنظيم", "جماعة", "كتائب", "قوات", "ائتلاف", "تحالف", "رابطة", "نقابة",
      "مكتب", "إدارة", "سلطة", "مفوضية", "أكاديمية", "مستشفى", "صحيفة", "جريدة", "مجلة", "قناة",
      "إذاعة", "تلفزيون", "مجموعة", "بورصة", "كلية", "مدرسة", "فرقة", "لواء", "كتيبة", "ميليشيا");

  /**
   * Returns the cue phrases per lexicon category ({@code cue.PER}, {@code cue.NAME}, {@code cue.GIVEN},
   * {@code cue.LOC}, {@code cue.ORG}).
   *
   * @return the phrases
   */
  public static Map<String, List<String>> phrases() {
    return Map.of(
        "cue.PER", PERSON_TITLES,
        "cue.NAME", NAME_PARTS,
        "cue.GIVEN", GivenNames.all(),
        "cue.LOC", PLACE_HEADS,
        "cue.ORG", ORGANIZATION_HEADS);
  }
}
