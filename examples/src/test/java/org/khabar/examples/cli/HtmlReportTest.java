package org.khabar.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.Document;
import org.khabar.Entity;
import org.khabar.EntityType;
import org.khabar.Event;
import org.khabar.Span;
import org.khabar.TestDocuments;

/**
 * The HTML report: markup over exact spans, crossing spans split, nothing external, and the page as a
 * real browser (headless Chromium) renders it.
 */
class HtmlReportTest {
  @TempDir Path tmp;

  private static final Pattern ENTITY = Pattern.compile("<mark class=\"ent ent-(\\w+)\" data-entity=\"(\\d+)\"");
  private static final Pattern TRIGGER = Pattern.compile("<span class=\"trig\" tabindex=\"0\" data-event=\"(\\d+)\"");

  @Test
  void textIsMarkedAtExactOffsets() {
    String html = HtmlReport.render("s1", TestDocuments.sample());
    String article = html.substring(html.indexOf("<article"), html.indexOf("</article>"));
    assertTrue(article.startsWith("<article id=\"text\" class=\"text\"><span class=\"trig\" tabindex=\"0\""
        + " data-event=\"1\" data-cameo=\"044\">التقى<span class=\"pop\" role=\"tooltip\"><b>1. 044</b>"
        + " اجتماع في مكان ثالث <span class=\"en\">Meet at a &#39;third&#39; location · CONSULT</span>"
        + "<br>الفاعل <span class=\"en\">source</span>: سامح شكري <span class=\"en\">(PER EGY GOV)</span>"
        + "<br>الطرف الآخر <span class=\"en\">target</span>: أيمن الصفدي <span class=\"en\">(PER JOR GOV)</span>"
        + "<br>المكان <span class=\"en\">place</span>: عمّان"
        + "<br>الزمان <span class=\"en\">date</span>: يوم الأحد <bdi>(2017-12-17)</bdi>"
        + "<br>منفي: لا · مستقبلي: لا</span></span> وزير الخارجية المصري "
        + "<mark class=\"ent ent-PER\" data-entity=\"1\" title=\"PER 0.93\">"
        + "<span class=\"arg\" data-args=\"1:source 2:source\">سامح شكري</span></mark> نظيره الأردني "),
        article);
    assertTrue(article.contains("<mark class=\"ent ent-LOC\" data-entity=\"3\" title=\"LOC 0.88\">"
        + "<span class=\"arg\" data-args=\"1:location\">عمّان</span></mark> "
        + "<span class=\"arg\" data-args=\"1:time\">يوم الأحد</span>، و<span class=\"trig\""), article);
    assertTrue(article.endsWith("في <mark class=\"ent ent-LOC\" data-entity=\"4\" title=\"LOC 0.95\">غزة</mark>."),
        article);
    assertEquals(TestDocuments.SAMPLE, visibleText(article));
  }

  @Test
  void crossingSpansAreSplitWithTheSameNumber() {
    String t = "أعلن وزير الدفاع";
    Document d = TestDocuments.of(t, null,
        List.of(new Entity(5, 16, EntityType.ORG, t.substring(5, 16), 0.5)),
        List.of(new Event("010", Optional.empty(), new Span(0, 9, t.substring(0, 9)), List.of(), List.of(),
            Optional.empty(), Optional.empty(), false, false, 0.5, "r")));
    String html = HtmlReport.render("x", d);
    String article = html.substring(html.indexOf("<article"), html.indexOf("</article>"));
    assertEquals(2, count(ENTITY, article));
    assertEquals(1, distinct(ENTITY, article, 2).size());
    assertEquals(1, count(TRIGGER, article));
    assertEquals(t, visibleText(article));
  }

  @Test
  void controlCharactersAndUnpairedSurrogatesAreShownAsReplacementCharacters() {
    String t = "a\u0000b\uD800c\u0085d\uD83D\uDE00";
    String html = HtmlReport.render("x", TestDocuments.of(t, null, List.of(), List.of()));
    assertTrue(html.contains("<article id=\"text\" class=\"text\">a<span class=\"ctl\" title=\"U+0000\">\uFFFD</span>b"
        + "<span class=\"ctl\" title=\"U+D800\">\uFFFD</span>c<span class=\"ctl\" title=\"U+0085\">\uFFFD</span>"
        + "d\uD83D\uDE00</article>"), html);
  }

  @Test
  void pageLoadsNothingFromOutside() {
    String html = HtmlReport.render("s1", TestDocuments.sample());
    assertFalse(html.contains("http:"), "no URL");
    assertFalse(html.contains("https:"), "no URL");
    assertFalse(html.contains("@import"), "no import");
    assertFalse(html.contains("url("), "no url()");
    assertFalse(html.contains(" src="), "no src attribute");
    assertFalse(html.contains("<link"), "no link element");
    assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\""));
  }

  @Test
  void eventTableHasCodeLabelsActorsPlaceDateNegatedFuture() {
    String html = HtmlReport.render("s1", TestDocuments.sample());
    assertTrue(html.contains("<tr id=\"ev-2\"><td>2</td><td><bdi>040</bdi></td><td>تشاور<br>"
        + "<span class=\"en\">Consult, not specified below</span></td><td><bdi>CONSULT</bdi></td><td>بحث</td>"
        + "<td>سامح شكري <span class=\"en\">(PER EGY GOV)</span></td>"
        + "<td>أيمن الصفدي <span class=\"en\">(PER JOR GOV)</span></td><td>—</td><td>—</td>"
        + "<td>لا</td><td>نعم</td><td>0.70</td><td><bdi>consult.bahatha</bdi></td></tr>"), html);
  }

  @Test
  void labelsComeFromCameoWithTheNearestKnownParent() {
    assertEquals("044", HtmlReport.knownCode("044"));
    assertEquals("044", HtmlReport.knownCode("0449"));
    assertEquals("18", HtmlReport.knownCode("189"));
    assertEquals(null, HtmlReport.knownCode("99"));
    String t = "هاجم";
    Document d = TestDocuments.of(t, null, List.of(),
        List.of(new Event("189", Optional.empty(), new Span(0, 4, t), List.of(), List.of(),
                Optional.empty(), Optional.empty(), false, false, 0.5, "r1"),
            new Event("99", Optional.empty(), new Span(0, 4, t), List.of(), List.of(),
                Optional.empty(), Optional.empty(), false, false, 0.5, "r2")));
    String html = HtmlReport.render("x", d);
    assertTrue(html.contains("<td><bdi>189</bdi></td><td>اعتداء<br><span class=\"en\">ASSAULT</span></td>"), html);
    assertTrue(html.contains("<td><bdi>99</bdi></td><td>CAMEO 99<br><span class=\"en\">CAMEO 99</span></td>"), html);
  }

  /** Opens the page in headless Chromium: checks the rendered DOM and saves a screenshot. */
  @Test
  void chromiumRendersTheReport() throws IOException, InterruptedException {
    String chromium = findChromium();
    Assumptions.assumeTrue(chromium != null,
        "chromium not found (install Debian's 'chromium'; .ci/run does): skipping the browser test");
    Path outDir = Paths.get("target", "html-report").toAbsolutePath();
    Files.createDirectories(outDir);
    Path page = outDir.resolve("sample.html");
    Files.writeString(page, HtmlReport.render("sample", TestDocuments.sample()),
        StandardCharsets.UTF_8);
    String dom = runChromium(chromium, "--dump-dom", page.toUri().toString());
    assertTrue(dom.contains("<html dir=\"rtl\" lang=\"ar\">"), dom);
    String article = dom.substring(dom.indexOf("<article"), dom.indexOf("</article>"));
    assertEquals(new TreeSet<>(List.of("1", "2", "3", "4")), distinct(ENTITY, article, 2));
    assertEquals(List.of("PER", "PER", "LOC", "LOC"), groups(ENTITY, article, 1));
    assertEquals(new TreeSet<>(List.of("1", "2")), distinct(TRIGGER, article, 1));
    assertEquals(2, count(Pattern.compile("<tr id=\"ev-\\d\">"), dom));
    assertTrue(dom.contains("id=\"legend\""), "legend");
    Path png = outDir.resolve("sample.png");
    Files.deleteIfExists(png);
    runChromium(chromium, "--screenshot=" + png, "--window-size=1200,1000", page.toUri().toString());
    assertTrue(Files.size(png) > 10_000, "screenshot " + png + " has " + Files.size(png) + " bytes");
  }

  private String runChromium(String chromium, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + tmp.resolve("profile")));
    cmd.addAll(List.of(args));
    Path out = tmp.resolve("chromium.out");
    Path err = tmp.resolve("chromium.err");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s: " + cmd);
    }
    assertEquals(0, p.exitValue(), () -> "chromium failed: " + readQuietly(err));
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static String readQuietly(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }

  static String findChromium() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && Files.isExecutable(Paths.get(configured))) {
      return configured;
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : new String[] {"chromium", "chromium-browser"}) {
        Path p = Paths.get(dir, name);
        if (Files.isExecutable(p)) {
          return p.toString();
        }
      }
    }
    return null;
  }

  private static int count(Pattern p, String s) {
    int n = 0;
    for (Matcher m = p.matcher(s); m.find(); ) {
      n++;
    }
    return n;
  }

  private static TreeSet<String> distinct(Pattern p, String s, int group) {
    return new TreeSet<>(groups(p, s, group));
  }

  private static List<String> groups(Pattern p, String s, int group) {
    List<String> out = new ArrayList<>();
    for (Matcher m = p.matcher(s); m.find(); ) {
      out.add(m.group(group));
    }
    return out;
  }

  /** The text of the article without markup and popups, entities decoded. */
  private static String visibleText(String article) {
    String noPop = article.replaceAll("<span class=\"pop\" role=\"tooltip\">.*?</span></span>", "</span>");
    return noPop.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }
}
