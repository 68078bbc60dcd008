package org.khabar.examples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.khabar.Actor;
import org.khabar.Cameo;
import org.khabar.Document;
import org.khabar.Entity;
import org.khabar.Event;
import org.khabar.Span;
import org.khabar.TimeExpression;

/**
 * Renders one document as a self-contained right-to-left HTML page ({@code ./khabar analyze --format
 * html}): the text with entities highlighted by type and event triggers marked (hovering, focusing or
 * clicking a trigger shows the event's code, actors, place and date, and highlights its arguments),
 * a table of the events, a table of the entities and a legend.
 *
 * <p>The page loads nothing: no external font, script, style sheet or URL, and its
 * Content-Security-Policy forbids any. Markup that would cross (an entity that starts inside a
 * trigger) is split into parts that carry the same {@code data-entity} or {@code data-event} number.
 * A control character that HTML cannot carry (NUL, other C0/C1 controls, an unpaired surrogate) is
 * shown as U+FFFD with its code point in a tooltip; the text is otherwise written as it is.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReport {
  private HtmlReport() {}

  private static final String CSS = String.join("\n",
      "body{font-family:'Noto Naskh Arabic','Noto Sans Arabic','DejaVu Sans',Tahoma,sans-serif;"
          + "margin:1.5em auto;max-width:75em;padding:0 1em;color:#1f2937;background:#fff;line-height:1.9}",
      "h1{font-size:1.4em;margin:.2em 0}h2{font-size:1.15em;margin-top:1.5em}",
      ".meta{color:#6b7280;font-size:.9em}",
      ".text{white-space:pre-wrap;font-size:1.2em;border:1px solid #e5e7eb;border-radius:6px;padding:1em}",
      "mark.ent{border-radius:3px;padding:0 .1em;color:inherit}",
      ".ent-PER{background:#fde68a}.ent-LOC{background:#bbf7d0}.ent-ORG{background:#bfdbfe}"
          + ".ent-MISC{background:#e9d5ff}",
      ".trig{position:relative;font-weight:bold;color:#b91c1c;border-bottom:2px solid #b91c1c;cursor:pointer}",
      ".trig:focus{outline:2px solid #b91c1c}",
      ".arg{border-bottom:2px dotted #6b7280}",
      ".arg.hl{background:#fecaca;border-bottom-color:#b91c1c}",
      ".pop{display:none;position:absolute;top:1.8em;right:0;z-index:10;min-width:18em;font-weight:normal;"
          + "font-size:.85em;line-height:1.6;color:#111827;background:#fffbeb;border:1px solid #d97706;"
          + "border-radius:6px;padding:.5em .7em;white-space:normal;box-shadow:0 2px 6px rgba(0,0,0,.2)}",
      ".trig:hover>.pop,.trig:focus>.pop,.trig.open>.pop{display:block}",
      "table{border-collapse:collapse;width:100%;font-size:.9em}",
      "th,td{border:1px solid #e5e7eb;padding:.25em .5em;text-align:right;vertical-align:top}",
      "th{background:#f3f4f6}tr.hl td{background:#fef2f2}td bdi{white-space:nowrap}",
      ".legend span{display:inline-block;margin-left:1em}",
      ".ctl{color:#9ca3af}",
      ".en{direction:ltr;unicode-bidi:isolate;color:#4b5563}");

  private static final String SCRIPT = String.join("\n",
      "(function(){",
      "function hl(k,on){",
      " document.querySelectorAll('.arg').forEach(function(a){",
      "  if((' '+a.getAttribute('data-args')+' ').indexOf(' '+k+':')>=0){a.classList.toggle('hl',on);}});",
      " var r=document.getElementById('ev-'+k);if(r){r.classList.toggle('hl',on);}}",
      "document.querySelectorAll('.trig').forEach(function(t){",
      " var k=t.getAttribute('data-event');",
      " t.addEventListener('mouseenter',function(){hl(k,true);});",
      " t.addEventListener('mouseleave',function(){if(!t.classList.contains('open')){hl(k,false);}});",
      " t.addEventListener('click',function(){var o=t.classList.toggle('open');hl(k,o);});",
      "});})();");

  /**
   * Renders a page.
   *
   * @param id the document id, shown in the title
   * @param d the document
   * @return the HTML page
   */
  public static String render(String id, Document d) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(d, "d");
    StringBuilder h = new StringBuilder(d.text().length() * 3 + 4096);
    h.append("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"khabar\">\n<title>khabar: ");
    text(h, id);
    h.append("</title>\n<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<header>\n<h1>");
    h.append("تحليل الخبر <bdi>");
    text(h, id);
    h.append("</bdi></h1>\n<p class=\"meta\">");
    if (d.date().isPresent()) {
      h.append("تاريخ الخبر: <bdi>").append(d.date().get()).append("</bdi> · ");
    }
    h.append("الجمل: ").append(d.sentences().size())
        .append(" · الكلمات: ").append(d.tokens().size())
        .append(" · الكيانات: ").append(d.entities().size())
        .append(" · الأحداث: ").append(d.events().size())
        .append("</p>\n</header>\n");
    legend(h);
    h.append("<article id=\"text\" class=\"text\">");
    markedText(h, d);
    h.append("</article>\n");
    eventTable(h, d);
    entityTable(h, d);
    h.append("<script>\n").append(SCRIPT).append("\n</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void legend(StringBuilder h) {
    h.append("<section class=\"legend\" id=\"legend\"><h2>مفتاح الألوان <span class=\"en\">Legend</span></h2>\n")
        .append("<span><mark class=\"ent ent-PER\">شخص</mark> <span class=\"en\">PER person</span></span>")
        .append("<span><mark class=\"ent ent-LOC\">مكان</mark> <span class=\"en\">LOC location</span></span>")
        .append("<span><mark class=\"ent ent-ORG\">منظمة</mark> <span class=\"en\">ORG organization</span></span>")
        .append("<span><mark class=\"ent ent-MISC\">أخرى</mark> <span class=\"en\">MISC</span></span>")
        .append("<span><span class=\"trig-legend\" style=\"font-weight:bold;color:#b91c1c;")
        .append("border-bottom:2px solid #b91c1c\">حدث</span> <span class=\"en\">event trigger ")
        .append("(hover or click)</span></span>")
        .append("<span><span style=\"border-bottom:2px dotted #6b7280\">طرف</span> ")
        .append("<span class=\"en\">event argument</span></span>\n</section>\n");
  }

  /** One piece of markup over {@code [start, end)} of the text. */
  private static final class Mark {
    final int start;
    final int end;
    final int rank;
    final String open;
    final String close;
    final String popup;

    Mark(int start, int end, int rank, String open, String close, String popup) {
      this.start = start;
      this.end = end;
      this.rank = rank;
      this.open = open;
      this.close = close;
      this.popup = popup;
    }
  }

  private static void markedText(StringBuilder h, Document d) {
    String text = d.text();
    List<Mark> marks = new ArrayList<>();
    List<Entity> entities = d.entities();
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      marks.add(new Mark(e.start(), e.end(), 0,
          "<mark class=\"ent ent-" + e.type().name() + "\" data-entity=\"" + (i + 1) + "\" title=\""
              + e.type().name() + " " + String.format(Locale.ROOT, "%.2f", e.confidence()) + "\">",
          "</mark>", null));
    }
    Map<Long, StringBuilder> args = new LinkedHashMap<>();
    List<Event> events = d.events();
    for (int k = 0; k < events.size(); k++) {
      Event e = events.get(k);
      String n = Integer.toString(k + 1);
      for (Actor a : e.source()) {
        addArg(args, a.start(), a.end(), n + ":source");
      }
      for (Actor a : e.target()) {
        addArg(args, a.start(), a.end(), n + ":target");
      }
      e.location().ifPresent(s -> addArg(args, s.start(), s.end(), n + ":location"));
      e.time().ifPresent(t -> addArg(args, t.start(), t.end(), n + ":time"));
      marks.add(new Mark(e.trigger().start(), e.trigger().end(), 2,
          "<span class=\"trig\" tabindex=\"0\" data-event=\"" + n + "\" data-cameo=\"" + e.cameo() + "\">",
          "</span>", popup(n, e)));
    }
    for (Map.Entry<Long, StringBuilder> a : args.entrySet()) {
      int start = (int) (a.getKey() >>> 32);
      int end = (int) (long) a.getKey();
      marks.add(new Mark(start, end, 1,
          "<span class=\"arg\" data-args=\"" + a.getValue() + "\">", "</span>", null));
    }
    marks.removeIf(m -> m.start >= m.end || m.start < 0 || m.end > text.length());
    marks.sort(Comparator.comparingInt((Mark m) -> m.start)
        .thenComparing(Comparator.comparingInt((Mark m) -> m.end).reversed())
        .thenComparingInt(m -> m.rank));
    List<Integer> bounds = new ArrayList<>();
    for (Mark m : marks) {
      bounds.add(m.start);
      bounds.add(m.end);
    }
    bounds.add(text.length());
    bounds.sort(null);
    List<Mark> stack = new ArrayList<>();
    int next = 0;
    int pos = 0;
    int prevBound = -1;
    for (int p : bounds) {
      if (p == prevBound) {
        continue;
      }
      prevBound = p;
      text(h, text, pos, p);
      pos = p;
      int low = -1;
      for (int i = 0; i < stack.size(); i++) {
        if (stack.get(i).end == p) {
          low = i;
          break;
        }
      }
      if (low >= 0) {
        List<Mark> reopen = new ArrayList<>();
        for (int i = stack.size() - 1; i >= low; i--) {
          Mark m = stack.remove(i);
          if (m.end == p) {
            if (m.popup != null) {
              h.append(m.popup);
            }
          } else {
            reopen.add(0, m);
          }
          h.append(m.close);
        }
        for (Mark m : reopen) {
          h.append(m.open);
          stack.add(m);
        }
      }
      while (next < marks.size() && marks.get(next).start == p) {
        Mark m = marks.get(next++);
        h.append(m.open);
        stack.add(m);
      }
    }
  }

  private static void addArg(Map<Long, StringBuilder> args, int start, int end, String role) {
    StringBuilder b = args.computeIfAbsent(((long) start << 32) | end, k -> new StringBuilder());
    if (b.length() > 0) {
      b.append(' ');
    }
    b.append(role);
  }

  /**
   * The nearest code {@link Cameo} knows: the code itself, else its 3-digit parent, else its root;
   * null when none is known.
   */
  static String knownCode(String cameo) {
    for (int len = Math.min(cameo.length(), 4); len >= 2; len--) {
      String c = cameo.substring(0, len);
      if (Cameo.isKnown(c)) {
        return c;
      }
    }
    return null;
  }

  /** Appends the Arabic label of a code ({@code CAMEO code} when no prefix of it is known). */
  private static void labelAr(StringBuilder h, String cameo) {
    String k = knownCode(cameo);
    text(h, k == null ? "CAMEO " + cameo : Cameo.labelAr(k));
  }

  /** Appends the English label of a code ({@code CAMEO code} when no prefix of it is known). */
  private static void labelEn(StringBuilder h, String cameo) {
    String k = knownCode(cameo);
    text(h, k == null ? "CAMEO " + cameo : Cameo.labelEn(k));
  }

  private static String popup(String n, Event e) {
    StringBuilder p = new StringBuilder("<span class=\"pop\" role=\"tooltip\">");
    p.append("<b>").append(n).append(". ").append(e.cameo()).append("</b> ");
    labelAr(p, e.cameo());
    p.append(" <span class=\"en\">");
    labelEn(p, e.cameo());
    e.plover().ifPresent(pl -> p.append(" · ").append(escape(pl)));
    p.append("</span><br>الفاعل <span class=\"en\">source</span>: ");
    actors(p, e.source());
    p.append("<br>الطرف الآخر <span class=\"en\">target</span>: ");
    actors(p, e.target());
    p.append("<br>المكان <span class=\"en\">place</span>: ");
    span(p, e.location());
    p.append("<br>الزمان <span class=\"en\">date</span>: ");
    time(p, e.time());
    p.append("<br>منفي: ").append(e.negated() ? "نعم" : "لا")
        .append(" · مستقبلي: ").append(e.future() ? "نعم" : "لا").append("</span>");
    return p.toString();
  }

  private static void eventTable(StringBuilder h, Document d) {
    h.append("<section id=\"events\"><h2>الأحداث <span class=\"en\">Events</span></h2>\n");
    if (d.events().isEmpty()) {
      h.append("<p>لا أحداث. <span class=\"en\">No events.</span></p>\n</section>\n");
      return;
    }
    h.append("<table>\n<thead><tr><th>#</th><th>CAMEO</th><th>الوصف <span class=\"en\">label</span></th>")
        .append("<th>PLOVER</th><th>الحدث <span class=\"en\">trigger</span></th>")
        .append("<th>الفاعل <span class=\"en\">source</span></th>")
        .append("<th>الطرف الآخر <span class=\"en\">target</span></th>")
        .append("<th>المكان <span class=\"en\">place</span></th><th>الزمان <span class=\"en\">date</span></th>")
        .append("<th>منفي <span class=\"en\">negated</span></th><th>مستقبلي <span class=\"en\">future</span></th>")
        .append("<th>الثقة <span class=\"en\">confidence</span></th><th>القاعدة <span class=\"en\">rule</span></th>")
        .append("</tr></thead>\n<tbody>\n");
    List<Event> events = d.events();
    for (int k = 0; k < events.size(); k++) {
      Event e = events.get(k);
      h.append("<tr id=\"ev-").append(k + 1).append("\"><td>").append(k + 1).append("</td><td><bdi>")
          .append(escape(e.cameo())).append("</bdi></td><td>");
      labelAr(h, e.cameo());
      h.append("<br><span class=\"en\">");
      labelEn(h, e.cameo());
      h.append("</span></td><td><bdi>").append(escape(e.plover().orElse("—"))).append("</bdi></td><td>");
      text(h, e.trigger().text());
      h.append("</td><td>");
      actors(h, e.source());
      h.append("</td><td>");
      actors(h, e.target());
      h.append("</td><td>");
      span(h, e.location());
      h.append("</td><td>");
      time(h, e.time());
      h.append("</td><td>").append(e.negated() ? "نعم" : "لا").append("</td><td>")
          .append(e.future() ? "نعم" : "لا").append("</td><td>")
          .append(String.format(Locale.ROOT, "%.2f", e.confidence())).append("</td><td><bdi>");
      text(h, e.ruleId());
      h.append("</bdi></td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void entityTable(StringBuilder h, Document d) {
    h.append("<section id=\"entities\"><h2>الكيانات <span class=\"en\">Entities</span></h2>\n");
    if (d.entities().isEmpty()) {
      h.append("<p>لا كيانات. <span class=\"en\">No entities.</span></p>\n</section>\n");
      return;
    }
    h.append("<table>\n<thead><tr><th>#</th><th>النوع <span class=\"en\">type</span></th>")
        .append("<th>النص <span class=\"en\">text</span></th><th>الموضع <span class=\"en\">offsets</span></th>")
        .append("<th>الثقة <span class=\"en\">confidence</span></th></tr></thead>\n<tbody>\n");
    List<Entity> entities = d.entities();
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      h.append("<tr><td>").append(i + 1).append("</td><td>").append(e.type().name()).append("</td><td>");
      text(h, e.text());
      h.append("</td><td><bdi>").append(e.start()).append('–').append(e.end()).append("</bdi></td><td>")
          .append(String.format(Locale.ROOT, "%.2f", e.confidence())).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void actors(StringBuilder h, List<Actor> actors) {
    if (actors.isEmpty()) {
      h.append('—');
      return;
    }
    for (int i = 0; i < actors.size(); i++) {
      Actor a = actors.get(i);
      if (i > 0) {
        h.append("، ");
      }
      text(h, a.text());
      List<String> info = new ArrayList<>(3);
      a.entityType().ifPresent(t -> info.add(t.name()));
      a.country().ifPresent(info::add);
      a.sector().ifPresent(info::add);
      if (!info.isEmpty()) {
        h.append(" <span class=\"en\">(").append(escape(String.join(" ", info))).append(")</span>");
      }
    }
  }

  private static void span(StringBuilder h, Optional<Span> s) {
    if (s.isPresent()) {
      text(h, s.get().text());
    } else {
      h.append('—');
    }
  }

  private static void time(StringBuilder h, Optional<TimeExpression> t) {
    if (t.isEmpty()) {
      h.append('—');
      return;
    }
    text(h, t.get().text());
    t.get().value().ifPresent(v -> h.append(" <bdi>(").append(escape(v)).append(")</bdi>"));
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    text(b, s);
    return b.toString();
  }

  private static void text(StringBuilder h, String s) {
    text(h, s, 0, s.length());
  }

  /** Appends text escaped for HTML element content and attribute values. */
  static void text(StringBuilder h, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          h.append("&lt;");
          break;
        case '>':
          h.append("&gt;");
          break;
        case '&':
          h.append("&amp;");
          break;
        case '"':
          h.append("&quot;");
          break;
        case '\'':
          h.append("&#39;");
          break;
        case '\n':
        case '\t':
          h.append(c);
          break;
        case '\r':
          if (i + 1 >= to || s.charAt(i + 1) != '\n') {
            h.append('\n');
          }
          break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            if ((cp & 0xFFFE) == 0xFFFE) {
              invalid(h, cp);
            } else {
              h.append(c).append(s.charAt(i + 1));
            }
            i++;
          } else if (Character.isSurrogate(c) || (c < 0x20) || (c >= 0x7F && c <= 0x9F)
              || c == 0xFFFE || c == 0xFFFF || (c >= 0xFDD0 && c <= 0xFDEF)) {
            invalid(h, c);
          } else {
            h.append(c);
          }
      }
    }
  }

  private static void invalid(StringBuilder h, int cp) {
    h.append("<span class=\"ctl\" title=\"U+").append(String.format("%04X", cp)).append("\">\uFFFD</span>");
  }
}
