package org.khabar.internal.gazetteer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.khabar.internal.Analysis;

/**
 * Codes an actor phrase with a country and a sector from the gazetteers: {@code النظام السوري} gives
 * SYR GOV, {@code وزير الخارجية الروسي} RUS GOV, {@code الجيش التركي} TUR MIL, {@code المعارضة السورية}
 * SYR OPP, {@code الأمم المتحدة} UNO IGO, a known person their country and GOV (or IGO), a country or
 * capital alone that country and GOV.
 *
 * <p>The rules, over the leftmost-longest gazetteer matches inside the phrase:
 * <ol>
 *   <li>the <em>head sector</em> is the sector of the first sector noun or title ({@code وزير}, {@code
 *       الجيش}, {@code المعارضة});
 *   <li>the <em>first name</em> is the first match that is not a sector noun: a person, group,
 *       organization, place or nationality adjective. Arabic puts the head first and its complements
 *       after it, so the first name is the one the head belongs to ({@code مندوب سوريا لدى الأمم
 *       المتحدة} is Syria's);
 *   <li>a known person named anywhere in the phrase (unambiguously) takes the place of the first
 *       name: {@code وزير الخارجية المصري سامح شكري} is Shoukry's;
 *   <li>a person, group or organization gives its own codes (those in force on the document date);
 *       a missing country or sector is filled from the next place or the head sector;
 *   <li>a country or capital gives its country, with the head sector, else GOV; another place or a
 *       nationality adjective gives its country with the head sector, if any;
 *   <li>with no name, the head sector alone;
 *   <li>GOV for an international country code ({@code UNO IGO EUR}: {@code المبعوث الأممي}) becomes
 *       IGO.
 * </ol>
 * Ambiguous names (flagged {@code ~} in the data, such as {@code فتح} or {@code عباس}) count only when
 * no unambiguous name is in the phrase.
 *
 * <p>Immutable and thread-safe; the methods without a scratch buffer allocate one per call.
 */
public final class ActorCoder {
  private static final java.util.Set<String> INTERNATIONAL = java.util.Set.of("UNO", "IGO", "EUR");

  private final Gazetteer gazetteer;

  /**
   * Creates a coder over a gazetteer.
   *
   * @param gazetteer the gazetteer
   * @throws NullPointerException if {@code gazetteer} is null
   */
  public ActorCoder(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /**
   * Returns a coder over the built-in gazetteer.
   *
   * @return the coder
   */
  public static ActorCoder builtIn() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final ActorCoder INSTANCE = new ActorCoder(Gazetteer.builtIn());
  }

  /**
   * Returns the gazetteer this coder uses.
   *
   * @return the gazetteer
   */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * Codes the actor phrase covering a character span: every token overlapping {@code [start, end)}.
   *
   * @param a an analysis after the segmenter
   * @param start the start offset in the original text, inclusive
   * @param end the end offset, exclusive
   * @return the coding, {@link ActorCode#NONE} when nothing resolves
   * @throws IllegalArgumentException if the span is not inside the text
   */
  public ActorCode codeSpan(Analysis a, int start, int end) {
    if (start < 0 || end < start || end > a.text.length()) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") outside the text of length "
          + a.text.length());
    }
    int first = 0;
    while (first < a.tokenCount && a.tokEnd[first] <= start) {
      first++;
    }
    int last = first;
    while (last < a.tokenCount && a.tokStart[last] < end) {
      last++;
    }
    return code(a, first, last, new GazetteerMatches());
  }

  /**
   * Codes the actor phrase made of a token range.
   *
   * @param a an analysis after the segmenter
   * @param firstToken the first token, inclusive
   * @param endToken the last token, exclusive
   * @return the coding, {@link ActorCode#NONE} when nothing resolves
   * @throws IndexOutOfBoundsException if the range is not inside the analysis' tokens
   */
  public ActorCode code(Analysis a, int firstToken, int endToken) {
    return code(a, firstToken, endToken, new GazetteerMatches());
  }

  /**
   * Codes the actor phrase made of a token range, using a caller-owned scratch buffer.
   *
   * @param a an analysis after the segmenter
   * @param firstToken the first token, inclusive
   * @param endToken the last token, exclusive
   * @param scratch a buffer this call clears and fills
   * @return the coding, {@link ActorCode#NONE} when nothing resolves
   * @throws IndexOutOfBoundsException if the range is not inside the analysis' tokens
   */
  public ActorCode code(Analysis a, int firstToken, int endToken, GazetteerMatches scratch) {
    scratch.reset(gazetteer);
    gazetteer.findAll(a, firstToken, endToken, scratch);
    LocalDate date = a.date;
    String headSector = null;
    GazetteerEntry name = null;
    GazetteerEntry ambiguousName = null;
    GazetteerEntry laterPlace = null;
    GazetteerEntry person = null;
    for (int i = 0; i < scratch.size() * 2; i++) {
      // each match, then the nationality adjective joined to it, if any
      GazetteerEntry e;
      boolean amb;
      if ((i & 1) == 0) {
        e = scratch.entry(i >> 1);
        amb = scratch.ambiguous(i >> 1, 0);
      } else {
        e = scratch.modifier(i >> 1).orElse(null);
        amb = false;
        if (e == null) {
          continue;
        }
      }
      if (e.kind() == EntryKind.SECTOR) {
        if (headSector == null && !amb) {
          headSector = e.sectorAt(date).orElse(null);
        }
        continue;
      }
      if (amb) {
        if (ambiguousName == null) {
          ambiguousName = e;
        }
        continue;
      }
      if (e.kind() == EntryKind.PERSON && person == null) {
        person = e;
      }
      if (name == null) {
        name = e;
      } else if (laterPlace == null && (e.kind().isPlace() || e.kind() == EntryKind.NISBA)) {
        laterPlace = e;
      }
    }
    if (person != null) {
      name = person; // وزير الخارجية المصري سامح شكري: the person named decides
    }
    if (name == null) {
      name = ambiguousName;
    }
    if (name == null) {
      return headSector == null ? ActorCode.NONE
          : new ActorCode(Optional.empty(), Optional.of(headSector), Optional.empty());
    }
    String country = name.countryAt(date).orElse(null);
    String sector;
    switch (name.kind()) {
      case PERSON:
      case GROUP:
      case ORGANIZATION:
        sector = name.sectorAt(date).orElse(headSector);
        if (country == null && laterPlace != null) {
          country = laterPlace.countryAt(date).orElse(null);
        }
        break;
      case COUNTRY:
      case CAPITAL:
        sector = headSector != null ? headSector : "GOV";
        break;
      default:
        sector = headSector;
        break;
    }
    if ("GOV".equals(sector) && country != null && INTERNATIONAL.contains(country)) {
      sector = "IGO"; // an envoy or official of an international organization
    }
    return new ActorCode(Optional.ofNullable(country), Optional.ofNullable(sector), Optional.of(name));
  }
}
