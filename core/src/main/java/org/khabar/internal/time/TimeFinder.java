package org.khabar.internal.time;

import java.util.Objects;
import org.khabar.SegmentKind;
import org.khabar.internal.Analysis;

/**
 * Finds Arabic time expressions in a token range of an {@link Analysis}: weekdays, relative days,
 * dates, Gregorian and Hijri months, years, relative weeks, months and years, and vague expressions
 * (see {@link TimeKind}). Words are looked up on the MATCH-level normalized forms the segmenter left
 * in {@code normBuf}, through the word table of {@code time-words.tsv}; a small hand-written grammar
 * over those words then reads the expression left to right, longest first.
 *
 * <p>Proclitics on the first word are left out of the span ({@code وأمس}, {@code بالأمس}, {@code
 * للعام المقبل} starting at the article's lam), using the segmenter's segments when it split the word
 * and otherwise stripping {@code و ف} and {@code ب ل ك} only when what remains is a word of the table.
 * Words that are also common words ({@code مارس} "practised", {@code رمضان} a name, {@code آب}
 * "father" once normalized) count only with support: a day number before, a year or a direction
 * after, a preposition or {@code شهر} or a part ({@code أواخر}) before.
 *
 * <p>Immutable and thread-safe: one instance serves every thread; all per-call state lives in the
 * caller's {@link TimeMatches}.
 */
public final class TimeFinder {
  private static final int CONJ = SegmentKind.CONJ.ordinal();
  private static final int PREP_SEG = SegmentKind.PREP.ordinal();
  private static final int FUT = SegmentKind.FUT.ordinal();

  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char LAM = '\u0644';
  private static final char KAF = '\u0643';
  private static final char ALEF = '\u0627';

  /** Years below this, written without an era mark, are Hijri (1436 هـ is 2015). */
  static final int HIJRI_YEAR_LIMIT = 1600;
  /** The value of the preposition في in the word table. */
  private static final int PREP_IN = 1;
  /** The value of the preposition قبل in the word table. */
  private static final int PREP_BEFORE = 5;

  private final TimeLexicon lex;

  private TimeFinder(TimeLexicon lex) {
    this.lex = lex;
  }

  /** Holds the standard finder, built on first use. */
  private static final class Standard {
    static final TimeFinder INSTANCE = new TimeFinder(TimeLexicon.standard());
  }

  /**
   * Returns the finder built from the bundled word table {@code time-words.tsv}.
   *
   * @return the shared standard finder
   * @throws IllegalStateException if the bundled table is missing or malformed (a build error)
   */
  public static TimeFinder standard() {
    return Standard.INSTANCE;
  }

  /**
   * Finds the time expressions in tokens {@code [fromToken, toToken)} of an analysis whose tokens,
   * segments and normalized forms are filled (after the segmenter). The buffer is cleared first;
   * the matches are in text order, do not overlap and lie inside the range. The token just before
   * the range is read as context only (a preposition before an ambiguous month name, a name head
   * such as {@code ثورة} before a date).
   *
   * @param a the analysis
   * @param fromToken the first token to look at, inclusive
   * @param toToken the token to stop before, exclusive
   * @param out the buffer that receives the matches
   * @return the number of matches, equal to {@code out.count()}
   * @throws NullPointerException if {@code a} or {@code out} is null
   * @throws IllegalArgumentException if the range is not inside {@code [0, a.tokenCount]}
   */
  public int find(Analysis a, int fromToken, int toToken, TimeMatches out) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(out, "out");
    if (fromToken < 0 || toToken < fromToken || toToken > a.tokenCount) {
      throw new IllegalArgumentException("token range [" + fromToken + ", " + toToken
          + ") is not inside [0, " + a.tokenCount + "]");
    }
    out.clear();
    if (toToken == fromToken) {
      return 0;
    }
    // the token before the range is read too, as context (في مارس, ثورة 25 يناير), never matched
    int base = fromToken > 0 ? fromToken - 1 : 0;
    int n = toToken - base;
    out.ensureTokens(n);
    lexTokens(a, base, n, out);
    lexPhrases(n, out);
    int r = fromToken - base;
    while (r < n) {
      int e = parse(a, base, n, r, out);
      r = e > r ? e : r + 1;
    }
    return out.count;
  }

  // ---------------------------------------------------------------- lexing

  private void lexTokens(Analysis a, int from, int n, TimeMatches m) {
    char[] buf = a.normBuf;
    for (int r = 0; r < n; r++) {
      int t = from + r;
      int ns = a.tokNormStart[t];
      int len = a.tokNormEnd[t] - ns;
      readNumber(buf, ns, len, m, r);
      m.dateValue[r] = len >= 8 ? numericDate(buf, ns, len) : 0;
      int full = len == 0 ? -1 : lex.find(buf, ns, len);
      m.fullId[r] = full;
      m.keyId[r] = full;
      m.keyStart[r] = a.tokStart[t];
      m.proclitic[r] = false;
      m.behKaf[r] = false;
      m.definite[r] = isDefinite(buf, ns, len);
      if (full < 0 && len > 2) {
        keyWithoutProclitics(a, t, buf, ns, len, m, r);
      }
    }
  }

  /** Reads a number of 1 to 4 ASCII digits, possibly after the article (الـ10), else -1. */
  private static void readNumber(char[] buf, int ns, int len, TimeMatches m, int r) {
    int from = ns;
    if (len > 2 && buf[ns] == ALEF && buf[ns + 1] == LAM && isDigit(buf[ns + 2])) {
      from = ns + 2;
    }
    int d = ns + len - from;
    int v = 0;
    if (d >= 1 && d <= 4) {
      for (int k = from; k < ns + len; k++) {
        char c = buf[k];
        if (!isDigit(c)) {
          v = -1;
          break;
        }
        v = v * 10 + (c - '0');
      }
    } else {
      v = -1;
    }
    m.number[r] = v;
    m.digits[r] = v < 0 ? 0 : d;
  }

  /** Whether a word carries the article, after an optional و/ف and ب/ك (or ل with its alif-less article). */
  private static boolean isDefinite(char[] buf, int ns, int len) {
    int p = ns;
    int e = ns + len;
    if (p < e && (buf[p] == WAW || buf[p] == FEH)) {
      p++;
    }
    if (p + 1 < e && buf[p] == LAM && buf[p + 1] == LAM) {
      return p + 2 < e;
    }
    if (p < e && (buf[p] == BEH || buf[p] == KAF) && p + 1 < e && buf[p + 1] == ALEF) {
      p++;
    }
    return p + 2 < e && buf[p] == ALEF && buf[p + 1] == LAM;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Parses one token written as a numeric date: {@code 21/12/2017}, {@code 21-12-2017}, {@code
   * 21.12.2017} (day first) or {@code 2017-12-21}, {@code 2017/12/21} (year first), one separator
   * used twice. Returns {@code year * 10000 + month * 100 + day}, or 0.
   */
  static int numericDate(char[] s, int off, int len) {
    int g0 = 0;
    int g1 = 0;
    int g2 = 0;
    int w0 = 0;
    int w1 = 0;
    int w2 = 0;
    int k = 0;
    char sep = 0;
    for (int i = off, e = off + len; i < e; i++) {
      char c = s[i];
      if (isDigit(c)) {
        int d = c - '0';
        if (k == 0) {
          g0 = g0 * 10 + d;
          w0++;
        } else if (k == 1) {
          g1 = g1 * 10 + d;
          w1++;
        } else {
          g2 = g2 * 10 + d;
          w2++;
        }
        if (w0 > 4 || w1 > 4 || w2 > 4) {
          return 0;
        }
      } else if (c == '/' || c == '-' || c == '.') {
        int w = k == 0 ? w0 : k == 1 ? w1 : w2;
        if (w == 0 || k == 2 || (sep != 0 && c != sep)) {
          return 0;
        }
        sep = c;
        k++;
      } else {
        return 0;
      }
    }
    if (k != 2 || w2 == 0) {
      return 0;
    }
    int y;
    int mo;
    int d;
    if (w0 <= 2 && w1 <= 2 && w2 == 4) {
      d = g0;
      mo = g1;
      y = g2;
    } else if (w0 == 4 && w1 <= 2 && w2 <= 2) {
      y = g0;
      mo = g1;
      d = g2;
    } else {
      return 0;
    }
    return validYmd(y, mo, d) ? y * 10000 + mo * 100 + d : 0;
  }

  private static boolean validYmd(int y, int mo, int d) {
    return y >= 1000 && y <= 2999 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
  }

  /** Finds the word of a token with its proclitics removed; sets keyId, keyStart, proclitic. */
  private void keyWithoutProclitics(Analysis a, int t, char[] buf, int ns, int len, TimeMatches m,
      int r) {
    // 1. the segmenter's split: the segments after the conjunction, preposition and future clitics
    int sf = a.segFirst[t];
    int se = a.segFirst[t + 1];
    if (se - sf > 1) {
      int k = sf;
      while (k < se) {
        int kind = a.segInfo[k] & 0xFF;
        if (kind != CONJ && kind != PREP_SEG && kind != FUT) {
          break;
        }
        k++;
      }
      if (k > sf && k < se) {
        int klen = 0;
        for (int g = k; g < se; g++) {
          klen += a.segNormEnd[g] - a.segNormStart[g];
        }
        char[] key = m.key(klen);
        int p = 0;
        for (int g = k; g < se; g++) {
          int gl = a.segNormEnd[g] - a.segNormStart[g];
          System.arraycopy(buf, a.segNormStart[g], key, p, gl);
          p += gl;
        }
        int id = lex.find(key, 0, klen);
        if (id >= 0) {
          setKey(m, r, id, a.segStart[k]);
          for (int g = sf; g < k; g++) {
            if ((a.segInfo[g] & 0xFF) == PREP_SEG && a.segNormEnd[g] - a.segNormStart[g] == 1) {
              char pc = buf[a.segNormStart[g]];
              m.behKaf[r] |= pc == BEH || pc == KAF;
            }
          }
          return;
        }
      }
    }
    // 2. our own stripping, accepted only when what remains is a word of the table
    int p = 0;
    if (buf[ns] == WAW || buf[ns] == FEH) {
      p = 1;
      int id = lex.find(buf, ns + 1, len - 1);
      if (id >= 0) {
        setKey(m, r, id, a.normAlign[ns + 1]);
        return;
      }
    }
    if (len - p > 2) {
      char c = buf[ns + p];
      if (c == BEH || c == LAM || c == KAF) {
        int id = lex.find(buf, ns + p + 1, len - p - 1);
        if (id >= 0) {
          setKey(m, r, id, a.normAlign[ns + p + 1]);
          m.behKaf[r] = c != LAM;
          return;
        }
        if (c == LAM && buf[ns + p + 1] == LAM) {
          // ل + the article whose alif is not written: للعام = ل + لعام (norm العام)
          id = lex.find(ALEF, buf, ns + p + 1, len - p - 1);
          if (id >= 0) {
            setKey(m, r, id, a.normAlign[ns + p + 1]);
          }
        }
      }
    }
  }

  private static void setKey(TimeMatches m, int r, int id, int start) {
    m.keyId[r] = id;
    m.keyStart[r] = start;
    m.proclitic[r] = true;
  }

  /** Finds the longest phrase of the table starting at each token. */
  private void lexPhrases(int n, TimeMatches m) {
    for (int r = 0; r < n; r++) {
      m.lexClass[r] = 0;
      m.lexValue[r] = 0;
      m.lexFlags[r] = 0;
      m.lexEnd[r] = r + 1;
      int id = m.keyId[r];
      if (id < 0) {
        continue;
      }
      for (int ph : lex.phrasesStartingWith(id)) {
        int[] w = lex.words(ph);
        if (r + w.length > n) {
          continue;
        }
        boolean ok = true;
        for (int j = 1; j < w.length; j++) {
          if (m.fullId[r + j] != w[j]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          m.lexClass[r] = lex.phraseClass(ph);
          m.lexValue[r] = lex.phraseValue(ph);
          m.lexFlags[r] = lex.phraseFlags(ph);
          m.lexEnd[r] = r + w.length;
          break;
        }
      }
    }
  }

  // ---------------------------------------------------------------- grammar

  private int parse(Analysis a, int from, int n, int r, TimeMatches m) {
    int c = m.lexClass[r];
    if (c == 0 && m.number[r] < 0 && m.dateValue[r] == 0) {
      return -1;
    }
    if ((c == TimeLexicon.PREP && m.lexValue[r] != PREP_BEFORE) || c == TimeLexicon.FROM
        || c == TimeLexicon.EQUALS
        || c == TimeLexicon.DIR || c == TimeLexicon.HMARK || c == TimeLexicon.GMARK) {
      return -1;
    }
    int i = m.add();
    int e = expression(a, from, n, r, m, i);
    if (e <= r) {
      m.removeLast();
      return -1;
    }
    int k = m.kind[i];
    if ((k == TimeKind.DATE.ordinal() || k == TimeKind.MONTH.ordinal()) && r > 0
        && lex.isNameHead(m.fullId[r - 1])) {
      // ثورة 25 يناير، قوى 14 آذار: a name, not a time
      m.removeLast();
      return e;
    }
    if ((k == TimeKind.DATE.ordinal() || k == TimeKind.MONTH.ordinal()) && cls(m, n, e)
        == TimeLexicon.EQUALS) {
      // 15 رمضان 1445 هـ الموافق 25 مارس 2024: one expression; the Gregorian side gives the value
      int j = m.add();
      int q = m.lexEnd[e];
      int e2 = date(a, from, n, q, m, j);
      if (e2 <= q) {
        e2 = month(a, from, n, q, m, j);
      }
      if (e2 > q) {
        if ((m.flags[i] & TimeMatches.F_HIJRI) != 0 && (m.flags[j] & TimeMatches.F_HIJRI) == 0) {
          copyFields(m, j, i);
        }
        e = e2;
      }
      m.removeLast();
    }
    m.firstToken[i] = from + r;
    m.endToken[i] = from + e;
    m.start[i] = m.keyStart[r];
    m.end[i] = a.tokEnd[from + e - 1];
    m.prep[i] = prevIsPrep(m, r) ? from + r - 1 : -1;
    return e;
  }

  private static void copyFields(TimeMatches m, int from, int to) {
    m.kind[to] = m.kind[from];
    m.year[to] = m.year[from];
    m.month[to] = m.month[from];
    m.day[to] = m.day[from];
    m.shift[to] = m.shift[from];
    m.yearShift[to] = m.yearShift[from];
    m.direction[to] = m.direction[from];
    m.flags[to] = m.flags[from];
    if (m.weekday[from] != 0) {
      m.weekday[to] = m.weekday[from];
    }
  }

  private int expression(Analysis a, int from, int n, int r, TimeMatches m, int i) {
    int c = m.lexClass[r];
    switch (c) {
      case TimeLexicon.DAYPART: {
        int p = r;
        int chained = 0;
        while (p < n && m.lexClass[p] == TimeLexicon.DAYPART && chained < 3
            && (p == r || !m.proclitic[p])) {
          p = m.lexEnd[p];
          chained++;
        }
        int e = dayCore(a, from, n, p, true, m, i);
        if (e > p) {
          m.dayPart[i] = m.lexValue[r];
          return e;
        }
        return -1;
      }
      case TimeLexicon.RELDAY:
      case TimeLexicon.WEEKDAY:
        return dayCore(a, from, n, r, false, m, i);
      case TimeLexicon.ORD:
      case TimeLexicon.ARTNUM:
        return date(a, from, n, r, m, i);
      case TimeLexicon.GMONTH:
      case TimeLexicon.HMONTH:
        return month(a, from, n, r, m, i);
      case TimeLexicon.PARTOF: {
        int p = m.lexEnd[r];
        if (p >= n || m.proclitic[p]) {
          return -1;
        }
        m.part[i] = m.lexValue[r];
        int pc = m.lexClass[p];
        if (pc == TimeLexicon.GMONTH || pc == TimeLexicon.HMONTH
            || (pc == TimeLexicon.UNIT && m.lexValue[p] == TimeLexicon.MONTH
                && (m.lexFlags[p] & TimeLexicon.F_DEFINITE) == 0)) {
          return month(a, from, n, p, m, i);
        }
        if (pc == TimeLexicon.UNIT || pc == TimeLexicon.DEM) {
          return unit(n, p, m, i);
        }
        if (m.digits[p] == 4 && m.number[p] >= 1000) {
          int e = yearNumber(n, p, m, i);
          if (e > p) {
            m.kind[i] = TimeKind.YEAR.ordinal();
          }
          return e;
        }
        return -1;
      }
      case TimeLexicon.UNIT:
        if (m.lexValue[r] == TimeLexicon.MONTH && (m.lexFlags[r] & TimeLexicon.F_DEFINITE) == 0) {
          return month(a, from, n, r, m, i);
        }
        return unit(n, r, m, i);
      case TimeLexicon.DEM:
        return unit(n, r, m, i);
      case TimeLexicon.VAGUE: {
        int e = m.lexEnd[r];
        if ((m.lexFlags[r] & TimeLexicon.F_MERGE) != 0) {
          // في وقت سابق اليوم، في وقت لاحق من هذا الشهر: the named unit gives the value
          int q = cls(m, n, e) == TimeLexicon.FROM ? m.lexEnd[e] : e;
          int qc = cls(m, n, q);
          int e2 = -1;
          if (qc == TimeLexicon.RELDAY) {
            e2 = dayCore(a, from, n, q, false, m, i);
          } else if (qc == TimeLexicon.DEM || (qc == TimeLexicon.UNIT
              && (m.lexFlags[q] & TimeLexicon.F_DEFINITE) != 0)) {
            e2 = unit(n, q, m, i);
          }
          if (e2 > q) {
            return e2;
          }
          clearDate(m, i);
          m.weekday[i] = 0;
        }
        m.kind[i] = TimeKind.VAGUE.ordinal();
        return e;
      }
      case TimeLexicon.PREP:
        return ago(n, r, m, i);
      default:
        break;
    }
    if (m.dateValue[r] != 0 || m.number[r] >= 0) {
      int e = date(a, from, n, r, m, i);
      if (e > r) {
        return e;
      }
      return bareYear(n, r, m, i);
    }
    return -1;
  }

  /** A weekday or relative day, at {@code p}; {@code afterDayPart} when يوم/مساء... came first. */
  private int dayCore(Analysis a, int from, int n, int p, boolean afterDayPart, TimeMatches m,
      int i) {
    if (p >= n || (afterDayPart && m.proclitic[p])) {
      return -1;
    }
    int c = m.lexClass[p];
    if (c == TimeLexicon.RELDAY) {
      int f = m.lexFlags[p];
      int e = m.lexEnd[p];
      if ((f & TimeLexicon.F_TODAY) != 0) {
        if (e < n && (m.lexClass[e] == TimeLexicon.ORD || lex.isBlock(m.fullId[e]))) {
          return -1; // اليوم الأول، اليوم التالي: "the day", not today
        }
        if (!afterDayPart && cls(m, n, e) != TimeLexicon.WEEKDAY && p > 0
            && (lex.isBlockBefore(m.keyId[p - 1])
                || (prevIsPrep(m, p) && m.lexValue[p - 1] == PREP_IN))) {
          return -1; // في مثل هذا اليوم، دولاران في اليوم: "the day", "a day"
        }
      }
      if ((f & TimeLexicon.F_AMBIGUOUS) != 0 && !afterDayPart && !prevIsPrep(m, p)) {
        return -1; // الغد alone: حزب الغد، جيل الغد
      }
      m.shift[i] = m.lexValue[p];
      if ((f & TimeLexicon.F_NIGHT) != 0 && cls(m, n, e) == TimeLexicon.DIR && m.lexValue[e] == -1) {
        m.shift[i] = -1; // الليلة الماضية
        e = m.lexEnd[e];
      }
      if (cls(m, n, e) == TimeLexicon.WEEKDAY) {
        m.weekday[i] = m.lexValue[e];
        e = m.lexEnd[e];
      }
      m.kind[i] = TimeKind.RELATIVE_DAY.ordinal();
      return e;
    }
    if (c == TimeLexicon.WEEKDAY) {
      if (m.behKaf[p]) {
        return -1; // بالخميس، كالجمعة: a place or a comparison, not a day (في يوم الخميس is the time)
      }
      int wd = m.lexValue[p];
      int e = m.lexEnd[p];
      if (cls(m, n, e) == TimeLexicon.DIR) {
        m.direction[i] = m.lexValue[e];
        m.flags[i] |= TimeMatches.F_DIRECTION;
        e = m.lexEnd[e];
      } else {
        int q = cls(m, n, e) == TimeLexicon.EQUALS ? m.lexEnd[e] : e;
        int de = date(a, from, n, q, m, i);
        if (de > q) {
          m.weekday[i] = wd;
          return de;
        }
        clearDate(m, i);
      }
      m.weekday[i] = wd;
      m.kind[i] = TimeKind.WEEKDAY.ordinal();
      return e;
    }
    if (afterDayPart) {
      int de = date(a, from, n, p, m, i);
      if (de > p) {
        return de;
      }
    }
    return -1;
  }

  private static void clearDate(TimeMatches m, int i) {
    m.year[i] = 0;
    m.month[i] = 0;
    m.day[i] = 0;
    m.shift[i] = 0;
    m.yearShift[i] = 0;
    m.direction[i] = 0;
    m.flags[i] = 0;
  }

  /** A day of a month at {@code p}; returns its end or -1. */
  private int date(Analysis a, int from, int n, int p, TimeMatches m, int i) {
    if (p >= n) {
      return -1;
    }
    int dv = m.dateValue[p];
    if (dv != 0) {
      m.year[i] = dv / 10000;
      m.month[i] = dv / 100 % 100;
      m.day[i] = dv % 100;
      m.kind[i] = TimeKind.DATE.ordinal();
      return eraOfNumericDate(n, p + 1, m, i);
    }
    int e = numericDate(a, from, n, p, m, i);
    if (e > p) {
      return eraOfNumericDate(n, e, m, i);
    }
    int q = p;
    if (m.lexClass[q] == TimeLexicon.ARTNUM && q + 1 < n && m.digits[q + 1] >= 1
        && m.digits[q + 1] <= 2) {
      q++;
    }
    int day;
    if (m.digits[q] >= 1 && m.digits[q] <= 2 && (q == p || !m.proclitic[q])) {
      day = m.number[q];
      q++;
    } else if (m.lexClass[q] == TimeLexicon.ORD && (q == p || !m.proclitic[q])) {
      day = m.lexValue[q];
      q = m.lexEnd[q];
    } else {
      return -1;
    }
    if (day < 1 || day > 31) {
      return -1;
    }
    if (cls(m, n, q) == TimeLexicon.FROM) {
      q = m.lexEnd[q];
    }
    int me = monthName(a, from, n, q, m, i);
    if (me <= q) {
      // العاشر من الشهر الجاري، الـ10 من هذا الشهر
      int u = q;
      boolean dem = false;
      if (cls(m, n, u) == TimeLexicon.DEM) {
        dem = true;
        u = m.lexEnd[u];
      }
      if (cls(m, n, u) != TimeLexicon.UNIT || m.lexValue[u] != TimeLexicon.MONTH
          || (m.lexFlags[u] & TimeLexicon.F_DEFINITE) == 0) {
        return -1;
      }
      me = m.lexEnd[u];
      if (!dem && cls(m, n, me) == TimeLexicon.DIR) {
        m.shift[i] = m.lexValue[me];
        me = m.lexEnd[me];
      } else if (!dem) {
        return -1;
      }
      m.flags[i] |= TimeMatches.F_MONTH_SHIFT;
    }
    m.day[i] = day;
    e = me;
    int ye = (m.flags[i] & TimeMatches.F_MONTH_SHIFT) != 0 ? -1 : yearPart(n, e, m, i);
    if (ye > e) {
      e = ye;
    } else if ((m.flags[i] & TimeMatches.F_MONTH_SHIFT) == 0 && cls(m, n, e) == TimeLexicon.DIR) {
      m.direction[i] = m.lexValue[e];
      m.flags[i] |= TimeMatches.F_DIRECTION;
      e = m.lexEnd[e];
    }
    m.kind[i] = TimeKind.DATE.ordinal();
    return e;
  }

  /**
   * The era of a numeric date: a year before 1600 is Hijri ({@code 5/11/1436}); an era mark after it
   * ({@code هـ}, {@code م}) is part of the expression.
   */
  private static int eraOfNumericDate(int n, int e, TimeMatches m, int i) {
    if (m.year[i] < HIJRI_YEAR_LIMIT) {
      m.flags[i] |= TimeMatches.F_HIJRI;
    }
    int c = cls(m, n, e);
    return c == TimeLexicon.HMARK || c == TimeLexicon.GMARK ? m.lexEnd[e] : e;
  }

  /**
   * {@code 21/12/2017} or {@code 2017-12-21} written as five tokens: touching, except around a
   * slash ({@code 20 / 1 / 1419}).
   */
  private static int numericDate(Analysis a, int from, int n, int p, TimeMatches m, int i) {
    if (p + 4 >= n || m.digits[p] == 0 || m.digits[p] == 3) {
      return -1;
    }
    char sep = sepChar(a, from + p + 1);
    if (sep == 0 || sepChar(a, from + p + 3) != sep) {
      return -1;
    }
    if (sep != '/') {
      for (int k = p; k < p + 4; k++) {
        if (a.tokEnd[from + k] != a.tokStart[from + k + 1]) {
          return -1;
        }
      }
    }
    int d0 = m.digits[p];
    int d1 = m.digits[p + 2];
    int d2 = m.digits[p + 4];
    int y;
    int mo;
    int d;
    if (d0 <= 2 && d1 >= 1 && d1 <= 2 && d2 == 4) {
      d = m.number[p];
      mo = m.number[p + 2];
      y = m.number[p + 4];
    } else if (d0 == 4 && d1 >= 1 && d1 <= 2 && d2 >= 1 && d2 <= 2) {
      y = m.number[p];
      mo = m.number[p + 2];
      d = m.number[p + 4];
    } else {
      return -1;
    }
    if (!validYmd(y, mo, d)) {
      return -1;
    }
    m.year[i] = y;
    m.month[i] = mo;
    m.day[i] = d;
    m.kind[i] = TimeKind.DATE.ordinal();
    return p + 5;
  }

  private static char sepChar(Analysis a, int t) {
    if (a.tokEnd[t] - a.tokStart[t] != 1) {
      return 0;
    }
    char c = a.text.charAt(a.tokStart[t]);
    return c == '/' || c == '-' || c == '.' ? c : 0;
  }

  /**
   * A month name at {@code p} (or {@code شهر} + a month name), with an alternative name of the same
   * month after a slash or in brackets ({@code مارس/آذار}). Sets month and calendar; returns the end,
   * or -1. {@code m.ambiguous} tells whether only an ambiguous name was read.
   */
  private int monthName(Analysis a, int from, int n, int p, TimeMatches m, int i) {
    if (p >= n) {
      return -1;
    }
    int c = m.lexClass[p];
    boolean shahr = false;
    if (c == TimeLexicon.UNIT && m.lexValue[p] == TimeLexicon.MONTH
        && (m.lexFlags[p] & TimeLexicon.F_DEFINITE) == 0) {
      int q = m.lexEnd[p];
      int qc = cls(m, n, q);
      if (qc != TimeLexicon.GMONTH && qc != TimeLexicon.HMONTH) {
        return -1;
      }
      shahr = true;
      p = q;
      c = qc;
    } else if (c != TimeLexicon.GMONTH && c != TimeLexicon.HMONTH) {
      return -1;
    }
    int month = m.lexValue[p];
    m.month[i] = month;
    if (c == TimeLexicon.HMONTH) {
      m.flags[i] |= TimeMatches.F_HIJRI;
    }
    boolean ambiguous = !shahr && (m.lexFlags[p] & TimeLexicon.F_AMBIGUOUS) != 0;
    int e = m.lexEnd[p];
    if (cls(m, n, e) == c && m.lexValue[e] == month) {
      // يوليو تموز، أكتوبر تشرين الأول: both names of one month
      e = m.lexEnd[e];
      ambiguous = false;
    } else if (e + 1 < n) {
      char sep = a.tokEnd[from + e] - a.tokStart[from + e] == 1 ? a.text.charAt(a.tokStart[from + e])
          : 0;
      if (sep == '/' && cls(m, n, e + 1) == c && m.lexValue[e + 1] == month) {
        e = m.lexEnd[e + 1];
        ambiguous = false;
      } else if (sep == '(' && cls(m, n, e + 1) == c && m.lexValue[e + 1] == month) {
        int close = m.lexEnd[e + 1];
        if (close < n && a.tokEnd[from + close] - a.tokStart[from + close] == 1
            && a.text.charAt(a.tokStart[from + close]) == ')') {
          e = close + 1;
          ambiguous = false;
        }
      }
    }
    m.ambiguous = ambiguous;
    return e;
  }

  /** A month, possibly with a year or a direction, at {@code p} (a part may be set already). */
  private int month(Analysis a, int from, int n, int p, TimeMatches m, int i) {
    int e = monthName(a, from, n, p, m, i);
    if (e <= p) {
      return -1;
    }
    boolean supported = !m.ambiguous || m.part[i] != 0 || prevIsPrep(m, p);
    int ye = yearPart(n, e, m, i);
    if (ye > e) {
      e = ye;
      supported = true;
    } else if (cls(m, n, e) == TimeLexicon.DIR) {
      m.direction[i] = m.lexValue[e];
      m.flags[i] |= TimeMatches.F_DIRECTION;
      e = m.lexEnd[e];
      supported = true;
    }
    if (!supported) {
      return -1;
    }
    m.kind[i] = TimeKind.MONTH.ordinal();
    return e;
  }

  /**
   * The year after a month: {@code 2017}, {@code 1445 هـ}, {@code عام 2017}, {@code من عام 2017},
   * {@code من العام المقبل}, {@code من هذا العام}. Returns the end, or -1.
   */
  private int yearPart(int n, int e, TimeMatches m, int i) {
    if (e >= n) {
      return -1;
    }
    if (m.digits[e] == 4 && !m.proclitic[e]) {
      return yearNumber(n, e, m, i);
    }
    int c = cls(m, n, e);
    if (c == TimeLexicon.UNIT && m.lexValue[e] == TimeLexicon.YEAR) {
      return yearNumber(n, m.lexEnd[e], m, i);
    }
    if (c != TimeLexicon.FROM) {
      return -1;
    }
    int q = m.lexEnd[e];
    int qc = cls(m, n, q);
    if (qc == TimeLexicon.UNIT && m.lexValue[q] == TimeLexicon.YEAR) {
      int u = m.lexEnd[q];
      if ((m.lexFlags[q] & TimeLexicon.F_DEFINITE) != 0 && cls(m, n, u) == TimeLexicon.DIR
          && (m.lexFlags[u] & TimeLexicon.F_AMBIGUOUS) == 0) {
        m.yearShift[i] = m.lexValue[u];
        m.flags[i] |= TimeMatches.F_YEAR_SHIFT;
        return m.lexEnd[u];
      }
      return yearNumber(n, u, m, i);
    }
    if (qc == TimeLexicon.DEM) {
      int u = m.lexEnd[q];
      if (cls(m, n, u) == TimeLexicon.UNIT && m.lexValue[u] == TimeLexicon.YEAR
          && (m.lexFlags[u] & TimeLexicon.F_DEFINITE) != 0) {
        m.yearShift[i] = 0;
        m.flags[i] |= TimeMatches.F_YEAR_SHIFT;
        return m.lexEnd[u];
      }
    }
    return -1;
  }

  /** A year number (4 digits) at {@code p} and an era mark after it; sets year (and Hijri). */
  private static int yearNumber(int n, int p, TimeMatches m, int i) {
    if (p >= n || m.digits[p] != 4 || m.proclitic[p] || m.number[p] < 1000) {
      return -1;
    }
    m.year[i] = m.number[p];
    int e = p + 1;
    int c = cls(m, n, e);
    if (c == TimeLexicon.HMARK) {
      if (m.month[i] == 0) {
        m.flags[i] |= TimeMatches.F_HIJRI;
      }
      e = m.lexEnd[e];
    } else if (c == TimeLexicon.GMARK) {
      e = m.lexEnd[e];
    } else if (m.month[i] == 0 && m.year[i] < HIJRI_YEAR_LIMIT) {
      m.flags[i] |= TimeMatches.F_HIJRI; // عام 1436: news years before 1600 are Hijri
    }
    return e;
  }

  /**
   * {@code الأسبوع المقبل}, {@code هذا العام}, {@code نهاية الشهر الجاري}, {@code عام 2017}, {@code
   * العام 2017} at {@code p} (a part may be set already).
   */
  private static int unit(int n, int p, TimeMatches m, int i) {
    int q = p;
    boolean dem = false;
    if (m.lexClass[q] == TimeLexicon.DEM) {
      dem = true;
      q = m.lexEnd[q];
      if (q >= n || m.proclitic[q]) {
        return -1;
      }
    }
    if (q >= n || m.lexClass[q] != TimeLexicon.UNIT) {
      return -1;
    }
    int u = m.lexValue[q];
    boolean definite = (m.lexFlags[q] & TimeLexicon.F_DEFINITE) != 0;
    int e = m.lexEnd[q];
    if (u == TimeLexicon.YEAR && !dem) {
      int ye = yearNumber(n, e, m, i);
      if (ye > e) {
        m.kind[i] = TimeKind.YEAR.ordinal();
        return ye;
      }
    }
    if (!definite) {
      return -1;
    }
    if (!dem && cls(m, n, e) == TimeLexicon.DIR) {
      if ((m.lexFlags[e] & TimeLexicon.F_AMBIGUOUS) != 0 && q > 0 && definiteWordBefore(m, q)) {
        return -1; // الأمين العام السابق، المدير العام الحالي: "general", not "year"
      }
      m.shift[i] = m.lexValue[e];
      e = m.lexEnd[e];
    } else if (!dem && m.part[i] == 0) {
      return -1;
    }
    m.kind[i] = (u == TimeLexicon.WEEK ? TimeKind.RELATIVE_WEEK
        : u == TimeLexicon.MONTH ? TimeKind.RELATIVE_MONTH : TimeKind.RELATIVE_YEAR).ordinal();
    return e;
  }

  /** Whether the token before {@code q} is a definite word that is not itself a time word. */
  private static boolean definiteWordBefore(TimeMatches m, int q) {
    int b = q - 1;
    return m.lexClass[b] == 0 && m.keyId[b] < 0 && m.definite[b];
  }

  /**
   * {@code قبل يومين}, {@code قبل أسبوع}, {@code قبل ثلاثة أشهر}, {@code قبل 20 عاما}: a shift back from
   * the document date, the preposition included in the span; not when {@code من} or {@code على}
   * follows (قبل يومين من الانتخابات is relative to the elections).
   */
  private static int ago(int n, int r, TimeMatches m, int i) {
    int q = m.lexEnd[r];
    int unit;
    int count;
    int e;
    int qc = cls(m, n, q);
    if (qc == TimeLexicon.DURATION && m.lexValue[q] % 100 != 0) {
      unit = m.lexValue[q] / 100;
      count = m.lexValue[q] % 100;
      e = m.lexEnd[q];
    } else if (qc == TimeLexicon.UNIT && (m.lexFlags[q] & TimeLexicon.F_DEFINITE) == 0) {
      unit = m.lexValue[q];
      count = 1;
      e = m.lexEnd[q];
      int ec = cls(m, n, e);
      if ((e < n && m.digits[e] == 4) || ec == TimeLexicon.GMONTH || ec == TimeLexicon.HMONTH) {
        return -1; // قبل عام 2017، قبل شهر رمضان
      }
    } else {
      if (qc == TimeLexicon.NUMWORD) {
        count = m.lexValue[q];
      } else if (q < n && !m.proclitic[q] && m.digits[q] >= 1 && m.digits[q] <= 2 && m.number[q] > 0) {
        count = m.number[q];
      } else {
        return -1;
      }
      int u = m.lexEnd[q];
      int uc = cls(m, n, u);
      if (uc == TimeLexicon.DURATION && m.lexValue[u] % 100 == 0) {
        unit = m.lexValue[u] / 100;
      } else if (uc == TimeLexicon.UNIT && (m.lexFlags[u] & TimeLexicon.F_DEFINITE) == 0) {
        unit = m.lexValue[u];
      } else {
        return -1;
      }
      e = m.lexEnd[u];
    }
    int ec = cls(m, n, e);
    if (ec == TimeLexicon.ONLY) {
      ec = cls(m, n, m.lexEnd[e]);
    }
    if (ec == TimeLexicon.FROM || ec == TimeLexicon.REF) {
      return -1;
    }
    m.shift[i] = -count;
    m.kind[i] = (unit == 0 ? TimeKind.RELATIVE_DAY : unit == TimeLexicon.WEEK ? TimeKind.RELATIVE_WEEK
        : unit == TimeLexicon.MONTH ? TimeKind.RELATIVE_MONTH : TimeKind.RELATIVE_YEAR).ordinal();
    return e;
  }

  /** A year standing alone after a preposition ({@code في 2017}, {@code منذ 2011}) or before an era mark. */
  private static int bareYear(int n, int r, TimeMatches m, int i) {
    if (m.digits[r] != 4 || m.number[r] < 1000) {
      return -1;
    }
    int c = cls(m, n, r + 1);
    boolean marked = c == TimeLexicon.HMARK || c == TimeLexicon.GMARK;
    int y = m.number[r];
    if (!marked && !(prevIsPrep(m, r) && ((y >= 1900 && y <= 2100) || (y >= 1300 && y <= 1500)))) {
      return -1;
    }
    int e = yearNumber(n, r, m, i);
    m.kind[i] = TimeKind.YEAR.ordinal();
    return e;
  }

  /** The lexeme class at {@code r} for a word inside an expression: none when it has a proclitic. */
  private static int cls(TimeMatches m, int n, int r) {
    return r < n && !m.proclitic[r] ? m.lexClass[r] : 0;
  }

  private static boolean prevIsPrep(TimeMatches m, int r) {
    return r > 0 && m.lexClass[r - 1] == TimeLexicon.PREP && m.lexEnd[r - 1] == r;
  }
}
