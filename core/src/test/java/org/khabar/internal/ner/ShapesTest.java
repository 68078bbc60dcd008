package org.khabar.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShapesTest {
  private static String shape(String s) {
    return Shapes.shape(s, 0, s.length());
  }

  @Test
  void arabicWordsByLengthIgnoringHarakatAndTatweel() {
    assertEquals("a3", shape("قال"));
    assertEquals("a3", shape("قَالَ"));
    assertEquals("a4", shape("مصــر" + "ي"));
    assertEquals("a8", shape("والمتحدثون"));
  }

  @Test
  void latinDigitsPunctuationAndMixed() {
    assertEquals("Xx", shape("Obama"));
    assertEquals("XX", shape("UN"));
    assertEquals("X", shape("A"));
    assertEquals("xx", shape("iphone"));
    assertEquals("xX", shape("iPhone"));
    assertEquals("d4", shape("2017"));
    assertEquals("d2", shape("٢٠"));
    assertEquals("p(", shape("("));
    assertEquals("p\u00AB", shape("\u00AB"));
    assertEquals("p\u060C", shape("\u060C"));
    assertEquals("m:da", shape("3ألف"));
    assertEquals("e", shape("\u0640"));
  }
}
