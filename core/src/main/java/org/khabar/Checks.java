package org.khabar;

/** Argument checks shared by the value types. */
final class Checks {
  private Checks() {}

  static void range(int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "invalid span [" + start + ", " + end + "): need 0 <= start <= end");
    }
  }

  static void span(int start, int end, String text) {
    range(start, end);
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") has text of length " + text.length()
              + ", expected " + (end - start));
    }
  }

  static void confidence(double confidence) {
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence " + confidence + " is outside [0, 1]");
    }
  }
}
