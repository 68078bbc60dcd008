package org.khabar.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.Actor;
import org.khabar.Document;
import org.khabar.Entity;
import org.khabar.Event;
import org.khabar.Pipeline;

/**
 * The standard pipeline (shipped NER model, standard trigger lexicon) on sentences that once broke it.
 */
class StandardPipelineTest {
  private static final Pipeline PIPELINE = BundledModels.standardPipeline();

  /**
   * A gazetteer name (عبد الملك الحوثي) whose first token no entity covers, overlapping an NER person
   * name that starts later: the event layer read the entity of that first token (none, -1) as an
   * index. Found by the scale run on SaudiNewsNet; the sentence is composed for the test.
   */
  @Test
  void gazetteerNameStartingBeforeAnNerNameDoesNotBreakTheEventLayer() {
    String text = "رفضوا مطلب الحوثي لسببين صدوره من المخلوع على عبدالله صالح لعبد الملك الحوثي.";
    Document doc = PIPELINE.process(text);
    List<String> entities = doc.entities().stream()
        .map((Entity e) -> e.type() + " " + e.start() + "-" + e.end() + " " + e.text())
        .toList();
    assertEquals(List.of("PER 11-17 الحوثي", "PER 46-76 عبدالله صالح لعبد الملك الحوثي"), entities);
    assertEquals(1, doc.events().size());
    Event ev = doc.events().get(0);
    assertEquals("120 0-5 رفضوا", ev.cameo() + " " + ev.trigger().start() + "-" + ev.trigger().end()
        + " " + ev.trigger().text());
    assertEquals(List.of(), ev.source());
    assertEquals(1, ev.target().size());
    assertEquals("11-17 الحوثي YEM REB", ev.target().get(0).start() + "-" + ev.target().get(0).end() + " "
        + ev.target().get(0).text() + " " + ev.target().get(0).country().orElseThrow() + " "
        + ev.target().get(0).sector().orElseThrow());
    assertEquals("120.rafada", ev.ruleId());
  }

  /**
   * The NER model sometimes runs a name over the sentence-initial verb (يزور لافروف); the actor keeps
   * only the name after the trigger.
   */
  @Test
  void anActorNeverCoversTheTrigger() {
    Document doc = PIPELINE.process("يزور لافروف القاهرة بعد غد.");
    assertEquals(1, doc.events().size());
    Event ev = doc.events().get(0);
    assertEquals("042 0-4 يزور", ev.cameo() + " " + ev.trigger().start() + "-" + ev.trigger().end()
        + " " + ev.trigger().text());
    assertEquals(1, ev.source().size());
    Actor s = ev.source().get(0);
    assertEquals("5-11 لافروف RUS", s.start() + "-" + s.end() + " " + s.text() + " " + s.country().orElseThrow());
    assertEquals(1, ev.target().size());
    assertEquals("12-19 القاهرة", ev.target().get(0).start() + "-" + ev.target().get(0).end() + " "
        + ev.target().get(0).text());
  }

  /**
   * An office after the subject's name heads the object when another person's name follows it, and
   * is the subject's own (apposition) when نظيره follows it.
   */
  @Test
  void anOfficeAfterTheSubjectsNameHeadsTheObjectOnlyWhenAnotherNameFollows() {
    assertEquals("043 0-6 S=[7-24 عبد الفتاح السيسي] T=[48-61 أنتوني بلينكن]",
        describe("استقبل عبد الفتاح السيسي وزير الخارجية الأمريكي أنتوني بلينكن."));
    assertEquals("043 0-6 S=[13-28 عبد الله الثاني] T=[50-68 محمد شياع السوداني]",
        describe("استقبل الملك عبد الله الثاني رئيس الوزراء العراقي محمد شياع السوداني."));
    assertEquals("044 0-5 S=[6-15 سامح شكري] T=[51-62 أيمن الصفدي]",
        describe("التقى سامح شكري وزير الخارجية المصري نظيره الأردني أيمن الصفدي."));
  }

  /** A known place the NER model's person name ran over is the event's target, cut off the name. */
  @Test
  void aKnownPlaceAfterAPersonIsNotPartOfTheName() {
    assertEquals("042 0-5 S=[20-31 شي جين بينغ] T=[32-37 موسكو]",
        describe("سيزور الرئيس الصيني شي جين بينغ موسكو في 20 مارس الجاري."));
  }

  /** An accusative of reason (ردا على) ends the object phrase. */
  @Test
  void anAccusativeOfReasonEndsTheObject() {
    assertEquals("166 0-4 S=[5-10 روسيا] T=[11-35 عشرة دبلوماسيين أمريكيين]",
        describe("طردت روسيا عشرة دبلوماسيين أمريكيين ردا على العقوبات."));
  }

  /** The verbal noun استقبال with a pronoun of the statement's speaker and its object (043). */
  @Test
  void receptionNounWithTheSpeakersPronoun() {
    assertEquals("010 1-4 S=[11-30 سلمان بن عبد العزيز] T=[]\n"
        + "043 36-44 S=[11-30 سلمان بن عبد العزيز] T=[62-72 محمود عباس]",
        describe("وأكد الملك سلمان بن عبد العزيز خلال استقباله الرئيس الفلسطيني محمود عباس دعم المملكة"
            + " للقضية الفلسطينية."));
  }

  /** The verb of an indefinite noun's relative clause is not part of the actor. */
  @Test
  void aRelativeClauseVerbEndsTheObject() {
    assertEquals("173 0-6 S=[7-25 قوات الأمن التركية] T=[26-36 خمسة أشخاص]",
        describe("اعتقلت قوات الأمن التركية خمسة أشخاص يشتبه في انتمائهم لتنظيم داعش."));
  }

  /** قد with an imperfect is a possibility, no event; قد with a perfect reports one. */
  @Test
  void qadWithAnImperfectIsNoEvent() {
    assertEquals("010 0-3 S=[4-9 مسؤول] T=[]",
        describe("قال مسؤول إن الرئيس قد يلتقي نظيره الروسي الشهر المقبل."));
    assertEquals("", describe("قد تتوصل الأطراف إلى اتفاق."));
    assertEquals("044 15-20 S=[5-11 الوزير] T=[21-33 نظيره الروسي]",
        describe("وكان الوزير قد التقى نظيره الروسي."));
  }

  /** بلاده is the speaker's country: its latest mention before, else the anaphor coded with it. */
  @Test
  void hisCountryIsTheSpeakersCountry() {
    assertEquals("042 0-3 S=[4-10 لافروف] T=[11-16 روسيا]\n010 19-22 S=[23-29 لافروف] T=[]\n"
        + "036 39-45 S=[11-16 روسيا] T=[]",
        describe("زار لافروف روسيا. وقال لافروف إن بلاده مستعدة للحوار."));
    Event ev = PIPELINE.process("وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده مستعدة للحوار مع الغرب.")
        .events().get(1);
    Actor s = ev.source().get(0);
    assertEquals("42-47 بلاده RUS GOV", s.start() + "-" + s.end() + " " + s.text() + " "
        + s.country().orElseThrow() + " " + s.sector().orElseThrow());
  }

  /** Offices set off by a comma after the subject's name are its own; the object comes later. */
  @Test
  void officesBeforeACommaAreTheSubjectsOwn() {
    assertEquals("043 0-6 S=[14-27 محمد بن سلمان] T=[111-124 ديفيد كاميرون]",
        describe("استقبل الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء، في قصر اليمامة بالرياض اليوم،"
            + " وزير الخارجية البريطاني ديفيد كاميرون."));
  }

  /** وافق على with an agreement's noun is 057 of the parties; a parliament approving a budget is none. */
  @Test
  void agreeingToATruceIsAnAgreementApprovingABudgetIsNot() {
    assertEquals("010 0-4 S=[20-33 هانس غروندبرغ] T=[]\n057 55-61 S=[37-44 الحكومة, 46-54 الحوثيين] T=[]\n"
        + "0871 72-78 S=[] T=[]",
        describe("أعلن المبعوث الأممي هانس غروندبرغ أن الحكومة والحوثيين وافقوا على تمديد الهدنة لمدة شهرين."));
    assertEquals("", describe("وافق البرلمان على الميزانية."));
    assertEquals(true, PIPELINE.process("لم توافق حماس على المقترح المصري.").events().get(0).negated());
  }

  /** An attack or arrest near a place (قرب، بالقرب من) takes the place as its location; a meeting does not. */
  @Test
  void nearAPlaceLocatesAttacksAndArrests() {
    assertEquals("54-58 دمشق", PIPELINE.process("شنت طائرات إسرائيلية غارات جوية على مواقع قرب العاصمة دمشق فجر الاثنين.")
        .events().get(0).location().map(l -> l.start() + "-" + l.end() + " " + l.text()).orElse("-"));
    assertEquals("58-62 جنين", PIPELINE.process("اعتقلت القوات الإسرائيلية ثلاثة فلسطينيين بالقرب من مدينة جنين.")
        .events().get(0).location().map(l -> l.start() + "-" + l.end() + " " + l.text()).orElse("-"));
    assertEquals("-", PIPELINE.process("التقى الوزير نظيره قرب الحدود مع لبنان.")
        .events().get(0).location().map(l -> l.start() + "-" + l.end() + " " + l.text()).orElse("-"));
  }

  /** A common noun in construct with an office is one phrase (مكتب رئيس الوزراء); a name then an office is two. */
  @Test
  void aCommonNounBeforeAnOfficeIsItsHead() {
    assertEquals("120 0-3 S=[4-32 مكتب رئيس الوزراء الإسرائيلي] T=[]",
        describe("نفى مكتب رئيس الوزراء الإسرائيلي ذلك."));
    assertEquals("043 0-6 S=[7-13 ماكرون] T=[30-39 ميشال عون]",
        describe("استقبل ماكرون الرئيس اللبناني ميشال عون."));
  }

  private static String describe(String text) {
    List<String> out = new ArrayList<>();
    for (Event ev : PIPELINE.process(text).events()) {
      out.add(ev.cameo() + " " + ev.trigger().start() + "-" + ev.trigger().end()
          + " S=" + ev.source().stream().map(x -> x.start() + "-" + x.end() + " " + x.text()).toList()
          + " T=" + ev.target().stream().map(x -> x.start() + "-" + x.end() + " " + x.text()).toList());
    }
    return String.join("\n", out);
  }

  /**
   * Every document built from the ANERcorp test split (20 sentences each, tokens joined by spaces)
   * goes through the standard pipeline: no exception, and every entity, trigger, actor, location and
   * time span lies inside the text and carries the text it covers.
   */
  @Test
  void everySpanOfTheAnercorpTestDocumentsIsInsideItsText() throws IOException {
    Path file = org.khabar.testing.SharedData.require("data/ner/anercorp-camellab/ANERCorp_CamelLab_test.txt");
    List<String> docs = new ArrayList<>();
    StringBuilder doc = new StringBuilder();
    int sentences = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (t.isEmpty()) {
        if (++sentences % 20 == 0) {
          docs.add(doc.toString());
          doc.setLength(0);
        } else {
          doc.append('\n');
        }
        continue;
      }
      int sp = t.lastIndexOf(' ');
      doc.append(sp < 0 ? t : t.substring(0, sp)).append(' ');
    }
    docs.add(doc.toString());
    int entities = 0;
    int events = 0;
    for (String text : docs) {
      Document d = PIPELINE.process(text);
      for (Entity e : d.entities()) {
        check(text, e.start(), e.end(), e.text());
        entities++;
      }
      for (Event ev : d.events()) {
        check(text, ev.trigger().start(), ev.trigger().end(), ev.trigger().text());
        for (Actor a : ev.source()) {
          check(text, a.start(), a.end(), a.text());
        }
        for (Actor a : ev.target()) {
          check(text, a.start(), a.end(), a.text());
        }
        ev.location().ifPresent(l -> check(text, l.start(), l.end(), l.text()));
        ev.time().ifPresent(x -> check(text, x.start(), x.end(), x.text()));
        events++;
      }
    }
    assertTrue(docs.size() > 40, "documents " + docs.size());
    assertTrue(entities > 1500, "entities " + entities);
    assertTrue(events > 50, "events " + events);
  }

  private static void check(String text, int start, int end, String covered) {
    assertTrue(0 <= start && start < end && end <= text.length(), start + "-" + end + " of " + text.length());
    assertEquals(text.substring(start, end), covered);
  }
}
