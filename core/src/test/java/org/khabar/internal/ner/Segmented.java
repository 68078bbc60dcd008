package org.khabar.internal.ner;

import java.util.ArrayList;
import java.util.List;
import org.khabar.SegmentKind;
import org.khabar.TokenKind;
import org.khabar.internal.Analysis;
import org.khabar.internal.normalize.ArabicNormalizer;
import org.khabar.internal.segment.SegmentNorms;

/**
 * Builds an {@link Analysis} with given clitic segments, independent of the segmenter: tokens are
 * separated by spaces, segments inside a token by {@code +} ({@code و+ل+أيمن}); a leading و or ف is a
 * conjunction, then ب ل ك a preposition, ال (or ل after the preposition ل) the article, then the stem,
 * then a pronoun. One sentence holds all tokens.
 */
final class Segmented {
  private Segmented() {}

  static Analysis analysis(String segmented) {
    String[] words = segmented.split(" ");
    StringBuilder text = new StringBuilder();
    for (String w : words) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(w.replace("+", ""));
    }
    Analysis a = new Analysis();
    a.reset(text.toString(), null);
    int pos = 0;
    for (int t = 0; t < words.length; t++) {
      String w = words[t];
      String plain = w.replace("+", "");
      char c = plain.charAt(0);
      int kind = c >= 0x0600 && c <= 0x06FF && Character.isLetter(c) ? TokenKind.ARABIC.ordinal()
          : Character.isDigit(c) ? TokenKind.NUMBER.ordinal()
          : Character.isLetter(c) ? TokenKind.LATIN.ordinal() : TokenKind.PUNCTUATION.ordinal();
      a.addToken(pos, pos + plain.length(), kind);
      a.beginSegments(t);
      int from = a.normLength;
      ArabicNormalizer.appendNormalized(a.text, pos, pos + plain.length(), ArabicNormalizer.MATCH, a);
      a.tokNormStart[t] = from;
      a.tokNormEnd[t] = a.normLength;
      String[] segs = w.split("\\+");
      int stemAt = segs.length == 1 ? 0 : -1;
      boolean prepLam = false;
      int s = pos;
      for (int k = 0; k < segs.length; k++) {
        String g = segs[k];
        int info;
        if (stemAt >= 0 && k > stemAt) {
          info = SegmentKind.PRON.ordinal();
        } else if (stemAt < 0 && k < segs.length - 1 && k == 0 && (g.equals("و") || g.equals("ف"))) {
          info = SegmentKind.CONJ.ordinal();
        } else if (stemAt < 0 && k < segs.length - 1 && (g.equals("ب") || g.equals("ك")
            || (g.equals("ل") && !prepLam))) {
          info = SegmentKind.PREP.ordinal();
          prepLam = g.equals("ل");
        } else if (stemAt < 0 && k < segs.length - 1 && g.equals("ل") && prepLam) {
          info = SegmentKind.ART.ordinal() | SegmentNorms.ART_AFTER_LAM << 8;
        } else if (stemAt < 0 && k < segs.length - 1 && g.equals("ال")) {
          info = SegmentKind.ART.ordinal();
        } else {
          info = SegmentKind.STEM.ordinal();
          stemAt = k;
        }
        a.addSegment(s, s + g.length(), info);
        int seg = a.segCount - 1;
        a.segNormStart[seg] = a.normLength;
        if ((info >>> 8 & SegmentNorms.ART_AFTER_LAM) != 0) {
          a.appendNorm('\u0627', s);
          a.appendNorm('\u0644', s);
        } else {
          ArabicNormalizer.appendNormalized(a.text, s, s + g.length(), ArabicNormalizer.MATCH, a);
        }
        a.segNormEnd[seg] = a.normLength;
        s += g.length();
      }
      a.endSegments(t);
      pos += plain.length() + 1;
    }
    a.addSentence(0, a.tokenCount);
    return a;
  }

  static String[] tokens(Analysis a, int first, int end) {
    String[] out = new String[end - first];
    for (int i = first; i < end; i++) {
      out[i - first] = a.text.substring(a.tokStart[i], a.tokEnd[i]);
    }
    return out;
  }

  /**
   * The features the generator gives each token of the analysis (all tokens as one sentence), in
   * order; {@code withoutConstants} drops the {@code def} and {@code S=begin} every model has.
   */
  static List<List<String>> features(Analysis a, ArabicFeatureGenerator g, NerFeatureContext ctx,
      boolean withoutConstants) {
    String[] tokens = tokens(a, 0, a.tokenCount);
    ctx.prepare(a, 0, a.tokenCount, tokens);
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      List<String> f = new ArrayList<>();
      g.createFeatures(f, tokens, i, null);
      if (withoutConstants) {
        f.remove("def");
        f.remove("S=begin");
      }
      out.add(f);
    }
    return out;
  }
}
