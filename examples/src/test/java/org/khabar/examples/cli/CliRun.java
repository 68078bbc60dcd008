package org.khabar.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.khabar.Pipeline;

/** Runs the command line in-process with byte-array streams (test helper). */
final class CliRun {
  final int status;
  final String out;
  final String err;

  private CliRun(int status, String out, String err) {
    this.status = status;
    this.out = out;
    this.err = err;
  }

  static CliRun run(byte[] stdin, Supplier<Pipeline> pipelines, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    return run(stdin, out, pipelines, args);
  }

  static CliRun run(byte[] stdin, OutputStream sink, Supplier<Pipeline> pipelines, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliEnv env = new CliEnv(new ByteArrayInputStream(stdin), sink,
        new PrintStream(err, true, StandardCharsets.UTF_8), false, pipelines);
    int status = CliSupport.execute(env, args);
    String o = sink instanceof ByteArrayOutputStream
        ? ((ByteArrayOutputStream) sink).toString(StandardCharsets.UTF_8) : "";
    return new CliRun(status, o, err.toString(StandardCharsets.UTF_8));
  }

  static CliRun run(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), () -> Pipeline.builder().build(), args);
  }

  /** An output stream that fails like a closed pipe after {@code limit} bytes. */
  static final class ClosingSink extends OutputStream {
    private final int limit;
    int written;

    ClosingSink(int limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (written + len > limit) {
        throw new IOException("Broken pipe");
      }
      written += len;
    }
  }
}
