package org.khabar.internal.events;

import java.util.ArrayList;
import java.util.List;
import org.khabar.internal.normalize.ArabicNormalizer;

/**
 * Closed-class Arabic word lists the event layer reads (prepositions, particles, negation and
 * future cues, time words, titles, anaphors), at the {@code ArabicNormalizer.MATCH} level.
 *
 * <p>Immutable and thread-safe.
 */
final class Words {
  private Words() {}

  /**
   * Normalizes a word to the matching level.
   *
   * @param s the word
   * @return its {@code MATCH}-level form
   */
  static String norm(String s) {
    return ArabicNormalizer.normalize(s, ArabicNormalizer.MATCH);
  }

  private static WordSet set(String spaceSeparated) {
    List<String> l = new ArrayList<>();
    for (String w : spaceSeparated.trim().split("\\s+")) {
      l.add(norm(w));
    }
    return new WordSet(l);
  }

  /** Free-standing prepositions and prepositional adverbs: they end a noun phrase. */
  static final WordSet PREPOSITIONS = set(
      "في من إلى الى على عن مع بين حول خلال منذ بعد قبل عند لدى ضد نحو عبر دون بدون حتى إثر اثر عقب"
      + " أمام وفق وفقا بحسب حسب إزاء تجاه بشأن وسط ضمن مقابل لدى فوق تحت جراء بسبب رغم برغم عبر"
      + " لمدة طوال قرب داخل خارج إلا سوى بعيد موجب بموجب ب ل ك");

  /** Prepositions that carry attached pronouns ({@code خلاله}, {@code معه}, {@code إليها}). */
  static final WordSet PRONOUN_PREPOSITIONS = set("خلال مع على علي إلي الي عن من من ل ب في في لدى عند بين حول ضد منذ عبر دون");

  /** Where a frame may say the target stands. */
  private static final WordSet TARGET_PREPS = set("مع إلى على عن ب ل من ضد بين في لدى بمشاركة تجمع أمام");

  /** Particles, pronouns, relatives and auxiliaries: they end a noun phrase. */
  static final WordSet PARTICLES = set(
      "أن إن أنه أنها أنهم أنهما أنهن إنه إنها إنهم إنهما بأن بأنه بأنها بأنهم لأن كي لكي الذي التي"
      + " الذين اللذين اللتين اللذان اللتان اللواتي ما فيما بينما كما حيث ثم أو أم لكن لكنه لكنها"
      + " لكنهم غير قد لقد كان كانت كانوا يكون تكون هو هي هم هما نحن ذلك هذا هذه تلك هؤلاء أي إذا"
      + " إذ لو لولا كل جميع عدة عدد بعض ليس ليست لا لم لن وقد فقد إنما مما عما مما حين عندما بعدما"
      + " قبلما كلما بما لما ولا ولم ولن وأن وإن وكان وكانت وقال وذلك أيضا مجددا بالفعل فقط كذلك"
      + " وهو وهي وهم التى الا الذى ذاته نفسه نفسها حاليا رسميا إياه إياها إياهم إياهما"
      + " ردا احتجاجا تضامنا تعبيرا"); // accusatives of reason (طردت ... دبلوماسيين ردا على) end a phrase

  /** The word that, with a pronoun, is the speaker's country ({@code بلاده}). */
  static final WordSet HOMELAND = set("بلاد");

  /** Words of nearness before a place ({@code قرب دمشق، بالقرب من الحدود}). */
  static final WordSet NEAR_WORDS = set("قرب");

  /** Words that introduce a purpose ({@code بهدف التوصل، بغية، سعيا إلى، من أجل}). */
  static final WordSet PURPOSE_WORDS = set("بهدف بغية سعيا أجل هدف");

  /** Nouns of reports whose content (after عن) a denial denies ({@code نفى تقارير عن}). */
  static final WordSet REPORT_NOUNS = set("تقارير التقارير أنباء الأنباء شائعات الشائعات ادعاءات الادعاءات مزاعم المزاعم");

  /** Spokesmen: {@code باسم} after them names the body they speak for. */
  static final WordSet SPOKESMEN = set("المتحدث متحدث الناطق ناطق المتحدثة متحدثة الناطقة ناطقة");

  /** Verbal nouns of light verbs: ل on them makes the event noun after them a purpose (لإجراء محادثات). */
  static final WordSet LIGHT_NOUNS = set("إجراء عقد مواصلة استئناف إطلاق بدء");

  /** Quantifiers that head a noun phrase before a definite noun ({@code جميع الأطراف}). */
  static final WordSet QUANTIFIERS = set("كل جميع كافة");

  /** Words that negate the verb or verbal noun after them. */
  static final WordSet NEGATORS = set("لم لن لا ليس ليست ولم ولن ولا فلم فلن فلا");

  /** Words that make the following verb (or event noun) future or planned. */
  static final WordSet FUTURE_WORDS = set("سوف وسوف فسوف");

  /** Verbs of intention or plan whose complement is a future event. */
  static final WordSet INTENT_VERBS = set(
      "يعتزم تعتزم يعتزمان تعتزمان يعتزمون اعتزم ينوي تنوي ينويان يتوقع تتوقع يتوقعان ويتوقع ويعتزم"
      + " وتعتزم قرر قررت قررا قرروا يقرر تقرر وقرر وقررت يستعد تستعد يزمع تزمع تستعد يرتقب ترتقب"
      + " يترقب تترقب مرتقب مرتقبة المرتقب المرتقبة المقرر مقرر يمهد تمهد يمهدان تمهدان");

  /** Adjectives marking an event noun as planned ({@code الجولة المقبلة}). */
  static final WordSet FUTURE_ADJECTIVES = set(
      "المقبل المقبلة القادم القادمة المقبلين المرتقب المرتقبة المرتقبين المزمع المزمعة مقبل مقبلة");

  /** Time words and adverbs: they end an actor and never are one. */
  static final WordSet TIME_WORDS = set(
      "اليوم أمس امس غدا غداة الليلة البارحة مساء فجر ظهر عشية ضحى يوم أيام الأيام"
      + " الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت"
      + " الأسبوع أسبوع الشهر شهر السنة المقبل المقبلة الماضي الماضية الجاري"
      + " الجارية القادم القادمة مطلع أوائل أواخر منتصف نهاية"
      + " لاحق سابق لاحقا سابقا الآن حاليا يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه"
      + " يوليو يوليوز أغسطس اغسطس غشت سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان"
      + " أيار حزيران تموز آب أيلول تشرين الساعات ساعات قريبا مؤخرا أخيرا");

  /** Honorifics that stand right before a name ({@code الشيخ صباح}, {@code الأمير فيصل}). */
  static final WordSet HONORIFICS = set(
      "الأمير الشيخ الملك السلطان الملا العماد اللواء الفريق الجنرال السيد السيدة الدكتور الرئيس");

  /** Words after which the next word is part of a name ({@code عبد الله}, {@code بن فرحان}). */
  static final WordSet NAME_LINKS = set("عبد بن ابن أبو ابو أبي آل ذو بنت أم ولد");

  /** Common adjectives (not nisba) that follow a definite noun inside one phrase. */
  static final WordSet ADJECTIVES = set(
      "الجديد الجديدة الكبرى الكبير الكبيرة المؤقت المؤقتة المتحدة العام العامة الأعلى العليا الخاص"
      + " الخاصة الدائم الدائمة المكلف السابق السابقة الحالي الحالية المشترك المشتركة الأول الأولى"
      + " الثاني الثانية الختامي الختامية الأحمر الدولي الدولية الوطني الوطنية المركزي الأممي الأممية"
      + " الأخير الأخيرة الماضي الماضية المقبل المقبلة القادم القادمة المقبلين الرسمي الرسمية الأخرى الآخر"
      + " الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة المقرر المقررة المزمع المرتقب الابن الأب");

  /** Words that open a clause whose subject may stand before its verb ({@code لكن المسلحين خرقوا}). */
  static final WordSet CLAUSE_OPENERS = set("لكن ولكن لكنه بينما فيما حيث إذ ثم كما وبينما");

  /** Nouns that head the description of a person or office; a phrase starting with one is a new actor. */
  static final WordSet TITLES = set(
      "الرئيس رئيس رئيسة الرئيسة وزير وزيرة الوزير نائب الأمين أمين المبعوث مبعوث مبعوثة الممثل ممثل"
      + " ممثلة المندوب مندوب المندوبة مندوبة المتحدث متحدث الناطق ناطق الملك العاهل الأمير أمير"
      + " ولي الشيخ السلطان سلطان مدير المدير مديرة منسق المنسق كبير قائد القائد زعيم الزعيم"
      + " المستشار مستشار السفير سفير نظيره نظيرته نظيرها نظيريه نظراؤه نظراؤهم نظرائه نظرائهم"
      + " وكيل وكيلة مسؤول مسؤولة المسؤول الملا العماد اللواء الجنرال المرشد البابا المفوض مفوض"
      + " قادة زعماء ممثلو ممثلي ممثلين مبعوثي المتحدثة الناطقة وزراء الوزراء رؤساء الرؤساء سفراء السفراء");

  /** Anaphors naming the two parties of a previous event ({@code الجانبان}). */
  static final WordSet DUAL_ANAPHORS = set(
      "الجانبان الجانبين الطرفان الطرفين البلدان البلدين الوفدان الوفدين الزعيمان الزعيمين"
      + " الرئيسان الرئيسين الوزيران الوزيرين المسؤولان المسؤولين الجانبان");

  /** Words of a sports report: conflict and diplomacy words there are metaphors. */
  static final WordSet SPORTS = set(
      "مباراة المباراة مباريات المباريات منتخب المنتخب لاعب اللاعب لاعبة لاعبي الشوط شوط كأس"
      + " الدوري دوري نادي النادي ملعب الملعب استاد مدرب المدرب الحارس حارس ركلات ركلة هدف هدفا"
      + " هدفين أهداف المرمى البطولة بطولة لقب اللقب الترجيح الفريق مواجهة جزاء");

  /** Quantities of money: a release of these is of property (080), not of persons. */
  static final WordSet MONEY = set(
      "دولار دولارا مليار مليارات مليون ملايين أموال الأموال الأصول أصول أرصدة الأرصدة يورو الودائع"
      + " ودائع");

  /** Light words that may stand between a negator and the event it negates ({@code لم يصدر أي رد}). */
  static final WordSet NEGATION_BRIDGE = set(
      "أي اي قد يصدر تصدر يتم تتم يجر تجر يجري تجري يعد تعد يكن تكن يحدث تحدث يعقد تعقد");

  /** Nouns of absence of an act ({@code عدم}). */
  static final WordSet NEGATING_NOUNS = set("دون بدون عدم ودون وبدون");

  /** Words that name a past plan ({@code كان من المقرر}): the plan did not make the act future. */
  static final WordSet PAST_AUX = set("كان كانت وكان وكانت");

  /** Abstract and event nouns: a phrase headed by one names no actor ({@code أشاد بالاتفاق}). */
  static final WordSet NON_ACTORS = set(
      "اتفاق الاتفاق اتفاقا اتفاقية الاتفاقية قرار القرار قرارا مبادرة المبادرة خطوة الخطوة مصالحة"
      + " المصالحة موقف الموقف مبررات المبررات اتهامات الاتهامات الملف ملف الجهود جهود القصف الهجوم"
      + " العملية عملية الصفقة صفقة الإعلان الوثيقة وثيقة المذكرة مذكرة التصريحات تصريحات مذكرات"
      + " الإجراءات إجراءات المقترحات مقترحات الخطة خطة المشروع مشروع الأجواء التصعيد الوضع الأوضاع"
      + " التطورات تطورات سبل قضايا القضايا ملفات الحل حل النتائج الانتخابات انتخاب النزاع النزاعات الأزمة"
      + " الأزمات أزمة الحرب الصراع الصراعات القضية المسألة الملفات الظروف المستجدات");

  /** Nouns naming a group that acts (a delegation, forces): a genitive after an event noun is its agent. */
  static final WordSet AGENT_NOUNS = set(
      "وفد وفدا الوفد قوات القوات جيش الجيش حكومة الحكومة مجلس المجلس لجنة اللجنة منظمة المنظمة"
      + " حركة الحركة جماعة الجماعة الأمم الامم الاتحاد جامعة الجامعة السلطات سلطات الهلال الصليب"
      + " وزارة الوزارة مسلحين مسلحون وفدا");

  /** Place names ending in ا that are not accusatives. */
  static final WordSet PLACES_IN_A = set(
      "فرنسا كندا أمريكا أميركا أوروبا اوروبا فيينا أستانا استانا كوبا بنما غانا أوغندا رواندا هولندا"
      + " فنلندا بولندا أيرلندا ايرلندا سويسرا روما مانيلا هافانا أثينا أنقرة ماليزيا أفريقيا كوريا"
      + " موسى عيسى يحيى مصطفى رضا");

  /** Number words: a phrase starting with one is a quantity ({@code خمسة أميركيين}). */
  static final WordSet NUMBER_WORDS = set(
      "اثنان اثنين ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع عشرة عشر"
      + " عشرات مئات آلاف ألف مئة مائة نحو مليون ملايين مليار مليارات عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين عشرون ثلاثون");

  /**
   * Function words whose letters, once hamza is normalized away, spell a trigger form: هنا "here" and
   * هنأ "congratulated". Read as the trigger only when the original word is written with its hamza.
   */
  static final WordSet NEVER_TRIGGERS = set("هنا هناك هنالك وهنا وهناك");

  /** Nouns of delegation: {@code وفد من X} names X. */
  static final WordSet DELEGATIONS = set("وفد وفدا ممثلين ممثلون ممثلي ممثلو مندوبين مبعوثين");

  /** Vehicles and quantities: they arrive, but a visit is made by people. */
  static final WordSet VEHICLES = set(
      "طائرة طائرتان طائرتين طائرات شاحنة شاحنات سفينة سفن حافلة حافلات الطائرة الشاحنات");

  /** Aid carriers: their arrival is the delivery of aid (073). */
  static final WordSet AID_CARRIERS = set(
      "فرق فريق قافلة قوافل فرق الفرق القافلة القوافل بعثة");

  /** Head nouns of named facilities and landforms: part of the place's name (مطار كابل، جبال قنديل). */
  static final WordSet FACILITY_HEADS = set(
      "مطار معبر قصر مقر مخيم ميناء قاعدة سد جبال جبل استاد منشأة مجمع المطار المعبر القصر المقر المخيم"
      + " الميناء القاعدة السد");

  /** Head nouns of administrative units: not part of the place's name (بلدة الخيام → الخيام). */
  static final WordSet ADMIN_HEADS = set(
      "مدينة بلدة قرية محافظة ولاية إقليم منطقة قضاء مديرية العاصمة عاصمة مدينتي بلدتي ضاحية حي");

  /** Words of part or area that may stand between في and a place (في محيط مدينة الفاشر). */
  static final WordSet AREA_WORDS = set(
      "محيط أطراف ضواحي وسط شمال جنوب شرق غرب شمالي جنوبي شرقي غربي داخل قرب");

  /**
   * Nouns whose genitive names a kind of event, not an occurrence ({@code قاعة الاجتماعات}, {@code ملف
   * المفاوضات}, {@code لجنة المفاوضات}).
   */
  static final WordSet NAMING_HEADS = set(
      "قاعة صالة ملف ملفات قضية مسار طاولة جدول آلية آليات مركز مكتب محضر محاضر سجل لجنة وفد فريق إدارة"
      + " برنامج مهارات استراتيجية استراتيجيات أساليب");

  /** Verbs and phrases that characterize an act ({@code يعتبر خرقا}): the accusative noun after them is no occurrence. */
  static final WordSet EVALUATIVE = set(
      "يعتبر تعتبر اعتبر اعتبرت يعد تعد عد عدت يمثل تمثل مثل مثلت يشكل تشكل شكل شكلت بمثابة"
      + " ويعتبر ويمثل ويشكل ويعد واعتبر واعتبرت");

  /** Heads of armed actors: forces, aircraft, weapons, gunmen. */
  static final WordSet ARMED_HEADS = set(
      "قوات جيش الجيش القوات طائرات الطائرات طائرة مقاتلات المقاتلات مسلحون مسلحين المسلحون المسلحين"
      + " مسيرة مسيرات صاروخ صواريخ قذائف قذيفة غارة غارات عناصر ميليشيا ميليشيات الميليشيا الميليشيات"
      + " مليشيا المليشيات جماعة الجماعة تنظيم التنظيم عصابة مقاتلين مقاتلون المقاتلين حركة الحركة"
      + " الشرطة شرطة الأمن قوة");

  /** Documents as subjects: their issuer is the actor ({@code بيان صادر عن قيادة الجيش}). */
  static final WordSet DOCUMENTS = set("بيان البيان تقرير التقرير رسالة الرسالة وثيقة الوثيقة");

  /** Dialogue and negotiation as the content of an appeal (دعا إلى الحوار is 026). */
  static final WordSet DIALOGUE = set("حوار الحوار تفاوض التفاوض");

  /** Relative pronouns: they open a clause inside a phrase. */
  static final WordSet RELATIVES = set("الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي");

  /**
   * Verbs that say an event took place ({@code جرت، عقدت، استمرت}): in a relative clause after the
   * event's noun they give its time and place, unlike other verbs ({@code الذي صنّفه العراق ...}).
   */
  static final WordSet OCCURRENCE_VERBS = set(
      "جرى جرت تجري يجري ستجري سيجري عقد عقدت تعقد يعقد ستعقد سيعقد انعقد انعقدت تنعقد ينعقد استمر"
      + " استمرت تستمر يستمر انطلق انطلقت تنطلق ينطلق ستنطلق انتهى انتهت اختتم اختتمت أقيم أقيمت"
      + " تقام يقام نظم نظمت أنجز أنجزت اختتمت تختتم"
      // the verbs of an attack's own relative clause (الهجوم الذي استهدف مسجدا في بيشاور يوم الجمعة)
      + " استهدف استهدفت وقع وقعت طال طالت ضرب ضربت");

  /** Prepositions after which a time is a reference point, not the event's own time (قبل رمضان). */
  static final WordSet TIME_RELATIONS = set("قبل بعد منذ حتى لغاية قبيل بعيد إثر عقب غداة");

  /** Speech verbs and words that introduce reported content ({@code أن}). */
  static final WordSet COMPLEMENTIZERS = set(
      "أن إن أنه أنها أنهم أنهما إنه إنها إنهم إنهما بأن بأنه بأنها بأنهم وأن وإن");

  // ---- every closed class in one table: word -> bit mask, so a token costs one lookup per form
  static final int C_PREPOSITION = 1;
  static final int C_PARTICLE = 1 << 1;
  static final int C_NEGATOR = 1 << 2;
  static final int C_COMPLEMENTIZER = 1 << 3;
  static final int C_TIME = 1 << 4;
  static final int C_TITLE = 1 << 5;
  static final int C_DUAL_ANAPHOR = 1 << 6;
  static final int C_SPORTS = 1 << 7;
  static final int C_INTENT = 1 << 8;
  static final int C_FUTURE_ADJ = 1 << 9;
  static final int C_FUTURE_WORD = 1 << 10;
  static final int C_MONEY = 1 << 11;
  static final int C_HONORIFIC = 1 << 12;
  static final int C_NAME_LINK = 1 << 13;
  static final int C_ADJECTIVE = 1 << 14;
  static final int C_NON_ACTOR = 1 << 15;
  static final int C_NUMBER = 1 << 16;
  static final int C_PLACE_IN_A = 1 << 17;
  static final int C_PRONOUN_PREP = 1 << 18;

  private static final WordSet[] CLASS_SETS = {
    PREPOSITIONS, PARTICLES, NEGATORS, COMPLEMENTIZERS, TIME_WORDS, TITLES, DUAL_ANAPHORS, SPORTS,
    INTENT_VERBS, FUTURE_ADJECTIVES, FUTURE_WORDS, MONEY, HONORIFICS, NAME_LINKS, ADJECTIVES, NON_ACTORS,
    NUMBER_WORDS, PLACES_IN_A, PRONOUN_PREPOSITIONS
  };
  private static final WordSet ALL;
  private static final int[] MASKS;
  /** The words listed with the article, keyed by the stem after it ({@code وزير} for الوزير). */
  private static final WordSet DEFINITE;
  private static final int[] DEFINITE_MASKS;

  static {
    java.util.Map<String, Integer> masks = new java.util.LinkedHashMap<>();
    java.util.Map<String, Integer> definite = new java.util.LinkedHashMap<>();
    String art = norm("ال");
    for (int k = 0; k < CLASS_SETS.length; k++) {
      for (String w : CLASS_SETS[k].words()) {
        masks.merge(w, 1 << k, (x, y) -> x | y);
        if (w.length() > art.length() + 1 && w.startsWith(art)) {
          definite.merge(w.substring(art.length()), 1 << k, (x, y) -> x | y);
        }
      }
    }
    ALL = new WordSet(masks.keySet());
    MASKS = values(masks);
    DEFINITE = new WordSet(definite.keySet());
    DEFINITE_MASKS = values(definite);
  }

  private static int[] values(java.util.Map<String, Integer> m) {
    int[] out = new int[m.size()];
    int i = 0;
    for (int v : m.values()) {
      out[i++] = v;
    }
    return out;
  }

  /**
   * Returns the closed classes ({@code C_*} bits) of a normalized word.
   *
   * @param b the chars
   * @param off the offset
   * @param len the length
   * @return the class mask, 0 for an open-class word
   */
  static int classes(char[] b, int off, int len) {
    if (len <= 0) {
      return 0;
    }
    int i = ALL.indexOf(b, off, len);
    return i < 0 ? 0 : MASKS[i];
  }

  /**
   * Returns the closed classes of a stem that stands after the article: those of the words the
   * lists give with it ({@code وزير} after ال is الوزير, a title).
   *
   * @param b the chars of the stem, without the article
   * @param off the offset
   * @param len the length
   * @return the class mask, 0 when no definite word of a list has this stem
   */
  static int definiteClasses(char[] b, int off, int len) {
    if (len <= 0) {
      return 0;
    }
    int i = DEFINITE.indexOf(b, off, len);
    return i < 0 ? 0 : DEFINITE_MASKS[i];
  }

  /**
   * Returns whether a normalized word is a preposition a frame may name.
   *
   * @param n the normalized word
   * @return true when it is
   */
  static boolean isTargetPreposition(String n) {
    return TARGET_PREPS.contains(n);
  }
}
