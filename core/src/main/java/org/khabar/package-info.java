/**
 * khabar: Arabic news analysis. Tokens with their clitics, the people, places and organizations
 * named, and the diplomatic events reported (who met, talked, agreed, demanded, accused, rejected,
 * released or attacked whom, where and when).
 *
 * <p>Usage:
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.builder()
 *     .nerModel(BundledModels.ner())          // from the khabar-models artifact
 *     .build();                               // once; thread-safe, reuse it
 *
 * Document doc = pipeline.process("التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمّان.",
 *     LocalDate.of(2017, 12, 17));
 * for (Entity e : doc.entities()) {
 *   System.out.println(e.type() + " [" + e.start() + ", " + e.end() + ") " + e.text());
 * }
 * for (Event ev : doc.events()) {
 *   System.out.println(ev.cameo() + " " + ev.trigger().text() + " " + ev.source() + " -> " + ev.target());
 * }
 * }</pre>
 *
 * <p>Offsets: every span is a half-open {@code [start, end)} range of UTF-16 indices into the original
 * text, which the library never changes. Thread safety: {@link org.khabar.Pipeline} and every value
 * type are immutable and safe to share between threads.
 */
package org.khabar;
