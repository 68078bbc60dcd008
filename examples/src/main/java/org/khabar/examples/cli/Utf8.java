package org.khabar.examples.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding: a malformed or unmappable sequence is an error naming its byte offset, never
 * replaced by U+FFFD. A byte order mark is decoded like any other character (U+FEFF) and stays in the
 * text.
 */
final class Utf8 {
  private Utf8() {}

  /** A byte sequence that is not UTF-8; the message names the byte offset. */
  static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;
    /** The offset of the first bad byte, counted from the start of the decoded range. */
    final long offset;

    MalformedException(long offset, String message) {
      super(message);
      this.offset = offset;
    }
  }

  /**
   * Decodes bytes, reporting the first invalid sequence.
   *
   * @param bytes the bytes
   * @param off the first byte
   * @param len the number of bytes
   * @return the text
   * @throws MalformedException with the offset (relative to {@code off}) of the first bad byte
   */
  static String decode(byte[] bytes, int off, int len) throws MalformedException {
    if (isAscii(bytes, off, len)) {
      return new String(bytes, off, len, StandardCharsets.ISO_8859_1);
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
    CharBuffer out = CharBuffer.allocate(len);
    CoderResult r = dec.decode(in, out, true);
    if (r.isUnderflow()) {
      r = dec.flush(out);
    }
    if (r.isError()) {
      int at = in.position() - off;
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < r.length() && in.position() + i < off + len; i++) {
        hex.append(i == 0 ? "" : " ").append(String.format("0x%02X", bytes[in.position() + i] & 0xff));
      }
      throw new MalformedException(at, "invalid UTF-8 at byte " + at + " (" + hex + ")");
    }
    out.flip();
    return out.toString();
  }

  private static boolean isAscii(byte[] b, int off, int len) {
    for (int i = off, end = off + len; i < end; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }
}
