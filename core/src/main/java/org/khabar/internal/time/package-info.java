/**
 * Arabic time expressions: finding them in an analysed text and resolving them to ISO-8601 values
 * against the document date. Internal: used by the event layer, not exported by the module.
 *
 * <p>What is found ({@link org.khabar.internal.time.TimeKind}): weekdays ({@code يوم الأحد}, {@code
 * مساء الثلاثاء}, {@code السبت المقبل}); relative days ({@code أمس}, {@code أول أمس}, {@code اليوم
 * الخميس}, {@code غداً}, {@code بعد غد}); Gregorian months in both naming systems and their spelling
 * variants ({@code يناير}/{@code كانون الثاني}, {@code أغسطس}/{@code آب}/{@code غشت}, {@code
 * يوليو}/{@code يوليوز}/{@code تموز}, {@code مارس/آذار}, {@code يوليو (تموز)}); Hijri months with
 * {@code هـ} ({@code 15 رمضان 1445 هـ}, converted with ICU4J's Umm al-Qura calendar); dates in both
 * digit sets ({@code 10 مارس 2017}, {@code ١٠ مارس}, {@code 21/12/2017}, {@code 2017-12-21}, {@code
 * الـ10 من مارس}, {@code العاشر من الشهر الجاري}, {@code 5/11/1436هـ}); years ({@code عام 2017}, {@code
 * 1445 هـ}); relative weeks, months and years ({@code الأسبوع المقبل}, {@code الشهر الماضي}, {@code
 * العام المقبل}, {@code مطلع الشهر المقبل}, {@code كانون الأول من العام المقبل}); and vague
 * expressions whose value is null ({@code في وقت لاحق}, {@code الأيام المقبلة}).
 *
 * <p>Spans follow the annotation rules of the events data: a leading preposition ({@code في، خلال،
 * منذ}) and the proclitics of the first word are left out ({@link
 * org.khabar.internal.time.TimeMatches#prepositionToken(int)} gives the preposition's token), a
 * leading {@code يوم، مساء، فجر، مطلع، أواخر} is kept.
 *
 * <p>The words are data: {@code time-words.tsv} beside these classes, normalized when loaded and
 * matched on the MATCH-level forms the segmenter leaves in {@code Analysis.normBuf}, without regular
 * expressions and without allocating once the caller's buffer has grown.
 *
 * <p>Use, from a stage that runs after the tokenizer, sentence splitter and segmenter:
 *
 * <ol>
 *   <li>take the shared, thread-safe {@link org.khabar.internal.time.TimeFinder#standard()};
 *   <li>keep one {@link org.khabar.internal.time.TimeMatches} per worker and reuse it;
 *   <li>call {@code find} on a token range (a sentence or a clause); it clears the buffer first;
 *   <li>pick the matches you need by token or char range and resolve them with {@link
 *       org.khabar.internal.time.TimeResolver}, telling it whether the dated event is planned.
 * </ol>
 *
 * <pre>{@code
 * TimeFinder finder = TimeFinder.standard();
 * TimeMatches times = new TimeMatches();              // per worker, reused for every document
 * for (int s = 0; s < a.sentenceCount; s++) {
 *   finder.find(a, a.sentFirstToken[s], a.sentEndToken[s], times);
 *   for (int i = 0; i < times.count(); i++) {
 *     if (times.firstToken(i) >= clauseFirstToken && times.endToken(i) <= clauseEndToken) {
 *       // e.g. "مساء الخميس" at [10, 21) with a.date 2024-05-18: value 2024-05-16 (past event)
 *       TimeExpression time = TimeResolver.expression(a, times, i, eventIsFuture);
 *       String iso = TimeResolver.resolve(times, i, a.date, eventIsFuture); // the value alone
 *     }
 *   }
 * }
 * }</pre>
 */
package org.khabar.internal.time;
