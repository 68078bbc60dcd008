package org.khabar.internal.ner;

import java.util.Comparator;
import org.khabar.Entity;
import org.khabar.EntityType;
import org.khabar.internal.Analysis;
import org.khabar.internal.gazetteer.EntryKind;
import org.khabar.internal.gazetteer.Gazetteer;
import org.khabar.internal.gazetteer.GazetteerMatches;

/**
 * Adds the organizations of the project gazetteer that the name finder missed: every match of an
 * organization or group entry ({@code صندوق النقد الدولي}, {@code حركة الجهاد الإسلامي}) whose tokens
 * no entity touches becomes an ORG entity, proclitics left out as for the name finder's entities.
 * Names flagged ambiguous in the data ({@code فتح}, {@code أمل}) and institution nouns joined with a
 * nationality adjective ({@code الحكومة العراقية}: ANERcorp rarely tags those) are never added.
 *
 * <p>Only organizations: on the ANERcorp dev split, adding missed persons and places of the gazetteer
 * lowered their precision (ANERcorp's spans and choices differ: {@code البحر المتوسط}, a surname
 * alone), while organizations gained (docs/ner.md).
 *
 * <p>Stateless; the caller passes its own scratch buffer.
 */
final class GazetteerBackfill {

  /**
   * The confidence of an organization found only in the gazetteer: about the share of right ones on
   * the ANERcorp dev split (3 of 6 with the train-90 model).
   */
  static final double CONFIDENCE = 0.5;

  private GazetteerBackfill() {}

  /**
   * Adds the missed gazetteer organizations to {@code a.entities}, keeping text order.
   *
   * @param a the analysis, with the name finder's entities in text order
   * @param scratch a match buffer of the caller's
   */
  static void apply(Analysis a, GazetteerMatches scratch) {
    Gazetteer.builtIn().findAll(a, scratch);
    boolean added = false;
    int e = 0;
    int existing = a.entities.size();
    for (int i = 0; i < scratch.size(); i++) {
      EntryKind kind = scratch.entry(i).kind();
      if ((kind != EntryKind.ORGANIZATION && kind != EntryKind.GROUP) || scratch.ambiguous(i, 0)
          || scratch.modifier(i).isPresent()) {
        continue;
      }
      int first = scratch.firstToken(i);
      int last = scratch.endToken(i) - 1;
      int start = NerEngine.stemStart(a, first);
      int stop = a.tokEnd[last];
      if (start < 0 || start >= stop) {
        continue;
      }
      // the entities are in text order: pass those ending before the match, then test overlap
      while (e < existing && a.entities.get(e).end() <= a.tokStart[first]) {
        e++;
      }
      if (e < existing && a.entities.get(e).start() < stop) {
        continue;
      }
      a.entities.add(new Entity(start, stop, EntityType.ORG, a.text.substring(start, stop), CONFIDENCE));
      added = true;
    }
    if (added) {
      a.entities.sort(Comparator.comparingInt(Entity::start));
    }
  }
}
