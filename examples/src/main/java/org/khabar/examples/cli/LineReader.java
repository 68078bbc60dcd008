package org.khabar.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream line by line ({@code \n} ends a line; a {@code \r} before it is dropped), with
 * line numbers and byte offsets, without decoding: decoding is done per line where its errors can be
 * reported by line and byte. A UTF-8 byte order mark at the very start of the stream is skipped (it is
 * not part of any line). A line longer than the limit is skipped to its end and reported as too long,
 * so memory stays bounded.
 *
 * <p>Not thread-safe.
 */
final class LineReader {
  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  private boolean eof;
  private boolean started;
  private long consumed;
  private long lineNumber;

  private byte[] line = new byte[1024];
  private int lineLength;
  private boolean tooLong;
  private long lineOffset;
  private long lineBytes;

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Reads the next line.
   *
   * @return false at the end of the stream
   * @throws IOException if the stream cannot be read
   */
  boolean next() throws IOException {
    if (!started) {
      started = true;
      fill();
      if (lim - pos >= 3 && (buf[pos] & 0xff) == 0xEF && (buf[pos + 1] & 0xff) == 0xBB
          && (buf[pos + 2] & 0xff) == 0xBF) {
        pos += 3;
        consumed += 3;
      }
    }
    lineLength = 0;
    tooLong = false;
    lineOffset = consumed;
    lineBytes = 0;
    boolean any = false;
    while (true) {
      if (pos == lim) {
        fill();
        if (pos == lim) {
          if (!any) {
            return false;
          }
          break;
        }
      }
      any = true;
      int nl = -1;
      for (int i = pos; i < lim; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int end = nl < 0 ? lim : nl;
      append(buf, pos, end - pos);
      consumed += end - pos;
      pos = end;
      if (nl >= 0) {
        pos++;
        consumed++;
        break;
      }
    }
    if (!tooLong && lineLength > 0 && line[lineLength - 1] == '\r') {
      lineLength--;
    }
    lineNumber++;
    return true;
  }

  private void append(byte[] b, int off, int len) {
    lineBytes += len;
    if (tooLong) {
      return;
    }
    if (lineBytes > maxLineBytes) {
      tooLong = true;
      lineLength = 0;
      if (line.length > 1 << 20) {
        line = new byte[1024];
      }
      return;
    }
    if (lineLength + len > line.length) {
      line = Arrays.copyOf(line, Math.max(lineLength + len, Math.min(maxLineBytes, line.length * 2)));
    }
    System.arraycopy(b, off, line, lineLength, len);
    lineLength += len;
  }

  private void fill() throws IOException {
    if (eof) {
      return;
    }
    int n = in.read(buf, 0, buf.length);
    if (n < 0) {
      eof = true;
      pos = lim = 0;
    } else {
      pos = 0;
      lim = n;
    }
  }

  /** Returns a copy of the current line's bytes (without the line end). */
  byte[] lineCopy() {
    return Arrays.copyOf(line, lineLength);
  }

  /** Returns whether the current line was longer than the limit (its bytes were not kept). */
  boolean tooLong() {
    return tooLong;
  }

  /** Returns the number of bytes of the current line, line end excluded, as read. */
  long lineBytes() {
    return lineBytes;
  }

  /** Returns the 1-based number of the current line. */
  long lineNumber() {
    return lineNumber;
  }

  /** Returns the byte offset of the current line in the stream. */
  long lineOffset() {
    return lineOffset;
  }

  /** Returns the number of bytes consumed so far. */
  long consumed() {
    return consumed;
  }
}
