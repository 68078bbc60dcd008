package org.khabar.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.Actor;
import org.khabar.Document;
import org.khabar.Event;
import org.khabar.Span;
import org.khabar.TestDocuments;
import org.khabar.TimeExpression;

/** The JSON and CoNLL writers on a document with entities and events: every field, exact offsets. */
class WritersTest {

  private static String json(Document d) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      JsonDocumentWriter.write(g, "s1", d, false, false);
    }
    return w.toString();
  }

  @Test
  void jsonHasEveryFieldOfTheContract() throws IOException {
    assertEquals("{\"id\":\"s1\",\"date\":\"2017-12-18\",\"sentences\":[{\"start\":0,\"end\":114}],"
        + "\"entities\":["
        + "{\"type\":\"PER\",\"start\":27,\"end\":36,\"text\":\"سامح شكري\",\"confidence\":0.93},"
        + "{\"type\":\"PER\",\"start\":51,\"end\":62,\"text\":\"أيمن الصفدي\",\"confidence\":0.9},"
        + "{\"type\":\"LOC\",\"start\":66,\"end\":71,\"text\":\"عمّان\",\"confidence\":0.88},"
        + "{\"type\":\"LOC\",\"start\":110,\"end\":113,\"text\":\"غزة\",\"confidence\":0.95}],"
        + "\"events\":["
        + "{\"cameo\":\"044\",\"plover\":\"CONSULT\",\"trigger\":{\"start\":0,\"end\":5,\"text\":\"التقى\"},"
        + "\"source\":[{\"start\":27,\"end\":36,\"text\":\"سامح شكري\",\"type\":\"PER\",\"country\":\"EGY\",\"sector\":\"GOV\"}],"
        + "\"target\":[{\"start\":51,\"end\":62,\"text\":\"أيمن الصفدي\",\"type\":\"PER\",\"country\":\"JOR\",\"sector\":\"GOV\"}],"
        + "\"location\":{\"start\":66,\"end\":71,\"text\":\"عمّان\"},"
        + "\"time\":{\"start\":72,\"end\":81,\"text\":\"يوم الأحد\",\"value\":\"2017-12-17\"},"
        + "\"negated\":false,\"future\":false,\"confidence\":0.81,\"rule\":\"meet.iltaqa\"},"
        + "{\"cameo\":\"040\",\"plover\":\"CONSULT\",\"trigger\":{\"start\":84,\"end\":87,\"text\":\"بحث\"},"
        + "\"source\":[{\"start\":27,\"end\":36,\"text\":\"سامح شكري\",\"type\":\"PER\",\"country\":\"EGY\",\"sector\":\"GOV\"}],"
        + "\"target\":[{\"start\":51,\"end\":62,\"text\":\"أيمن الصفدي\",\"type\":\"PER\",\"country\":\"JOR\",\"sector\":\"GOV\"}],"
        + "\"location\":null,\"time\":null,\"negated\":false,\"future\":true,\"confidence\":0.7,"
        + "\"rule\":\"consult.bahatha\"}]}", json(TestDocuments.sample()));
  }

  @Test
  void absentValuesAreNull() throws IOException {
    String t = "قال الوزير أمس";
    Document d = TestDocuments.of(t, null, List.of(), List.of(new Event("010", Optional.empty(),
        new Span(0, 3, "قال"), List.of(new Actor(4, 10, "الوزير", Optional.empty(), Optional.empty(),
            Optional.empty())), List.of(), Optional.empty(),
        Optional.of(new TimeExpression(11, 14, "أمس", Optional.empty())), true, false, 1.0, "say.qala")));
    assertEquals("{\"id\":\"s1\",\"sentences\":[{\"start\":0,\"end\":14}],\"entities\":[],\"events\":["
        + "{\"cameo\":\"010\",\"plover\":null,\"trigger\":{\"start\":0,\"end\":3,\"text\":\"قال\"},"
        + "\"source\":[{\"start\":4,\"end\":10,\"text\":\"الوزير\",\"type\":null,\"country\":null,\"sector\":null}],"
        + "\"target\":[],\"location\":null,"
        + "\"time\":{\"start\":11,\"end\":14,\"text\":\"أمس\",\"value\":null},"
        + "\"negated\":true,\"future\":false,\"confidence\":1.0,\"rule\":\"say.qala\"}]}", json(d));
  }

  @Test
  void conllMarksEntitiesWithBioAndEventsWithRoles() {
    StringBuilder b = new StringBuilder();
    ConllWriter.write(b, "s1", TestDocuments.sample());
    assertEquals("# doc_id = s1\n"
        + "# sent_id = s1-1\n"
        + "# text = " + TestDocuments.SAMPLE + "\n"
        + "1\tالتقى\tالتقى\tالتقى/STEM\tO\t1:TRIGGER:044\t0\t5\n"
        + "2\tوزير\tوزير\tوزير/STEM\tO\t_\t6\t10\n"
        + "3\tالخارجية\tالخارجية\tال/ART+خارجية/STEM\tO\t_\t11\t19\n"
        + "4\tالمصري\tالمصري\tال/ART+مصري/STEM\tO\t_\t20\t26\n"
        + "5\tسامح\tسامح\tسامح/STEM\tB-PER\t1:SOURCE|2:SOURCE\t27\t31\n"
        + "6\tشكري\tشكري\tشكري/STEM\tI-PER\t1:SOURCE|2:SOURCE\t32\t36\n"
        + "7\tنظيره\tنظيره\tنظير/STEM+ه/PRON\tO\t_\t37\t42\n"
        + "8\tالأردني\tالاردني\tال/ART+أردني/STEM\tO\t_\t43\t50\n"
        + "9\tأيمن\tايمن\tأيمن/STEM\tB-PER\t1:TARGET|2:TARGET\t51\t55\n"
        + "10\tالصفدي\tالصفدي\tال/ART+صفدي/STEM\tI-PER\t1:TARGET|2:TARGET\t56\t62\n"
        + "11\tفي\tفي\tفي/STEM\tO\t_\t63\t65\n"
        + "12\tعمّان\tعمان\tعمّان/STEM\tB-LOC\t1:LOCATION\t66\t71\n"
        + "13\tيوم\tيوم\tيوم/STEM\tO\t1:TIME\t72\t75\n"
        + "14\tالأحد\tالاحد\tالأحد/STEM\tO\t1:TIME\t76\t81\n"
        + "15\t،\t،\t،/STEM\tO\t_\t81\t82\n"
        + "16\tوبحث\tوبحث\tو/CONJ+بحث/STEM\tO\t2:TRIGGER:040\t83\t87\n"
        + "17\tمعه\tمعه\tمع/STEM+ه/PRON\tO\t_\t88\t91\n"
        + "18\tتطورات\tتطورات\tتطورات/STEM\tO\t_\t92\t98\n"
        + "19\tالأوضاع\tالاوضاع\tال/ART+أوضاع/STEM\tO\t_\t99\t106\n"
        + "20\tفي\tفي\tفي/STEM\tO\t_\t107\t109\n"
        + "21\tغزة\tغزة\tغزة/STEM\tB-LOC\t_\t110\t113\n"
        + "22\t.\t.\t./STEM\tO\t_\t113\t114\n"
        + "\n", b.toString());
  }

  @Test
  void conllEscapesControlCharactersInTokens() {
    Document d = TestDocuments.of("a\u0000b \u0085", null, List.of(), List.of());
    StringBuilder b = new StringBuilder();
    ConllWriter.write(b, "c", d);
    StringBuilder expected = new StringBuilder("# doc_id = c\n");
    for (int s = 0; s < d.sentences().size(); s++) {
      expected.append("# sent_id = c-").append(s + 1).append('\n');
      expected.append("# text = ").append(d.sentences().get(s).text().replace('\u0000', ' ')
          .replace('\u0085', ' ')).append('\n');
      for (int t = d.sentences().get(s).firstToken(); t < d.sentences().get(s).endToken(); t++) {
        var tok = d.tokens().get(t);
        String f = tok.text().replace("\u0000", "\\u0000").replace("\u0085", "\\u0085");
        expected.append(t - d.sentences().get(s).firstToken() + 1).append('\t').append(f).append('\t')
            .append(f).append('\t').append(f).append("/STEM\tO\t_\t").append(tok.start()).append('\t')
            .append(tok.end()).append('\n');
      }
      expected.append('\n');
    }
    assertEquals(expected.toString(), b.toString());
    for (String line : b.toString().split("\n", -1)) {
      for (char c : line.toCharArray()) {
        assertEquals(false, Character.getType(c) == Character.CONTROL && c != '\t', "raw control in: " + line);
      }
    }
  }
}
