package org.khabar.internal.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer G = Gazetteer.builtIn();

  @Test
  void smoke() {
    assertEquals("بغداد[1,6)=place:IRQ:بغداد; لأمم المتحدة[11,23)=org:UN",
        GazetteerTestSupport.find(G, "وبغداد ول للأمم المتحدة"));
  }
}
